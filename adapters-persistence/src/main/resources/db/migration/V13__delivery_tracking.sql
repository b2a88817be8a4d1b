-- Where the buyer wants an order brought, given at checkout.
CREATE TABLE order_destinations (
    order_id uuid PRIMARY KEY REFERENCES orders (id),
    lat      double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lng      double precision NOT NULL CHECK (lng BETWEEN -180 AND 180),
    address  text             NOT NULL
);

-- One delivery per order: its agent, the PIN's hash (never the PIN), the wrong tries, the geofence
-- and, once delivered, the SHA-256 of the buyer's signature. The head of the track (filter state and
-- last smoothed position) lives here too, so any instance resumes the filter where another left it.
CREATE TABLE deliveries (
    order_id         uuid PRIMARY KEY REFERENCES orders (id),
    agent_id         uuid             NOT NULL REFERENCES users (id),
    buyer_id         uuid             NOT NULL REFERENCES users (id),
    shop_id          uuid             NOT NULL REFERENCES shops (id),
    destination_lat  double precision NOT NULL,
    destination_lng  double precision NOT NULL,
    address          text             NOT NULL,
    pin_hash         text             NOT NULL,
    wrong_pins       integer          NOT NULL DEFAULT 0 CHECK (wrong_pins >= 0),
    locked           boolean          NOT NULL DEFAULT false,
    arriving_at      timestamptz,
    signature_sha256 text,
    delivered_at     timestamptz,
    dispatched_at    timestamptz      NOT NULL,
    filter_at        timestamptz,
    filter_state     double precision[],
    last_lat         double precision,
    last_lng         double precision,
    last_speed       double precision,
    last_recorded_at timestamptz,
    last_published_at timestamptz,
    version          integer          NOT NULL DEFAULT 0,
    CHECK ((delivered_at IS NULL) = (signature_sha256 IS NULL))
);
CREATE INDEX deliveries_agent ON deliveries (agent_id, dispatched_at DESC);

-- Every fix as received, with what the smoother made of it.
CREATE TABLE track_fixes (
    id           bigserial PRIMARY KEY,
    order_id     uuid             NOT NULL REFERENCES orders (id),
    recorded_at  timestamptz      NOT NULL,
    lat          double precision NOT NULL,
    lng          double precision NOT NULL,
    accuracy     double precision NOT NULL,
    speed        double precision,
    heading      double precision,
    outcome      text             NOT NULL CHECK (outcome IN ('ACCEPTED', 'REJECTED', 'LATE')),
    smoothed_lat double precision,
    smoothed_lng double precision,
    received_at  timestamptz      NOT NULL
);
CREATE INDEX track_fixes_order ON track_fixes (order_id, recorded_at);
CREATE INDEX track_fixes_received ON track_fixes (received_at);
