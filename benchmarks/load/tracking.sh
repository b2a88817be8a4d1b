#!/usr/bin/env bash
# Delivery tracking under load, beside a ceiling measured in the same run (a bare Javalin handler
# inserting one row through Jdbi, on the same schedule): N orders out for delivery, each agent
# posting a fix every 5 s to instance A, one WebSocket watcher per order connected to instance B,
# live locations crossing from A to B through Redis pub/sub.
# Uses its own database (pakashop_bench_track), dropped and re-created each run.
# Usage: benchmarks/load/tracking.sh [orders] [seconds] [rounds]   (needs a built tree: mvn -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/../.."
ORDERS=${1:-1000}
SECONDS_PER_ROUND=${2:-60}
ROUNDS=${3:-2}
A=18095
B=18096
BARE=18097
KEY="benchmark-client-key-0123456789abcdef0123456789"
DB=pakashop_bench_track
OUT=$(mktemp -d)
JAR=benchmarks/target/pakashop-benchmarks.jar

cleanup() { kill $(jobs -p) 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT

. benchmarks/load/common.sh
fresh_database
ENV=(DATABASE_URL="postgresql://postgres@127.0.0.1:5432/$DB" PAKASHOP_CLIENT_KEY="$KEY"
     INTERNAL_API_KEY="benchmark-internal-key-0123456789abcdef012345"
     JWT_SECRET="benchmark-jwt-secret-0123456789abcdef0123456789"
     REDIS_URL="redis://127.0.0.1:6379" PAKASHOP_REDIS_KEY_PREFIX="pakashop-bench-$RANDOM:"
     PAKASHOP_RATE_LIMIT_PER_IP_PER_MINUTE=100000000 PAKASHOP_RATE_LIMIT_PER_KEY_PER_MINUTE=100000000
     PAKASHOP_ARGON2_MEMORY_KIB=8192 PAKASHOP_ARGON2_ITERATIONS=1 PAKASHOP_FILES_DIR="$OUT/files")

env "${ENV[@]}" PORT=$A java -jar shell-http/target/pakashop-http.jar > "$OUT/a.log" 2>&1 &
wait_for_api $A
env "${ENV[@]}" PORT=$B PAKASHOP_EMBEDDED_WORKER=false java -jar shell-http/target/pakashop-http.jar > "$OUT/b.log" 2>&1 &
java -cp $JAR com.pakashop.benchmarks.BareJdbiServer $BARE "jdbc:postgresql://127.0.0.1:5432/$DB" postgres \
  > "$OUT/bare.log" 2>&1 &
wait_for_api $B

env "${ENV[@]}" java -jar shell-cli/target/pakashop-cli.jar demo seed > "$OUT/seed.txt"
SHOP=$(psql -h 127.0.0.1 -U postgres -d $DB -Atc "SELECT id FROM shops LIMIT 1")
BUYER=$(psql -h 127.0.0.1 -U postgres -d $DB -Atc "SELECT id FROM users WHERE phone = '+260971000002'")
AGENT=$(psql -h 127.0.0.1 -U postgres -d $DB -Atc "SELECT id FROM users WHERE phone = '+260951000003'")
# Orders out for delivery, made in SQL: paying and dispatching a thousand through the API would
# measure setup, not tracking.
psql -h 127.0.0.1 -U postgres -d $DB -qc "
  INSERT INTO orders (id, number, checkout_id, buyer_id, shop_id, currency, items_subtotal, delivery_fee, total,
                      vat_included, commission, vendor_net, status, settlement_status, created_at, pay_by)
  SELECT gen_random_uuid(), 'PK-B' || n, gen_random_uuid(), '$BUYER', '$SHOP', 'ZMW', 10000, 2500, 12500, 1379,
         1000, 9000, 'OUT_FOR_DELIVERY', 'HELD', now(), now()
  FROM generate_series(1, $ORDERS) n;
  INSERT INTO deliveries (order_id, agent_id, buyer_id, shop_id, destination_lat, destination_lng, address, pin_hash,
                          dispatched_at)
  SELECT id, '$AGENT', buyer_id, shop_id, -15.30, 28.30, 'Benchmark Road', 'not-a-pin', now() FROM orders
  WHERE number LIKE 'PK-B%'"
psql -h 127.0.0.1 -U postgres -d $DB -Atc "SELECT order_id FROM deliveries" > "$OUT/orders.txt"
token() {
  curl -s -H "x-pakashop-key: $KEY" -H 'Content-Type: application/json' \
    -d "{\"login\":\"$1\",\"password\":\"$(awk -v r="$2" '$1==r {print $3}' "$OUT/seed.txt")\"}" \
    "localhost:$A/api/v1/auth/login" | python3 -c 'import sys,json;print(json.load(sys.stdin)["accessToken"])'
}
AGENT_TOKEN=$(token 0951000003 AGENT)
BUYER_TOKEN=$(token 0971000002 BUYER)

echo "warming both instances up for 60 s (not measured)"
java -cp $JAR com.pakashop.benchmarks.TrackingLoad api "http://127.0.0.1:$A" "ws://127.0.0.1:$B" "$KEY" \
  "$AGENT_TOKEN" "$BUYER_TOKEN" "$OUT/orders.txt" 50 > /dev/null 2>>"$OUT/driver.log"
for round in $(seq 1 "$ROUNDS"); do
  echo "round $round"
  java -cp $JAR com.pakashop.benchmarks.TrackingLoad ceiling "http://127.0.0.1:$BARE" "" "$KEY" "" "" \
    "$OUT/orders.txt" "$SECONDS_PER_ROUND" 2>>"$OUT/driver.log"
  java -cp $JAR com.pakashop.benchmarks.TrackingLoad api "http://127.0.0.1:$A" "ws://127.0.0.1:$B" "$KEY" \
    "$AGENT_TOKEN" "$BUYER_TOKEN" "$OUT/orders.txt" "$SECONDS_PER_ROUND" 2>>"$OUT/driver.log"
done
psql -h 127.0.0.1 -U postgres -d $DB -Atc "SELECT 'fixes stored: ' || count(*) || ', accepted: ' ||
  count(*) FILTER (WHERE outcome = 'ACCEPTED') FROM track_fixes"
