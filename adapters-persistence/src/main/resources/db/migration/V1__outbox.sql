-- Transactional outbox: events are written with the change that raised them, then fanned out
-- to one delivery per interested handler by the worker's relay.
CREATE TABLE outbox_events (
    id            uuid PRIMARY KEY,
    type          text        NOT NULL CHECK (type <> ''),
    aggregate_id  text        NOT NULL,
    payload       jsonb       NOT NULL,
    occurred_at   timestamptz NOT NULL,
    dispatched_at timestamptz
);
CREATE INDEX outbox_events_undispatched ON outbox_events (occurred_at, id) WHERE dispatched_at IS NULL;
CREATE INDEX outbox_events_dispatched_at ON outbox_events (dispatched_at) WHERE dispatched_at IS NOT NULL;

CREATE TABLE outbox_deliveries (
    id              uuid PRIMARY KEY,
    event_id        uuid        NOT NULL REFERENCES outbox_events (id) ON DELETE CASCADE,
    handler         text        NOT NULL,
    status          text        NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'DEAD')),
    attempts        integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz NOT NULL,
    leased_until    timestamptz,
    last_error      text,
    delivered_at    timestamptz,
    dead_at         timestamptz,
    UNIQUE (event_id, handler)
);
CREATE INDEX outbox_deliveries_due ON outbox_deliveries (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX outbox_deliveries_dead ON outbox_deliveries (id) WHERE status = 'DEAD';

-- Who put a dead letter back in line, and why: kept after the delivery succeeds.
CREATE TABLE outbox_replays (
    id          uuid PRIMARY KEY,
    delivery_id uuid        NOT NULL,
    replayed_at timestamptz NOT NULL,
    actor       text        NOT NULL,
    reason      text        NOT NULL
);
CREATE INDEX outbox_replays_delivery ON outbox_replays (delivery_id);

CREATE TABLE processed_events (
    event_id     uuid        NOT NULL,
    handler      text        NOT NULL,
    processed_at timestamptz NOT NULL,
    PRIMARY KEY (event_id, handler)
);
