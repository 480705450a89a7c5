-- Issue 13: an operator replays or discards an outbox row the relay parked (deploy/platform/README.md "Parked
-- events"), next to the parked consumer events and audited the same way. Numbered 0.13.1 (the issue) so that it
-- cannot collide with platform migrations written in parallel; out-of-order=true lets it reach migrated databases.

-- A discarded row stays (with its payload, for the audit) but leaves the parked count and is never published.
ALTER TABLE outbox_event ADD COLUMN discarded_at TIMESTAMPTZ;

-- Who replayed or discarded which parked outbox row, when and why: append-only. No foreign key: the relay's
-- janitor deletes published rows after their retention, and the audit row must outlive a replayed one.
CREATE TABLE outbox_event_action (
    id              BIGSERIAL    PRIMARY KEY,
    outbox_event_id BIGINT       NOT NULL,
    event_id        UUID         NOT NULL,
    action          VARCHAR(20)  NOT NULL CHECK (action IN ('REPLAYED', 'DISCARDED')),
    actor           VARCHAR(100) NOT NULL,
    -- The park reason at the time of a replay; the operator's reason for a discard.
    reason          TEXT,
    acted_at        TIMESTAMPTZ  NOT NULL
);
CREATE FUNCTION outbox_event_action_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'outbox_event_action is append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER outbox_event_action_no_update_or_delete BEFORE UPDATE OR DELETE ON outbox_event_action
    FOR EACH ROW EXECUTE FUNCTION outbox_event_action_append_only();
CREATE TRIGGER outbox_event_action_no_truncate BEFORE TRUNCATE ON outbox_event_action
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_action_append_only();
