-- Issue 14: reference data (payers, fee schedules, code sets, edit tables, contracts...) is held in memory by each
-- service instance and read again only when it changed. A statement-level trigger on each reference table (created
-- by the service's own migrations) bumps that table's row here on every change, whatever wrote it (admin endpoint,
-- loader CLI, psql); an instance compares the sum of the versions it depends on at most every few seconds.
-- Numbered 0.14.1 (the issue) so that it cannot collide with platform migrations written in parallel.
CREATE TABLE reference_version (
    name       VARCHAR(63) PRIMARY KEY,
    version    BIGINT      NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE FUNCTION reference_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO reference_version (name, version, changed_at) VALUES (TG_TABLE_NAME, 1, now())
    ON CONFLICT (name) DO UPDATE SET version = reference_version.version + 1, changed_at = now();
    RETURN NULL;
END
$$;
