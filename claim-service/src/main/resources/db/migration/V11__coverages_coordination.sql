-- Coordination of benefits. The coverages (in order of payment, with their subscribers) and the payers' decisions
-- are read and written whole with their claim and never queried across claims, so they are JSON text like the
-- findings; who the balance is with is a column, because work lists and the A/R split select on it.
-- Claims stored before this have no coverages: their payer and member id stand for a primary whose subscriber
-- is the patient, which is what the code reads an empty array as.
ALTER TABLE claim ADD COLUMN coverages      TEXT        NOT NULL DEFAULT '[]';
ALTER TABLE claim ADD COLUMN adjudications  TEXT        NOT NULL DEFAULT '[]';
ALTER TABLE claim ADD COLUMN responsibility VARCHAR(10) NOT NULL DEFAULT 'PRIMARY'
    CHECK (responsibility IN ('PRIMARY', 'SECONDARY', 'TERTIARY', 'PATIENT'));
ALTER TABLE claim ADD COLUMN crossed_over   BOOLEAN     NOT NULL DEFAULT FALSE;
CREATE INDEX ix_claim_responsibility ON claim (responsibility);
-- The patient's address (loop 2010CA when the patient is not the subscriber), JSON; null when not known.
ALTER TABLE claim ADD COLUMN patient_address TEXT;
