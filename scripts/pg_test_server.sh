#!/usr/bin/env bash
# Start/stop a private PostgreSQL server for the tests (Debian's postgresql package). Prints the export
# line for BTS_TEST_POSTGRES_URL on start; prints nothing (and tests skip PostgreSQL) if it cannot start.
set -uo pipefail
cmd=${1:-start}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
dir=/tmp/bts-test-pg
port=${BTS_TEST_PG_PORT:-54329}
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "$cmd" in
  start)
    [ -n "$bin" ] || exit 0
    if [ ! -f "$dir/PG_VERSION" ]; then
      mkdir -p "$dir"; [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
      as_pg "$bin/initdb" -D "$dir" -A trust -U postgres >/dev/null 2>&1 || exit 0
    fi
    ready() { "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -t 3; }
    if ! ready; then
      # a server killed with -9 leaves a postmaster.pid (and maybe an unreaped pid): clear it, start afresh
      as_pg "$bin/pg_ctl" -D "$dir" -m immediate stop >/dev/null 2>&1 || true
      ready || rm -f "$dir/postmaster.pid"
      as_pg "$bin/pg_ctl" -D "$dir" -o "-p $port -k /tmp -c listen_addresses=127.0.0.1" -l "$dir/log" -w start >/dev/null 2>&1
      ready || exit 0
    fi
    echo "export BTS_TEST_POSTGRES_URL=postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    [ -n "$bin" ] && as_pg "$bin/pg_ctl" -D "$dir" -m fast stop
    ;;
esac
