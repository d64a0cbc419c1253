#!/usr/bin/env bash
# A private MariaDB server for the fault tests, so they can stop and start "the database" without
# touching the one the other tests (or anything else on the machine) use.
#   private-mariadb.sh start|stop|status   (DIR and PORT from FAULT_DB_DIR, FAULT_DB_PORT)
# Authentication is off (--skip-grant-tables): it listens on 127.0.0.1 only and holds test data.
set -euo pipefail
DIR="${FAULT_DB_DIR:-target/fault-db}"
PORT="${FAULT_DB_PORT:-3307}"
mkdir -p "$DIR"
DIR="$(cd "$DIR" && pwd)"
USER_NAME="$(id -un)"

running() { [ -f "$DIR/mysqld.pid" ] && kill -0 "$(cat "$DIR/mysqld.pid")" 2>/dev/null; }

case "${1:-}" in
  start)
    if running; then exit 0; fi
    if [ ! -d "$DIR/data/mysql" ]; then
      mariadb-install-db --no-defaults --datadir="$DIR/data" --user="$USER_NAME" --skip-test-db \
        --auth-root-authentication-method=normal > "$DIR/install.log" 2>&1
    fi
    nohup "$(command -v mariadbd || echo /usr/sbin/mariadbd)" --no-defaults --datadir="$DIR/data" --port="$PORT" --bind-address=127.0.0.1 \
      --socket="$DIR/mysqld.sock" --pid-file="$DIR/mysqld.pid" --user="$USER_NAME" \
      --skip-grant-tables --innodb-buffer-pool-size=64M --log-error="$DIR/error.log" > /dev/null 2>&1 &
    for _ in $(seq 1 120); do
      if mariadb-admin --no-defaults -h127.0.0.1 -P"$PORT" -uroot ping > /dev/null 2>&1; then
        mariadb --no-defaults -h127.0.0.1 -P"$PORT" -uroot -e "CREATE DATABASE IF NOT EXISTS bio_fault"
        exit 0
      fi
      sleep 0.5
    done
    echo "the private MariaDB did not start; see $DIR/error.log" >&2
    exit 1
    ;;
  stop)
    if running; then
      pid="$(cat "$DIR/mysqld.pid")"
      kill "$pid"
      for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || exit 0; sleep 0.5; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    ;;
  status)
    running && echo running || echo stopped
    ;;
  *)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac
