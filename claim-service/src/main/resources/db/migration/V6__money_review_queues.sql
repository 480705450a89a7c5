-- Issue 13: money claim-service used to refuse is posted and waits for a person instead. A credit balance
-- (more posted than the charge: outstanding < 0, which V3 already allows) waits to be refunded; a payment posted
-- after the claim was closed waits for review. review_reason is the claim's place in those queues (NULL: none),
-- work_queued_at (V3) says since when.
ALTER TABLE claim ADD COLUMN posted_after_close BOOLEAN     NOT NULL DEFAULT FALSE;
ALTER TABLE claim ADD COLUMN review_reason      VARCHAR(20)
    CHECK (review_reason IN ('CREDIT_BALANCE', 'POSTED_AFTER_CLOSE'));
CREATE INDEX claim_review_queue ON claim (review_reason, work_queued_at) WHERE review_reason IS NOT NULL;
