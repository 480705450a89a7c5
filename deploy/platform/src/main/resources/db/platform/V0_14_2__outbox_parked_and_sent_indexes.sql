-- Issue 14: the outbox queries that run on a timer read the whole table (pg_stat_user_tables after a benchmark: one
-- sequential scan of outbox_event every few seconds in every service). Numbered 0.14.2 (the issue) so that it cannot
-- collide with platform migrations written in parallel; out-of-order=true lets it reach migrated databases.

-- The parked-rows gauge (rcm_parked_events{consumer="outbox-relay"}, counted every 5 s) and the operator's listing
-- (/admin/parked-outbox-events, oldest first). Parked rows are rare, so this index is nearly empty and an insert or
-- a markSent never adds an entry to it.
CREATE INDEX outbox_event_parked ON outbox_event (id)
    WHERE sent_at IS NULL AND parked_at IS NOT NULL AND discarded_at IS NULL;

-- The relay's janitor deletes published rows past their retention every 10 minutes. Without this index each purge
-- read every row kept (two days' worth by default) to delete the oldest ten minutes of them. One entry per published
-- row, at the right edge of the index (sent_at only grows); markSent already rewrites the row's other index entries,
-- because sent_at is in outbox_event_unsent's predicate.
CREATE INDEX outbox_event_sent ON outbox_event (sent_at) WHERE sent_at IS NOT NULL;
