-- Issue 14: three indexes no query of the dashboard uses, paid for on every status change it applies (a feed row and
-- a projection upsert per change, 19,000 of each for 10,000 claims before their remittances). Every figure filters by
-- the practices (billing_provider_npi = ANY) and aggregates with GROUP BY or FILTER, reading the practices' rows
-- whatever the status or payer; the feed reads by id (the primary key) and the denial figures by the partial index
-- on DENIED. Nothing reads changes by claim id.
DROP INDEX IF EXISTS claim_projection_status;
DROP INDEX IF EXISTS claim_projection_payer;
DROP INDEX IF EXISTS claim_status_change_claim;
-- With only its primary key left, a projection row's update can stay on its page (a HOT update, no index entry) when
-- the page has room: a claim's row is updated three or four times in its life.
ALTER TABLE claim_projection SET (fillfactor = 70);
