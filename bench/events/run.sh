#!/usr/bin/env bash
# Event search benchmark (issue 21 §1), one command from the repository root:
#   bench/events/run.sh
# Creates a dedicated database on the local PostgreSQL, starts the app jar on it (migrations run at start),
# loads 100 hosts and 100,000 events (hosts.sql, seed-100k.sql), signs up one caller and runs Bench.java:
# for each filter combination, BENCH_CLIENTS concurrent clients walk pages of GET /api/v1/events for
# BENCH_SECONDS seconds after BENCH_WARMUP seconds of warm-up, and it prints p50/p99 per combination. The app
# is stopped and the database dropped on exit (bench/lib/app.sh). plans.sh prints the query plans instead.
# Environment (defaults): PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres BENCH_DB=ensemble_bench_events_http
#   BENCH_PORT=18200 BENCH_ADMIN_PORT=18201 BENCH_WARMUP=3 BENCH_SECONDS=10 BENCH_CLIENTS=4 BENCH_ONLY=
#   (BENCH_ONLY: run only the combinations whose name contains it)
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib/app.sh
DB="${BENCH_DB:-ensemble_bench_events_http}"
PORT="${BENCH_PORT:-18200}"
BASE="http://127.0.0.1:$PORT"
bench_start_app "$DB" "$PORT" "${BENCH_ADMIN_PORT:-18201}"

echo "loading 100 hosts and 100,000 events" >&2
psql -q -v ON_ERROR_STOP=1 -f bench/events/hosts.sql -f bench/events/seed-100k.sql "$DB" >&2
psql -q -c "VACUUM ANALYZE events" "$DB" >&2
TOKEN=$(bench_verified_token "$BASE" "$DB" HOST bench-caller@example.com)
HOST_ID=$(psql -qtA -c "SELECT md5('bench-host-7')::uuid" "$DB")

echo "measuring at commit $(git rev-parse --short HEAD) (load average: $(cut -d' ' -f1-3 /proc/loadavg))" >&2
java bench/events/Bench.java "$BASE" "$TOKEN" "$HOST_ID" "${BENCH_WARMUP:-3}" "${BENCH_SECONDS:-10}" \
  "${BENCH_CLIENTS:-4}" "${BENCH_ONLY:-}"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
