-- Issue 16: a copay collected at the time of service, before the payers adjudicated the claim. It is a patient entry
-- like a payment (posted once per reference) that waits while insurance has the claim and is applied to the patient's
-- share once insurance is done.
ALTER TABLE patient_entry DROP CONSTRAINT patient_entry_kind_check;
ALTER TABLE patient_entry ADD CONSTRAINT patient_entry_kind_check
    CHECK (kind IN ('PAYMENT', 'COPAY', 'REFUND', 'WRITE_OFF'));
