#!/usr/bin/env bash
# Installs Debian's chromium for the viewer's browser tests, only when it is missing. Quiet unless it fails.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
echo "installing chromium for the browser tests (apt-get)..."
if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "scripts/install-chromium.sh: installing chromium failed" >&2
  exit 1
fi
