-- How each exam's open responses are marked (set by an administrator; no row = single marking).
CREATE TABLE marking_policy (
    exam_id        VARCHAR(255) NOT NULL PRIMARY KEY,
    double_marking BOOLEAN      NOT NULL,
    tolerance      NUMERIC      NOT NULL,
    set_by         VARCHAR(255) NOT NULL,
    set_at         TIMESTAMPTZ  NOT NULL
);

-- What graders read: the stem of every question (and scenario child) of every published exam version.
CREATE TABLE exam_question (
    question_id VARCHAR(255) NOT NULL,
    version     INTEGER      NOT NULL,
    item_id     VARCHAR(255) NOT NULL,  -- the question id, or a scenario child's id
    stem        TEXT         NOT NULL,
    PRIMARY KEY (question_id, version, item_id)
);

-- One task per open-response item of a submitted attempt, written in the grading transaction (subscribing
-- projection). Claims live only here: they are coordination between graders, not part of the result.
CREATE TABLE grading_task (
    task_id          VARCHAR(600)  NOT NULL PRIMARY KEY,
    attempt_id       VARCHAR(255)  NOT NULL,
    exam_id          VARCHAR(255)  NOT NULL,
    item_id          VARCHAR(255)  NOT NULL,
    question_id      VARCHAR(255)  NOT NULL,
    question_version INTEGER       NOT NULL,
    max_score        NUMERIC       NOT NULL,
    response         TEXT,
    status           VARCHAR(20)   NOT NULL,  -- PENDING, MODERATION, DONE
    marks_needed     INTEGER       NOT NULL,
    marked_by        VARCHAR(255)[] NOT NULL DEFAULT '{}',
    claimed_by       VARCHAR(255),
    claim_expires_at TIMESTAMPTZ,
    settled_score    NUMERIC,
    created_at       TIMESTAMPTZ   NOT NULL
);
CREATE INDEX grading_task_open ON grading_task (status, created_at) WHERE status <> 'DONE';

-- Every mark given, for grader statistics.
CREATE TABLE item_mark (
    attempt_id VARCHAR(255) NOT NULL,
    item_id    VARCHAR(255) NOT NULL,
    grader_id  VARCHAR(255) NOT NULL,
    exam_id    VARCHAR(255) NOT NULL,
    stage      VARCHAR(20)  NOT NULL,
    score      NUMERIC      NOT NULL,
    max_score  NUMERIC      NOT NULL,
    marked_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (attempt_id, item_id, grader_id)
);
