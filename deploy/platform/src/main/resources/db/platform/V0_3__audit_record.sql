-- The audit trail (rcm-platform, deploy/platform/README.md "Audit"): every REST read and change of patient data and
-- every refused attempt, one row each. Append-only like parked_event_action and reimbursement's ledger: the trigger
-- refuses UPDATE, DELETE and TRUNCATE. Each row is also sent to rcm.audit.audit-recorded.v1 through the outbox, so the
-- whole trail can be kept in one place. No patient data beyond the patient id: no names, birth dates or member ids.
CREATE TABLE audit_record (
    id             BIGSERIAL    PRIMARY KEY,
    audit_id       UUID         NOT NULL UNIQUE,
    recorded_at    TIMESTAMPTZ  NOT NULL,
    subject        VARCHAR(200) NOT NULL,
    username       VARCHAR(200) NOT NULL,
    client_id      VARCHAR(200) NOT NULL,
    roles          TEXT         NOT NULL,
    action         VARCHAR(100) NOT NULL,
    resource_type  VARCHAR(100) NOT NULL,
    resource_id    VARCHAR(200),
    patient_id     VARCHAR(100),
    practice       VARCHAR(10),
    outcome        VARCHAR(20)  NOT NULL CHECK (outcome IN ('SUCCESS', 'REFUSED', 'NOT_FOUND')),
    http_status    INT,
    correlation_id VARCHAR(100)
);
-- "Who looked at this patient's claims last month": by patient, then time.
CREATE INDEX audit_record_patient ON audit_record (patient_id, recorded_at);
CREATE INDEX audit_record_time ON audit_record (recorded_at);

CREATE FUNCTION audit_record_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_record is append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER audit_record_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_record
    FOR EACH ROW EXECUTE FUNCTION audit_record_append_only();
CREATE TRIGGER audit_record_no_truncate BEFORE TRUNCATE ON audit_record
    FOR EACH STATEMENT EXECUTE FUNCTION audit_record_append_only();
