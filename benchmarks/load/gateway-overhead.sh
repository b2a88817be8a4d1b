#!/usr/bin/env bash
# Gateway overhead: GET /api/v1/health/live through the whole Pakashop chain (request id, key check,
# rate limits, access log, problem mapping) against a bare Javalin handler started in the same run.
# Rounds alternate bare / full so the shared machine's drift hits both alike.
# Usage: benchmarks/load/gateway-overhead.sh [seconds-per-round] [rounds] [connections]
# Needs: a built tree (mvn -B -q package -DskipTests), PostgreSQL on localhost, wrk (installed if missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_ROUND=${1:-20}
ROUNDS=${2:-3}
CONNECTIONS=${3:-32}
WARMUP=${WARMUP:-60}
BARE_PORT=18081
FULL_PORT=18082
REDIS_PORT=18083
KEY="benchmark-client-key-0123456789abcdef0123456789"
OUT=$(mktemp -d)

command -v wrk >/dev/null || apt-get install -y wrk >/dev/null

cleanup() { kill $(jobs -p) 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT

common_env() { # exec, so the background job's pid is the JVM's and cleanup can stop it
  exec env PAKASHOP_CLIENT_KEY="$KEY" INTERNAL_API_KEY="benchmark-internal-key-0123456789abcdef012345" \
      PAKASHOP_RATE_LIMIT_PER_IP_PER_MINUTE=100000000 PAKASHOP_RATE_LIMIT_PER_KEY_PER_MINUTE=100000000 \
      PAKASHOP_EMBEDDED_WORKER=false "$@"
}

exec_bare() { exec java -cp benchmarks/target/pakashop-benchmarks.jar com.pakashop.benchmarks.BareJavalinServer "$1"; }
exec_bare $BARE_PORT > "$OUT/bare.log" 2>&1 &
common_env PORT=$FULL_PORT java -jar shell-http/target/pakashop-http.jar > "$OUT/full.log" 2>&1 &
common_env PORT=$REDIS_PORT REDIS_URL=redis://127.0.0.1:6379 PAKASHOP_REDIS_KEY_PREFIX="bench:$$:" \
  java -jar shell-http/target/pakashop-http.jar > "$OUT/redis.log" 2>&1 &

for port in $BARE_PORT $FULL_PORT $REDIS_PORT; do
  for _ in $(seq 1 60); do curl -sf "localhost:$port/api/v1/health/live" >/dev/null && break; sleep 1; done
  curl -sf "localhost:$port/api/v1/health/live" >/dev/null || { echo "server on $port did not start:"; cat "$OUT"/*.log; exit 1; }
done

run() { # name port seconds
  wrk -t2 -c"$CONNECTIONS" -d"${3}s" --latency -H "x-pakashop-key: $KEY" "http://127.0.0.1:$2/api/v1/health/live"
}
summary() { # name file
  local rps p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$2")
  p99=$(awk '$1=="99%" {print $2}' "$2")
  printf '%-28s %12s req/s   p99 %s\n' "$1" "$rps" "$p99"
}

echo "warming up ${WARMUP}s each"
run bare $BARE_PORT "$WARMUP" >/dev/null
run full $FULL_PORT "$WARMUP" >/dev/null
run redis $REDIS_PORT "$WARMUP" >/dev/null

for round in $(seq 1 "$ROUNDS"); do
  run bare $BARE_PORT "$SECONDS_PER_ROUND" > "$OUT/bare-$round.txt"
  run full $FULL_PORT "$SECONDS_PER_ROUND" > "$OUT/full-$round.txt"
  run redis $REDIS_PORT "$SECONDS_PER_ROUND" > "$OUT/redis-$round.txt"
  echo "round $round"
  summary "  bare Javalin" "$OUT/bare-$round.txt"
  summary "  full chain, in-process" "$OUT/full-$round.txt"
  summary "  full chain, Redis buckets" "$OUT/redis-$round.txt"
done
non2xx=$(grep -h "Non-2xx" "$OUT"/full-*.txt "$OUT"/redis-*.txt || true)
[ -z "$non2xx" ] || { echo "some requests failed: $non2xx"; exit 1; }
