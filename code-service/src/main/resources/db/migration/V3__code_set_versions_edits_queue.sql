-- Code sets as versions with an effective period, the coding edit tables, coding from text and the coder queue.

-- pg_trgm gives similarity(), used to rank the candidates full-text search finds.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- One load of a code set. A code is judged by the version in effect on the date of service: a loaded version whose
-- period covers the date wins over the open-ended starter version of its system.
CREATE TABLE code_set_version (
    id             BIGSERIAL    PRIMARY KEY,
    system         VARCHAR(10)  NOT NULL CHECK (system IN ('ICD10CM', 'HCPCS', 'CPT')),
    label          VARCHAR(40)  NOT NULL,
    effective_from DATE         NOT NULL,
    effective_to   DATE,
    source_file    VARCHAR(200) NOT NULL,
    checksum       VARCHAR(64)  NOT NULL,
    row_count      INT          NOT NULL,
    starter        BOOLEAN      NOT NULL DEFAULT FALSE,
    loaded_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT uq_code_set_version_label UNIQUE (system, label),
    CHECK (effective_to IS NULL OR effective_to >= effective_from)
);

-- The codes of a version. Entry dates narrow the version's period for one code (HCPCS add and termination dates).
CREATE TABLE code_entry (
    version_id     BIGINT       NOT NULL REFERENCES code_set_version (id) ON DELETE CASCADE,
    code           VARCHAR(7)   NOT NULL,
    short_title    VARCHAR(300) NOT NULL,
    long_title     VARCHAR(500) NOT NULL,
    billable       BOOLEAN      NOT NULL,
    effective_from DATE,
    effective_to   DATE,
    search_vector  TSVECTOR GENERATED ALWAYS AS (to_tsvector('english', long_title || ' ' || short_title)) STORED,
    PRIMARY KEY (version_id, code)
);
CREATE INDEX code_entry_code ON code_entry (code);
CREATE INDEX code_entry_prefix ON code_entry (version_id, code varchar_pattern_ops);
CREATE INDEX code_entry_fts ON code_entry USING GIN (search_vector);

-- The starter rows of V2 become one open-ended starter version per system.
INSERT INTO code_set_version (system, label, effective_from, effective_to, source_file, checksum, row_count, starter)
SELECT system, 'starter', MIN(effective_from), NULL, 'V2__starter_code_sets.sql', 'starter', COUNT(*), TRUE
FROM code_set_entry GROUP BY system;
INSERT INTO code_entry (version_id, code, short_title, long_title, billable, effective_from, effective_to)
SELECT v.id, e.code, e.description, e.description, e.billable, e.effective_from, e.effective_to
FROM code_set_entry e JOIN code_set_version v ON v.system = e.system AND v.starter;
DROP TABLE code_set_entry;

-- Encounters: codes may arrive as text and wait for a coder; who coded may be a coder id.
ALTER TABLE encounter ALTER COLUMN status TYPE VARCHAR(20);
ALTER TABLE encounter ADD COLUMN received_at TIMESTAMPTZ;
UPDATE encounter SET received_at = coded_at;
ALTER TABLE encounter ALTER COLUMN received_at SET NOT NULL;
ALTER TABLE encounter ADD COLUMN review_reason VARCHAR(20);
ALTER TABLE encounter ADD COLUMN claimed_by VARCHAR(60);
ALTER TABLE encounter ADD COLUMN claimed_at TIMESTAMPTZ;
ALTER TABLE encounter ALTER COLUMN coded_at DROP NOT NULL;
CREATE INDEX encounter_queue ON encounter (status, received_at);

ALTER TABLE encounter_diagnosis ALTER COLUMN code DROP NOT NULL;
ALTER TABLE encounter_diagnosis ADD COLUMN text VARCHAR(500);
ALTER TABLE encounter_diagnosis ALTER COLUMN coded_by TYPE VARCHAR(80);
ALTER TABLE encounter_diagnosis ALTER COLUMN coded_by DROP NOT NULL;
ALTER TABLE encounter_service_line ALTER COLUMN code DROP NOT NULL;
ALTER TABLE encounter_service_line ALTER COLUMN code_system DROP NOT NULL;
ALTER TABLE encounter_service_line ADD COLUMN text VARCHAR(500);
ALTER TABLE encounter_service_line ALTER COLUMN coded_by TYPE VARCHAR(80);
ALTER TABLE encounter_service_line ALTER COLUMN coded_by DROP NOT NULL;

-- The findings of the last run of the coding edits on an encounter.
CREATE TABLE encounter_finding (
    encounter_id       UUID         NOT NULL REFERENCES encounter (id),
    position           INT          NOT NULL,
    edit_id            VARCHAR(40)  NOT NULL,
    severity           VARCHAR(10)  NOT NULL CHECK (severity IN ('ERROR', 'WARNING')),
    message            VARCHAR(600) NOT NULL,
    diagnosis_sequence INT,
    line_number        INT,
    PRIMARY KEY (encounter_id, position)
);

-- Ranked code proposals for a diagnosis or line that arrived as text.
CREATE TABLE coding_suggestion (
    encounter_id UUID         NOT NULL REFERENCES encounter (id),
    target       VARCHAR(10)  NOT NULL CHECK (target IN ('DIAGNOSIS', 'LINE')),
    position     INT          NOT NULL,
    rank         INT          NOT NULL,
    system       VARCHAR(10)  NOT NULL,
    code         VARCHAR(7)   NOT NULL,
    title        VARCHAR(500) NOT NULL,
    confidence   NUMERIC(5,4) NOT NULL,
    PRIMARY KEY (encounter_id, target, position, rank)
);

-- Every change a coder or the automatic coder made: who, when, before and after.
CREATE TABLE coding_audit (
    id           BIGSERIAL   PRIMARY KEY,
    encounter_id UUID        NOT NULL REFERENCES encounter (id),
    actor        VARCHAR(80) NOT NULL,
    action       VARCHAR(20) NOT NULL,
    at           TIMESTAMPTZ NOT NULL,
    before_state TEXT,
    after_state  TEXT
);
CREATE INDEX coding_audit_encounter ON coding_audit (encounter_id, id);

-- Synonyms and abbreviations used when coding from text ("htn" -> "essential hypertension").
CREATE TABLE coding_synonym (
    term      VARCHAR(100) PRIMARY KEY,
    expansion VARCHAR(300) NOT NULL,
    source    VARCHAR(50)  NOT NULL
);
