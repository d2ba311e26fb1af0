-- The certificate ledger reads a consumer batch's certificates by attempt (one query per batch); without an
-- index that was a scan of every certificate for each batch.
CREATE INDEX certificate_by_attempt ON certificate (attempt_id);
