#!/usr/bin/env bash
# Creates .venv with the Python readers the export tests use (OASIS stix2-validator, stix2, networkx).
# Running it again only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install --quiet --disable-pip-version-check -r scripts/python-requirements.txt
