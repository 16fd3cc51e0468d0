#!/usr/bin/env bash
# A throwaway PostgreSQL server for the storage tests: a unix socket only (no
# TCP port), data in a temporary folder, fsync off, removed on stop. Staff
# logins authenticate with SCRAM; the superuser postgres is trusted.
#   throwaway-postgres.sh start STATEFILE   starts one; STATEFILE gets its folder
#   throwaway-postgres.sh stop STATEFILE    stops it and removes the folder
# PostgreSQL refuses to run as root, so as root the server runs as "postgres".
set -euo pipefail

action=${1:?start or stop}
state=${2:?state file}
port=54329
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ]; then
    echo "throwaway-postgres: no PostgreSQL server installed (Debian package postgresql)" >&2
    exit 1
fi
as_owner=()
if [ "$(id -u)" = 0 ]; then
    as_owner=(runuser -u postgres --)
fi

case "$action" in
start)
    dir=$(mktemp -d /tmp/trinn-pg.XXXXXX)
    chmod 755 "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$dir"; fi
    "${as_owner[@]}" "$bindir/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --no-sync >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    # The superuser (the tests' owner of every journal) needs no password;
    # every other role, such as a staff member's login, proves its password
    # with SCRAM, as on a clinic's server.
    printf 'local all postgres trust\nlocal all all scram-sha-256\n' >"$dir/data/pg_hba.conf"
    "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-p $port -k $dir -c listen_addresses='' -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=200" \
        start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "$dir" >"$state"
    echo "PostgreSQL for tests at $dir (socket, port $port)"
    ;;
stop)
    [ -f "$state" ] || exit 0
    dir=$(cat "$state")
    if [ -d "$dir/data" ]; then
        "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir" "$state"
    ;;
*)
    echo "usage: $0 start|stop STATEFILE" >&2
    exit 2
    ;;
esac
