-- Issue 15: each clearinghouse connection names its uploaded 837 files by its own rule (a template, see
-- deploy/platform FileNaming); existing connections keep the name of before.
ALTER TABLE clearinghouse_connection
    ADD COLUMN file_naming VARCHAR(100) NOT NULL DEFAULT '{isa13}-{payer}.837';
