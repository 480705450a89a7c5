-- Excludes1 now comes from the loaded Tabular List (each note at the level where it is written, inherited below):
-- the hand-written starter pairs of V4 are withdrawn. Pairs loaded through /admin/edit-tables/excludes1 stay.
DELETE FROM icd_excludes1 WHERE source = 'starter';
