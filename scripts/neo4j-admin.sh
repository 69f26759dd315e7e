#!/usr/bin/env bash
# neo4j-admin for the embedded test server (neo4j-server/): Neo4j's own admin tool, whose import
# command ships in the org.neo4j:neo4j jars that Maven already put in neo4j-server/target/lib.
# Works on that server's store (NEO4J_HOME = neo4j-server/run unless set), which must be stopped
# for `database import`. Usage is neo4j-admin's: scripts/neo4j-admin.sh database import full --help
set -euo pipefail

SERVER="$(cd "$(dirname "$0")/.." && pwd)/neo4j-server"
[[ -d "$SERVER/target/lib" ]] || { echo "neo4j-admin: run scripts/neo4j-start.sh once to build neo4j-server" >&2; exit 1; }
export NEO4J_HOME="${NEO4J_HOME:-$SERVER/run}"
mkdir -p "$NEO4J_HOME"
exec java -Xmx"${NEO4J_ADMIN_HEAP:-512m}" -cp "$SERVER/target/classes:$SERVER/target/lib/*" org.neo4j.cli.AdminTool "$@"
