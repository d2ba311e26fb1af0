-- Fingerprint (normalised stem and options, see question-import's QuestionFingerprint) of each question's
-- latest version, so an import can find the questions the bank already holds.
CREATE TABLE question_fingerprint (
    question_id VARCHAR(64) NOT NULL PRIMARY KEY,  -- no foreign key: handlers of one processing group run in no set order
    fingerprint CHAR(64)    NOT NULL
);
CREATE INDEX question_fingerprint_lookup ON question_fingerprint (fingerprint);
