#!/usr/bin/env bash
# Sets up, builds and runs every test. This is the README's test command and what CI runs.
# test_postgres runs against a throwaway PostgreSQL cluster started here (see test-postgres.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
source scripts/test-postgres.sh
trap alam_pg_stop EXIT
alam_pg_start || true
cd build
ctest --output-on-failure --parallel "$(nproc)" --timeout 600
