-- X12 835 intake: quarantine, line detail, provider-level adjustments, code sets, denial categories, payer contracts.

-- A remittance is TAKEN (its claim payments posted or waiting for their claim) or QUARANTINED (it does not balance:
-- stored with every imbalance, nothing posted). Only taken remittances hold the natural key; the same quarantined
-- file sent again is recognised by its fingerprint, and a corrected file may be taken under the same trace number.
ALTER TABLE remittance ADD COLUMN status VARCHAR(12) NOT NULL DEFAULT 'TAKEN'
    CHECK (status IN ('TAKEN', 'QUARANTINED'));
ALTER TABLE remittance ADD COLUMN source VARCHAR(4) NOT NULL DEFAULT 'JSON' CHECK (source IN ('JSON', 'X12'));
ALTER TABLE remittance ADD COLUMN handling_code VARCHAR(2);
ALTER TABLE remittance ADD COLUMN payer_name VARCHAR(60);
ALTER TABLE remittance ADD COLUMN payee_name VARCHAR(60);
ALTER TABLE remittance ADD COLUMN payee_id VARCHAR(80);
ALTER TABLE remittance ADD COLUMN provider_adjustment_total NUMERIC(14,2) NOT NULL DEFAULT 0;
ALTER TABLE remittance ADD COLUMN claim_count INT NOT NULL DEFAULT 0;
ALTER TABLE remittance DROP CONSTRAINT remittance_natural_key;
CREATE UNIQUE INDEX remittance_natural_key ON remittance (payer_id, trace_number) WHERE status = 'TAKEN';
CREATE UNIQUE INDEX remittance_quarantined_once ON remittance (payer_id, trace_number, fingerprint)
    WHERE status = 'QUARANTINED';

CREATE TABLE remittance_imbalance (
    remittance_id UUID          NOT NULL REFERENCES remittance (id),
    seq           INT           NOT NULL,
    rule          VARCHAR(30)   NOT NULL,
    claim_index   INT           NOT NULL,
    line_index    INT           NOT NULL,
    claim_id      VARCHAR(50),
    stated        NUMERIC(14,2) NOT NULL,
    computed      NUMERIC(14,2) NOT NULL,
    difference    NUMERIC(14,2) NOT NULL,
    message       VARCHAR(300)  NOT NULL,
    PRIMARY KEY (remittance_id, seq)
);

-- PLB: stays at provider level, never spread over claims.
CREATE TABLE provider_adjustment (
    remittance_id      UUID          NOT NULL REFERENCES remittance (id),
    seq                INT           NOT NULL,
    provider_id        VARCHAR(50),
    fiscal_period_date DATE,
    reason_code        VARCHAR(2)    NOT NULL,
    reference          VARCHAR(50),
    amount             NUMERIC(14,2) NOT NULL,
    PRIMARY KEY (remittance_id, seq)
);

ALTER TABLE claim_payment ADD COLUMN remark_codes VARCHAR(300) NOT NULL DEFAULT '';
ALTER TABLE claim_payment ADD COLUMN unknown_codes VARCHAR(300) NOT NULL DEFAULT '';
ALTER TABLE claim_payment ADD COLUMN denial_category VARCHAR(20);
ALTER TABLE claim_payment ADD COLUMN allowed_amount NUMERIC(14,2);
ALTER TABLE claim_payment ADD COLUMN expected_allowed NUMERIC(14,2);
ALTER TABLE claim_payment ADD COLUMN underpaid_amount NUMERIC(14,2);
ALTER TABLE claim_payment ADD COLUMN reversal_of UUID REFERENCES claim_payment (id);
ALTER TABLE claim_payment ADD COLUMN service_date DATE;
CREATE UNIQUE INDEX claim_payment_reversed_once ON claim_payment (reversal_of) WHERE reversal_of IS NOT NULL;
CREATE INDEX claim_payment_underpaid ON claim_payment (claim_id) WHERE underpaid_amount > 0;

CREATE TABLE claim_payment_line (
    id                  UUID          PRIMARY KEY,
    claim_payment_id    UUID          NOT NULL REFERENCES claim_payment (id),
    line_index          INT           NOT NULL,
    line_number         INT,
    qualifier           VARCHAR(2),
    code                VARCHAR(48)   NOT NULL,
    modifiers           VARCHAR(20)   NOT NULL,
    original_code       VARCHAR(48),
    original_modifiers  VARCHAR(20)   NOT NULL,
    charge              NUMERIC(14,2) NOT NULL,
    paid                NUMERIC(14,2) NOT NULL,
    units               NUMERIC(15,3) NOT NULL,
    revenue_code        VARCHAR(48),
    service_date        DATE,
    remark_codes        VARCHAR(300)  NOT NULL,
    line_control_number VARCHAR(50),
    payer_allowed       NUMERIC(14,2),
    allowed_amount      NUMERIC(14,2) NOT NULL,
    expected_allowed    NUMERIC(14,2),
    underpaid_amount    NUMERIC(14,2),
    denial_category     VARCHAR(20),
    CONSTRAINT claim_payment_line_once UNIQUE (claim_payment_id, line_index)
);

