-- Tests only: the payers of the shared sample 835s (../shared/data/x12/835), named by their TRN03, and the payer the
-- test profile accepts files with tolerable errors from. demo.835's TRN03 1512345678 is the seeded BCBS-IL's.
INSERT INTO payer_edi_identifier (qualifier, identifier, payer_id) VALUES
    ('TRN03', '1935665544', 'RUSHMORE-LIFE'),
    ('TRN03', '1386000134', 'PYX12-PAYER'),
    ('TRN03', '1559123456', 'TAXDOLLARS'),
    ('TRN03', 'TOLERANT01', 'TOLERANT01');
