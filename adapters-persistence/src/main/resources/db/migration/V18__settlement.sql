-- Settlement: delivered orders' shares wait in a pool of items until a payout carries them.
CREATE TABLE settlement_batches (
    id            uuid PRIMARY KEY,
    cutoff        timestamptz NOT NULL UNIQUE,
    trigger       text        NOT NULL CHECK (trigger IN ('SCHEDULED', 'MANUAL')),
    created_by    text        NOT NULL,
    payout_count  integer     NOT NULL CHECK (payout_count >= 0),
    currency      text        NOT NULL,
    total         bigint      NOT NULL CHECK (total >= 0),
    carried_count integer     NOT NULL CHECK (carried_count >= 0),
    carried       bigint      NOT NULL CHECK (carried >= 0),
    status        text        NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    created_at    timestamptz NOT NULL,
    closed_at     timestamptz
);
CREATE INDEX settlement_batches_open ON settlement_batches (created_at) WHERE status = 'OPEN';
CREATE INDEX settlement_batches_listing ON settlement_batches (created_at DESC, id DESC);

-- Our id is the provider's idempotency key. One payout per payee per batch. The batch row is written
-- after its payouts, once their totals are known, in the same transaction: hence the deferred key.
CREATE TABLE payouts (
    id                 uuid PRIMARY KEY,
    batch_id           uuid        NOT NULL REFERENCES settlement_batches (id) DEFERRABLE INITIALLY DEFERRED,
    payee_kind         text        NOT NULL CHECK (payee_kind IN ('VENDOR', 'AGENT')),
    payee_id           uuid        NOT NULL,
    recipient_name     text        NOT NULL,
    recipient          text        NOT NULL,
    network            text        NOT NULL,
    currency           text        NOT NULL,
    amount             bigint      NOT NULL CHECK (amount > 0),
    provider           text        NOT NULL,
    status             text        NOT NULL CHECK (status IN ('CREATED', 'SUBMITTING', 'SENT', 'UNCERTAIN', 'COMPLETED',
                                                            'FAILED')),
    provider_reference text,
    failure            text,
    attempts           integer     NOT NULL DEFAULT 0,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    version            integer     NOT NULL DEFAULT 0,
    UNIQUE (batch_id, payee_kind, payee_id)
);
CREATE INDEX payouts_batch_status ON payouts (batch_id, status);

-- What one order owes one payee; payout_id is the payout carrying it (NULL: in the pool).
CREATE TABLE settlement_items (
    id         uuid PRIMARY KEY,
    order_id   uuid   NOT NULL REFERENCES orders (id),
    payee_kind text   NOT NULL CHECK (payee_kind IN ('VENDOR', 'AGENT')),
    payee_id   uuid   NOT NULL,
    currency   text   NOT NULL,
    amount     bigint NOT NULL CHECK (amount > 0),
    payout_id  uuid REFERENCES payouts (id),
    UNIQUE (order_id, payee_kind)
);
CREATE INDEX settlement_items_pool ON settlement_items (payee_kind, payee_id) WHERE payout_id IS NULL;
CREATE INDEX settlement_items_payout ON settlement_items (payout_id) WHERE payout_id IS NOT NULL;
CREATE INDEX orders_releasable ON orders (id) WHERE settlement_status = 'RELEASABLE';
