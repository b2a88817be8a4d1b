-- One cart per buyer; the price is remembered as it was when the line was put in, so a change can be shown.
CREATE TABLE cart_items (
    buyer_id            uuid        NOT NULL REFERENCES users (id),
    product_id          uuid        NOT NULL REFERENCES products (id),
    quantity            bigint      NOT NULL CHECK (quantity BETWEEN 1 AND 1000),
    currency            text        NOT NULL,
    price_minor_at_add  bigint      NOT NULL CHECK (price_minor_at_add > 0),
    added_at            timestamptz NOT NULL,
    PRIMARY KEY (buyer_id, product_id)
);
