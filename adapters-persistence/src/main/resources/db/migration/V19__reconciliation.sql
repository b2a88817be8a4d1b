-- Reconciliation runs and the discrepancies they found; matches are only counted.
CREATE TABLE reconciliation_runs (
    id               uuid PRIMARY KEY,
    provider         text        NOT NULL,
    period_from      date        NOT NULL,
    period_to        date        NOT NULL CHECK (period_to >= period_from),
    source           text        NOT NULL,
    statement_lines  bigint      NOT NULL,
    outside_period   bigint      NOT NULL,
    internal_records bigint      NOT NULL,
    counts           jsonb       NOT NULL,
    sums             jsonb       NOT NULL,
    started_by       text        NOT NULL,
    created_at       timestamptz NOT NULL
);
CREATE INDEX reconciliation_runs_listing ON reconciliation_runs (created_at DESC, id DESC);
CREATE INDEX reconciliation_runs_source ON reconciliation_runs (source);

CREATE TABLE reconciliation_discrepancies (
    id               uuid PRIMARY KEY,
    run_id           uuid   NOT NULL REFERENCES reconciliation_runs (id),
    position         bigint NOT NULL,
    kind             text   NOT NULL CHECK (kind IN ('MISSING_INTERNALLY', 'MISSING_AT_PROVIDER', 'AMOUNT_MISMATCH',
                                                     'STATUS_MISMATCH', 'DUPLICATE')),
    line             bigint,
    provider_id      text,
    our_id           uuid,
    transfer         text CHECK (transfer IN ('COLLECTION', 'REFUND', 'PAYOUT')),
    statement_amount bigint,
    our_amount       bigint,
    detail           text   NOT NULL,
    resolved_by      text,
    resolution_note  text,
    resolved_at      timestamptz,
    UNIQUE (run_id, position),
    CHECK ((resolved_by IS NULL) = (resolved_at IS NULL))
);

-- Our side of a period, per provider.
CREATE INDEX payments_provider_created ON payments (provider, created_at);
CREATE INDEX refunds_provider_created ON refunds (provider, created_at);
CREATE INDEX payouts_provider_created ON payouts (provider, created_at);
