-- Encounters as received from EHR systems, their diagnoses and service lines; the code sets
-- (the outbox and inbox come from the platform, db/platform).

CREATE TABLE encounter (
    id                     UUID         PRIMARY KEY,
    ehr_encounter_id       VARCHAR(100) NOT NULL,
    patient_id             VARCHAR(80)  NOT NULL,
    patient_first_name     VARCHAR(35)  NOT NULL,
    patient_last_name      VARCHAR(60)  NOT NULL,
    patient_birth_date     DATE         NOT NULL,
    patient_sex            VARCHAR(1)   NOT NULL CHECK (patient_sex IN ('F', 'M', 'U')),
    subscriber_member_id   VARCHAR(80)  NOT NULL,
    payer_id               VARCHAR(80)  NOT NULL,
    billing_provider_npi   VARCHAR(10)  NOT NULL,
    rendering_provider_npi VARCHAR(10)  NOT NULL,
    date_of_service        DATE         NOT NULL,
    place_of_service       VARCHAR(2)   NOT NULL,
    status                 VARCHAR(20)  NOT NULL,
    correlation_id         VARCHAR(100) NOT NULL,
    request_hash           VARCHAR(64)  NOT NULL,
    coded_at               TIMESTAMPTZ  NOT NULL,
    -- The idempotency key: concurrent duplicates collide here and the loser answers with the winner's encounter.
    CONSTRAINT uq_encounter_ehr_encounter_id UNIQUE (ehr_encounter_id)
);

CREATE TABLE encounter_diagnosis (
    encounter_id    UUID        NOT NULL REFERENCES encounter (id),
    sequence_number INT         NOT NULL CHECK (sequence_number BETWEEN 1 AND 12),
    code            VARCHAR(7)  NOT NULL,
    coded_by        VARCHAR(20) NOT NULL,
    PRIMARY KEY (encounter_id, sequence_number),
    CONSTRAINT uq_encounter_diagnosis_code UNIQUE (encounter_id, code)
);

-- Modifiers and diagnosis pointers get four columns each, as the 837P service line (SV1) has four slots for each.
CREATE TABLE encounter_service_line (
    encounter_id  UUID        NOT NULL REFERENCES encounter (id),
    line_number   INT         NOT NULL CHECK (line_number BETWEEN 1 AND 50),
    code_system   VARCHAR(10) NOT NULL,
    code          VARCHAR(5)  NOT NULL,
    modifier_1    VARCHAR(2),
    modifier_2    VARCHAR(2),
    modifier_3    VARCHAR(2),
    modifier_4    VARCHAR(2),
    units         INT         NOT NULL CHECK (units BETWEEN 1 AND 999),
    dx_pointer_1  INT         NOT NULL,
    dx_pointer_2  INT,
    dx_pointer_3  INT,
    dx_pointer_4  INT,
    coded_by      VARCHAR(20) NOT NULL,
    PRIMARY KEY (encounter_id, line_number)
);
CREATE INDEX encounter_service_line_code ON encounter_service_line (code_system, code);

-- One row per version of a code; a retired code keeps its row with effective_to set.
CREATE TABLE code_set_entry (
    system         VARCHAR(10)  NOT NULL CHECK (system IN ('ICD10CM', 'HCPCS', 'CPT')),
    code           VARCHAR(7)   NOT NULL,
    description    VARCHAR(300) NOT NULL,
    billable       BOOLEAN      NOT NULL,
    effective_from DATE         NOT NULL,
    effective_to   DATE,
    source         VARCHAR(50)  NOT NULL,
    PRIMARY KEY (system, code, effective_from),
    CHECK (effective_to IS NULL OR effective_to >= effective_from)
);
