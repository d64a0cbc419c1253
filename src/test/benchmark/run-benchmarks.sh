#!/usr/bin/env bash
# Benchmarks on the synthetic database (mvn -Pgenerate); prints figures, tests nothing.
#
#   src/test/benchmark/run-benchmarks.sh [sql] [api] [queue]     (all three when none is named)
#
# sql:   the spending-by-purpose x county GROUP BY (spending.sql) and the full case list written to a
#        file (case-list.sql), each timed in the mariadb client; then the API's own SQL for the same
#        rows (spending-report.sql: groupBy=purpose,county; case-list-export.sql): the figures the report API and its
#        exports are compared with.
# api:   the report API's calls, timed with curl, if they answer 200 (skipped with a message while
#        they do not exist yet).
# queue: the caseworker queue's first page filtered on a status, for a county's caseworker, with
#        wrk: CONNECTIONS users at once for DURATION, p95 latency (queue.lua). Needs the application
#        running against the same database: src/test/benchmark/app.sh start.
#
# Settings (environment), with their defaults:
DB="${BENCH_DB:-bio_bench}"
DB_HOST="${BENCH_DB_HOST:-127.0.0.1}"
DB_USER="${BENCH_DB_USER:-bio}"
DB_PASSWORD="${BENCH_DB_PASSWORD:-bio}"
YEAR="${YEAR:-2020}"
BASE_URL="${BASE_URL:-http://localhost:${BENCH_PORT:-8091}}"
API_KEY="${API_KEY:-bench-analyst-key}"                       # made by the generator for 'analytiker'
SPENDING_URL="${SPENDING_URL:-$BASE_URL/api/v1/reports/spending?year=$YEAR&groupBy=purpose,county}"
CASES_URL="${CASES_URL:-$BASE_URL/api/v1/reports/cases?format=xlsx}"
QUEUE_USER="${QUEUE_USER:-saksbehandler.30}"                   # Viken, the largest county
QUEUE_PASSWORD="${QUEUE_PASSWORD:-demo1234}"
QUEUE_STATUS="${QUEUE_STATUS:-IN_REVIEW}"
QUEUE_URL="${QUEUE_URL:-$BASE_URL/casework/queue.xhtml?status=$QUEUE_STATUS}"
CONNECTIONS="${CONNECTIONS:-50}"
SESSIONS="${SESSIONS:-$CONNECTIONS}"                           # logged-in sessions the requests are spread over
THREADS="${THREADS:-2}"
DURATION="${DURATION:-30s}"
THINK_MS="${THINK_MS:-0 10000}"                                # one wrk run per think time: 0 = no pause
RUNS="${RUNS:-3}"
set -euo pipefail
cd "$(dirname "$0")/../../.."
HERE=src/test/benchmark
OUT=target/bench
mkdir -p "$OUT"
parts="${*:-sql api queue}"

mariadb_client() {
  mariadb -h"$DB_HOST" -u"$DB_USER" ${DB_PASSWORD:+-p"$DB_PASSWORD"} "$DB" "$@"
}

millis() { date +%s%3N; }

sql_benchmarks() {
  local rows start end
  echo "== SQL in the mariadb client, database $DB"
  rows=$(mariadb_client -N -B -e "SELECT COUNT(*) FROM grant_application")
  echo "applications: $rows"
  for run in $(seq 1 "$RUNS"); do
    start=$(millis)
    mariadb_client -B -e "SET @year = $YEAR; $(cat "$HERE/spending.sql")" > "$OUT/spending-$YEAR.tsv"
    end=$(millis)
    echo "BENCHMARK sql spending by purpose x county, year $YEAR, run $run: $((end - start)) ms ($(($(wc -l < "$OUT/spending-$YEAR.tsv") - 1)) rows)"
  done
  for run in $(seq 1 "$RUNS"); do
    start=$(millis)
    mariadb_client -B --quick -e "$(cat "$HERE/case-list.sql")" > "$OUT/case-list.tsv"
    end=$(millis)
    echo "BENCHMARK sql case list to file, run $run: $((end - start)) ms ($(($(wc -l < "$OUT/case-list.tsv") - 1)) rows, $(du -h "$OUT/case-list.tsv" | cut -f1))"
  done
  # The API's own SQL (the same rows and measures), the baselines of the API's ratios.
  for run in $(seq 1 "$RUNS"); do
    start=$(millis)
    mariadb_client -B -e "SET @year = $YEAR; $(cat "$HERE/spending-report.sql")" > "$OUT/spending-report-$YEAR.tsv"
    end=$(millis)
    echo "BENCHMARK sql the API's spending by purpose x county, year $YEAR, run $run: $((end - start)) ms ($(($(wc -l < "$OUT/spending-report-$YEAR.tsv") - 1)) rows)"
  done
  for run in $(seq 1 "$RUNS"); do
    start=$(millis)
    mariadb_client -B --quick -e "$(cat "$HERE/case-list-export.sql")" > "$OUT/case-list-export.tsv"
    end=$(millis)
    echo "BENCHMARK sql the API's case list to file, run $run: $((end - start)) ms ($(($(wc -l < "$OUT/case-list-export.tsv") - 1)) rows, $(du -h "$OUT/case-list-export.tsv" | cut -f1))"
  done
}

