-- Orders: one per shop per checkout, with the price breakdown frozen at checkout and every move recorded.
CREATE SEQUENCE order_numbers START 1001;

CREATE TABLE orders (
    id                 uuid PRIMARY KEY,
    number             text        NOT NULL UNIQUE,
    checkout_id        uuid        NOT NULL,
    buyer_id           uuid        NOT NULL REFERENCES users (id),
    shop_id            uuid        NOT NULL REFERENCES shops (id),
    currency           text        NOT NULL,
    items_subtotal     bigint      NOT NULL,
    delivery_fee       bigint      NOT NULL,
    total              bigint      NOT NULL,
    vat_included       bigint      NOT NULL,
    commission         bigint      NOT NULL,
    vendor_net         bigint      NOT NULL,
    status             text        NOT NULL,
    settlement_status  text        NOT NULL,
    created_at         timestamptz NOT NULL,
    pay_by             timestamptz NOT NULL,
    version            integer     NOT NULL DEFAULT 0,
    CHECK (vendor_net + commission + delivery_fee = total)
);
CREATE INDEX orders_checkout ON orders (checkout_id);
CREATE INDEX orders_buyer ON orders (buyer_id, id DESC);
CREATE INDEX orders_unpaid ON orders (pay_by) WHERE status = 'PENDING';

CREATE TABLE order_lines (
    order_id   uuid   NOT NULL REFERENCES orders (id),
    position   integer NOT NULL,
    product_id uuid   NOT NULL REFERENCES products (id),
    title      text   NOT NULL,
    unit_price bigint NOT NULL,
    quantity   bigint NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (order_id, position)
);

CREATE TABLE order_transitions (
    order_id    uuid        NOT NULL REFERENCES orders (id),
    at          timestamptz NOT NULL,
    from_status text,
    to_status   text        NOT NULL,
    actor       text        NOT NULL,
    reason      text
);
CREATE INDEX order_transitions_order ON order_transitions (order_id, at);

ALTER TABLE idempotency_records ADD COLUMN result_id uuid;
