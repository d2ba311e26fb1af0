-- The tags of each question (module:…, topic:…), for per-tag sub-scores of results.
ALTER TABLE exam_question ADD COLUMN tags TEXT[] NOT NULL DEFAULT '{}';
