-- The dashboard's projection of rcm.claims.claim-status.v1: every change as it arrived, and each claim's current
-- state. Both are rebuilt by replaying the topic from its start; a replay changes nothing already applied.

CREATE TABLE claim_status_change (
    id                     BIGSERIAL     PRIMARY KEY,   -- the feed's sequence: the SSE event id
    event_id               UUID          NOT NULL UNIQUE,
    claim_id               VARCHAR(100)  NOT NULL,
    payer_id               VARCHAR(50)   NOT NULL,
    billing_provider_npi   VARCHAR(10)   NOT NULL,
    from_status            VARCHAR(40),
    to_status              VARCHAR(40)   NOT NULL,
    reason_codes           TEXT          NOT NULL,     -- comma-separated group-CARC pairs, in the payer's order
    denial_category        VARCHAR(40),
    changed_at             TIMESTAMPTZ   NOT NULL,
    payload                TEXT          NOT NULL      -- the event as published, streamed again to late SSE readers
);
CREATE INDEX claim_status_change_claim ON claim_status_change (claim_id);
CREATE INDEX claim_status_change_denied ON claim_status_change (to_status) WHERE to_status = 'DENIED';

CREATE TABLE claim_projection (
    claim_id               VARCHAR(100)  PRIMARY KEY,
    encounter_id           VARCHAR(100),
    payer_id               VARCHAR(50)   NOT NULL,
    billing_provider_npi   VARCHAR(10)   NOT NULL,
    status                 VARCHAR(40)   NOT NULL,
    reason                 TEXT,
    reason_codes           TEXT          NOT NULL,
    total_charge           NUMERIC(14,2) NOT NULL,
    paid_amount            NUMERIC(14,2) NOT NULL,
    adjustment_amount      NUMERIC(14,2) NOT NULL,
    patient_responsibility NUMERIC(14,2) NOT NULL,
    outstanding            NUMERIC(14,2) NOT NULL,
    date_of_service        DATE,
    first_seen_at          TIMESTAMPTZ   NOT NULL,
    submitted_at           TIMESTAMPTZ,
    first_adjudication     VARCHAR(40),               -- the payer's first decision: initial denial rate
    changed_at             TIMESTAMPTZ   NOT NULL
);
CREATE INDEX claim_projection_status ON claim_projection (status);
CREATE INDEX claim_projection_payer ON claim_projection (payer_id);
