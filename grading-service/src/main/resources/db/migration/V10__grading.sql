-- Reference data consumed from bank-service. Keys are never overwritten: a correction is a new
-- key_revision row (0 = the key as first published), so every score can name the key it used.
CREATE TABLE answer_key (
    question_id  VARCHAR(255) NOT NULL,
    version      INTEGER      NOT NULL,
    key_revision INTEGER      NOT NULL,
    key          JSONB        NOT NULL,
    received_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (question_id, version, key_revision)
);

CREATE TABLE exam_policy (
    exam_id      VARCHAR(255) NOT NULL,
    version      INTEGER      NOT NULL,
    title        TEXT,
    pass_score   NUMERIC,
    pass_percent NUMERIC,
    received_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (exam_id, version)
);

-- Submitted attempts that could not be graded yet, one row per missing input (an answer key
-- version or an exam policy version). Written in the grading transaction itself (subscribing
-- processor), so an arriving input always finds the attempts waiting for it.
CREATE TABLE grading_wait (
    attempt_id    VARCHAR(255) NOT NULL,
    input_type    VARCHAR(20)  NOT NULL,
    input_id      VARCHAR(255) NOT NULL,
    input_version INTEGER      NOT NULL,
    PRIMARY KEY (attempt_id, input_type, input_id, input_version)
);
CREATE INDEX grading_wait_by_input ON grading_wait (input_type, input_id, input_version);

-- Results read model: one row per submitted attempt, and every revision of its result.
CREATE TABLE result (
    attempt_id   VARCHAR(255) NOT NULL PRIMARY KEY,
    exam_id      VARCHAR(255) NOT NULL,
    exam_version INTEGER      NOT NULL,
    candidate_id VARCHAR(255),
    org_path     VARCHAR(1000),
    submitted_at TIMESTAMPTZ,
    revision     INTEGER      NOT NULL DEFAULT 0
);

CREATE TABLE result_revision (
    attempt_id VARCHAR(255) NOT NULL,
    revision   INTEGER      NOT NULL,
    status     VARCHAR(40)  NOT NULL,
    score      NUMERIC      NOT NULL,
    max_score  NUMERIC      NOT NULL,
    percent    NUMERIC      NOT NULL,
    passed     BOOLEAN      NOT NULL,
    items      JSONB        NOT NULL,
    sections   JSONB        NOT NULL,
    reason     TEXT         NOT NULL,
    revised_by VARCHAR(255) NOT NULL,
    graded_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (attempt_id, revision)
);
