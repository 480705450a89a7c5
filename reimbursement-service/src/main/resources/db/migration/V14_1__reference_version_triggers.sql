-- Issue 14: payer contracts, the CARC/RARC lists and the denial categories are held in memory (PayerContractStore,
-- ReasonCodeStore, DenialCategoryStore) and read again only when they change: every change of these tables, by any
-- writer, bumps its row of reference_version (platform migration 0.14.1), which each instance compares at most every
-- rcm.reference.check-every.
CREATE TRIGGER payer_contract_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON payer_contract
    FOR EACH STATEMENT EXECUTE FUNCTION reference_version_bump();
CREATE TRIGGER reason_code_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON reason_code
    FOR EACH STATEMENT EXECUTE FUNCTION reference_version_bump();
CREATE TRIGGER denial_category_rule_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON denial_category_rule
    FOR EACH STATEMENT EXECUTE FUNCTION reference_version_bump();
