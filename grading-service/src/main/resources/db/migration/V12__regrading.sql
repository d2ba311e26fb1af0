-- What a regrade needs of every graded attempt, kept in the grading transaction (subscribing projection):
-- the paper, the final responses, the current grade and pass mark, and an index from question version to
-- the attempts that hold it, so a key correction finds its attempts without scanning.
CREATE TABLE regrade_attempt (
    attempt_id   VARCHAR(255) NOT NULL PRIMARY KEY,
    exam_id      VARCHAR(255),
    exam_version INTEGER,
    sections     JSONB,
    answers      JSONB,
    grade        JSONB,
    pass_score   NUMERIC,
    pass_percent NUMERIC,
    revision     INTEGER      NOT NULL DEFAULT 0
);

CREATE TABLE attempt_question (
    question_id VARCHAR(255) NOT NULL,
    version     INTEGER      NOT NULL,
    attempt_id  VARCHAR(255) NOT NULL,
    PRIMARY KEY (question_id, version, attempt_id)
);

-- A proposal: which correction, who proposed it (a person, or "system" for a key correction's automatic
-- proposal made on behalf of the author who corrected it), and what it changes, attempt by attempt.
CREATE TABLE regrade_proposal (
    regrade_id    VARCHAR(600)  NOT NULL PRIMARY KEY,
    question_id   VARCHAR(255)  NOT NULL,
    version       INTEGER       NOT NULL,
    key_revision  INTEGER       NOT NULL,
    reason        TEXT          NOT NULL,
    proposed_by   VARCHAR(255)  NOT NULL,
    proposed_at   TIMESTAMPTZ   NOT NULL,
    status        VARCHAR(20)   NOT NULL,  -- PROPOSED, APPLYING, APPLIED
    applied_by    VARCHAR(255),
    applied_at    TIMESTAMPTZ,
    finished_at   TIMESTAMPTZ
);
CREATE INDEX regrade_proposal_applying ON regrade_proposal (status) WHERE status = 'APPLYING';

CREATE TABLE regrade_change (
    regrade_id VARCHAR(600) NOT NULL,
    attempt_id VARCHAR(255) NOT NULL,
    old_score  NUMERIC      NOT NULL,
    new_score  NUMERIC      NOT NULL,
    max_score  NUMERIC      NOT NULL,
    old_passed BOOLEAN      NOT NULL,
    new_passed BOOLEAN      NOT NULL,
    applied    BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (regrade_id, attempt_id)
);
CREATE INDEX regrade_change_pending ON regrade_change (regrade_id) WHERE NOT applied;
