-- Fraud screening reads these on every payment initiation; measured, without them the reads
-- scanned the orders and payments tables (benchmarks/load/fraud.sh).
CREATE INDEX orders_buyer_paid ON orders (buyer_id) INCLUDE (total)
    WHERE status IN ('PAID', 'CONFIRMED', 'OUT_FOR_DELIVERY', 'DELIVERED');
CREATE INDEX payments_buyer_failed ON payments (buyer_id, created_at) WHERE status = 'FAILED';
