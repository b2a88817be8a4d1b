-- The category tree and products. Money is a bigint of ngwee plus its currency, never numeric or float.
CREATE TABLE categories (
    id         uuid PRIMARY KEY,
    parent_id  uuid REFERENCES categories (id),
    name       text        NOT NULL,
    slug       text        NOT NULL UNIQUE,
    created_at timestamptz NOT NULL
);
CREATE INDEX categories_parent ON categories (parent_id);

CREATE TABLE products (
    id               uuid PRIMARY KEY,
    shop_id          uuid        NOT NULL REFERENCES shops (id),
    title            text        NOT NULL,
    description      text        NOT NULL,
    category_id      uuid        NOT NULL REFERENCES categories (id),
    currency         text        NOT NULL CHECK (currency = 'ZMW'),
    price_minor      bigint      NOT NULL CHECK (price_minor > 0),
    compare_at_minor bigint      CHECK (compare_at_minor > price_minor),
    stock            bigint      NOT NULL CHECK (stock >= 0),
    sku              text,
    attributes       jsonb       NOT NULL DEFAULT '{}',
    images           text[]      NOT NULL DEFAULT '{}',
    status           text        NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'ARCHIVED')),
    moderation_hold  boolean     NOT NULL DEFAULT false,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    version          integer     NOT NULL DEFAULT 0
);
CREATE INDEX products_sellable ON products (id DESC) WHERE status = 'ACTIVE' AND NOT moderation_hold;
CREATE INDEX products_category ON products (category_id, id DESC);
CREATE INDEX products_shop ON products (shop_id, id DESC);
