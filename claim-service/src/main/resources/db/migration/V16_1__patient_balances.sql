-- Issue 16: what the patient owes after insurance. The patient's payments, refunds and small-balance write-offs are
-- append-only entries against a claim; what the patient owes is the claim's patient responsibility less them, so
-- nothing is stored twice. The reference is the practice's natural key of the money (a receipt number): posting it
-- again answers the first result, never a second entry.
CREATE TABLE patient_entry (
    id                   BIGSERIAL     PRIMARY KEY,
    billing_provider_npi VARCHAR(10)   NOT NULL,
    reference            VARCHAR(100)  NOT NULL,
    claim_id             UUID          NOT NULL REFERENCES claim (id),
    patient_id           VARCHAR(100)  NOT NULL,
    kind                 VARCHAR(10)   NOT NULL CHECK (kind IN ('PAYMENT', 'REFUND', 'WRITE_OFF')),
    amount               NUMERIC(14,2) NOT NULL CHECK (amount > 0),
    note                 VARCHAR(200),
    actor                VARCHAR(100)  NOT NULL,
    posted_at            TIMESTAMPTZ   NOT NULL,
    CONSTRAINT patient_entry_once_per_reference UNIQUE (billing_provider_npi, reference)
);
CREATE INDEX patient_entry_claim ON patient_entry (claim_id, id);
-- A patient account is the practice's patient: billing provider and the patient id the EHR sent.
CREATE INDEX claim_patient_account ON claim (billing_provider_npi, patient_id);

-- Monthly statements as sent: one per patient account and statement date; the PDF is kept as the patient got it.
CREATE TABLE patient_statement (
    id                   UUID          PRIMARY KEY,
    billing_provider_npi VARCHAR(10)   NOT NULL,
    patient_id           VARCHAR(100)  NOT NULL,
    statement_date       DATE          NOT NULL,
    amount_due           NUMERIC(14,2) NOT NULL,
    claim_count          INT           NOT NULL,
    pdf                  BYTEA         NOT NULL,
    actor                VARCHAR(100)  NOT NULL,
    created_at           TIMESTAMPTZ   NOT NULL,
    CONSTRAINT patient_statement_once_per_date UNIQUE (billing_provider_npi, patient_id, statement_date)
);

-- Claims stored before coverages (V11) kept 'PRIMARY' after their only payer adjudicated them; what that payer left
-- to the patient is with the patient, as the coordination rule decides for every claim since.
UPDATE claim SET responsibility = 'PATIENT'
 WHERE responsibility = 'PRIMARY' AND coverages = '[]' AND patient_responsibility > 0
   AND status IN ('PAID', 'PARTIALLY_PAID', 'DENIED', 'CLOSED');
