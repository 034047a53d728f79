#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server: `scripts/with-postgres.sh npm test`.
# Starts a private cluster (initdb -N -A trust in a temporary directory, 127.0.0.1:55432,
# fsync off: test data need no durability), creates the database upcross_test, exports
# UPCROSS_TEST_POSTGRES_URL, runs the command, then stops the server and deletes its directory,
# whatever the command's outcome. Exits with the command's status.
# As root the server runs as the `postgres` user (PostgreSQL refuses to run as root).
# With UPCROSS_TEST_POSTGRES_URL already set, runs the command against that server instead.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 <command> [args…]" >&2
  exit 2
fi
if [ -n "${UPCROSS_TEST_POSTGRES_URL:-}" ]; then
  echo "with-postgres: using UPCROSS_TEST_POSTGRES_URL from the environment" >&2
  exec "$@"
fi

PGPORT="${UPCROSS_TEST_PGPORT:-55432}"
if ! PGBIN="$(pg_config --bindir 2>/dev/null)" || [ ! -x "$PGBIN/initdb" ]; then
  # postgresql-common's pg_config names the newest server; fall back to Debian's layout.
  PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
fi
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
  echo "with-postgres: PostgreSQL server binaries not found (apt-get install postgresql)" >&2
  exit 1
fi

PGDATA="$(mktemp -d "${TMPDIR:-/tmp}/upcross-pg.XXXXXX")"
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$PGDATA"; fi

stop_pg() {
  as_owner "$PGBIN/pg_ctl" -D "$PGDATA" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$PGDATA"
}
trap stop_pg EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

as_owner "$PGBIN/initdb" -N -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
  >"$PGDATA.initdb.log" 2>&1 || { cat "$PGDATA.initdb.log" >&2; rm -f "$PGDATA.initdb.log"; exit 1; }
rm -f "$PGDATA.initdb.log"
if ! as_owner "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 60 -o \
  "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGDATA -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null; then
  echo "with-postgres: the server did not start (is port $PGPORT taken?):" >&2
  cat "$PGDATA/server.log" >&2 || true
  exit 1
fi
"$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -Atqc "create database upcross_test"
export UPCROSS_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$PGPORT/upcross_test"
echo "with-postgres: PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PGPORT" >&2

set +e
"$@"
status=$?
set -e
exit "$status"
