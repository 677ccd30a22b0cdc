#!/usr/bin/env bash
# Messaging benchmark (issue 4 §5), one command from the repository root:
#   bench/messaging/run.sh
# Creates a dedicated database on the local PostgreSQL, starts the app jar on it with a 512 MiB
# heap cap (and 3-hour access tokens, so logging in every account first cannot outlast them), creates
# the accounts (one signed up over REST, the others copied from it in SQL, all verified), then runs
# Bench.java: REST send throughput and latency, delivery latency over /ws,
# 10,000 idle Socket.IO connections with the server's heap and RSS. The app is stopped and the
# database dropped on exit. Both JVMs (the app and the load generator) put their heaps on
# transparent huge pages (-XX:+UseTransparentHugePages; bench/README.md says why; turn it off with
# -XX:-UseTransparentHugePages in BENCH_JAVA_OPTS / BENCH_GEN_OPTS, which come after it). The app logs
# its GC pauses (-Xlog:gc) so that the delivery phase can tell which slow deliveries it paused, and runs
# G1 with -XX:MaxGCPauseMillis=10, as README's "JVM flags in production" recommends (its young pauses
# were 13-123 ms with the default 200 ms goal, 10-23 ms with it). The load generator runs on Shenandoah:
# its own G1 pauses (13-50 ms) were measured as delivery latency; ZGC's stay under 1 ms too, but its
# multi-mapped heap gets no huge pages and gave the kernel's DAMON thread half as much work again
# (bench/README.md, 2026-12-05). BENCH_GEN_GC=-XX:+UseZGC or -XX:+UseG1GC picks another collector.
# Environment (defaults): PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres BENCH_DB=ensemble_bench_messaging
#   BENCH_PORT=18280 BENCH_ADMIN_PORT=18281 BENCH_HEAP=512m BENCH_JAVA_OPTS= (extra JVM flags for the app, e.g. a JFR recording) BENCH_ACCOUNTS=1000 BENCH_JAR=app/target/ensemble.jar
#   BENCH_GEN_OPTS= (extra JVM flags for the load generator) BENCH_GEN_GC=-XX:+UseShenandoahGC (the load generator's collector) BENCH_TIMELINE= (set: print the slow 100 ms windows of the delivery phase) BENCH_TIMELINE_FILE= (a path: write every delivery's due time and latency in ns)
#   BENCH_ARGS="threads=16 restSeconds=20 pairs=500 rate=1000 deliverySeconds=30 idle=10000 idleUsers=100 holdSeconds=60"
set -euo pipefail
cd "$(dirname "$0")/../.."
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
export BENCH_DB="${BENCH_DB:-ensemble_bench_messaging}"
DB="$BENCH_DB"
PORT="${BENCH_PORT:-18280}"
ADMIN_PORT="${BENCH_ADMIN_PORT:-18281}"
ACCOUNTS="${BENCH_ACCOUNTS:-1000}"
BASE="http://127.0.0.1:$PORT"
export BENCH_PASSWORD='SecurePass123!'
WORK="$(mktemp -d)"
APP_PID=""

cleanup() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  dropdb --if-exists "$DB" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

JAR="${BENCH_JAR:-app/target/ensemble.jar}"
[ -f "$JAR" ] || ./mvnw -B -o -q package -DskipTests

dropdb --if-exists "$DB"
createdb "$DB"
echo "starting the app on :$PORT (database $DB, heap -Xmx${BENCH_HEAP:-512m})" >&2
# shellcheck disable=SC2086
DATABASE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" DATABASE_USER="$PGUSER" DATA_DIR="$WORK/data" \
  PORT="$PORT" ADMIN_PORT="$ADMIN_PORT" RATE_LIMIT_GENERAL_PER_15MIN=0 RATE_LIMIT_AUTH_PER_15MIN=0 REALTIME_MAX_SOCKETS_PER_USER=1000000 \
  REQUEST_LOG_LEVEL=WARN LOG_LEVEL=WARN DATABASE_POOL_SIZE="${BENCH_POOL:-16}" \
  java "-Xmx${BENCH_HEAP:-512m}" -XX:+UseTransparentHugePages -XX:MaxGCPauseMillis=10 "-Xlog:gc:file=$WORK/app-gc.log:utctime" ${BENCH_JAVA_OPTS:-} "-Ddw.auth.accessTokenTtl=3 hours" \
  -jar "$JAR" server config.yml >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
  curl -fs "$BASE/health" >/dev/null 2>&1 && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log" >&2; exit 1; }
  sleep 1
done

echo "creating $ACCOUNTS verified accounts" >&2
curl -fs -X POST "$BASE/api/v1/auth/signup" -H 'Content-Type: application/json' \
  -d "{\"name\":\"Bench 0\",\"email\":\"bench-0@example.com\",\"password\":\"$BENCH_PASSWORD\",\"termsAccepted\":true,\"role\":\"INFLUENCER\"}" >/dev/null
psql -q -v ON_ERROR_STOP=1 -v accounts="$ACCOUNTS" "$DB" >&2 <<'SQL'
UPDATE users SET email_verified = true WHERE email = 'bench-0@example.com';
INSERT INTO users (id, email, name, role, status, email_verified, password_hash, created_at, updated_at)
SELECT gen_random_uuid(), 'bench-' || n || '@example.com', 'Bench ' || n, 'INFLUENCER', 'ACTIVE', true,
       u.password_hash, now(), now()
FROM generate_series(1, :accounts - 1) AS n, users u WHERE u.email = 'bench-0@example.com';
SQL
seq 0 $((ACCOUNTS - 1)) | sed 's/.*/bench-&@example.com/' >"$WORK/accounts.txt"

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg), transparent huge pages: $(cat /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null || echo unknown)" >&2
javac -d "$WORK/bench" bench/messaging/*.java
export BENCH_APP_GC_LOG="$WORK/app-gc.log"
# shellcheck disable=SC2086
java -Xmx3g -XX:+UseTransparentHugePages "${BENCH_GEN_GC:--XX:+UseShenandoahGC}" ${BENCH_GEN_OPTS:-} -cp "$WORK/bench" Bench "$BASE" "http://127.0.0.1:$ADMIN_PORT" "$APP_PID" "$WORK/accounts.txt" \
  ${BENCH_ARGS:-}
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
