-- Issue 14: code sets and edit tables are held in memory (CodeSetRepository, EditTablesRepository) and read again
-- only when they change: every change of these tables, by any writer, bumps its row of reference_version (platform
-- migration 0.14.1), which each instance compares at most every rcm.reference.check-every.
CREATE TRIGGER code_set_version_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON code_set_version
    FOR EACH STATEMENT EXECUTE FUNCTION reference_version_bump();
CREATE TRIGGER code_entry_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON code_entry
    FOR EACH STATEMENT EXECUTE FUNCTION reference_version_bump();
CREATE TRIGGER ncci_ptp_edit_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ncci_ptp_edit
    FOR EACH STATEMENT EXECUTE FUNCTION reference_version_bump();
CREATE TRIGGER ncci_mue_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ncci_mue
    FOR EACH STATEMENT EXECUTE FUNCTION reference_version_bump();
CREATE TRIGGER ncci_add_on_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ncci_add_on
    FOR EACH STATEMENT EXECUTE FUNCTION reference_version_bump();
CREATE TRIGGER icd_excludes1_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON icd_excludes1
    FOR EACH STATEMENT EXECUTE FUNCTION reference_version_bump();
CREATE TRIGGER dx_age_sex_rule_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON dx_age_sex_rule
    FOR EACH STATEMENT EXECUTE FUNCTION reference_version_bump();
CREATE TRIGGER dx_first_listed_rule_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON dx_first_listed_rule
    FOR EACH STATEMENT EXECUTE FUNCTION reference_version_bump();
