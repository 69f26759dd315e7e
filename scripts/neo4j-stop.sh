#!/usr/bin/env bash
# Stops the test Neo4j started by scripts/neo4j-start.sh: a clean shutdown first (the store stays
# consistent), a hard kill only if it has not exited after NEO4J_STOP_TIMEOUT seconds (60).
set -euo pipefail

RUN="$(cd "$(dirname "$0")/.." && pwd)/neo4j-server/run"
PID_FILE="$RUN/neo4j.pid"
TIMEOUT="${NEO4J_STOP_TIMEOUT:-60}"

if [[ ! -f "$PID_FILE" ]]; then
  echo "neo4j-stop: not running"
  exit 0
fi
PID="$(cat "$PID_FILE")"
if ! kill -0 "$PID" 2>/dev/null; then
  echo "neo4j-stop: not running (stale pid file removed)"
  rm -f "$PID_FILE" "$RUN/neo4j.port"
  exit 0
fi
kill "$PID"
for ((waited = 0; waited < TIMEOUT; waited++)); do
  if ! kill -0 "$PID" 2>/dev/null; then
    rm -f "$PID_FILE" "$RUN/neo4j.port"
    echo "neo4j-stop: stopped (pid $PID, ${waited}s)"
    exit 0
  fi
  sleep 1
done
echo "neo4j-stop: pid $PID still running after ${TIMEOUT}s; killing it" >&2
kill -9 "$PID" 2>/dev/null || true
rm -f "$PID_FILE" "$RUN/neo4j.port"
