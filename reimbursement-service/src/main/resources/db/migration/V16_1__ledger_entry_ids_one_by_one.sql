-- Ledger entry ids stepped by 50: the sequence was made for Hibernate's pooled id generator, which reserved 50 ids a
-- call. Every ledger row is now inserted with nextval() itself, so the ids go one by one from here on.
ALTER SEQUENCE ledger_entry_seq INCREMENT BY 1;
