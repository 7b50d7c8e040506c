#!/usr/bin/env bash
# Starts (or stops) a throwaway Debian PostgreSQL server on loopback for the test suite.
#   scripts/ci/postgres.sh start   prints `export TEST_DATABASE_URL=...` on stdout
#   scripts/ci/postgres.sh stop
# PostgreSQL refuses to run as root, so initdb and pg_ctl run as the `postgres` user, in a data
# folder under /tmp, on a free port. Only the loopback interface listens; trust auth is safe there
# because the server lives only as long as the CI run.
set -euo pipefail

state=/tmp/prescreener-ci-postgres
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[[ -n "$bin" ]] || { echo "postgres.sh: no /usr/lib/postgresql/*/bin (install Debian's postgresql)" >&2; exit 1; }

as_postgres() {
  if [[ "$(id -u)" -eq 0 ]]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}

case "${1:-}" in
  start)
    if [[ -f "$state/port" ]] && as_postgres "$bin/pg_ctl -D $state/data status" >/dev/null 2>&1; then
      port=$(cat "$state/port")
    else
      rm -rf "$state"; mkdir -p "$state"
      [[ "$(id -u)" -eq 0 ]] && chown postgres "$state"
      port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
      as_postgres "$bin/initdb -D $state/data -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8" >"$state/initdb.log" 2>&1
      as_postgres "$bin/pg_ctl -D $state/data -l $state/server.log -w -o \"-h 127.0.0.1 -p $port -k $state -c fsync=on\" start" >&2
      echo "$port" >"$state/port"
    fi
    echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    if [[ -d "$state/data" ]]; then as_postgres "$bin/pg_ctl -D $state/data -m fast stop" >&2 || true; fi
    rm -rf "$state"
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 64 ;;
esac
