-- Issue 14: the synonym table is held in memory (CodeSuggester) like the code sets and edit tables (V14_1): every
-- change of it bumps its row of reference_version, so coding text no longer reads the whole table per encounter.
CREATE TRIGGER coding_synonym_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON coding_synonym
    FOR EACH STATEMENT EXECUTE FUNCTION reference_version_bump();
