#!/usr/bin/env bash
# Catalogue reads and checkout against ceilings measured in the same run:
#  - product detail through the whole API vs a bare Javalin handler doing one primary-key read through Jdbi;
#  - product listing (24 per page, filters off) through the API;
#  - checkout orders/s with 32 clients over 1,000 products.
# Uses its own database (pakashop_bench), dropped and re-created each run.
# Usage: benchmarks/load/catalog-and-checkout.sh [seconds-per-round] [rounds]   (needs a built tree)
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_ROUND=${1:-20}
ROUNDS=${2:-2}
WARMUP=${WARMUP:-45}
API=18091
BARE=18092
KEY="benchmark-client-key-0123456789abcdef0123456789"
DB=pakashop_bench
OUT=$(mktemp -d)
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null

cleanup() { kill $(jobs -p) 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT

. benchmarks/load/common.sh
fresh_database
ENV=(DATABASE_URL="postgresql://postgres@127.0.0.1:5432/$DB" PAKASHOP_CLIENT_KEY="$KEY"
     INTERNAL_API_KEY="benchmark-internal-key-0123456789abcdef012345"
     PAKASHOP_RATE_LIMIT_PER_IP_PER_MINUTE=100000000 PAKASHOP_RATE_LIMIT_PER_KEY_PER_MINUTE=100000000
     PAKASHOP_EMBEDDED_WORKER=false)

api() { exec env "${ENV[@]}" PORT=$API java -jar shell-http/target/pakashop-http.jar; }
bare() { exec java -cp benchmarks/target/pakashop-benchmarks.jar com.pakashop.benchmarks.BareJdbiServer \
  $BARE "jdbc:postgresql://127.0.0.1:5432/$DB" postgres; }
api > "$OUT/api.log" 2>&1 &
wait_for_api $API

seed_marketplace
PRODUCT=$(head -1 "$OUT/ids.txt")
PASSWORD=$(awk '$1=="BUYER" {print $3}' "$OUT/seed.txt")
TOKEN=$(curl -s -H "x-pakashop-key: $KEY" -H 'Content-Type: application/json' \
  -d "{\"login\":\"0971000002\",\"password\":\"$PASSWORD\"}" "localhost:$API/api/v1/auth/login" \
  | python3 -c 'import sys,json;print(json.load(sys.stdin)["accessToken"])')
bare > "$OUT/bare.log" 2>&1 &
for _ in $(seq 1 60); do curl -sf "localhost:$BARE/api/v1/products/$PRODUCT" >/dev/null && break; sleep 1; done

get() { wrk -t2 -c32 -d"${2}s" --latency -H "x-pakashop-key: $KEY" "$1"; }
checkout() {
  PRODUCT_IDS="$OUT/ids.txt" PAKASHOP_KEY="$KEY" BUYER_TOKEN="$TOKEN" RUN_ID="$RANDOM$1" \
    wrk -t2 -c32 -d"${2}s" --latency -s benchmarks/load/checkout.lua "http://127.0.0.1:$API"
}
line() {
  printf '%-34s %10s req/s   p99 %s%s\n' "$1" "$(awk '/Requests\/sec/ {print $2}' "$2")" \
    "$(awk '$1=="99%" {print $2}' "$2")" "$(grep -q Non-2xx "$2" && echo "   NON-2xx: $(grep Non-2xx "$2")" || true)"
}

echo "warming up ${WARMUP}s each"
get "http://127.0.0.1:$BARE/api/v1/products/$PRODUCT" "$WARMUP" >/dev/null
get "http://127.0.0.1:$API/api/v1/products/$PRODUCT" "$WARMUP" >/dev/null
get "http://127.0.0.1:$API/api/v1/products?limit=24" "$WARMUP" >/dev/null
checkout warm 20 >/dev/null

for round in $(seq 1 "$ROUNDS"); do
  get "http://127.0.0.1:$BARE/api/v1/products/$PRODUCT" "$SECONDS_PER_ROUND" > "$OUT/bare-$round.txt"
  get "http://127.0.0.1:$API/api/v1/products/$PRODUCT" "$SECONDS_PER_ROUND" > "$OUT/detail-$round.txt"
  get "http://127.0.0.1:$API/api/v1/products?limit=24" "$SECONDS_PER_ROUND" > "$OUT/list-$round.txt"
  checkout "$round" "$SECONDS_PER_ROUND" > "$OUT/checkout-$round.txt"
  echo "round $round"
  line "  ceiling: bare Javalin + Jdbi read" "$OUT/bare-$round.txt"
  line "  product detail (full API)" "$OUT/detail-$round.txt"
  line "  product listing, 24 a page" "$OUT/list-$round.txt"
  line "  checkout, 32 clients" "$OUT/checkout-$round.txt"
done
echo "orders placed: $(psql -h 127.0.0.1 -U postgres -d $DB -Atc 'SELECT count(*) FROM orders')"
