-- Coverages of an encounter in order of payment (position 0 primary, 1 secondary, 2 tertiary), each with its
-- subscriber. Encounters stored before coverages have no rows here: their single payer and member id on the
-- encounter row stand for a primary whose subscriber is the patient, which is what the code reads them as.
CREATE TABLE encounter_coverage (
    encounter_id          UUID        NOT NULL REFERENCES encounter (id),
    position              INT         NOT NULL CHECK (position BETWEEN 0 AND 2),
    payer_id              VARCHAR(80) NOT NULL,
    member_id             VARCHAR(80) NOT NULL,
    relationship          VARCHAR(2)  NOT NULL CHECK (relationship IN ('18', '01', '19', 'G8')),
    subscriber_first_name VARCHAR(35),
    subscriber_last_name  VARCHAR(60),
    subscriber_birth_date DATE,
    subscriber_sex        VARCHAR(1),
    address_line1         VARCHAR(55),
    address_line2         VARCHAR(55),
    address_city          VARCHAR(30),
    address_state         VARCHAR(2),
    address_postal_code   VARCHAR(9),
    PRIMARY KEY (encounter_id, position),
    CONSTRAINT ck_encounter_coverage_subscriber CHECK (relationship = '18' OR (subscriber_last_name IS NOT NULL
        AND subscriber_birth_date IS NOT NULL AND subscriber_sex IS NOT NULL))
);

-- The patient's own address (837 loop 2010CA when the patient is not the subscriber); null when not sent.
ALTER TABLE encounter ADD COLUMN patient_address_line1       VARCHAR(55);
ALTER TABLE encounter ADD COLUMN patient_address_line2       VARCHAR(55);
ALTER TABLE encounter ADD COLUMN patient_address_city        VARCHAR(30);
ALTER TABLE encounter ADD COLUMN patient_address_state       VARCHAR(2);
ALTER TABLE encounter ADD COLUMN patient_address_postal_code VARCHAR(9);
