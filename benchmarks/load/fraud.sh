#!/usr/bin/env bash
# What fraud screening adds to POST /api/v1/payments/initiate: two API instances on one database
# and one Redis, the same build, one screening every attempt (Redis counters for IP, account and
# phone, the buyer's history, the rules), the other with PAKASHOP_FRAUD_SCREENING=false; the same
# load driven at each in turn, in the same run. Velocity limits are raised on the screening
# instance so every attempt is evaluated in full and cleared (all load comes from one IP).
# Uses its own database (pakashop_bench_fraud), dropped and re-created each run.
# Usage: benchmarks/load/fraud.sh [seconds-per-measurement] [rounds]   (needs a built tree)
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_ROUND=${1:-15}
ROUNDS=${2:-3}
ON=18101
OFF=18102
KEY="benchmark-client-key-0123456789abcdef0123456789"
DB=pakashop_bench_fraud
OUT=$(mktemp -d)
BUYERS=32
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null

cleanup() { kill $(jobs -p) 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT

. benchmarks/load/common.sh
fresh_database
ENV=(DATABASE_URL="postgresql://postgres@127.0.0.1:5432/$DB" PAKASHOP_CLIENT_KEY="$KEY"
     INTERNAL_API_KEY="benchmark-internal-key-0123456789abcdef012345"
     JWT_SECRET="benchmark-jwt-secret-0123456789abcdef0123456789"
     REDIS_URL="redis://127.0.0.1:6379" PAKASHOP_REDIS_KEY_PREFIX="pakashop-bench-$RANDOM:"
     PAKASHOP_RATE_LIMIT_PER_IP_PER_MINUTE=100000000 PAKASHOP_RATE_LIMIT_PER_KEY_PER_MINUTE=100000000
     PAKASHOP_EMBEDDED_WORKER=false PAKASHOP_MOCK_PAYMENT_DELAY_MILLIS=600000
     PAKASHOP_FRAUD_ATTEMPTS_PER_HOUR=10000 PAKASHOP_ARGON2_MEMORY_KIB=8192 PAKASHOP_ARGON2_ITERATIONS=1)

env "${ENV[@]}" PORT=$ON java -jar shell-http/target/pakashop-http.jar > "$OUT/on.log" 2>&1 &
wait_for_api $ON
env "${ENV[@]}" PORT=$OFF PAKASHOP_FRAUD_SCREENING=false java -jar shell-http/target/pakashop-http.jar > "$OUT/off.log" 2>&1 &
wait_for_api $OFF

seed_marketplace
register_buyers $BUYERS $ON

line() {
  printf '%-44s %8s req/s   p50 %8s   p99 %8s%s\n' "$1" "$(awk '/Requests\/sec/ {print $2}' "$2")" \
    "$(awk '$1=="50%" {print $2}' "$2")" "$(awk '$1=="99%" {print $2}' "$2")" \
    "$(grep -q Non-2xx "$2" && echo "   NON-2xx: $(grep Non-2xx "$2")" || true)"
}

for round in $(seq 0 "$ROUNDS"); do
  PRODUCT_IDS="$OUT/ids.txt" BUYER_TOKENS="$OUT/tokens.txt" PAKASHOP_KEY="$KEY" RUN_ID="$RANDOM$round" \
    wrk -t2 -c32 -d30s -s benchmarks/load/checkout-many.lua "http://127.0.0.1:$ON" > /dev/null
  psql -h 127.0.0.1 -U postgres -d $DB -Atc "
    SELECT o.id, u.phone FROM orders o JOIN users u ON u.id = o.buyer_id
    WHERE o.status = 'PENDING' AND NOT EXISTS (SELECT 1 FROM payment_orders po WHERE po.order_id = o.id)
    ORDER BY random()" > "$OUT/pending.txt"
  python3 - "$OUT" <<'PY'
import sys
out = sys.argv[1]
tokens = [t.strip() for t in open(f"{out}/tokens.txt")]
lines = [l.strip().split("|") for l in open(f"{out}/pending.txt")]
with open(f"{out}/on.txt", "w") as on, open(f"{out}/off.txt", "w") as off:
    for i, (order, phone) in enumerate(lines):
        (on if i % 2 == 0 else off).write(f"{order} {tokens[int(phone[-6:]) - 1]}\n")
PY
  # 8 connections, well below saturation, so latency is compared rather than queueing
  for target in on off; do
    port=$([ $target = on ] && echo $ON || echo $OFF)
    ORDERS="$OUT/$target.txt" PAKASHOP_KEY="$KEY" \
      wrk -t2 -c8 -d"${SECONDS_PER_ROUND}s" --latency -s benchmarks/load/initiate.lua "http://127.0.0.1:$port" \
      > "$OUT/$target-$round.txt"
  done
  if [ "$round" = 0 ]; then echo "round 0 was the warm-up"; continue; fi
  echo "round $round"
  line "  initiate, fraud screening ON (Redis)" "$OUT/on-$round.txt"
  line "  initiate, fraud screening OFF" "$OUT/off-$round.txt"
done
psql -h 127.0.0.1 -U postgres -d $DB -Atc "SELECT 'fraud cases opened: ' || count(*) FROM fraud_cases"
echo "screening alone, in-process on the same database and Redis, one caller, three runs:"
for _ in 1 2 3; do
  env "${ENV[@]}" java -cp benchmarks/target/pakashop-benchmarks.jar com.pakashop.benchmarks.FraudScreeningLatency 10000 \
    2>/dev/null | grep screening
done
