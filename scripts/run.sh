#!/usr/bin/env bash
# Sets up (Debian packages), builds and opens Alam on its default SQLite database in the
# user's data folder; the first start fills it with the sample articles from resources/.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
bash scripts/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build --parallel "$(nproc)"
exec ./build/alam "$@"
