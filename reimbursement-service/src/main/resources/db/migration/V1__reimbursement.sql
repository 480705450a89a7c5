-- Claims we expect to be paid, as claim-service submitted them (rcm.claims.claim-submitted.v1).
CREATE TABLE expected_claim (
    claim_id             VARCHAR(50)   PRIMARY KEY,
    encounter_id         VARCHAR(50),
    payer_id             VARCHAR(50)   NOT NULL,
    billing_provider_npi VARCHAR(10),
    patient_id           VARCHAR(50),
    date_of_service      DATE,
    total_charge         NUMERIC(14,2) NOT NULL,
    correlation_id       VARCHAR(100),
    source_event_id      UUID          NOT NULL,
    recorded_at          TIMESTAMPTZ   NOT NULL
);

CREATE TABLE expected_claim_line (
    claim_id        VARCHAR(50)   NOT NULL REFERENCES expected_claim (claim_id),
    line_number     INT           NOT NULL,
    code            VARCHAR(10)   NOT NULL,
    modifiers       VARCHAR(20)   NOT NULL,
    units           INT           NOT NULL,
    charge          NUMERIC(14,2) NOT NULL,
    date_of_service DATE,
    PRIMARY KEY (claim_id, line_number)
);

-- One payer payment; (payer_id, trace_number) is its natural key: the same remittance is taken once.
CREATE TABLE remittance (
    id             UUID          PRIMARY KEY,
    payer_id       VARCHAR(50)   NOT NULL,
    trace_number   VARCHAR(50)   NOT NULL,
    payment_date   DATE          NOT NULL,
    payment_method VARCHAR(3)    NOT NULL,
    total_paid     NUMERIC(14,2) NOT NULL,
    fingerprint    VARCHAR(64)   NOT NULL,
    received_at    TIMESTAMPTZ   NOT NULL,
    CONSTRAINT remittance_natural_key UNIQUE (payer_id, trace_number)
);

-- What the remittance says about one claim. A claim may appear twice in one remittance: occurrence tells them apart.
CREATE TABLE claim_payment (
    id                         UUID          PRIMARY KEY,
    remittance_id              UUID          NOT NULL REFERENCES remittance (id),
    claim_index                INT           NOT NULL,
    claim_id                   VARCHAR(50)   NOT NULL,
    occurrence                 INT           NOT NULL,
    claim_status_code          VARCHAR(2)    NOT NULL,
    payer_claim_control_number VARCHAR(50),
    charge_amount              NUMERIC(14,2) NOT NULL,
    paid_amount                NUMERIC(14,2) NOT NULL,
    patient_responsibility     NUMERIC(14,2) NOT NULL,
    status                     VARCHAR(10)   NOT NULL CHECK (status IN ('POSTED', 'UNMATCHED')),
    unmatched_reason           VARCHAR(200),
    received_at                TIMESTAMPTZ   NOT NULL,
    posted_at                  TIMESTAMPTZ,
    CONSTRAINT claim_payment_once UNIQUE (remittance_id, claim_id, occurrence),
    CONSTRAINT claim_payment_position UNIQUE (remittance_id, claim_index)
);
CREATE INDEX claim_payment_claim ON claim_payment (claim_id);
CREATE INDEX claim_payment_waiting ON claim_payment (claim_id) WHERE status = 'UNMATCHED';

CREATE TABLE claim_adjustment (
    claim_payment_id UUID          NOT NULL REFERENCES claim_payment (id),
    seq              INT           NOT NULL,
    group_code       VARCHAR(2)    NOT NULL,
    reason_code      VARCHAR(5)    NOT NULL,
    amount           NUMERIC(14,2) NOT NULL,
    PRIMARY KEY (claim_payment_id, seq)
);

-- The posting ledger: append-only. A claim payment's entries are written once (line_no under a unique key) and
-- never changed; a correction is a new, reversing posting.
CREATE SEQUENCE ledger_entry_seq INCREMENT BY 50;
CREATE TABLE ledger_entry (
    id               BIGINT        PRIMARY KEY,
    claim_payment_id UUID          NOT NULL REFERENCES claim_payment (id),
    line_no          INT           NOT NULL,
    claim_id         VARCHAR(50)   NOT NULL,
    entry_type       VARCHAR(30)   NOT NULL CHECK (entry_type IN ('PAYMENT', 'ADJUSTMENT', 'PATIENT_RESPONSIBILITY')),
    group_code       VARCHAR(2),
    reason_code      VARCHAR(5),
    amount           NUMERIC(14,2) NOT NULL,
    posted_at        TIMESTAMPTZ   NOT NULL,
    CONSTRAINT ledger_entry_once UNIQUE (claim_payment_id, line_no)
);
CREATE INDEX ledger_entry_claim ON ledger_entry (claim_id);

CREATE FUNCTION ledger_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ledger_entry is append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER ledger_entry_no_update_or_delete BEFORE UPDATE OR DELETE ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION ledger_entry_append_only();
CREATE TRIGGER ledger_entry_no_truncate BEFORE TRUNCATE ON ledger_entry
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_entry_append_only();
