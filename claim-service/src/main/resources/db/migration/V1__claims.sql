-- Claim service schema: reference data (payers, providers, fee schedules), claims with their lines, diagnoses,
-- status history and applied payments (the outbox and inbox come from the platform, db/platform).

CREATE TABLE payer (
    payer_id               VARCHAR(50)  PRIMARY KEY,
    name                   VARCHAR(200) NOT NULL,
    claim_filing_indicator VARCHAR(2)   NOT NULL,
    timely_filing_days     INT          NOT NULL CHECK (timely_filing_days > 0),
    updated_at             TIMESTAMPTZ  NOT NULL
);

CREATE TABLE provider (
    npi           VARCHAR(10)  PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    tax_id        VARCHAR(9)   NOT NULL,
    taxonomy_code VARCHAR(10)  NOT NULL,
    address_line1 VARCHAR(100) NOT NULL,
    address_line2 VARCHAR(100),
    city          VARCHAR(60)  NOT NULL,
    state         VARCHAR(2)   NOT NULL,
    postal_code   VARCHAR(9)   NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL
);

-- billing_provider_npi NULL is the default schedule; effective_to is the last day in effect (inclusive).
CREATE TABLE fee_schedule_row (
    id                   BIGSERIAL     PRIMARY KEY,
    billing_provider_npi VARCHAR(10)   REFERENCES provider (npi),
    code                 VARCHAR(5)    NOT NULL,
    modifier             VARCHAR(2),
    effective_from       DATE          NOT NULL,
    effective_to         DATE,
    charge               NUMERIC(12,2) NOT NULL CHECK (charge > 0),
    CHECK (effective_to IS NULL OR effective_to >= effective_from)
);
CREATE INDEX fee_schedule_row_lookup ON fee_schedule_row (code, billing_provider_npi);
CREATE INDEX fee_schedule_row_schedule ON fee_schedule_row (billing_provider_npi);

CREATE TABLE claim (
    id                     UUID          PRIMARY KEY,
    encounter_id           UUID          NOT NULL,
    ehr_encounter_id       VARCHAR(100),
    status                 VARCHAR(20)   NOT NULL,
    patient_id             VARCHAR(100)  NOT NULL,
    patient_first_name     VARCHAR(100),
    patient_last_name      VARCHAR(100)  NOT NULL,
    patient_birth_date     DATE          NOT NULL,
    patient_sex            VARCHAR(1)    NOT NULL,
    subscriber_member_id   VARCHAR(80)   NOT NULL,
    payer_id               VARCHAR(50)   NOT NULL REFERENCES payer (payer_id),
    billing_provider_npi   VARCHAR(10)   NOT NULL REFERENCES provider (npi),
    rendering_provider_npi VARCHAR(10),
    place_of_service       VARCHAR(2)    NOT NULL,
    date_of_service        DATE          NOT NULL,
    total_charge           NUMERIC(12,2) NOT NULL,
    paid_amount            NUMERIC(12,2) NOT NULL,
    adjustment_amount      NUMERIC(12,2) NOT NULL,
    patient_responsibility NUMERIC(12,2) NOT NULL,
    correlation_id         VARCHAR(100),
    created_at             TIMESTAMPTZ   NOT NULL,
    submitted_at           TIMESTAMPTZ,
    updated_at             TIMESTAMPTZ   NOT NULL,
    version                BIGINT        NOT NULL,
    CONSTRAINT claim_one_per_encounter UNIQUE (encounter_id),
    CONSTRAINT claim_status_known CHECK (status IN ('CREATED', 'SUBMITTED', 'PARTIALLY_PAID', 'PAID', 'DENIED')),
    CONSTRAINT claim_balance_not_negative CHECK (paid_amount >= 0 AND adjustment_amount >= 0
        AND patient_responsibility >= 0
        AND total_charge - paid_amount - adjustment_amount - patient_responsibility >= 0)
);
CREATE INDEX claim_date_of_service ON claim (date_of_service, id);
CREATE INDEX claim_status_date ON claim (status, date_of_service);
CREATE INDEX claim_payer_date ON claim (payer_id, date_of_service);

CREATE TABLE claim_diagnosis (
    claim_id UUID       NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    sequence INT        NOT NULL,
    code     VARCHAR(8) NOT NULL,
    PRIMARY KEY (claim_id, sequence)
);

-- modifiers and diagnosis_pointers are comma-separated, in order ("25,59", "1,2").
CREATE TABLE claim_line (
    claim_id           UUID          NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    line_number        INT           NOT NULL,
    code               VARCHAR(5)    NOT NULL,
    code_system        VARCHAR(10),
    modifiers          VARCHAR(20)   NOT NULL,
    units              INT           NOT NULL CHECK (units > 0),
    diagnosis_pointers VARCHAR(20)   NOT NULL,
    unit_fee           NUMERIC(12,2) NOT NULL,
    charge             NUMERIC(12,2) NOT NULL,
    date_of_service    DATE          NOT NULL,
    PRIMARY KEY (claim_id, line_number)
);

CREATE TABLE claim_status_change (
    id           BIGSERIAL    PRIMARY KEY,
    claim_id     UUID         NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    from_status  VARCHAR(20),
    to_status    VARCHAR(20)  NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    reason_codes TEXT         NOT NULL,
    payment_id   UUID,
    changed_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX claim_status_change_claim ON claim_status_change (claim_id, id);

-- One row per payment applied: the primary key on payment_id keeps a payment from being counted twice.
CREATE TABLE claim_payment (
    payment_id             UUID          PRIMARY KEY,
    claim_id               UUID          NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    claim_status_code      VARCHAR(10),
    paid_amount            NUMERIC(12,2) NOT NULL,
    patient_responsibility NUMERIC(12,2) NOT NULL,
    adjustment_amount      NUMERIC(12,2) NOT NULL,
    reason_codes           TEXT          NOT NULL,
    event_id               UUID          NOT NULL,
    applied_at             TIMESTAMPTZ   NOT NULL
);
CREATE INDEX claim_payment_claim ON claim_payment (claim_id);
