#!/usr/bin/env bash
# Admin dashboard benchmark (issue 20 §3), one command from the repository root:
#   bench/admin-stats/run.sh
# Creates a dedicated database on the local PostgreSQL, starts the app jar on it (migrations run at
# start), loads 100,000 users and 1,000,000 messages (generate.sql), promotes one signed-up account to
# ADMIN, runs Bench.java over a 30-day and a 366-day range and prints the table; the app is stopped and
# the database dropped on exit (bench/lib/app.sh).
# Environment (defaults): PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres BENCH_DB=ensemble_bench_admin_stats
#   BENCH_PORT=18190 BENCH_ADMIN_PORT=18191 BENCH_USERS=100000 BENCH_MESSAGES=1000000 BENCH_ORDERS=20000
#   BENCH_WARMUP=20 BENCH_ROUNDS=200
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib/app.sh
DB="${BENCH_DB:-ensemble_bench_admin_stats}"
PORT="${BENCH_PORT:-18190}"
BASE="http://127.0.0.1:$PORT"
bench_start_app "$DB" "$PORT" "${BENCH_ADMIN_PORT:-18191}"

echo "loading ${BENCH_USERS:-100000} users, ${BENCH_MESSAGES:-1000000} messages, ${BENCH_ORDERS:-20000} orders" >&2
time psql -q -v users="${BENCH_USERS:-100000}" -v messages="${BENCH_MESSAGES:-1000000}" \
  -v orders="${BENCH_ORDERS:-20000}" -f bench/admin-stats/generate.sql "$DB" >&2
ADMIN=$(bench_verified_token "$BASE" "$DB" ADMIN bench-admin@example.com)

echo "measuring (load average: $(cut -d' ' -f1-3 /proc/loadavg))" >&2
java bench/admin-stats/Bench.java "$BASE" "$ADMIN" "${BENCH_WARMUP:-20}" "${BENCH_ROUNDS:-200}"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
