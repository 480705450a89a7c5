-- The event plumbing's tables (rcm-platform, deploy/platform/README.md), migrated into every service's database
-- from the platform jar: a service lists `db/platform` in quarkus.flyway.locations beside its own `db/migration`.
-- Platform migrations are numbered 0.x so that on a new database they run before the service's own; a later
-- platform migration reaches databases already past it through quarkus.flyway.out-of-order=true.

-- Transactional outbox: written in the same transaction as the change that caused the event, published by the relay.
CREATE TABLE outbox_event (
    id             BIGSERIAL    PRIMARY KEY,
    event_id       UUID         NOT NULL UNIQUE,
    topic          VARCHAR(200) NOT NULL,
    aggregate_type VARCHAR(100) NOT NULL,
    aggregate_id   VARCHAR(100) NOT NULL,
    event_type     VARCHAR(100) NOT NULL,
    event_version  INT          NOT NULL,
    payload        TEXT         NOT NULL,
    correlation_id VARCHAR(100),
    occurred_at    TIMESTAMPTZ  NOT NULL,
    sent_at        TIMESTAMPTZ
);
CREATE INDEX outbox_event_unsent ON outbox_event (id) WHERE sent_at IS NULL;

-- Inbox of idempotent consumers: (consumer, event id) inserted first, inside the handler's transaction.
CREATE TABLE processed_event (
    consumer     VARCHAR(100) NOT NULL,
    event_id     UUID         NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
-- The inbox janitor forgets ids past rcm.eventing.consumer.inbox-retention (30 days by default).
CREATE INDEX processed_event_processed_at ON processed_event (processed_at);
