#!/usr/bin/env bash
# Start/stop a private PostgreSQL server for the tests (Debian's postgresql package). Prints the export
# line for BTS_TEST_POSTGRES_URL on start; prints nothing (and tests skip PostgreSQL) if it cannot start,
# with the reason on stderr.
#
# Measured: a machine whose /etc/passwd was rebuilt while dpkg still lists postgresql as installed has no
# "postgres" account; the server then cannot be started as root. The account is recreated here, and the data
# directory (kept in /tmp across runs) is handed to whichever uid it now has.
set -uo pipefail
cmd=${1:-start}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
dir=/tmp/bts-test-pg
port=${BTS_TEST_PG_PORT:-54329}
say() { echo "pg_test_server: $*" >&2; }
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "$cmd" in
  start)
    [ -n "$bin" ] || { say "binaires PostgreSQL absents (paquet postgresql)"; exit 0; }
    if [ "$(id -u)" -eq 0 ]; then
      if ! id postgres >/dev/null 2>&1; then
        group=(); getent group postgres >/dev/null && group=(-g postgres)
        useradd --system "${group[@]}" --no-create-home --home-dir /var/lib/postgresql --shell /usr/sbin/nologin postgres \
          || { say "impossible de créer le compte postgres"; exit 0; }
      fi
      mkdir -p "$dir" && chown -R postgres "$dir" && chmod 700 "$dir"
    else
      mkdir -p "$dir"
    fi
    if [ ! -f "$dir/PG_VERSION" ]; then
      find "$dir" -mindepth 1 -delete 2>/dev/null  # a half-made directory from an interrupted initdb
      if ! out=$(as_pg "$bin/initdb" -D "$dir" -A trust -U postgres 2>&1); then
        say "initdb a échoué : $(echo "$out" | tail -3)"; exit 0
      fi
    fi
    ready() { "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -t 3; }
    if ! ready; then
      # a server killed with -9 leaves a postmaster.pid (and maybe an unreaped pid): clear it, start afresh
      as_pg "$bin/pg_ctl" -D "$dir" -m immediate stop >/dev/null 2>&1 || true
      ready || rm -f "$dir/postmaster.pid"
      as_pg "$bin/pg_ctl" -D "$dir" -o "-p $port -k $dir -c listen_addresses=127.0.0.1" -l "$dir/log" -w start \
        >/dev/null 2>&1
      ready || { say "le serveur n'a pas démarré : $(tail -3 "$dir/log" 2>/dev/null)"; exit 0; }
    fi
    echo "export BTS_TEST_POSTGRES_URL=postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    [ -n "$bin" ] && as_pg "$bin/pg_ctl" -D "$dir" -m fast stop
    ;;
esac
