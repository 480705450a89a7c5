-- ix_claim_responsibility (V11) served no query: the A/R split and the patient balances read responsibility inside
-- CASE expressions over rows they select by other columns, and no work list filters on it. Every claim insert and
-- every status change (a new row version, so an entry in each index) paid for it; deploy/bench's PostgreSQL profile
-- has the claim table's writes as the largest share of the encounters phase (issue 14).
DROP INDEX IF EXISTS ix_claim_responsibility;