CREATE TABLE claim_line_adjustment (
    line_id     UUID          NOT NULL REFERENCES claim_payment_line (id),
    seq         INT           NOT NULL,
    group_code  VARCHAR(2)    NOT NULL,
    reason_code VARCHAR(5)    NOT NULL,
    amount      NUMERIC(14,2) NOT NULL,
    PRIMARY KEY (line_id, seq)
);

-- Ledger entries say what they stand for and, for line-level adjustments, which line.
ALTER TABLE ledger_entry ADD COLUMN category VARCHAR(20) NOT NULL DEFAULT 'PAYMENT';
ALTER TABLE ledger_entry ADD COLUMN line_index INT;

-- External code lists (CARC, RARC) as loaded from the files the code maintainers publish; unknown codes in a
-- remittance are stored anyway and reported.
CREATE TABLE reason_code (
    code_type VARCHAR(4)   NOT NULL CHECK (code_type IN ('CARC', 'RARC')),
    code      VARCHAR(10)  NOT NULL,
    source    VARCHAR(200) NOT NULL,
    loaded_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (code_type, code)
);

-- CARC -> denial category: the project's own classification, editable through PUT /denial-categories/{carc}.
CREATE TABLE denial_category_rule (
    carc       VARCHAR(5)  PRIMARY KEY,
    category   VARCHAR(20) NOT NULL CHECK (category IN ('ELIGIBILITY', 'AUTHORIZATION', 'CODING',
        'MEDICAL_NECESSITY', 'TIMELY_FILING', 'DUPLICATE', 'OTHER')),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
INSERT INTO denial_category_rule (carc, category) VALUES
    ('22', 'ELIGIBILITY'), ('26', 'ELIGIBILITY'), ('27', 'ELIGIBILITY'), ('31', 'ELIGIBILITY'),
    ('32', 'ELIGIBILITY'), ('33', 'ELIGIBILITY'), ('109', 'ELIGIBILITY'), ('140', 'ELIGIBILITY'),
    ('177', 'ELIGIBILITY'), ('200', 'ELIGIBILITY'),
    ('15', 'AUTHORIZATION'), ('39', 'AUTHORIZATION'), ('62', 'AUTHORIZATION'), ('197', 'AUTHORIZATION'),
    ('198', 'AUTHORIZATION'), ('243', 'AUTHORIZATION'),
    ('4', 'CODING'), ('5', 'CODING'), ('6', 'CODING'), ('7', 'CODING'), ('8', 'CODING'), ('9', 'CODING'),
    ('10', 'CODING'), ('11', 'CODING'), ('16', 'CODING'), ('97', 'CODING'), ('125', 'CODING'), ('146', 'CODING'),
    ('181', 'CODING'), ('182', 'CODING'), ('234', 'CODING'), ('B15', 'CODING'),
    ('50', 'MEDICAL_NECESSITY'), ('55', 'MEDICAL_NECESSITY'), ('56', 'MEDICAL_NECESSITY'),
    ('150', 'MEDICAL_NECESSITY'), ('151', 'MEDICAL_NECESSITY'), ('152', 'MEDICAL_NECESSITY'),
    ('167', 'MEDICAL_NECESSITY'),
    ('29', 'TIMELY_FILING'),
    ('18', 'DUPLICATE'), ('B13', 'DUPLICATE');

-- What we expect a payer to allow for a code (and modifier; '' for any), per unit, over a period.
CREATE TABLE payer_contract (
    id               UUID          PRIMARY KEY,
    payer_id         VARCHAR(50)   NOT NULL,
    code             VARCHAR(10)   NOT NULL,
    modifier         VARCHAR(2)    NOT NULL,
    expected_allowed NUMERIC(14,2) NOT NULL CHECK (expected_allowed >= 0),
    effective_from   DATE          NOT NULL,
    effective_to     DATE,
    created_at       TIMESTAMPTZ   NOT NULL,
    CONSTRAINT payer_contract_once UNIQUE (payer_id, code, modifier, effective_from),
    CONSTRAINT payer_contract_period CHECK (effective_to IS NULL OR effective_to >= effective_from)
);
