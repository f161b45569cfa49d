#!/usr/bin/env bash
# A throwaway PostgreSQL server on 127.0.0.1 for the tests, from Debian's server binaries.
#   tests/postgres.sh start [DIR]   start it (or find it running) and print its URL
#   tests/postgres.sh stop [DIR]    stop it
# The cluster lives under DIR (default: /tmp/itepad-pg).
set -euo pipefail
action=${1:-start}
root=${2:-/tmp/itepad-pg}
# A free port unless one is asked for, so a developer's own server never collides with it.
port=${ITEPAD_TEST_PG_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "no PostgreSQL server binaries found" >&2; exit 1; }
# initdb refuses to run as root; run the server as the 'postgres' account Debian creates.
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$action" = stop ]; then
  as_owner "$bin/pg_ctl" -D "$root/data" -m fast stop >/dev/null 2>&1 || true
  exit 0
fi
if as_owner "$bin/pg_ctl" -D "$root/data" status >/dev/null 2>&1; then
  port=$(sed -n 4p "$root/data/postmaster.pid")
else
  rm -rf "$root"; mkdir -p "$root"
  [ "$(id -u)" = 0 ] && chown postgres "$root"
  as_owner "$bin/initdb" -D "$root/data" -U itepad --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_owner "$bin/pg_ctl" -D "$root/data" -l "$root/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$root -c fsync=off" start >/dev/null
fi
echo "postgresql+psycopg://itepad@127.0.0.1:$port/postgres"
