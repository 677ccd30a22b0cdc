#!/usr/bin/env bash
# Discovery benchmark (issue 5 §6), one command from the repository root:
#   bench/discovery/run.sh
# Creates a dedicated database on the local PostgreSQL, starts the app jar on it, loads 100,000
# profiles (generate.sql), signs up one SALON, INFLUENCER and BRAND caller, runs Bench.java and
# prints the p50/p99 table; the app is stopped and the database dropped on exit.
# Environment (defaults): PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres BENCH_DB=ensemble_bench_discovery
#   BENCH_PORT=18180 BENCH_ADMIN_PORT=18181 BENCH_PROFILES=100000 BENCH_WARMUP=30 BENCH_ROUNDS=200
set -euo pipefail
cd "$(dirname "$0")/../.."
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
DB="${BENCH_DB:-ensemble_bench_discovery}"
PORT="${BENCH_PORT:-18180}"
ADMIN_PORT="${BENCH_ADMIN_PORT:-18181}"
PROFILES="${BENCH_PROFILES:-100000}"
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
  PORT="$PORT" ADMIN_PORT="$ADMIN_PORT" RATE_LIMIT_GENERAL_PER_15MIN=0 RATE_LIMIT_AUTH_PER_15MIN=0 \
  REQUEST_LOG_LEVEL=WARN LOG_LEVEL=WARN \
  java -jar app/target/ensemble.jar server config.yml >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
  curl -fs "$BASE/health" >/dev/null 2>&1 && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log" >&2; exit 1; }
  sleep 1
done

echo "loading $PROFILES profiles" >&2
time psql -q -v ON_ERROR_STOP=1 -v profiles="$PROFILES" -f bench/discovery/generate.sql "$DB" >&2

token() { # role -> access token of a fresh verified account
  local email="bench-caller-$(echo "$1" | tr A-Z a-z)@example.com"
  curl -fs -X POST "$BASE/api/v1/auth/signup" -H 'Content-Type: application/json' \
    -d "{\"name\":\"Bench $1\",\"email\":\"$email\",\"password\":\"SecurePass123!\",\"termsAccepted\":true,\"role\":\"$1\"}" >/dev/null
  psql -qtA -c "UPDATE users SET email_verified = true WHERE email = '$email'" "$DB" >/dev/null
  curl -fs -X POST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"SecurePass123!\"}" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/'
}
SALON=$(token SALON)
INFLUENCER=$(token INFLUENCER)
BRAND=$(token BRAND)

echo "measuring (warm-up ${BENCH_WARMUP:-30} rounds, ${BENCH_ROUNDS:-200} measured rounds of 3 pages each)" >&2
java bench/discovery/Bench.java "$BASE" "$SALON" "$INFLUENCER" "$BRAND" "${BENCH_WARMUP:-30}" "${BENCH_ROUNDS:-200}"
