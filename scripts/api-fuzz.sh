#!/usr/bin/env bash
# Builds the accord executable and fuzzes its REST API with schemathesis (scripts/api-fuzz.py):
# the official TMF621 v4 specification and the served /openapi.json, two suppliers as peers.
# Exits non-zero on any failure. Extra arguments go to api-fuzz.py (--max-examples N, --seed S, --keep).
#
#   bash scripts/api-fuzz.sh                      # what CI runs
#   ACCORD_BIN=.build/debug/accord bash scripts/api-fuzz.sh --keep --max-examples 100
set -euo pipefail
cd "$(dirname "$0")/.."

if ! python3 -c "import schemathesis" 2>/dev/null; then
  echo "api-fuzz: schemathesis is not installed (python3 -m pip install schemathesis==4.32.5)" >&2
  exit 1
fi
if [ ! -f ../shared/specs/TMF621-TroubleTicket-v4.0.0.swagger.json ]; then
  echo "api-fuzz: ../shared/specs/TMF621-TroubleTicket-v4.0.0.swagger.json is missing" >&2
  exit 1
fi
if [ -z "${ACCORD_BIN:-}" ]; then
  swift build --product accord
  ACCORD_BIN="$(swift build --show-bin-path)/accord"
fi
echo "api-fuzz: $(python3 -m schemathesis.cli --version)"
python3 scripts/api-fuzz.py "$ACCORD_BIN" "$@"
