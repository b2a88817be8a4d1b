#!/usr/bin/env bash
# Reconciliation of 1,000,000 pawaPay statement lines against 1,000,000 payments of one Lusaka day,
# beside the time to merely parse the same CSV, in one JVM capped at 1 GiB of heap. The statement
# has 100 amount mismatches, 50 lines of transfers we do not have (so 50 of our payments are
# missing from it) and 1,000 failed payments reported as failed.
# Uses its own database (pakashop_bench_recon), dropped and re-created each run.
# Usage: benchmarks/load/reconcile.sh [rows]   (needs a built tree)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS=${1:-1000000}
DB=pakashop_bench_recon
OUT=$(mktemp -d)
. benchmarks/load/common.sh
fresh_database
ENV=(DATABASE_URL="postgresql://postgres@127.0.0.1:5432/$DB")
env "${ENV[@]}" java -jar shell-cli/target/pakashop-cli.jar db migrate >/dev/null
psql -h 127.0.0.1 -U postgres -d "$DB" -q <<SQL
INSERT INTO users (id, name, phone, password_hash, roles, status, created_at, updated_at)
VALUES ('00000000-0000-7000-8000-000000000001', 'Bench Buyer', '+260971000001', 'x', '{BUYER}', 'ACTIVE', now(), now());
INSERT INTO payments (id, buyer_id, currency, amount, method, payer_phone, provider, status, created_at, updated_at)
SELECT md5('payment' || i)::uuid, '00000000-0000-7000-8000-000000000001', 'ZMW', 1000 + (i * 37) % 500000, 'MTN_MOMO',
       '+260961234567', 'PAWAPAY', CASE WHEN i % 1000 = 0 THEN 'FAILED' ELSE 'CAPTURED' END,
       TIMESTAMPTZ '2026-11-24 00:00:00+02' + i * (interval '86399 seconds' / $ROWS), now()
FROM generate_series(1, $ROWS) i;
ANALYZE payments;
SQL
psql -h 127.0.0.1 -U postgres -d "$DB" -qc "\copy (
  SELECT CASE WHEN i % 20000 = 7 THEN md5('stranger' || i)::uuid ELSE md5('payment' || i)::uuid END AS \"Transaction ID\",
         'DEPOSIT' AS \"Type\", CASE WHEN i % 1000 = 0 THEN 'FAILED' ELSE 'COMPLETED' END AS \"Status\",
         to_char((1000 + (i * 37) % 500000 + CASE WHEN i % 10000 = 3 THEN 1 ELSE 0 END) / 100.0, 'FM999999990.00') AS \"Amount\",
         'ZMW' AS \"Currency\",
         to_char((TIMESTAMPTZ '2026-11-24 00:00:00+02' + i * (interval '86399 seconds' / $ROWS)) AT TIME ZONE 'UTC',
                 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS \"Created At\"
  FROM generate_series(1, $ROWS) i) TO '$OUT/statement.csv' WITH (FORMAT csv, HEADER)"
echo "statement: $(wc -l < "$OUT/statement.csv") lines, $(du -h "$OUT/statement.csv" | cut -f1)"
env "${ENV[@]}" java -Xmx1g -cp benchmarks/target/pakashop-benchmarks.jar com.pakashop.benchmarks.ReconciliationBenchmark \
  "$OUT/statement.csv" 2026-11-24 2026-11-24 2>"$OUT/stderr.log" | grep -v "^\s*$"
echo "CLI on the same file (exit 3 expected: discrepancies), wall and peak RSS:"
/usr/bin/time -f "  %e s wall, %M KiB peak RSS" env "${ENV[@]}" java -Xmx1g -jar shell-cli/target/pakashop-cli.jar reconcile \
  --provider pawapay --from 2026-11-24 --to 2026-11-24 --statement "$OUT/statement.csv" --out "$OUT/report.csv" \
  >"$OUT/summary.txt" 2>"$OUT/cli.err" || echo "  exit $?"
grep -v "^\s*$" "$OUT/cli.err" | tail -2
cat "$OUT/summary.txt"
echo "report: $(($(wc -l < "$OUT/report.csv") - 1)) discrepancies"
