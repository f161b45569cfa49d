#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on 127.0.0.1 for the tests and print its URL.
# Uses Debian's server binaries; the cluster lives under $1 (default: /tmp/itepad-pg).
set -euo pipefail
root=${1:-/tmp/itepad-pg}
port=${ITEPAD_TEST_PG_PORT:-54329}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "no PostgreSQL server binaries found" >&2; exit 1; }
# initdb refuses to run as root; run the server as the 'postgres' account Debian creates.
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if ! as_owner "$bin/pg_ctl" -D "$root/data" status >/dev/null 2>&1; then
  rm -rf "$root"; mkdir -p "$root"
  [ "$(id -u)" = 0 ] && chown postgres "$root"
  as_owner "$bin/initdb" -D "$root/data" -U itepad --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_owner "$bin/pg_ctl" -D "$root/data" -l "$root/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$root -c fsync=off" start >/dev/null
fi
echo "postgresql+psycopg://itepad@127.0.0.1:$port/postgres"
