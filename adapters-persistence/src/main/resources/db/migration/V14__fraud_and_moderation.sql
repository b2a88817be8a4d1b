-- Payment attempts held for fraud review, with the score and the reasons that produced it.
CREATE TABLE fraud_cases (
    id         uuid PRIMARY KEY,
    buyer_id   uuid        NOT NULL REFERENCES users (id),
    order_ids  uuid[]      NOT NULL,
    currency   text        NOT NULL,
    amount     bigint      NOT NULL CHECK (amount > 0),
    score      integer     NOT NULL CHECK (score BETWEEN 0 AND 100),
    reasons    jsonb       NOT NULL,
    status     text        NOT NULL CHECK (status IN ('OPEN', 'APPROVED', 'REJECTED')),
    reviewer   text,
    note       text,
    created_at timestamptz NOT NULL,
    decided_at timestamptz,
    version    integer     NOT NULL DEFAULT 0
);
CREATE INDEX fraud_cases_status ON fraud_cases (status, id DESC);
CREATE INDEX fraud_cases_orders ON fraud_cases USING gin (order_ids);

-- Attempt counters per key and fixed window, for when Redis is not configured or not answering.
CREATE TABLE fraud_counters (
    key          text   NOT NULL,
    window_start bigint NOT NULL,
    attempts     bigint NOT NULL,
    PRIMARY KEY (key, window_start)
);

-- One case per product image: the moderator's verdict and scores, and the review decision.
CREATE TABLE moderation_cases (
    id         uuid PRIMARY KEY,
    product_id uuid        NOT NULL REFERENCES products (id),
    image_url  text        NOT NULL,
    verdict    text        NOT NULL CHECK (verdict IN ('APPROVED', 'FLAGGED', 'PENDING_MANUAL_REVIEW')),
    categories jsonb       NOT NULL,
    status     text        NOT NULL CHECK (status IN ('APPROVED', 'OPEN', 'ESCALATED', 'REJECTED')),
    reviewer   text,
    note       text,
    created_at timestamptz NOT NULL,
    decided_at timestamptz,
    version    integer     NOT NULL DEFAULT 0,
    UNIQUE (product_id, image_url)
);
CREATE INDEX moderation_cases_status ON moderation_cases (status, id DESC);
CREATE INDEX moderation_cases_product ON moderation_cases (product_id) WHERE status IN ('OPEN', 'ESCALATED');
