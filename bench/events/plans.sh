#!/usr/bin/env bash
# Loads 100,000 synthetic events into a scratch database with the events schema (migrations/events/001,
# without the users foreign key) and prints the EXPLAIN ANALYZE of the search statements; run.sh measures latency over HTTP (bench/README.md).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
db="${BENCH_DB:-ensemble_bench_events}"
psql=(psql -h "${PGHOST:-127.0.0.1}" -U "${PGUSER:-postgres}" -v ON_ERROR_STOP=1 -q)
"${psql[@]}" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
{
  echo "CREATE EXTENSION IF NOT EXISTS pg_trgm;"
  sed -e '/^--rollback/d' -e 's/REFERENCES users (id) ON DELETE CASCADE//' \
    "$here/../../adapters-persistence/src/main/resources/migrations/events/001-events-rsvps.sql"
} | "${psql[@]}" -d "$db"
"${psql[@]}" -d "$db" -f "$here/seed-100k.sql"
"${psql[@]}" -d "$db" -f "$here/plans.sql" | grep -E 'Scan|Execution Time'
