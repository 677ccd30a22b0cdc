#!/usr/bin/env bash
# Admin dashboard benchmark (issue 20 §3), one command from the repository root:
#   bench/admin-stats/run.sh
# Creates a dedicated database on the local PostgreSQL, starts the app jar on it (migrations run at
# start), loads 100,000 users and 1,000,000 messages (generate.sql), promotes one signed-up account to
# ADMIN, runs Bench.java over a 30-day and a 366-day range and prints the table; the app is stopped and
# the database dropped on exit.
# Environment (defaults): PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres BENCH_DB=ensemble_bench_admin_stats
#   BENCH_PORT=18190 BENCH_ADMIN_PORT=18191 BENCH_USERS=100000 BENCH_MESSAGES=1000000 BENCH_ORDERS=20000
#   BENCH_WARMUP=20 BENCH_ROUNDS=200
set -euo pipefail
cd "$(dirname "$0")/../.."
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
DB="${BENCH_DB:-ensemble_bench_admin_stats}"
PORT="${BENCH_PORT:-18190}"
BASE="http://127.0.0.1:$PORT"
WORK="$(mktemp -d)"
APP_PID=""

cleanup() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  dropdb --if-exists "$DB" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

[ -f app/target/ensemble.jar ] || ./mvnw -B -o -q package -DskipTests

dropdb --if-exists "$DB"
createdb "$DB"
echo "starting the app on :$PORT (database $DB)" >&2
DATABASE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" DATABASE_USER="$PGUSER" DATA_DIR="$WORK/data" \
  PORT="$PORT" ADMIN_PORT="${BENCH_ADMIN_PORT:-18191}" RATE_LIMIT_GENERAL_PER_15MIN=0 RATE_LIMIT_AUTH_PER_15MIN=0 \
  REQUEST_LOG_LEVEL=WARN LOG_LEVEL=WARN \
  java -jar app/target/ensemble.jar server config.yml >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
  curl -fs "$BASE/health" >/dev/null 2>&1 && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log" >&2; exit 1; }
  sleep 1
done

echo "loading ${BENCH_USERS:-100000} users, ${BENCH_MESSAGES:-1000000} messages, ${BENCH_ORDERS:-20000} orders" >&2
time psql -q -v users="${BENCH_USERS:-100000}" -v messages="${BENCH_MESSAGES:-1000000}" \
  -v orders="${BENCH_ORDERS:-20000}" -f bench/admin-stats/generate.sql "$DB" >&2

EMAIL="bench-admin@example.com"
curl -fs -X POST "$BASE/api/v1/auth/signup" -H 'Content-Type: application/json' \
  -d "{\"name\":\"Bench admin\",\"email\":\"$EMAIL\",\"password\":\"SecurePass123!\",\"termsAccepted\":true,\"role\":\"BRAND\"}" >/dev/null
psql -qtA -c "UPDATE users SET email_verified = true, role = 'ADMIN' WHERE email = '$EMAIL'" "$DB" >/dev/null
ADMIN=$(curl -fs -X POST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$EMAIL\",\"password\":\"SecurePass123!\"}" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')

echo "measuring (load average: $(cut -d' ' -f1-3 /proc/loadavg))" >&2
java bench/admin-stats/Bench.java "$BASE" "$ADMIN" "${BENCH_WARMUP:-20}" "${BENCH_ROUNDS:-200}"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
