-- Issue 3: exam definitions are revised and published as numbered versions.

-- true while the design has changes not yet published on top of the published version
ALTER TABLE exam ADD COLUMN editing BOOLEAN NOT NULL DEFAULT false;

-- One row per published version of an exam, as frozen.
CREATE TABLE exam_version (
    exam_id         VARCHAR(64)  NOT NULL REFERENCES exam (id),
    version         INTEGER      NOT NULL,
    design          JSONB        NOT NULL,
    frozen_sections JSONB        NOT NULL,
    published_by    VARCHAR(255),
    published_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (exam_id, version)
);

INSERT INTO exam_version (exam_id, version, design, frozen_sections, published_at)
SELECT id, version, design, frozen_sections, published_at FROM exam
WHERE version IS NOT NULL AND frozen_sections IS NOT NULL AND published_at IS NOT NULL;
