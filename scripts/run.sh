#!/usr/bin/env bash
# Sets up, builds and opens Alam on its default SQLite database in the user's data folder;
# the first start fills it with the sample articles from resources/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
exec ./build/alam "$@"
