-- Refunds: money given back for one order of a captured payment. Our id is the provider's
-- idempotency key where it takes one; request_key makes a repeated request find the first.
CREATE TABLE refunds (
    id                 uuid PRIMARY KEY,
    payment_id         uuid        NOT NULL REFERENCES payments (id),
    order_id           uuid        NOT NULL REFERENCES orders (id),
    request_key        text        NOT NULL,
    currency           text        NOT NULL,
    amount             bigint      NOT NULL CHECK (amount > 0),
    cause              text        NOT NULL CHECK (cause IN ('STAFF_REQUEST', 'ORDER_CANCELLED')),
    reason             text        NOT NULL,
    requested_by       text        NOT NULL,
    provider           text        NOT NULL,
    provider_reference text,
    status             text        NOT NULL CHECK (status IN ('REQUESTED', 'PENDING', 'UNCERTAIN', 'COMPLETED', 'FAILED')),
    failure            text,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    version            integer     NOT NULL DEFAULT 0,
    UNIQUE (payment_id, request_key)
);
CREATE INDEX refunds_order ON refunds (order_id, created_at);
CREATE INDEX refunds_waiting ON refunds (updated_at) WHERE status IN ('REQUESTED', 'PENDING');
-- pawaPay takes one refund of a deposit at a time; so do we, whatever the application does.
CREATE UNIQUE INDEX refunds_one_in_flight_per_payment ON refunds (payment_id)
    WHERE status IN ('REQUESTED', 'PENDING', 'UNCERTAIN');

-- Provider events now also report refunds and payouts: what the event was about.
ALTER TABLE provider_events RENAME COLUMN payment_id TO subject_id;
ALTER TABLE provider_events ADD COLUMN subject text NOT NULL DEFAULT 'COLLECTION';
