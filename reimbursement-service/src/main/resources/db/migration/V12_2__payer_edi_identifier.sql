-- Issue 12: which identifiers an 835 uses to name which payer. A payer names itself in an 835 by TRN03 (1 + its EIN or
-- another id it chose), N1*PR N103/N104 (XV, the CMS plan id, or PI, a payer id) and REF*2U; a payer integration's
-- token carries our payer id (payer_id claim), so an 835 is checked against the payer these identifiers resolve to.
-- qualifier: TRN03, the N1*PR N103 code (XV, PI) or 2U (REF*2U). Seeded for the local stack's payers (the README's and
-- the bench's 835s); replace with the identifiers your payers send.
CREATE TABLE payer_edi_identifier (
    qualifier  VARCHAR(5)  NOT NULL,
    identifier VARCHAR(80) NOT NULL,
    payer_id   VARCHAR(50) NOT NULL,
    PRIMARY KEY (qualifier, identifier)
);

CREATE TRIGGER payer_edi_identifier_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON payer_edi_identifier
    FOR EACH STATEMENT EXECUTE FUNCTION reference_version_bump();

INSERT INTO payer_edi_identifier (qualifier, identifier, payer_id) VALUES
    ('TRN03', '1512345678',  'BCBS-IL'),
    ('PI',    'BCBS-IL',     'BCBS-IL'),
    ('TRN03', '1223344556',  'AETNA'),
    ('PI',    'AETNA',       'AETNA'),
    ('TRN03', '1334455667',  'MEDICARE-IL'),
    ('PI',    'MEDICARE-IL', 'MEDICARE-IL'),
    ('TRN03', '1445566778',  'UHC'),
    ('PI',    'UHC',         'UHC');

INSERT INTO payer_edi_identifier (qualifier, identifier, payer_id) VALUES
    ('2U', 'BCBS-IL', 'BCBS-IL');
