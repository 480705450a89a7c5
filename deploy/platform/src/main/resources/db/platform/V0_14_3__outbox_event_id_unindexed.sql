-- Issue 14: the unique index on outbox_event.event_id is dropped. No query looks an outbox row up by its event id
-- (the relay reads by id, the operator's listing by the parked index), the ids are random version-4 UUIDs the Outbox
-- makes for each event, and a consumer deduplicates on the event id anyway. The index cost every event an entry at a
-- random place in a B-tree (the bench's WAL by table: one of the outbox's three index records per event, and the
-- heaviest of them, full-page images included). Numbered 0.14.3 (the issue) like the other migrations of the issue;
-- out-of-order=true lets it reach migrated databases.
ALTER TABLE outbox_event DROP CONSTRAINT IF EXISTS outbox_event_event_id_key;
