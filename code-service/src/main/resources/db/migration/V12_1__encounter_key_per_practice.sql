-- Issue 12: the idempotency key of an encounter is the practice's (billing provider NPI) and its EHR's encounter id.
-- Keyed by the EHR id alone, a practice-B client posting an id practice A had used got 409 and so learnt that A's
-- encounter exists; now B's post is B's own encounter (or B's own replay). ehr_encounter_id stays first: the index
-- still serves lookups by EHR id.
ALTER TABLE encounter DROP CONSTRAINT uq_encounter_ehr_encounter_id;
ALTER TABLE encounter ADD CONSTRAINT uq_encounter_practice_ehr_encounter_id
    UNIQUE (ehr_encounter_id, billing_provider_npi);
