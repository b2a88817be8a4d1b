#!/usr/bin/env bash
# Payments under load, each beside a ceiling measured in the same run (a bare Javalin handler
# inserting one row through Jdbi):
#  - POST /api/v1/payments/initiate with the mock provider (payment row, order rows locked, provider call);
#  - verified webhooks applied per second: signature check, payment CAPTURED, orders PAID, ledger entry,
#    outbox events, all in one transaction per callback.
# The mock provider's own callbacks are delayed past the run, so every callback comes from the load driver.
# Uses its own database (pakashop_bench_pay), dropped and re-created each run.
# Usage: benchmarks/load/payments.sh [seconds-per-round] [rounds]   (needs a built tree)
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_ROUND=${1:-15}
ROUNDS=${2:-2}
API=18093
BARE=18094
KEY="benchmark-client-key-0123456789abcdef0123456789"
SECRET="benchmark-mock-webhook-secret-0123456789"
DB=pakashop_bench_pay
OUT=$(mktemp -d)
BUYERS=32
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null

cleanup() { kill $(jobs -p) 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT

. benchmarks/load/common.sh
fresh_database
ENV=(DATABASE_URL="postgresql://postgres@127.0.0.1:5432/$DB" PAKASHOP_CLIENT_KEY="$KEY"
     INTERNAL_API_KEY="benchmark-internal-key-0123456789abcdef012345"
     PAKASHOP_RATE_LIMIT_PER_IP_PER_MINUTE=100000000 PAKASHOP_RATE_LIMIT_PER_KEY_PER_MINUTE=100000000
     PAKASHOP_EMBEDDED_WORKER=false PAWAPAY_WEBHOOK_SECRET="$SECRET" PAKASHOP_MOCK_PAYMENT_DELAY_MILLIS=600000
     PAKASHOP_FRAUD_ATTEMPTS_PER_HOUR=10000
     PAKASHOP_ARGON2_MEMORY_KIB=8192 PAKASHOP_ARGON2_ITERATIONS=1)

env "${ENV[@]}" PORT=$API java -jar shell-http/target/pakashop-http.jar > "$OUT/api.log" 2>&1 &
wait_for_api $API
java -cp benchmarks/target/pakashop-benchmarks.jar com.pakashop.benchmarks.BareJdbiServer \
  $BARE "jdbc:postgresql://127.0.0.1:5432/$DB" postgres > "$OUT/bare.log" 2>&1 &

seed_marketplace
register_buyers $BUYERS $API

line() {
  printf '%-40s %10s req/s   p99 %s%s\n' "$1" "$(awk '/Requests\/sec/ {print $2}' "$2")" \
    "$(awk '$1=="99%" {print $2}' "$2")" "$(grep -q Non-2xx "$2" && echo "   NON-2xx: $(grep Non-2xx "$2")" || true)"
}

for round in $(seq 1 "$ROUNDS"); do
  echo "round $round: placing orders to pay"
  PRODUCT_IDS="$OUT/ids.txt" BUYER_TOKENS="$OUT/tokens.txt" PAKASHOP_KEY="$KEY" RUN_ID="$RANDOM$round" \
    wrk -t2 -c32 -d30s -s benchmarks/load/checkout-many.lua "http://127.0.0.1:$API" > "$OUT/orders-$round.txt"
  # each unpaid order with its buyer's token, for the initiate driver
  psql -h 127.0.0.1 -U postgres -d $DB -Atc "
    SELECT o.id, u.phone FROM orders o JOIN users u ON u.id = o.buyer_id
    WHERE o.status = 'PENDING' AND NOT EXISTS (SELECT 1 FROM payment_orders po WHERE po.order_id = o.id)
    ORDER BY random()" > "$OUT/pending-$round.txt"
  python3 - "$OUT" "$round" <<'PY'
import sys
out, rnd = sys.argv[1], sys.argv[2]
tokens = [t.strip() for t in open(f"{out}/tokens.txt")]
with open(f"{out}/orders-by-buyer-{rnd}.txt", "w") as f:
    for line in open(f"{out}/pending-{rnd}.txt"):
        order, phone = line.strip().split("|")
        index = int(phone[-6:]) - 1
        f.write(f"{order} {tokens[index]}\n")
PY
  wrk -t2 -c32 -d"${SECONDS_PER_ROUND}s" --latency -s benchmarks/load/write.lua "http://127.0.0.1:$BARE" \
    > "$OUT/write-$round.txt"
  ORDERS="$OUT/orders-by-buyer-$round.txt" PAKASHOP_KEY="$KEY" \
    wrk -t2 -c32 -d"${SECONDS_PER_ROUND}s" --latency -s benchmarks/load/initiate.lua "http://127.0.0.1:$API" \
    > "$OUT/initiate-$round.txt"
  # a signed COMPLETED callback for each payment still waiting, with its exact amount
  psql -h 127.0.0.1 -U postgres -d $DB -Atc "
    SELECT id, amount FROM payments WHERE status = 'PENDING' ORDER BY random()" > "$OUT/waiting-$round.txt"
  python3 - "$OUT" "$round" "$SECRET" <<'PY'
import hashlib, hmac, json, sys
out, rnd, secret = sys.argv[1], sys.argv[2], sys.argv[3].encode()
with open(f"{out}/callbacks-{rnd}.txt", "w") as f:
    for line in open(f"{out}/waiting-{rnd}.txt"):
        payment, amount = line.strip().split("|")
        body = json.dumps({"eventId": f"bench-{payment}", "paymentId": payment, "status": "COMPLETED",
                           "amount": f"{int(amount) / 100:.2f}", "currency": "ZMW"}, separators=(",", ":"))
        f.write(hmac.new(secret, body.encode(), hashlib.sha256).hexdigest() + " " + body + "\n")
PY
  CALLBACKS="$OUT/callbacks-$round.txt" \
    wrk -t2 -c32 -d"${SECONDS_PER_ROUND}s" --latency -s benchmarks/load/webhook.lua "http://127.0.0.1:$API" \
    > "$OUT/webhook-$round.txt"
  echo "round $round"
  line "  ceiling: bare Javalin + one-row insert" "$OUT/write-$round.txt"
  line "  POST /payments/initiate (mock)" "$OUT/initiate-$round.txt"
  line "  verified webhooks applied" "$OUT/webhook-$round.txt"
  echo "  orders available $(wc -l < "$OUT/orders-by-buyer-$round.txt"), callbacks available $(wc -l < "$OUT/callbacks-$round.txt")"
  psql -h 127.0.0.1 -U postgres -d $DB -Atc "SELECT '  payments by status: ' || string_agg(status || ' ' || n, ', ')
    FROM (SELECT status, count(*) n FROM payments GROUP BY status) s"
  psql -h 127.0.0.1 -U postgres -d $DB -Atc "SELECT '  ledger sum (must be 0): ' || coalesce(sum(amount), 0) FROM ledger_postings"
done
