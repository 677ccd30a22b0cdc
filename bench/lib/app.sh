# Shared steps of the bench/*/run.sh scripts: source it from the repository root, then
#   bench_start_app DB PORT ADMIN_PORT
# builds the jar when missing, (re)creates database DB on the local PostgreSQL (PGHOST/PGPORT/PGUSER,
# default 127.0.0.1:5432, postgres), starts the jar on it on PORT/ADMIN_PORT with rate limits off and
# waits for /health. On exit the app is stopped and the database dropped. Sets BENCH_WORK (a temporary
# directory holding the app's data and app.log) and BENCH_APP_PID.
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
BENCH_WORK="$(mktemp -d)"
BENCH_APP_PID=""
BENCH_DB_NAME=""

bench_cleanup() {
  if [ -n "$BENCH_APP_PID" ]; then kill "$BENCH_APP_PID" 2>/dev/null || true; wait "$BENCH_APP_PID" 2>/dev/null || true; fi
  if [ -n "$BENCH_DB_NAME" ]; then dropdb --if-exists "$BENCH_DB_NAME" >/dev/null 2>&1 || true; fi
  rm -rf "$BENCH_WORK"
}
trap bench_cleanup EXIT

bench_start_app() { # DB PORT ADMIN_PORT
  local db="$1" port="$2" admin_port="$3"
  [ -f app/target/ensemble.jar ] || ./mvnw -B -o -q package -DskipTests
  BENCH_DB_NAME="$db"
  dropdb --if-exists "$db"
  createdb "$db"
  echo "starting the app on :$port (database $db)" >&2
  DATABASE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" DATABASE_USER="$PGUSER" DATA_DIR="$BENCH_WORK/data" \
    PORT="$port" ADMIN_PORT="$admin_port" RATE_LIMIT_GENERAL_PER_15MIN=0 RATE_LIMIT_AUTH_PER_15MIN=0 \
    REQUEST_LOG_LEVEL=WARN LOG_LEVEL=WARN \
    java -jar app/target/ensemble.jar server config.yml >"$BENCH_WORK/app.log" 2>&1 &
  BENCH_APP_PID=$!
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && return 0
    kill -0 "$BENCH_APP_PID" 2>/dev/null || { cat "$BENCH_WORK/app.log" >&2; exit 1; }
    sleep 1
  done
  echo "the app did not answer /health within 120 s" >&2
  exit 1
}

bench_verified_token() { # BASE DB ROLE EMAIL -> access token of a fresh account, e-mail marked verified (ROLE may be ADMIN)
  local base="$1" db="$2" role="$3" email="$4" signup_role="$3"
  [ "$role" = ADMIN ] && signup_role=BRAND
  curl -fs -X POST "$base/api/v1/auth/signup" -H 'Content-Type: application/json' \
    -d "{\"name\":\"Bench $role\",\"email\":\"$email\",\"password\":\"SecurePass123!\",\"termsAccepted\":true,\"role\":\"$signup_role\"}" >/dev/null
  psql -qtA -c "UPDATE users SET email_verified = true, role = '$role' WHERE email = '$email'" "$db" >/dev/null
  curl -fs -X POST "$base/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"SecurePass123!\"}" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/'
}