timed_get() { # name url file
  local result code seconds size
  result=$(curl -s -o "$3" -w '%{http_code} %{time_total} %{size_download}' -H "Authorization: Bearer $API_KEY" "$2" || true)
  read -r code seconds size <<< "$result"
  if [ "$code" != 200 ]; then
    echo "skipped $1: $2 answered ${code:-nothing} (not there yet, or the application is not running)"
    rm -f "$3"
    return 1
  fi
  echo "BENCHMARK api $1: $(awk -v s="$seconds" 'BEGIN { printf "%.0f", s * 1000 }') ms, $size bytes"
}

api_benchmarks() {
  echo "== Report API at $BASE_URL"
  if timed_get "spending (first call)" "$SPENDING_URL" "$OUT/api-spending.json"; then
    for run in $(seq 2 "$RUNS"); do timed_get "spending (call $run)" "$SPENDING_URL" "$OUT/api-spending.json"; done
  fi
  for run in $(seq 1 "${CASES_RUNS:-1}"); do
    timed_get "case list xlsx (call $run)" "$CASES_URL" "$OUT/api-cases.xlsx" || break
  done
}

login() { # user password cookie-jar
  local page view_state
  page=$(curl -s -c "$3" -b "$3" "$BASE_URL/login.xhtml")
  view_state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<< "$page" | sed 's/.*value="//; s/"$//' | head -1)
  curl -s -o /dev/null -c "$3" -b "$3" \
    --data-urlencode "loginForm=loginForm" --data-urlencode "loginForm:username=$1" \
    --data-urlencode "loginForm:password=$2" --data-urlencode "loginForm:login=" \
    --data-urlencode "jakarta.faces.ViewState=$view_state" "$BASE_URL/login.xhtml"
}

queue_benchmark() {
  echo "== Queue: $QUEUE_URL as $QUEUE_USER ($SESSIONS sessions), $CONNECTIONS connections, $DURATION"
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE_URL/health/ready" || true)" != 200 ]; then
    echo "skipped: no application ready at $BASE_URL (start it: $HERE/app.sh start)"
    return
  fi
  command -v wrk > /dev/null || { echo "skipped: wrk is not installed (apt-get install -y wrk)"; return; }
  local jar cookie cookies=()
  for session in $(seq 1 "$SESSIONS"); do   # one login per simulated user (each a PBKDF2 check)
    jar="$OUT/cookies-$session.txt"
    rm -f "$jar"
    login "$QUEUE_USER" "$QUEUE_PASSWORD" "$jar"
    cookie=$(awk '/^#HttpOnly_/ { sub(/^#HttpOnly_/, "") } !/^#/ && NF >= 7 && $6 == "JSESSIONID" { print $6 "=" $7 }' "$jar")
    cookies+=("$cookie")
  done
  curl -s -o "$OUT/queue-page.html" -H "Cookie: ${cookies[0]}" "$QUEUE_URL" || true
  if ! grep -q queueForm "$OUT/queue-page.html"; then
    echo "skipped: logging in as $QUEUE_USER did not give the queue page"
    return
  fi
  local matching
  matching=$(mariadb_client -N -B -e "SELECT COUNT(*) FROM grant_application a JOIN app_user u ON u.county_code = a.county_code WHERE u.username = '$QUEUE_USER' AND a.status = '$QUEUE_STATUS'")
  echo "cases in the filter: $matching"
  wrk -t2 -c10 -d10s -s "$HERE/queue.lua" "$QUEUE_URL" -- 0 "${cookies[@]}" > /dev/null   # warm-up: JIT, pools, caches
  local think
  for think in $THINK_MS; do
    echo "-- $CONNECTIONS users, think time $think ms on average (load average $(cut -d' ' -f1-3 /proc/loadavg))"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 30s --latency -s "$HERE/queue.lua" \
      "$QUEUE_URL" -- "$think" "${cookies[@]}" | tee "$OUT/queue-wrk-think-$think.txt" | grep -E 'BENCHMARK|Non-2xx'
  done
}

for part in $parts; do
  case "$part" in
    sql) sql_benchmarks ;;
    api) api_benchmarks ;;
    queue) queue_benchmark ;;
    *) echo "unknown part: $part (sql, api, queue)" >&2; exit 2 ;;
  esac
done
