-- A registered user's request to sell. One PENDING application per user at a time.
CREATE TABLE vendor_applications (
    id             uuid PRIMARY KEY,
    user_id        uuid        NOT NULL REFERENCES users (id),
    business_name  text        NOT NULL CHECK (length(business_name) BETWEEN 1 AND 120),
    town           text        NOT NULL CHECK (length(town) BETWEEN 1 AND 60),
    tpin           text        NOT NULL CHECK (tpin ~ '^[0-9]{10}$'),
    payout_number  text        NOT NULL,
    payout_network text        NOT NULL CHECK (payout_network IN ('MTN', 'AIRTEL', 'ZAMTEL')),
    kyc_documents  text[]      NOT NULL CHECK (cardinality(kyc_documents) BETWEEN 1 AND 10),
    status         text        NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    decided_by     text,
    decision_note  text,
    decided_at     timestamptz,
    created_at     timestamptz NOT NULL,
    version        integer     NOT NULL DEFAULT 0,
    CHECK ((status = 'PENDING') = (decided_at IS NULL))
);
CREATE UNIQUE INDEX vendor_applications_one_pending ON vendor_applications (user_id) WHERE status = 'PENDING';
CREATE INDEX vendor_applications_by_user ON vendor_applications (user_id, id DESC);
CREATE INDEX vendor_applications_by_status ON vendor_applications (status, id DESC);
