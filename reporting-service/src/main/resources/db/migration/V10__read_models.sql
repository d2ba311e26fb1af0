-- Read models of reporting-service. Everything here is derived from the integration topics and can
-- be rebuilt by replaying them; nothing here is the source of truth. Identity columns are nullable
-- in `attempt` because a row may be started by whichever event about it arrives first.

-- Published exam versions (bank.exams.v1). A version never changes once published.
CREATE TABLE exam_version (
    exam_id                     VARCHAR(128) NOT NULL,
    version                     INTEGER      NOT NULL,
    title                       TEXT,
    time_limit_minutes          INTEGER,
    pass_score                  NUMERIC,
    pass_percent                NUMERIC,
    certificate_validity_months INTEGER,
    published_at                TIMESTAMPTZ,
    retired_at                  TIMESTAMPTZ,
    PRIMARY KEY (exam_id, version)
);

-- One row per attempt (exam.attempts.v1). Status only moves forward: IN_PROGRESS < SUBMITTED < VOIDED.
CREATE TABLE attempt (
    attempt_id     VARCHAR(128) NOT NULL PRIMARY KEY,
    exam_id        VARCHAR(128),
    exam_version   INTEGER,
    candidate_id   VARCHAR(255),
    org_path       VARCHAR(512),
    attempt_number INTEGER,
    status         VARCHAR(16)  NOT NULL CHECK (status IN ('IN_PROGRESS', 'SUBMITTED', 'VOIDED')),
    started_at     TIMESTAMPTZ,
    deadline       TIMESTAMPTZ,
    submitted_at   TIMESTAMPTZ,
    auto_submitted BOOLEAN,
    voided_at      TIMESTAMPTZ,
    void_reason    TEXT
);
CREATE INDEX attempt_by_exam ON attempt (exam_id);
CREATE INDEX attempt_by_candidate ON attempt (candidate_id);

-- Every result revision ever published (grading.results.v1); a revision is immutable, so the
-- first copy of (attempt, revision) is kept and later copies are ignored.
CREATE TABLE result_revision (
    attempt_id   VARCHAR(128) NOT NULL,
    revision     INTEGER      NOT NULL,
    exam_id      VARCHAR(128) NOT NULL,
    exam_version INTEGER      NOT NULL,
    candidate_id VARCHAR(255),
    org_path     VARCHAR(512),
    status       VARCHAR(32)  NOT NULL,
    score        NUMERIC,
    max_score    NUMERIC,
    percent      NUMERIC,
    passed       BOOLEAN      NOT NULL,
    reason       TEXT,
    revised_by   VARCHAR(255),
    submitted_at TIMESTAMPTZ,
    graded_at    TIMESTAMPTZ,
    items        JSONB        NOT NULL,
    sections     JSONB        NOT NULL,
    tags         JSONB        NOT NULL,
    event_id     VARCHAR(255) NOT NULL,
    PRIMARY KEY (attempt_id, revision)
);

-- Which revision is an attempt's current result: the highest one seen, never lowered. Kept as its
-- own row (not computed per query) so that "the current result changed" is one conditional upsert,
-- which is where certificates (issue 6) hook in.
CREATE TABLE current_result (
    attempt_id   VARCHAR(128) NOT NULL PRIMARY KEY,
    revision     INTEGER      NOT NULL,
    exam_id      VARCHAR(128) NOT NULL,
    candidate_id VARCHAR(255),
    FOREIGN KEY (attempt_id, revision) REFERENCES result_revision (attempt_id, revision)
);
CREATE INDEX current_result_by_exam ON current_result (exam_id);
CREATE INDEX current_result_by_candidate ON current_result (candidate_id);
