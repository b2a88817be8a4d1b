-- Responses remembered per client-supplied Idempotency-Key, so a retried request gets the first
-- answer instead of doing the work twice. Purged by the worker after expires_at.
CREATE TABLE idempotency_records (
    scope           text        NOT NULL,
    key             text        NOT NULL,
    request_hash    text        NOT NULL,
    response_status integer,
    response_body   text,
    created_at      timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL,
    PRIMARY KEY (scope, key)
);
CREATE INDEX idempotency_records_expiry ON idempotency_records (expires_at);
