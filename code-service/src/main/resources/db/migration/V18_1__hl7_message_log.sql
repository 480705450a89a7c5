-- HL7 v2 messages answered, keyed by sender and control id (MSH-3, MSH-4, MSH-10): a message sent again (an MLLP
-- resend after a lost ACK) gets the first ACK back and changes nothing. The ACK names fields and codes, never
-- patient data; the message itself is not kept here (its content is the encounter).
CREATE TABLE hl7_message (
    sending_application VARCHAR(180) NOT NULL,
    sending_facility    VARCHAR(180) NOT NULL,
    control_id          VARCHAR(199) NOT NULL,
    ack_code            VARCHAR(2)   NOT NULL CHECK (ack_code IN ('AA', 'AE', 'AR')),
    ack                 TEXT         NOT NULL,
    encounter_id        UUID REFERENCES encounter (id),
    received_at         TIMESTAMPTZ  NOT NULL,
    CONSTRAINT pk_hl7_message PRIMARY KEY (sending_application, sending_facility, control_id)
);
