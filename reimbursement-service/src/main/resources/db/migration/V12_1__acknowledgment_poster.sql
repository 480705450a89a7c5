-- Who posted the file a 999 answers (the token's subject): a refused file's 999 acknowledges no remittance, so only
-- its poster may fetch it again (GET /acknowledgments/{id}); null for 999s stored before, which nobody may fetch.
ALTER TABLE x12_acknowledgment ADD COLUMN posted_by VARCHAR(255);
