-- A paper, its answers and its grade are written with every grading and every regrade and only ever read whole by
-- the service, never queried inside: stored as json (the text, validated) rather than jsonb, whose conversion to
-- its binary form made these writes three to four times as costly (docs/decisions.md, D19). Rewrites both tables.
ALTER TABLE regrade_attempt
    ALTER COLUMN sections TYPE json USING sections::json,
    ALTER COLUMN answers TYPE json USING answers::json,
    ALTER COLUMN grade TYPE json USING grade::json;

ALTER TABLE result_revision
    ALTER COLUMN items TYPE json USING items::json,
    ALTER COLUMN sections TYPE json USING sections::json;
