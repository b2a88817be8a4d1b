#!/usr/bin/env bash
# Login latency with the configured Argon2id parameters: POST /api/v1/auth/login through the whole
# chain (key, rate limits, account read, Argon2id verification, refresh-token insert, audit row,
# JWT signing), one client at a time and then with 4 clients on 2 cores.
# Usage: benchmarks/load/login-latency.sh [seconds]   (needs a built tree and PostgreSQL)
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_RUN=${1:-20}
PORT=18084
KEY="benchmark-client-key-0123456789abcdef0123456789"
PHONE="+26097$(printf '%07d' $((RANDOM * 300 % 10000000)))"
PASSWORD="mango season in Kabwe"
OUT=$(mktemp -d)

command -v wrk >/dev/null || apt-get install -y wrk >/dev/null

cleanup() { kill $(jobs -p) 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT

serve() {
  exec env PORT=$PORT PAKASHOP_CLIENT_KEY="$KEY" INTERNAL_API_KEY="benchmark-internal-key-0123456789abcdef012345" \
    PAKASHOP_RATE_LIMIT_PER_IP_PER_MINUTE=100000000 PAKASHOP_RATE_LIMIT_PER_KEY_PER_MINUTE=100000000 \
    PAKASHOP_EMBEDDED_WORKER=false java -jar shell-http/target/pakashop-http.jar
}
serve > "$OUT/server.log" 2>&1 &
for _ in $(seq 1 60); do curl -sf "localhost:$PORT/api/v1/health/live" >/dev/null && break; sleep 1; done

curl -sf -H "x-pakashop-key: $KEY" -H 'Content-Type: application/json' \
  -d "{\"name\":\"Load Test\",\"phone\":\"$PHONE\",\"password\":\"$PASSWORD\"}" \
  "localhost:$PORT/api/v1/auth/register" >/dev/null

export PAKASHOP_KEY="$KEY" LOGIN_PHONE="$PHONE" LOGIN_PASSWORD="$PASSWORD"
wrk -t1 -c1 -d10s -s benchmarks/load/login.lua "http://127.0.0.1:$PORT/api/v1/auth/login" >/dev/null
for clients in 1 4; do
  wrk -t1 -c$clients -d"${SECONDS_PER_RUN}s" --latency -s benchmarks/load/login.lua \
    "http://127.0.0.1:$PORT/api/v1/auth/login" > "$OUT/login-$clients.txt"
  printf '%d client(s): %s logins/s, latency p50 %s p99 %s\n' "$clients" \
    "$(awk '/Requests\/sec/ {print $2}' "$OUT/login-$clients.txt")" \
    "$(awk '$1=="50%" {print $2}' "$OUT/login-$clients.txt")" \
    "$(awk '$1=="99%" {print $2}' "$OUT/login-$clients.txt")"
  if grep -q "Non-2xx" "$OUT/login-$clients.txt"; then grep "Non-2xx" "$OUT/login-$clients.txt"; exit 1; fi
done
