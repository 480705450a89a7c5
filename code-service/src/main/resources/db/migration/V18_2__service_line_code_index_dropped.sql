-- Issue 14: encounter_service_line_code (code system, code) serves no query: service lines are read by their
-- encounter (the primary key's first column) and nothing searches encounters by procedure code. Every encounter paid
-- for it, an entry per service line (11,520 lines for 10,000 encounters in deploy/bench's run).
DROP INDEX IF EXISTS encounter_service_line_code;
