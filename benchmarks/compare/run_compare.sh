#!/bin/sh
# khonha vs PostgreSQL 15 FTS vs SQLite FTS5 on one synthetic corpus and query log.
#   benchmarks/compare/run_compare.sh BUILD_DIR [DATASETS] [QUERIES] [WORK_DIR]
# BUILD_DIR holds khonha-indexer, khonha-server and khonha-analyze (Release);
# DATASETS defaults to 10000, QUERIES to 500. Installs what is missing from
# Debian (apt-get, idempotent), generates the corpus and query logs with
# scripts/gen_synthetic_catalog.py (seeds 1, 7 and 8), builds the khonha index,
# starts khonha-server on 127.0.0.1 and a private PostgreSQL cluster that
# listens on a unix socket in WORK_DIR only (no TCP), runs compare.py and
# stops both. Every step is bounded by `timeout`.
set -eu
BUILD=$(cd "$1" && pwd) N=${2:-10000} NQ=${3:-500} WORK=${4:-/tmp/khonha-compare-$N}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PGBIN=/usr/lib/postgresql/15/bin
PY=/usr/bin/python3  # Debian's, where python3-psycopg2 lands (not a pyenv/venv python)

need=""
[ -x "$PGBIN/postgres" ] || need="$need postgresql-15"
[ -x "$PY" ] || need="$need python3"
command -v sqlite3 >/dev/null || need="$need sqlite3"
$PY -c 'import psycopg2' 2>/dev/null || need="$need python3-psycopg2"
$PY -c 'import sqlite3; sqlite3.connect(":memory:").execute("create virtual table t using fts5(a)")' \
  2>/dev/null || need="$need libsqlite3-0"
if [ -n "$need" ]; then
  SUDO=$([ "$(id -u)" -eq 0 ] && echo "" || echo sudo)
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $need
fi

mkdir -p "$WORK"
cd "$WORK"
[ -s corpus.jsonl ] || timeout 1800 $PY "$ROOT/scripts/gen_synthetic_catalog.py" --count "$N" --seed 1 > corpus.jsonl
timeout 300 $PY "$ROOT/scripts/gen_synthetic_catalog.py" --count "$NQ" --seed 7 --queries --agencies-for "$N" > queries.txt
timeout 300 $PY "$ROOT/scripts/gen_synthetic_catalog.py" --count "$NQ" --seed 8 --queries --agencies-for "$N" > warmup.txt
[ -f index/CURRENT ] || timeout 7200 "$BUILD/indexer/khonha-indexer" build --source corpus.jsonl --index index --quiet

# PostgreSQL runs as an unprivileged user; root gets the "postgres" account.
RUN=""
if [ "$(id -u)" -eq 0 ]; then
  RUN="runuser -u postgres --"
  chown -R postgres "$WORK" 2>/dev/null || true
fi
PGDATA="$WORK/pgdata"
[ -f "$PGDATA/PG_VERSION" ] || $RUN "$PGBIN/initdb" -D "$PGDATA" -A trust -U "$(id -un)" >/dev/null
$RUN "$PGBIN/pg_ctl" -D "$PGDATA" -l "$WORK/pg.log" -w -t 60 \
  -o "-c listen_addresses='' -k $WORK -p 54329 -c shared_buffers=512MB -c work_mem=64MB -c fsync=off" start >/dev/null

LOG="$WORK/server.log"
"$BUILD/server/khonha-server" --index "$WORK/index" --bind 127.0.0.1 --port 0 --threads 2 >"$LOG" 2>&1 &
SERVER=$!
trap '$RUN "$PGBIN/pg_ctl" -D "$PGDATA" -m fast stop >/dev/null 2>&1; kill $SERVER 2>/dev/null' EXIT
. "$HERE/../lib/server_port.sh"
PORT=$(server_port "$LOG") || exit 1

timeout 3600 $PY "$HERE/compare.py" --corpus corpus.jsonl --queries queries.txt --warmup warmup.txt \
  --analyze "$BUILD/analyzers/khonha-analyze" --khonha-port "$PORT" \
  --pg-socket-dir "$WORK" --pg-port 54329 --sqlite "$WORK/fts5.db"
