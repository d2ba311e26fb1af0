-- Appeals as graders and candidates list them (the decisions themselves are in the attempt's stream).
CREATE TABLE appeal (
    appeal_id        VARCHAR(64)  NOT NULL PRIMARY KEY,
    attempt_id       VARCHAR(255) NOT NULL,
    exam_id          VARCHAR(255) NOT NULL,
    item_id          VARCHAR(255) NOT NULL,
    question_id      VARCHAR(255) NOT NULL,
    question_version INTEGER      NOT NULL,
    current_score    NUMERIC,
    max_score        NUMERIC      NOT NULL,
    reason           TEXT         NOT NULL,
    filed_at         TIMESTAMPTZ  NOT NULL,
    status           VARCHAR(20)  NOT NULL,  -- OPEN, UPHELD, REJECTED
    new_score        NUMERIC,
    decision_reason  TEXT,
    decided_by       VARCHAR(255),
    decided_at       TIMESTAMPTZ,
    key_correction_suggested BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX appeal_by_attempt ON appeal (attempt_id);
CREATE INDEX appeal_open ON appeal (filed_at) WHERE status = 'OPEN';
