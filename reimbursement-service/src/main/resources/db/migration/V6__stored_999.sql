-- Every 999 this service writes is kept, to be fetched again later (GET /acknowledgments/{id},
-- GET /remittances/{id}/999): before, it went back once in the answer and was lost.
CREATE TABLE x12_acknowledgment (
    id             UUID        PRIMARY KEY,
    control_number INT         NOT NULL,
    sender_id      VARCHAR(15),
    ack_code       VARCHAR(1)  NOT NULL CHECK (ack_code IN ('A', 'E', 'P', 'R')),
    content        TEXT        NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL
);

-- Which remittances a 999 acknowledged (none for a refused file; one remittance may be acknowledged again when its
-- file is sent again).
CREATE TABLE x12_acknowledged_remittance (
    acknowledgment_id UUID NOT NULL REFERENCES x12_acknowledgment (id),
    remittance_id     UUID NOT NULL REFERENCES remittance (id),
    PRIMARY KEY (acknowledgment_id, remittance_id)
);
CREATE INDEX x12_acknowledged_remittance_by_remittance ON x12_acknowledged_remittance (remittance_id);

-- What was wrong in a remittance accepted with errors (999 IK5*E): element errors that touch neither money nor
-- matching, for payers set to rcm.x12.accept-with-errors.<payerId>=true.
CREATE TABLE remittance_x12_error (
    remittance_id UUID         NOT NULL REFERENCES remittance (id),
    seq           INT          NOT NULL,
    location      VARCHAR(200) NOT NULL,
    code          VARCHAR(3)   NOT NULL,
    message       VARCHAR(500) NOT NULL,
    PRIMARY KEY (remittance_id, seq)
);
