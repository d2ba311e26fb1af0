-- Read model of the question bank, kept by QuestionProjection inside the command's transaction
-- (subscribing processor), so a GET right after a POST sees the write.

-- One row per question: its lifecycle as a whole.
CREATE TABLE question (
    id                VARCHAR(64)  NOT NULL PRIMARY KEY,
    status            VARCHAR(16)  NOT NULL,  -- DRAFT | PUBLISHED (of the latest version) | RETIRED
    latest_version    INTEGER      NOT NULL,
    published_version INTEGER,                -- latest published version, if any
    created_by        VARCHAR(255),
    created_at        TIMESTAMPTZ  NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL
);
CREATE INDEX question_listing ON question (created_at DESC, id);

-- One row per version. The key is kept apart from the content, so that candidate-facing content can be
-- read without ever touching it.
CREATE TABLE question_version (
    question_id  VARCHAR(64)  NOT NULL REFERENCES question (id),
    version      INTEGER      NOT NULL,
    status       VARCHAR(16)  NOT NULL,  -- DRAFT | PUBLISHED
    type         VARCHAR(32)  NOT NULL,
    tags         JSONB        NOT NULL,  -- ["module:theory", ...], for filters and draws
    difficulty   INTEGER,
    content      JSONB        NOT NULL,  -- AuthoredQuestion without its answer
    answer       JSONB        NOT NULL,  -- the key
    key_revision INTEGER      NOT NULL DEFAULT 0,
    updated_at   TIMESTAMPTZ  NOT NULL,
    published_at TIMESTAMPTZ,
    PRIMARY KEY (question_id, version)
);
CREATE INDEX question_version_tags ON question_version USING gin (tags jsonb_path_ops);
