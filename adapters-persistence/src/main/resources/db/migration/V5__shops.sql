-- Vendors' shops. The slug is the shop's public address and is unique for ever (rejected shops keep theirs).
CREATE TABLE shops (
    id              uuid PRIMARY KEY,
    owner_id        uuid        NOT NULL REFERENCES users (id),
    name            text        NOT NULL,
    slug            text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,58}[a-z0-9]$'),
    town            text        NOT NULL,
    district        text        NOT NULL,
    contact_phone   text        NOT NULL,
    payout_number   text        NOT NULL,
    payout_network  text        NOT NULL CHECK (payout_network IN ('MTN', 'AIRTEL', 'ZAMTEL')),
    tpin            text        CHECK (tpin ~ '^[0-9]{10}$'),
    branch_id       text,
    kyc_documents   text[]      NOT NULL DEFAULT '{}',
    status          text        NOT NULL CHECK (status IN ('PENDING_APPROVAL', 'ACTIVE', 'REJECTED', 'SUSPENDED')),
    status_reason   text,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         integer     NOT NULL DEFAULT 0
);
CREATE INDEX shops_owner ON shops (owner_id, id);
CREATE INDEX shops_status ON shops (status, id);
