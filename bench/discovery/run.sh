#!/usr/bin/env bash
# Discovery benchmark (issue 5 §6), one command from the repository root:
#   bench/discovery/run.sh
# Creates a dedicated database on the local PostgreSQL, starts the app jar on it, loads 100,000
# profiles (generate.sql), signs up one SALON, INFLUENCER and BRAND caller, runs Bench.java and
# prints the p50/p99 table; the app is stopped and the database dropped on exit (bench/lib/app.sh).
# Environment (defaults): PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres BENCH_DB=ensemble_bench_discovery
#   BENCH_PORT=18180 BENCH_ADMIN_PORT=18181 BENCH_PROFILES=100000 BENCH_WARMUP=30 BENCH_ROUNDS=200
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib/app.sh
DB="${BENCH_DB:-ensemble_bench_discovery}"
PORT="${BENCH_PORT:-18180}"
PROFILES="${BENCH_PROFILES:-100000}"
BASE="http://127.0.0.1:$PORT"
bench_start_app "$DB" "$PORT" "${BENCH_ADMIN_PORT:-18181}"

echo "loading $PROFILES profiles" >&2
time psql -q -v ON_ERROR_STOP=1 -v profiles="$PROFILES" -f bench/discovery/generate.sql "$DB" >&2

token() { # role -> access token of a fresh verified account
  bench_verified_token "$BASE" "$DB" "$1" "bench-caller-$(echo "$1" | tr A-Z a-z)@example.com"
}
SALON=$(token SALON)
INFLUENCER=$(token INFLUENCER)
BRAND=$(token BRAND)

echo "measuring (warm-up ${BENCH_WARMUP:-30} rounds, ${BENCH_ROUNDS:-200} measured rounds of 3 pages each)" >&2
java bench/discovery/Bench.java "$BASE" "$SALON" "$INFLUENCER" "$BRAND" "${BENCH_WARMUP:-30}" "${BENCH_ROUNDS:-200}"
