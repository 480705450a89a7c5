-- Issue 14: a status change is never a HOT update (status is indexed), so every one writes an entry into each index
-- of claim. Two of them keyed the same rows by practice and patient: claim_duplicate_key (patient, practice, date of
-- service; the duplicate check at intake) and claim_patient_account (practice, patient; patient accounts and
-- statements). Every query on either has the practice and the patient as equalities (ClaimIntakeQueries,
-- ClaimRepository.findEarlierDuplicate, PatientAccountQueries), so one index in practice, patient, date order serves
-- them all, and a patient's account reads its claims already in date-of-service order.
CREATE INDEX claim_practice_patient_date ON claim (billing_provider_npi, patient_id, date_of_service);
DROP INDEX IF EXISTS claim_duplicate_key;
DROP INDEX IF EXISTS claim_patient_account;
