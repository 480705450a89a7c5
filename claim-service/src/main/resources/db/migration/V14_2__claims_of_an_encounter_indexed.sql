-- Issue 14: GET /claims?encounterId=..., the copay of an encounter and every other lookup of an encounter's claims
-- read the whole claim table (pg_stat_user_tables after a benchmark: 11,586 sequential scans). Only the originals
-- (frequency code 1) were indexed by encounter, through claim_one_original_per_encounter; replacements and voids share
-- the encounter and were not. This indexes those, and only those: corrections are rare, so the intake's inserts and the
-- status updates of originals never add an entry here. A lookup of all of an encounter's claims asks for both kinds
-- ("encounter_id = ? AND frequency_code = '1' OR encounter_id = ? AND frequency_code <> '1'") and the planner answers
-- it with the two indexes (ClaimRepository.OF_ENCOUNTER, PatientAccountQueries).
CREATE INDEX claim_correction_encounter ON claim (encounter_id) WHERE frequency_code <> '1';
