-- Corrections: finance re-issues a FAILED invoice under a new number once the vendor has fixed
-- its data; the failed one is VOIDED (kept, with its number, why and what replaced it). Only one
-- live invoice of a kind per source, so the old unique constraint becomes a partial index.
ALTER TABLE invoices DROP CONSTRAINT invoices_status_check;
ALTER TABLE invoices ADD CONSTRAINT invoices_status_check
    CHECK (status IN ('PENDING', 'TRANSMITTED', 'FAILED', 'SKIPPED', 'VOIDED'));
ALTER TABLE invoices DROP CONSTRAINT invoices_kind_source_id_key;
CREATE UNIQUE INDEX invoices_live_source ON invoices (kind, source_id) WHERE status <> 'VOIDED';

CREATE TABLE invoice_voids (
    invoice_id  uuid PRIMARY KEY REFERENCES invoices (id),
    reason      text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    replaced_by uuid        NOT NULL UNIQUE REFERENCES invoices (id),
    voided_by   text        NOT NULL,
    voided_at   timestamptz NOT NULL
);
