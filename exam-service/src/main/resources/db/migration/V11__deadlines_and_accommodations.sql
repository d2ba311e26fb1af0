-- When each open attempt is due for automatic submission (deadline + grace), kept with the attempt's row
-- by the subscribing registry; the deadline scheduler polls the partial index.
ALTER TABLE candidate_attempt ADD COLUMN due_at TIMESTAMPTZ;
CREATE INDEX candidate_attempt_due ON candidate_attempt (due_at) WHERE status = 'IN_PROGRESS';

-- The extra time in force per exam and candidate (the Accommodation aggregate's streams are the history).
CREATE TABLE accommodation (
    exam_id       VARCHAR(255)  NOT NULL,
    candidate_id  VARCHAR(255)  NOT NULL,
    extra_percent INTEGER       NOT NULL,
    extra_minutes INTEGER       NOT NULL,
    reason        TEXT          NOT NULL,
    granted_by    VARCHAR(255)  NOT NULL,
    granted_at    TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (exam_id, candidate_id)
);

-- The hash of the newest event of each attempt stream, written in the transaction that appends it. Each
-- event carries its predecessor's hash; this row is what vouches for the last one.
CREATE TABLE attempt_chain_head (
    attempt_id VARCHAR(64) NOT NULL PRIMARY KEY,
    sequence   BIGINT      NOT NULL,
    hash       CHAR(64)    NOT NULL
);
