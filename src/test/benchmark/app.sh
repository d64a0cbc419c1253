#!/usr/bin/env bash
# Starts or stops the built application (target/ROOT.war on target/payara-micro.jar) against the
# synthetic benchmark database, on its own port, so it never meets a developer's server on 8080.
#
#   src/test/benchmark/app.sh start|stop|status
#
# Needs `mvn -B package -DskipTests` first and a database filled by `mvn -Pgenerate`.
# Settings (environment): BENCH_PORT (8091), BENCH_DB_URL (jdbc:mariadb://127.0.0.1:3306/bio_bench),
# BENCH_DB_USER (bio), BENCH_DB_PASSWORD (bio), BENCH_HEAP (1g), BENCH_JAVA_OPTS (more JVM options, e.g.
# "-Xlog:gc:file=target/bench/gc.log" to read the heap's peak afterwards), JAVA (a java >= 21; found by itself).
set -euo pipefail
cd "$(dirname "$0")/../../.."

PORT="${BENCH_PORT:-8091}"
DB_URL="${BENCH_DB_URL:-jdbc:mariadb://127.0.0.1:3306/bio_bench}"
OUT=target/bench
PID_FILE="$OUT/app-$PORT.pid"
mkdir -p "$OUT"

java_21_or_newer() {
  if [ -n "${JAVA:-}" ]; then echo "$JAVA"; return; fi
  for candidate in /usr/lib/jvm/*/bin/java "$(command -v java || true)"; do
    [ -x "$candidate" ] || continue
    version=$("$candidate" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
    if [ "${version%%.*}" -ge 21 ] 2>/dev/null; then echo "$candidate"; return; fi
  done
  echo "No java 21 or newer found; set JAVA=/path/to/bin/java" >&2
  exit 1
}

running() {
  [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null
}

case "${1:-}" in
  start)
    if running; then echo "already running (pid $(cat "$PID_FILE")) on port $PORT"; exit 0; fi
    [ -f target/ROOT.war ] && [ -f target/payara-micro.jar ] || { echo "Build first: mvn -B package -DskipTests" >&2; exit 1; }
    JAVA_BIN=$(java_21_or_newer)
    BIO_DB_CLASS=no.biogrants.infrastructure.MariaDbLocalDataSource \
    BIO_DB_URL="$DB_URL" BIO_DB_USER="${BENCH_DB_USER:-bio}" BIO_DB_PASSWORD="${BENCH_DB_PASSWORD:-bio}" \
      nohup "$JAVA_BIN" -Xmx"${BENCH_HEAP:-1g}" ${BENCH_JAVA_OPTS:-} -Dorg.glassfish.startupThreadPolicy=USE_NO_THREADS \
        -jar target/payara-micro.jar --nocluster --disablephonehome \
        --prebootcommandfile config/payara/preboot.asadmin --port "$PORT" --deploy target/ROOT.war \
        > "$OUT/app-$PORT.log" 2>&1 &
    echo $! > "$PID_FILE"
    echo "starting on http://localhost:$PORT/ (pid $(cat "$PID_FILE"), log $OUT/app-$PORT.log) ..."
    for _ in $(seq 1 240); do
      if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/health/ready")" = 200 ]; then
        echo "ready"; exit 0
      fi
      running || { echo "the server stopped; see $OUT/app-$PORT.log" >&2; exit 1; }
      sleep 1
    done
    echo "not ready after 240 s; see $OUT/app-$PORT.log" >&2
    exit 1
    ;;
  stop)
    if running; then
      kill "$(cat "$PID_FILE")"
      for _ in $(seq 1 30); do running || break; sleep 1; done
      echo "stopped"
    else
      echo "not running"
    fi
    rm -f "$PID_FILE"
    ;;
  status)
    if running; then echo "running (pid $(cat "$PID_FILE")) on port $PORT"; else echo "not running"; fi
    ;;
  *)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac
