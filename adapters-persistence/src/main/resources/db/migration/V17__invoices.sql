-- ZRA Smart Invoices. Numbers are gap-free per seller branch: the counter row is taken FOR UPDATE
-- (by an UPDATE) in the transaction that stores the invoice, so a number is used exactly when the
-- invoice that carries it commits.
CREATE TABLE invoice_sequences (
    tpin        text   NOT NULL CHECK (tpin ~ '^[0-9]{10}$'),
    branch_id   text   NOT NULL CHECK (length(branch_id) = 3),
    last_number bigint NOT NULL CHECK (last_number >= 0),
    PRIMARY KEY (tpin, branch_id)
);

CREATE TABLE invoices (
    id              uuid PRIMARY KEY,
    kind            text        NOT NULL CHECK (kind IN ('SALE', 'CREDIT_NOTE')),
    source_id       uuid        NOT NULL,
    order_id        uuid        NOT NULL REFERENCES orders (id),
    shop_id         uuid        NOT NULL REFERENCES shops (id),
    original_id     uuid REFERENCES invoices (id),
    tpin            text,
    branch_id       text,
    number          text,
    currency        text,
    total           bigint,
    document        jsonb,
    status          text        NOT NULL CHECK (status IN ('PENDING', 'TRANSMITTED', 'FAILED', 'SKIPPED')),
    skip_reason     text,
    attempts        integer     NOT NULL DEFAULT 0,
    attempt_budget  integer     NOT NULL,
    next_attempt_at timestamptz,
    last_error      text,
    receipt         jsonb,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         integer     NOT NULL DEFAULT 0,
    UNIQUE (kind, source_id),
    UNIQUE (tpin, branch_id, number),
    CHECK ((status = 'SKIPPED') = (document IS NULL)),
    CHECK ((status = 'TRANSMITTED') = (receipt IS NOT NULL))
);
CREATE INDEX invoices_due ON invoices (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX invoices_listing ON invoices (created_at DESC, id DESC);
CREATE INDEX invoices_by_status ON invoices (status, created_at DESC, id DESC);
CREATE INDEX invoices_credit_notes ON invoices (original_id) WHERE original_id IS NOT NULL;

CREATE TABLE invoice_attempts (
    invoice_id     uuid        NOT NULL REFERENCES invoices (id),
    attempt        integer     NOT NULL,
    payload_sha256 text        NOT NULL,
    result_code    text        NOT NULL,
    message        text        NOT NULL,
    accepted       boolean     NOT NULL,
    at             timestamptz NOT NULL,
    PRIMARY KEY (invoice_id, attempt, at)
);
