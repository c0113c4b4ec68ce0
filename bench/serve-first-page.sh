#!/usr/bin/env bash
# Time from './openimr serve' to its first page, on a fresh embedded database (an empty data directory each run).
#   bench/serve-first-page.sh [RUNS]   (default 1)
# Each run starts the server on a free port with a new --data-dir, asks for / every 100 ms until it answers 200, and
# prints the seconds from the start of the command to that answer (JVM start, embedded PostgreSQL init, Flyway, demo
# data all included). The jar is built first, outside the timing. The server and its data directory are removed after.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-1}"
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 2; }
"$here/openimr" --version >/dev/null

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1]); s.close()'; }

for ((r = 1; r <= runs; r++)); do
  data="$(mktemp -d)"
  port="$(free_port)"
  load="$(cut -d' ' -f1 /proc/loadavg)"
  start=$(date +%s.%N)
  "$here/openimr" serve --port "$port" --data-dir "$data" >"$data.log" 2>&1 &
  pid=$!
  code=000
  while kill -0 "$pid" 2>/dev/null; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/" || true)
    [ "$code" = 200 ] && break
    sleep 0.1
  done
  end=$(date +%s.%N)
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ "$code" != 200 ]; then
    echo "run $r: the server stopped before answering; its log:" >&2
    tail -20 "$data.log" >&2
    rm -rf "$data" "$data.log"
    exit 1
  fi
  printf 'run %d: first page after %.1f s (load average before: %s)\n' "$r" "$(echo "$end - $start" | bc -l)" "$load"
  rm -rf "$data" "$data.log"
done
