#!/usr/bin/env bash
# The test command (README and .ci/run): install what is missing, start a throw-away PostgreSQL server for
# the storage tests, run the whole suite.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install.sh
eval "$(scripts/pg_test_server.sh start)"
trap 'scripts/pg_test_server.sh stop >/dev/null 2>&1 || true' EXIT
export PREFECT_SERVER_ANALYTICS_ENABLED=false
.venv/bin/ruff check --quiet .
.venv/bin/mypy --no-error-summary core cli pipeline extractors generators flows web
.venv/bin/python -m pytest "$@"
