#!/bin/sh
# HTTP throughput of package_search with wrk, over a rotating query log.
#   benchmarks/http/run_wrk.sh BUILD_DIR INDEX_DIR QUERIES [DURATION_S]
# Runs wrk at concurrency 1 and 16 against khonha-server on 127.0.0.1
# (ephemeral port): the mixed log, on a freshly started server each time so
# that its requests are first seen (no response or summary cache from an
# earlier run; the OS page cache stays warm), then one repeated query (the
# response cache).
set -eu
BUILD=$1 INDEX=$2 QUERIES=$3 DURATION=${4:-20}
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/../lib/server_port.sh"
LOG=$(mktemp)
PID=
trap '[ -n "$PID" ] && kill $PID 2>/dev/null; rm -f "$LOG"' EXIT

start_server() {
  [ -n "$PID" ] && { kill "$PID"; wait "$PID" 2>/dev/null || true; }
  : >"$LOG"
  "$BUILD/server/khonha-server" --index "$INDEX" --bind 127.0.0.1 --port 0 >"$LOG" 2>&1 &
  PID=$!
  PORT=$(server_port "$LOG") || exit 1
  URL="http://127.0.0.1:$PORT"
}

FIRST=$(head -1 "$QUERIES")
for C in 1 16; do
  T=$([ "$C" -eq 1 ] && echo 1 || echo 2)
  start_server
  echo "== mixed log ($(wc -l <"$QUERIES") queries), concurrency $C, fresh server"
  KHONHA_QUERIES="$QUERIES" wrk -t"$T" -c"$C" -d"${DURATION}s" --latency -s "$HERE/rotate.lua" "$URL" |
    grep -E "requests in|Requests/sec|Latency|50%|99%|Non-2xx"
  echo "== one repeated query, concurrency $C"
  wrk -t"$T" -c"$C" -d"${DURATION}s" --latency "$URL/api/3/action/package_search?$FIRST" |
    grep -E "Requests/sec|Latency|50%|99%|Non-2xx"
done
