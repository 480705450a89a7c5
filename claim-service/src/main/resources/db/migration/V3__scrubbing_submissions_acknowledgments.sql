-- Issue 4: scrubbing, 837P submissions with persisted control numbers, acknowledgments, corrections, lifecycle.

-- Payer submission settings (ISA/GS receiver, NM1*PR payer id) and payer-specific scrub rules (a JSON array).
ALTER TABLE payer ADD COLUMN receiver_id            VARCHAR(15)  NOT NULL DEFAULT 'CLEARINGHOUSE';
ALTER TABLE payer ADD COLUMN receiver_qualifier     VARCHAR(2)   NOT NULL DEFAULT 'ZZ';
ALTER TABLE payer ADD COLUMN edi_payer_id           VARCHAR(80);
ALTER TABLE payer ADD COLUMN auto_submit            BOOLEAN      NOT NULL DEFAULT TRUE;
ALTER TABLE payer ADD COLUMN usage_indicator        VARCHAR(1)   NOT NULL DEFAULT 'P';
ALTER TABLE payer ADD COLUMN scrub_rules            TEXT         NOT NULL DEFAULT '[]';
UPDATE payer SET edi_payer_id = payer_id;
ALTER TABLE payer ALTER COLUMN edi_payer_id SET NOT NULL;

-- The claim's lifecycle, corrections and work queue data.
ALTER TABLE claim DROP CONSTRAINT claim_status_known;
ALTER TABLE claim ADD CONSTRAINT claim_status_known CHECK (status IN ('CREATED', 'SCRUB_FAILED', 'READY',
    'SUBMITTED', 'ACCEPTED', 'REJECTED', 'PAID', 'PARTIALLY_PAID', 'DENIED', 'CORRECTED', 'VOIDED', 'CLOSED'));
ALTER TABLE claim DROP CONSTRAINT claim_one_per_encounter;
ALTER TABLE claim ADD COLUMN frequency_code             VARCHAR(1)   NOT NULL DEFAULT '1'
    CHECK (frequency_code IN ('1', '7', '8'));
ALTER TABLE claim ADD COLUMN original_claim_id          UUID         REFERENCES claim (id);
-- The payer's claim control number of this claim (learned from its remittance, CLP07, or supplied), and for a
-- replacement or void the one of the claim it corrects (sent as REF*F8).
ALTER TABLE claim ADD COLUMN payer_claim_control_number VARCHAR(50);
ALTER TABLE claim ADD COLUMN corrected_payer_claim_control_number VARCHAR(50);
ALTER TABLE claim ADD COLUMN service_signature          TEXT         NOT NULL DEFAULT '';
-- Findings of the last scrub or the payer's rejection reasons, a JSON array of {code, message}.
ALTER TABLE claim ADD COLUMN findings                   TEXT         NOT NULL DEFAULT '[]';
ALTER TABLE claim ADD COLUMN work_queued_at             TIMESTAMPTZ;
ALTER TABLE claim ADD COLUMN ever_scrub_failed          BOOLEAN      NOT NULL DEFAULT FALSE;
ALTER TABLE claim ADD COLUMN ever_rejected              BOOLEAN      NOT NULL DEFAULT FALSE;
ALTER TABLE claim ADD COLUMN ever_accepted              BOOLEAN      NOT NULL DEFAULT FALSE;
ALTER TABLE claim ADD COLUMN adjudicated_at             TIMESTAMPTZ;
ALTER TABLE claim ADD COLUMN denied                     BOOLEAN      NOT NULL DEFAULT FALSE;
ALTER TABLE claim ADD COLUMN submission_count           INT          NOT NULL DEFAULT 0;
ALTER TABLE claim ADD COLUMN last_submission_id         UUID;
-- A reversal may take back more than one posting at a time; only the totals must stay >= 0.
ALTER TABLE claim DROP CONSTRAINT claim_balance_not_negative;
ALTER TABLE claim ADD CONSTRAINT claim_balance_not_negative CHECK (paid_amount >= 0 AND adjustment_amount >= 0
    AND patient_responsibility >= 0);
-- One original claim per encounter; replacements and voids share the encounter.
CREATE UNIQUE INDEX claim_one_original_per_encounter ON claim (encounter_id) WHERE frequency_code = '1';
CREATE INDEX claim_ready_payer ON claim (payer_id, created_at) WHERE status = 'READY';
CREATE INDEX claim_duplicate_key ON claim (patient_id, billing_provider_npi, date_of_service);
CREATE INDEX claim_work_queue ON claim (status, work_queued_at) WHERE status IN ('SCRUB_FAILED', 'REJECTED');

ALTER TABLE claim_payment ADD COLUMN reversal_of UUID;
ALTER TABLE claim_payment ADD COLUMN payer_claim_control_number VARCHAR(50);

-- ISA13 and GS06 come from one sequence: unique across instances and restarts; ST02 is unique within its group.
CREATE SEQUENCE interchange_control_number MINVALUE 1 MAXVALUE 999999999 START 1 CYCLE;

CREATE TABLE submission (
    id                         UUID          PRIMARY KEY,
    payer_id                   VARCHAR(50)   NOT NULL REFERENCES payer (payer_id),
    interchange_control_number INT           NOT NULL,
    group_control_number       INT           NOT NULL,
    claim_count                INT           NOT NULL CHECK (claim_count > 0),
    total_charge               NUMERIC(14,2) NOT NULL,
    content                    TEXT          NOT NULL,
    created_at                 TIMESTAMPTZ   NOT NULL
);
CREATE UNIQUE INDEX submission_group_control ON submission (group_control_number, created_at);
CREATE INDEX submission_payer ON submission (payer_id, created_at);

-- Which transaction set (ST02) of which submission carried which claim (for 999 and 277CA matching).
CREATE TABLE submission_claim (
    submission_id          UUID        NOT NULL REFERENCES submission (id),
    claim_id               UUID        NOT NULL REFERENCES claim (id),
    transaction_control    VARCHAR(9)  NOT NULL,
    PRIMARY KEY (submission_id, claim_id)
);
CREATE INDEX submission_claim_claim ON submission_claim (claim_id);

CREATE TABLE acknowledgment (
    id           UUID        PRIMARY KEY,
    kind         VARCHAR(10) NOT NULL,
    content_hash VARCHAR(64) NOT NULL UNIQUE,
    summary      TEXT        NOT NULL,
    received_at  TIMESTAMPTZ NOT NULL
);
