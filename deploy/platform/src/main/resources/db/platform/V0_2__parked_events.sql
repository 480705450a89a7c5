-- Parked events (rcm-platform, deploy/platform/README.md "Parked events"): a record a consumer could not apply after
-- rcm.eventing.consumer.max-attempts, kept with everything needed to replay it through the same handler, so one bad
-- record neither blocks its partition forever nor gets lost. An operator lists, replays or discards it.
CREATE TABLE parked_event (
    id               BIGSERIAL    PRIMARY KEY,
    consumer         VARCHAR(100) NOT NULL,
    topic            VARCHAR(200) NOT NULL,
    partition_no     INT          NOT NULL,
    offset_no        BIGINT       NOT NULL,
    record_key       VARCHAR(200),
    event_id         UUID,
    event_type       VARCHAR(100),
    -- The record's headers as a JSON object of UTF-8 texts (the CloudEvents envelope), for the replay.
    headers          TEXT         NOT NULL,
    payload          TEXT,
    -- Exception class and message as the code makes them; never a value from the payload.
    reason           TEXT         NOT NULL,
    attempts         INT          NOT NULL,
    first_failure_at TIMESTAMPTZ  NOT NULL,
    last_failure_at  TIMESTAMPTZ  NOT NULL,
    status           VARCHAR(20)  NOT NULL DEFAULT 'PARKED' CHECK (status IN ('PARKED', 'REPLAYED', 'DISCARDED')),
    resolved_at      TIMESTAMPTZ
);
-- A record redelivered after a crash and parked again updates its open row instead of adding a twin.
CREATE UNIQUE INDEX parked_event_open_once ON parked_event (consumer, topic, partition_no, offset_no)
    WHERE status = 'PARKED';

-- Who replayed or discarded what, when and why: append-only, like reimbursement's ledger.
CREATE TABLE parked_event_action (
    id              BIGSERIAL    PRIMARY KEY,
    parked_event_id BIGINT       NOT NULL REFERENCES parked_event (id),
    action          VARCHAR(20)  NOT NULL CHECK (action IN ('REPLAYED', 'REPLAY_FAILED', 'DISCARDED')),
    actor           VARCHAR(100) NOT NULL,
    reason          TEXT,
    acted_at        TIMESTAMPTZ  NOT NULL
);
CREATE FUNCTION parked_event_action_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'parked_event_action is append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER parked_event_action_no_update_or_delete BEFORE UPDATE OR DELETE ON parked_event_action
    FOR EACH ROW EXECUTE FUNCTION parked_event_action_append_only();
CREATE TRIGGER parked_event_action_no_truncate BEFORE TRUNCATE ON parked_event_action
    FOR EACH STATEMENT EXECUTE FUNCTION parked_event_action_append_only();

-- An outbox row the broker refuses for good (too large, topic not authorized or invalid) is parked in place: the
-- relay goes on with later rows; the rcm_parked_events{consumer="outbox-relay"} gauge counts these.
ALTER TABLE outbox_event ADD COLUMN parked_at TIMESTAMPTZ, ADD COLUMN park_reason TEXT;
DROP INDEX outbox_event_unsent;
CREATE INDEX outbox_event_unsent ON outbox_event (id) WHERE sent_at IS NULL AND parked_at IS NULL;
