-- Amounts as wide as the kernel's Money allows (NUMERIC(14,2), as submissions already were): a fee times 9,999
-- units on up to 50 lines, or a payer's payment, must never overflow a column. Widening a numeric keeps its data.
ALTER TABLE fee_schedule_row ALTER COLUMN charge TYPE NUMERIC(14,2);
ALTER TABLE claim ALTER COLUMN total_charge TYPE NUMERIC(14,2),
                  ALTER COLUMN paid_amount TYPE NUMERIC(14,2),
                  ALTER COLUMN adjustment_amount TYPE NUMERIC(14,2),
                  ALTER COLUMN patient_responsibility TYPE NUMERIC(14,2);
ALTER TABLE claim_line ALTER COLUMN unit_fee TYPE NUMERIC(14,2),
                       ALTER COLUMN charge TYPE NUMERIC(14,2);
ALTER TABLE claim_payment ALTER COLUMN paid_amount TYPE NUMERIC(14,2),
                          ALTER COLUMN patient_responsibility TYPE NUMERIC(14,2),
                          ALTER COLUMN adjustment_amount TYPE NUMERIC(14,2);
