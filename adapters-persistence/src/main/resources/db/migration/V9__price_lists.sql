-- Rates staff set. A shop's override beats its category's rate, which beats the platform default.
CREATE TABLE commission_by_category (
    category_id  uuid PRIMARY KEY REFERENCES categories (id),
    basis_points integer NOT NULL CHECK (basis_points BETWEEN 0 AND 10000)
);
CREATE TABLE commission_by_shop (
    shop_id      uuid PRIMARY KEY REFERENCES shops (id),
    basis_points integer NOT NULL CHECK (basis_points BETWEEN 0 AND 10000)
);
CREATE TABLE delivery_fees (
    town      text PRIMARY KEY CHECK (town = lower(town)),
    currency  text   NOT NULL,
    fee_minor bigint NOT NULL CHECK (fee_minor >= 0)
);
