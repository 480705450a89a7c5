-- Issue 16: a copay collected at check-in, before the encounter's claim exists (the encounter is still being coded or
-- waits for a coder). It is kept per practice and reference, and becomes the claim's COPAY entry, under the same
-- reference, in the transaction that creates the claim.
CREATE TABLE pending_copay (
    billing_provider_npi VARCHAR(10)   NOT NULL,
    reference            VARCHAR(100)  NOT NULL,
    encounter_id         UUID          NOT NULL,
    amount               NUMERIC(14,2) NOT NULL CHECK (amount > 0),
    note                 VARCHAR(200),
    actor                VARCHAR(100)  NOT NULL,
    collected_at         TIMESTAMPTZ   NOT NULL,
    claim_id             UUID          REFERENCES claim (id),
    PRIMARY KEY (billing_provider_npi, reference)
);
CREATE INDEX pending_copay_waiting ON pending_copay (encounter_id) WHERE claim_id IS NULL;
