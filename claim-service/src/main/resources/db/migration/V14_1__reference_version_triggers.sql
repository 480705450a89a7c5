-- Issue 14: payers, providers and fee schedules are held in memory (ReferenceDataStore, FeeScheduleStore) and read
-- again only when they change: every change of these tables, by any writer, bumps its row of reference_version
-- (platform migration 0.14.1), which each instance compares at most every rcm.reference.check-every.
CREATE TRIGGER payer_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON payer
    FOR EACH STATEMENT EXECUTE FUNCTION reference_version_bump();
CREATE TRIGGER provider_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON provider
    FOR EACH STATEMENT EXECUTE FUNCTION reference_version_bump();
CREATE TRIGGER fee_schedule_row_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON fee_schedule_row
    FOR EACH STATEMENT EXECUTE FUNCTION reference_version_bump();
