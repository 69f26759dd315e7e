#!/usr/bin/env bash
# Starts the test Neo4j (neo4j-server/: Neo4j 5.26 Community embedded, Bolt on 127.0.0.1) in the
# background and waits until Bolt answers. A no-op when it is already running.
#
# Environment: NEO4J_BOLT_PORT (7687), NEO4J_PASSWORD (claimgraph; user is neo4j),
# NEO4J_HEAP (768m), NEO4J_START_TIMEOUT seconds (240; the first build downloads ~120 MB from
# Maven Central, which happens before this timer starts).
# Files: neo4j-server/run/{data,import,logs}, run/neo4j.pid, run/neo4j.port (the Bolt port this
# server listens on: a server of this folder on another port is not the one asked for), run/neo4j.log.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SERVER="$ROOT/neo4j-server"
RUN="$SERVER/run"
PID_FILE="$RUN/neo4j.pid"
PORT_FILE="$RUN/neo4j.port"
LOG="$RUN/neo4j.log"
PORT="${NEO4J_BOLT_PORT:-7687}"
TIMEOUT="${NEO4J_START_TIMEOUT:-240}"

bolt_answers() { (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; }
running() { [[ -f "$PID_FILE" ]] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; }
running_here() { running && [[ "$(cat "$PORT_FILE" 2>/dev/null)" == "$PORT" ]]; }

if running_here && bolt_answers; then
  echo "neo4j-start: already running (pid $(cat "$PID_FILE")) on bolt://127.0.0.1:$PORT"
  exit 0
fi
if bolt_answers; then
  # Name the holder (often `docker compose`'s Neo4j, which publishes the same default port).
  holder="$(ss -ltnpH "sport = :$PORT" 2>/dev/null | sed -nE 's/.*users:\(\("([^"]*)",pid=([0-9]+).*/\1, pid \2/p' | head -n 1 || true)"
  echo "neo4j-start: port $PORT is taken by another process${holder:+ ($holder)}; stop it (docker compose down) or set NEO4J_BOLT_PORT to another port" >&2
  exit 1
fi
if running; then
  echo "neo4j-start: the server of $RUN already runs (pid $(cat "$PID_FILE")) on port $(cat "$PORT_FILE" 2>/dev/null || echo '?'); stop it first" >&2
  exit 1
fi
for tool in java mvn; do
  command -v "$tool" >/dev/null || { echo "neo4j-start: $tool not found (needs Java 17+ and Maven)" >&2; exit 1; }
done

# Build only when the launcher or its dependencies changed since the last build.
STAMP="$SERVER/target/lib/.built"
if [[ ! -f "$STAMP" || "$SERVER/pom.xml" -nt "$STAMP" || -n "$(find "$SERVER/src" -newer "$STAMP" -print -quit)" ]]; then
  echo "neo4j-start: building neo4j-server (the first build downloads Neo4j from Maven Central)..."
  (cd "$SERVER" && mvn -q -B -Dstyle.color=never package)
  touch "$STAMP"
fi

mkdir -p "$RUN"
rm -f "$PID_FILE"
echo "$PORT" >"$PORT_FILE"
# The launcher writes the pid file itself once every database is up and Bolt listens.
NEO4J_BOLT_PORT="$PORT" CLAIMGRAPH_NEO4J_HOME="$RUN" nohup java \
  -Xms256m -Xmx"${NEO4J_HEAP:-768m}" -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow \
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
  --add-opens=java.base/java.lang=ALL-UNNAMED -Dio.netty.tryReflectionSetAccessible=true \
  -cp "$SERVER/target/classes:$SERVER/target/lib/*" claimgraph.neo4j.Launcher \
  >"$LOG" 2>&1 </dev/null &
JAVA_PID=$!

for ((waited = 0; waited < TIMEOUT; waited++)); do
  if [[ -f "$PID_FILE" ]] && bolt_answers; then
    echo "neo4j-start: ready on bolt://127.0.0.1:$PORT (pid $JAVA_PID, ${waited}s; user neo4j, log $LOG)"
    exit 0
  fi
  if ! kill -0 "$JAVA_PID" 2>/dev/null; then
    echo "neo4j-start: Neo4j exited while starting; last lines of $LOG:" >&2
    tail -n 40 "$LOG" >&2
    exit 1
  fi
  sleep 1
done
echo "neo4j-start: Bolt did not answer on port $PORT within ${TIMEOUT}s; last lines of $LOG:" >&2
tail -n 40 "$LOG" >&2
kill "$JAVA_PID" 2>/dev/null || true
exit 1
