#!/usr/bin/env bash
# A private MariaDB server of the tests' own, from the machine's MariaDB binaries (Debian's
# mariadb-server), with its data under target/: the integration tests run against one when no
# database is configured (pom.xml, profile private-it-db), and the fault tests stop and start one of
# their own without touching any other database on the machine.
#   private-mariadb.sh start|stop|status   (PRIVATE_DB_DIR, PRIVATE_DB_PORT, PRIVATE_DB_NAME)
# Authentication is off (--skip-grant-tables): it listens on 127.0.0.1 only and holds test data.
set -euo pipefail
DIR="${PRIVATE_DB_DIR:-target/it-db}"
PORT="${PRIVATE_DB_PORT:-3316}"
NAME="${PRIVATE_DB_NAME:-bio_it}"
export PATH="$PATH:/usr/sbin:/sbin"
mkdir -p "$DIR"
DIR="$(cd "$DIR" && pwd)"
USER_NAME="$(id -un)"

running() { [ -f "$DIR/mysqld.pid" ] && kill -0 "$(cat "$DIR/mysqld.pid")" 2>/dev/null; }

case "${1:-}" in
  start)
    if running; then exit 0; fi
    if mariadb-admin --no-defaults -h127.0.0.1 -P"$PORT" -uroot ping > /dev/null 2>&1; then
      echo "another server already answers on 127.0.0.1:$PORT (not the one in $DIR): stop it or choose another port" >&2
      exit 1
    fi
    if ! command -v mariadb-install-db > /dev/null; then
      echo "no MariaDB server binaries: install Debian's mariadb-server (src/test/test-all.sh does)" >&2
      exit 1
    fi
    if [ ! -d "$DIR/data/mysql" ]; then
      mariadb-install-db --no-defaults --datadir="$DIR/data" --user="$USER_NAME" --skip-test-db \
        --auth-root-authentication-method=normal > "$DIR/install.log" 2>&1
    fi
    nohup "$(command -v mariadbd || echo /usr/sbin/mariadbd)" --no-defaults --datadir="$DIR/data" --port="$PORT" --bind-address=127.0.0.1 \
      --socket="$DIR/mysqld.sock" --pid-file="$DIR/mysqld.pid" --user="$USER_NAME" \
      --skip-grant-tables --innodb-buffer-pool-size=64M --log-error="$DIR/error.log" > /dev/null 2>&1 &
    for _ in $(seq 1 120); do
      if mariadb-admin --no-defaults -h127.0.0.1 -P"$PORT" -uroot ping > /dev/null 2>&1; then
        mariadb --no-defaults -h127.0.0.1 -P"$PORT" -uroot -e "CREATE DATABASE IF NOT EXISTS $NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
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
