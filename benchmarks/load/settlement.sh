#!/usr/bin/env bash
# A settlement batch of 10,000 vendors with the mock provider: the wall time of
# `pakashop settlement run` from planning to the last payout settled; then the same batch on fresh
# data with the run killed (kill -9) part-way through and run again, and the books checked for
# any payee paid twice. Payout numbers ending 91 (refused) and 92 (fail later) are part of the
# data, as in life. Each vendor has one delivered order (150.00, 10% commission, 25.00 delivery).
# Uses its own database (pakashop_bench_settle), dropped and re-created for each phase.
# Usage: benchmarks/load/settlement.sh [payees] [seconds-before-the-kill]   (needs a built tree)
set -euo pipefail
cd "$(dirname "$0")/../.."
PAYEES=${1:-10000}
KILL_AFTER=${2:-6}
DB=pakashop_bench_settle
OUT=$(mktemp -d)
. benchmarks/load/common.sh
ENV=(DATABASE_URL="postgresql://postgres@127.0.0.1:5432/$DB" PAKASHOP_MOCK_PAYMENT_DELAY_MILLIS=0
     PAKASHOP_SETTLEMENT_MINIMUM=50.00)
CLI=(java -jar shell-cli/target/pakashop-cli.jar)

seed() {
  fresh_database
  env "${ENV[@]}" "${CLI[@]}" db migrate >/dev/null
  psql -h 127.0.0.1 -U postgres -d "$DB" -q <<SQL
INSERT INTO users (id, name, phone, password_hash, roles, status, created_at, updated_at)
VALUES ('00000000-0000-7000-8000-000000000001', 'Bench Owner', '+260971000001', 'x', '{VENDOR}', 'ACTIVE', now(), now());
INSERT INTO shops (id, owner_id, name, slug, town, district, contact_phone, payout_number, payout_network, status,
                   created_at, updated_at)
SELECT md5('shop' || i)::uuid, '00000000-0000-7000-8000-000000000001', 'Shop ' || i, 'bench-shop-' || i, 'Lusaka',
       'Lusaka', '+260971000001', '+26096' || lpad(i::text, 7, '0'), 'MTN', 'ACTIVE', now(), now()
FROM generate_series(1, $PAYEES) i;
INSERT INTO orders (id, number, checkout_id, buyer_id, shop_id, currency, items_subtotal, delivery_fee, total,
                    vat_included, commission, vendor_net, status, settlement_status, created_at, pay_by)
SELECT md5('order' || i)::uuid, 'B-' || i, md5('checkout' || i)::uuid, '00000000-0000-7000-8000-000000000001',
       md5('shop' || i)::uuid, 'ZMW', 15000, 2500, 17500, 2414, 1500, 13500, 'DELIVERED', 'RELEASABLE',
       now() - interval '2 days', now() - interval '2 days'
FROM generate_series(1, $PAYEES) i;
INSERT INTO ledger_entries (id, at, kind, reference)
SELECT md5('release' || i)::uuid, now() - interval '1 day', 'RELEASE', 'order:' || md5('order' || i)::uuid
FROM generate_series(1, $PAYEES) i;
INSERT INTO ledger_postings (entry_id, position, account, currency, amount)
SELECT md5('release' || i)::uuid, p.position, p.account || CASE p.position WHEN 0 THEN md5('order' || i)::uuid::text
       WHEN 1 THEN md5('shop' || i)::uuid::text ELSE '' END, 'ZMW', p.amount
FROM generate_series(1, $PAYEES) i,
     (VALUES (0, 'FUNDS_HELD:', 17500), (1, 'VENDOR_PAYABLE:', -13500), (2, 'COMMISSION_REVENUE', -1500),
             (3, 'DELIVERY_FEE_REVENUE', -2500)) AS p(position, account, amount);
ANALYZE;
SQL
}

q() { psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "$1"; }

report() {
  echo "  payouts: $(q "SELECT string_agg(status || '=' || n, ' ') FROM (SELECT status, count(*) n FROM payouts GROUP BY status ORDER BY status) s")"
  echo "  resent after asking the provider (attempts > 1): $(q "SELECT count(*) FROM payouts WHERE attempts > 1")"
  echo "  payees with more than one COMPLETED payout: $(q "SELECT count(*) FROM (SELECT payee_id FROM payouts WHERE status = 'COMPLETED' GROUP BY payee_id HAVING count(*) > 1) d")"
  echo "  payouts with more than one PAYOUT ledger entry: $(q "SELECT count(*) FROM (SELECT reference FROM ledger_entries WHERE kind = 'PAYOUT' GROUP BY reference HAVING count(*) > 1) d")"
  echo "  PAYOUT entries vs COMPLETED payouts: $(q "SELECT count(*) FROM ledger_entries WHERE kind = 'PAYOUT'") vs $(q "SELECT count(*) FROM payouts WHERE status = 'COMPLETED'")"
  echo "  vendors paid but still owed, or owed a negative sum: $(q "SELECT count(*) FROM (SELECT account, sum(amount) s FROM ledger_postings WHERE account LIKE 'VENDOR_PAYABLE:%' GROUP BY account) b JOIN payouts p ON b.account = 'VENDOR_PAYABLE:' || p.payee_id AND p.status = 'COMPLETED' WHERE b.s <> 0")"
  echo "  orders SETTLED: $(q "SELECT count(*) FROM orders WHERE settlement_status = 'SETTLED'"), trial balance: $(q "SELECT coalesce(sum(amount), 0) FROM ledger_postings")"
}

echo "== phase 1: one uninterrupted run, $PAYEES payees"
seed
/usr/bin/time -f "  settlement run: %e s wall, %M KiB peak RSS" env "${ENV[@]}" "${CLI[@]}" settlement run --wait 900 \
  >"$OUT/run1.txt" 2>"$OUT/run1.err"
grep "settlement run" "$OUT/run1.err"
cat "$OUT/run1.txt"
report

echo "== phase 2: the same on fresh data, killed after ${KILL_AFTER} s, then run again"
seed
env "${ENV[@]}" "${CLI[@]}" settlement run --wait 900 >"$OUT/run2.txt" 2>"$OUT/run2.err" &
RUN=$!
sleep "$KILL_AFTER"
kill -9 $RUN 2>/dev/null || true
wait $RUN 2>/dev/null || true
echo "  at the kill: $(q "SELECT string_agg(status || '=' || n, ' ') FROM (SELECT status, count(*) n FROM payouts GROUP BY status ORDER BY status) s")"
/usr/bin/time -f "  re-run: %e s wall" env "${ENV[@]}" "${CLI[@]}" settlement run --wait 900 >"$OUT/run3.txt" 2>"$OUT/run3.err"
grep "re-run" "$OUT/run3.err"
cat "$OUT/run3.txt"
report
