-- Discounts and markup join the price breakdown. The platform funds its own coupons and loyalty
-- points, so the shares add up to what the buyer paid plus what the platform put in.
ALTER TABLE orders
    ADD COLUMN markup           bigint NOT NULL DEFAULT 0,
    ADD COLUMN coupon_discount  bigint NOT NULL DEFAULT 0,
    ADD COLUMN loyalty_discount bigint NOT NULL DEFAULT 0,
    ADD COLUMN platform_funded  bigint NOT NULL DEFAULT 0,
    DROP CONSTRAINT orders_check,
    ADD CONSTRAINT orders_total_adds_up
        CHECK (total = items_subtotal + markup - coupon_discount - loyalty_discount + delivery_fee),
    ADD CONSTRAINT orders_shares_add_up
        CHECK (vendor_net + commission + markup + delivery_fee = total + platform_funded),
    ADD CONSTRAINT orders_platform_funds_only_discounts
        CHECK (platform_funded BETWEEN 0 AND coupon_discount + loyalty_discount);

CREATE TABLE markup_by_category (
    category_id  uuid PRIMARY KEY REFERENCES categories (id),
    basis_points integer NOT NULL CHECK (basis_points BETWEEN 0 AND 10000)
);

-- A coupon's "used" counts standing redemptions; the row is the lock every redemption takes.
CREATE TABLE coupons (
    id               uuid PRIMARY KEY,
    code             text        NOT NULL UNIQUE CHECK (code = upper(code)),
    issuer_shop_id   uuid REFERENCES shops (id),
    kind             text        NOT NULL CHECK (kind IN ('PERCENTAGE', 'FIXED')),
    value            bigint      NOT NULL CHECK (value > 0),
    currency         text        NOT NULL,
    minimum_order    bigint      NOT NULL CHECK (minimum_order >= 0),
    maximum_discount bigint CHECK (maximum_discount > 0),
    starts_at        timestamptz NOT NULL,
    ends_at          timestamptz NOT NULL CHECK (ends_at > starts_at),
    total_uses       bigint      NOT NULL CHECK (total_uses > 0),
    uses_per_buyer   bigint      NOT NULL CHECK (uses_per_buyer BETWEEN 1 AND total_uses),
    scope            text        NOT NULL CHECK (scope IN ('ALL', 'SHOP', 'CATEGORY')),
    scope_id         uuid,
    used             bigint      NOT NULL DEFAULT 0,
    active           boolean     NOT NULL DEFAULT true,
    created_at       timestamptz NOT NULL,
    created_by       text        NOT NULL,
    CHECK (used BETWEEN 0 AND total_uses),
    CHECK ((scope = 'ALL') = (scope_id IS NULL))
);
CREATE INDEX coupons_issuer ON coupons (issuer_shop_id, id DESC);

-- One redemption per checkout; releasing keeps the row, for the record.
CREATE TABLE coupon_redemptions (
    checkout_id uuid PRIMARY KEY,
    coupon_id   uuid        NOT NULL REFERENCES coupons (id),
    buyer_id    uuid        NOT NULL REFERENCES users (id),
    discount    bigint      NOT NULL CHECK (discount > 0),
    redeemed_at timestamptz NOT NULL,
    released_at timestamptz
);
CREATE INDEX coupon_redemptions_standing ON coupon_redemptions (coupon_id, buyer_id) WHERE released_at IS NULL;

-- The points ledger: a buyer's balance is the sum of their entries, and entries are never changed.
CREATE TABLE loyalty_entries (
    id       uuid PRIMARY KEY,
    buyer_id uuid        NOT NULL REFERENCES users (id),
    at       timestamptz NOT NULL,
    kind     text        NOT NULL CHECK (kind IN ('EARNED', 'REDEEMED', 'RELEASED', 'EXPIRED')),
    points   bigint      NOT NULL CHECK (points <> 0),
    order_id uuid REFERENCES orders (id),
    CHECK ((kind IN ('EARNED', 'RELEASED')) = (points > 0))
);
CREATE INDEX loyalty_entries_buyer ON loyalty_entries (buyer_id, id DESC);
CREATE UNIQUE INDEX loyalty_entries_once_per_order ON loyalty_entries (order_id, kind) WHERE kind <> 'EXPIRED';

CREATE FUNCTION loyalty_entries_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'loyalty_entries is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER loyalty_entries_append_only
    BEFORE UPDATE OR DELETE ON loyalty_entries
    FOR EACH ROW EXECUTE FUNCTION loyalty_entries_are_append_only();

-- Points earned together expire together: a lot per EARNED entry (same id), spent oldest first.
CREATE TABLE loyalty_lots (
    id         uuid PRIMARY KEY REFERENCES loyalty_entries (id),
    buyer_id   uuid        NOT NULL REFERENCES users (id),
    expires_at timestamptz NOT NULL,
    remaining  bigint      NOT NULL CHECK (remaining >= 0)
);
CREATE INDEX loyalty_lots_spendable ON loyalty_lots (buyer_id, expires_at, id) WHERE remaining > 0;
CREATE INDEX loyalty_lots_expiring ON loyalty_lots (expires_at) WHERE remaining > 0;

-- Which lots an order's redemption drew on, so a release puts the points back where they came from.
CREATE TABLE loyalty_lot_uses (
    order_id uuid   NOT NULL REFERENCES orders (id),
    lot_id   uuid   NOT NULL REFERENCES loyalty_lots (id),
    points   bigint NOT NULL CHECK (points > 0),
    PRIMARY KEY (order_id, lot_id)
);
