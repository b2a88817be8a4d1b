# Shared by the load scripts (sourced, not run): a fresh database, waiting for an API, the demo
# marketplace with 1,000 bench products, and signed-in buyers. Expects DB, OUT, KEY and the ENV
# array to be set by the caller.

fresh_database() {
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
  psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $DB"
}

wait_for_api() {
  for _ in $(seq 1 60); do curl -sf "localhost:$1/api/v1/health/live" >/dev/null && return 0; sleep 1; done
  echo "the API on port $1 did not start" >&2
  return 1
}

# The demo data (logins in $OUT/seed.txt) plus 1,000 products on sale, their ids in $OUT/ids.txt.
seed_marketplace() {
  env "${ENV[@]}" java -jar shell-cli/target/pakashop-cli.jar demo seed > "$OUT/seed.txt"
  local shop category
  shop=$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "SELECT id FROM shops LIMIT 1")
  category=$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "SELECT id FROM categories LIMIT 1")
  psql -h 127.0.0.1 -U postgres -d "$DB" -qc "
    INSERT INTO products (id, shop_id, title, description, category_id, currency, price_minor, stock, status,
                          created_at, updated_at)
    SELECT gen_random_uuid(), '$shop', 'Bench product ' || n, 'Load test', '$category', 'ZMW', 1000 + n, 1000000,
           'ACTIVE', now(), now()
    FROM generate_series(1, 1000) n"
  psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "SELECT id FROM products WHERE title LIKE 'Bench product %'" \
    > "$OUT/ids.txt"
}

# COUNT buyers registered and signed in through the API on PORT; their tokens in $OUT/tokens.txt.
register_buyers() {
  local count=$1 port=$2 phone
  echo "registering $count buyers"
  : > "$OUT/tokens.txt"
  for i in $(seq 1 "$count"); do
    phone=$(printf '0977%06d' "$i")
    curl -s -H "x-pakashop-key: $KEY" -H 'Content-Type: application/json' \
      -d "{\"name\":\"Load Tester\",\"phone\":\"$phone\",\"password\":\"kalulu-$i-sunrise-grove\"}" \
      "localhost:$port/api/v1/auth/register" >/dev/null
    curl -s -H "x-pakashop-key: $KEY" -H 'Content-Type: application/json' \
      -d "{\"login\":\"$phone\",\"password\":\"kalulu-$i-sunrise-grove\"}" "localhost:$port/api/v1/auth/login" \
      | python3 -c 'import sys,json;print(json.load(sys.stdin)["accessToken"])' >> "$OUT/tokens.txt"
  done
}
