#!/usr/bin/env bash
# A throwaway PostgreSQL for tests and local trials: its own cluster in a temp directory, listening on 127.0.0.1 only,
# trust authentication (nothing but this machine can reach it), one database `marsad_test`.
#
#   eval "$(deploy/pg_local.sh start)"     # installs Debian's postgresql if missing, starts a cluster, prints
#                                           # `export MARSAD_TEST_PG_URL=postgresql://postgres@127.0.0.1:PORT/marsad_test`
#                                           # and `export MARSAD_PG_DIR=…` (the cluster's directory)
#   deploy/pg_local.sh stop "$MARSAD_PG_DIR"   # stops it and removes the directory
#
# Environment: PGPORT_LOCAL (port; default: a free one), PG_LOCAL_DIR (directory; default: a new temp dir).
# Progress goes to stderr so that stdout can be eval'ed.
set -euo pipefail

log() { printf 'pg_local: %s\n' "$*" >&2; }

pg_bindir() {
    local dir
    dir=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)
    if [[ -n "$dir" && -x "$dir/initdb" ]]; then
        printf '%s\n' "$dir"
    elif command -v initdb >/dev/null 2>&1; then
        dirname "$(command -v initdb)"
    fi
}

ensure_installed() {
    if [[ -n "$(pg_bindir)" ]]; then
        return
    fi
    if [[ $(id -u) -ne 0 ]]; then
        log "PostgreSQL is not installed and this is not root: install the 'postgresql' package first"
        exit 1
    fi
    log "installing Debian's postgresql"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
}

# Run a command as the cluster owner: `postgres` when we are root (initdb refuses root), else ourselves.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
    ensure_installed
    local bin dir port
    bin=$(pg_bindir)
    dir=${PG_LOCAL_DIR:-$(mktemp -d /tmp/marsad-pg.XXXXXX)}
    port=${PGPORT_LOCAL:-$(free_port)}
    mkdir -p "$dir"
    chmod 0755 "$dir"
    if [[ $(id -u) -eq 0 ]]; then
        chown postgres: "$dir"
    fi
    log "cluster in $dir on 127.0.0.1:$port ($bin)"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c max_connections=200 -c fsync=off" \
        start >&2 || { cat "$dir/server.log" >&2; exit 1; }
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres marsad_test
    printf 'export MARSAD_TEST_PG_URL=%q\n' "postgresql://postgres@127.0.0.1:$port/marsad_test"
    printf 'export MARSAD_PG_DIR=%q\n' "$dir"
}

stop() {
    local dir=${1:?usage: pg_local.sh stop DIR}
    local bin
    bin=$(pg_bindir)
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
    fi
    rm -rf "$dir"
}

case "${1:-}" in
start) start ;;
stop) stop "${2:-}" ;;
*)
    echo "usage: $0 start | stop DIR" >&2
    exit 2
    ;;
esac
