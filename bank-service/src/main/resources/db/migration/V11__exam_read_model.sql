-- Read model of exam definitions, kept by ExamProjection inside the command's transaction
-- (subscribing processor), so a GET right after a POST sees the write.
CREATE TABLE exam (
    id              VARCHAR(64)  NOT NULL PRIMARY KEY,
    title           TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,  -- DRAFT | PUBLISHED | RETIRED
    version         INTEGER,                -- published version, if any
    design          JSONB        NOT NULL,  -- ExamDesign as accepted
    frozen_sections JSONB,                  -- FrozenSection list, once published
    created_by      VARCHAR(255),
    created_at      TIMESTAMPTZ  NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL,
    published_at    TIMESTAMPTZ,
    retired_at      TIMESTAMPTZ
);
CREATE INDEX exam_listing ON exam (created_at DESC, id);
