-- Every published version of every exam, as received on bank.exams.v1. Versions are immutable:
-- the newest non-retired one is offered for new attempts, older ones stay for rendering the
-- papers of attempts that were started on them.
CREATE TABLE published_exam (
    exam_id         VARCHAR(255) NOT NULL,
    version         INTEGER      NOT NULL,
    title           TEXT         NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    available_from  TIMESTAMPTZ,
    available_until TIMESTAMPTZ,
    published_at    TIMESTAMPTZ,
    retired_at      TIMESTAMPTZ,
    content         JSONB        NOT NULL,
    PRIMARY KEY (exam_id, version)
);

-- One row per attempt, written by a subscribing projection in the transaction that appends the
-- attempt's events. The partial unique index is what makes "one open attempt per candidate and
-- exam" hold under concurrent starts; the attempt-number constraint backs the attempt policy.
CREATE TABLE candidate_attempt (
    attempt_id     VARCHAR(64)  NOT NULL PRIMARY KEY,
    exam_id        VARCHAR(255) NOT NULL,
    exam_version   INTEGER      NOT NULL,
    candidate_id   VARCHAR(255) NOT NULL,
    attempt_number INTEGER      NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    started_at     TIMESTAMPTZ  NOT NULL,
    closed_at      TIMESTAMPTZ,
    UNIQUE (exam_id, candidate_id, attempt_number)
);

CREATE UNIQUE INDEX candidate_attempt_one_open
    ON candidate_attempt (exam_id, candidate_id) WHERE status = 'IN_PROGRESS';
