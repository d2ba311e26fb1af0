-- The audit timeline keeps each event's payload as it was published (json stores the text as it came; jsonb
-- re-encoded it and cost a third of the row's insert). Written once per event, read per attempt or per exam.
ALTER TABLE attempt_timeline ALTER COLUMN detail TYPE JSON USING detail::json;

-- The distractor tables read the final responses from the AttemptSubmitted entry of the timeline, which holds
-- them already; a row per item and attempt was the largest write of a rebuild after the timeline itself.
DROP TABLE final_response;
