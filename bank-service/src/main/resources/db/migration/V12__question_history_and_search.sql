-- Issue 3: every item type, version history with key corrections, and text search.

-- Trigram index for case-insensitive substring search (ILIKE '%…%') in stems and options.
-- pg_trgm ships with PostgreSQL's contrib modules and is a trusted extension (PostgreSQL 13+).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE question
    ADD COLUMN retired_at TIMESTAMPTZ,
    ADD COLUMN retired_by VARCHAR(255);

ALTER TABLE question_version
    ADD COLUMN search_text  TEXT NOT NULL DEFAULT '',  -- stem and option texts (a scenario's children's too)
    ADD COLUMN author       VARCHAR(255),              -- who last wrote this version's content
    ADD COLUMN created_at   TIMESTAMPTZ,               -- when this version was started
    ADD COLUMN published_by VARCHAR(255);

-- Versions written before this migration: texts from their content; only version 1's author is known.
UPDATE question_version v SET
    search_text = concat_ws(E'\n', v.content ->> 'stem',
        (SELECT string_agg(o ->> 'text', E'\n')
         FROM jsonb_array_elements(CASE WHEN jsonb_typeof(v.content -> 'options') = 'array'
                                        THEN v.content -> 'options' ELSE '[]'::jsonb END) o)),
    created_at = v.updated_at,
    author = CASE WHEN v.version = 1 THEN (SELECT q.created_by FROM question q WHERE q.id = v.question_id) END;

CREATE INDEX question_version_search ON question_version USING gin (search_text gin_trgm_ops);

-- One row per answer-key correction of a published version.
CREATE TABLE question_key_correction (
    question_id      VARCHAR(64)  NOT NULL,
    version          INTEGER      NOT NULL,
    key_revision     INTEGER      NOT NULL,
    reason           TEXT         NOT NULL,
    corrected_by     VARCHAR(255),
    corrected_at     TIMESTAMPTZ  NOT NULL,
    changed_children JSONB        NOT NULL DEFAULT '[]',  -- child ids of a scenario whose key changed
    PRIMARY KEY (question_id, version, key_revision),
    FOREIGN KEY (question_id, version) REFERENCES question_version (question_id, version)
);
