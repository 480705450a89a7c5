-- Issue 16: the feed's A/R splits into insurance and patient A/R. Who the claim's balance is with and what the
-- patient owes come from the added ClaimStatusChanged fields responsibility and patientBalance; both stay null for
-- events that lack them (read as before: the payer's outstanding only).
ALTER TABLE claim_projection ADD COLUMN responsibility VARCHAR(10);
ALTER TABLE claim_projection ADD COLUMN patient_balance NUMERIC(14,2);
