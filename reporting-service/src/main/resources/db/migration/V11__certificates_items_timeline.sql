-- Issue 6: certificates (with their outbox), item analysis inputs, the audit timeline and org roll-ups.
-- Everything except `certificate_outbox` is a read model, dropped and refilled by a rebuild.

-- Certificates derived from each attempt's result history. The id is derived from the attempt and the
-- revision that made it pass, so a rebuild reproduces the same ids.
CREATE TABLE certificate (
    certificate_id VARCHAR(64)  NOT NULL PRIMARY KEY,
    attempt_id     VARCHAR(128) NOT NULL,
    revision       INTEGER      NOT NULL,
    candidate_id   VARCHAR(255),
    org_path       VARCHAR(512),
    exam_id        VARCHAR(128) NOT NULL,
    exam_version   INTEGER      NOT NULL,
    score          NUMERIC,
    max_score      NUMERIC,
    issued_at      TIMESTAMPTZ  NOT NULL,
    expires_at     TIMESTAMPTZ,
    status         VARCHAR(16)  NOT NULL CHECK (status IN ('VALID', 'REVOKED', 'EXPIRED')),
    revoked_at     TIMESTAMPTZ,
    revoke_reason  TEXT,
    expired_at     TIMESTAMPTZ,
    UNIQUE (attempt_id, revision)
);
CREATE INDEX certificate_by_candidate ON certificate (candidate_id);
CREATE INDEX certificate_by_exam ON certificate (exam_id);
CREATE INDEX certificate_due ON certificate (expires_at) WHERE status = 'VALID';

-- Certificate events waiting for (or done with) publication on reporting.certificates.v1. Written in the
-- transaction that changes the certificate, so nothing is published for a rolled-back change. NOT a read
-- model: a rebuild keeps it, and since event ids are deterministic a rebuilt certificate finds its events
-- already here (ON CONFLICT DO NOTHING) and nothing is published twice.
CREATE TABLE certificate_outbox (
    position     BIGSERIAL    NOT NULL PRIMARY KEY,
    event_id     VARCHAR(64)  NOT NULL UNIQUE,
    event_type   VARCHAR(64)  NOT NULL,
    candidate_id VARCHAR(255) NOT NULL,
    payload      JSONB        NOT NULL,
    occurred_at  TIMESTAMPTZ  NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    sent_at      TIMESTAMPTZ
);
CREATE INDEX certificate_outbox_unsent ON certificate_outbox (position) WHERE sent_at IS NULL;

-- Question versions frozen into published exams (bank.exams.v1): options for the distractor table.
CREATE TABLE exam_question (
    exam_id          VARCHAR(128) NOT NULL,
    exam_version     INTEGER      NOT NULL,
    question_id      VARCHAR(128) NOT NULL,
    question_version INTEGER      NOT NULL,
    type             VARCHAR(32),
    stem             TEXT,
    option_ids       JSONB        NOT NULL,
    PRIMARY KEY (exam_id, exam_version, question_id, question_version)
);

-- Answer keys per question version (bank.answer-keys.v1); the highest key revision is the current key.
CREATE TABLE answer_key (
    question_id  VARCHAR(128) NOT NULL,
    version      INTEGER      NOT NULL,
    key_revision INTEGER      NOT NULL,
    option_ids   JSONB        NOT NULL,
    PRIMARY KEY (question_id, version, key_revision)
);

-- Final responses from AttemptSubmitted, one row per item, for distractor shares.
CREATE TABLE final_response (
    attempt_id VARCHAR(128) NOT NULL,
    item_id    VARCHAR(128) NOT NULL,
    option_ids JSONB,
    PRIMARY KEY (attempt_id, item_id)
);

-- Append-only audit timeline of one attempt: attempt events and grading events, each with its actor.
CREATE TABLE attempt_timeline (
    event_id    VARCHAR(255) NOT NULL PRIMARY KEY,
    attempt_id  VARCHAR(128) NOT NULL,
    occurred_at TIMESTAMPTZ  NOT NULL,
    source      VARCHAR(16)  NOT NULL,
    type        VARCHAR(64)  NOT NULL,
    actor       VARCHAR(255),
    item_id     VARCHAR(128),
    kafka_offset BIGINT      NOT NULL,
    detail      JSONB        NOT NULL
);
CREATE INDEX attempt_timeline_by_attempt ON attempt_timeline (attempt_id, occurred_at);

-- Prefix queries for org roll-ups (LIKE 'chain-a/east/%').
CREATE INDEX attempt_by_org_path ON attempt (org_path text_pattern_ops);
CREATE INDEX result_revision_by_org_path ON result_revision (org_path text_pattern_ops);
