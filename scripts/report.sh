#!/usr/bin/env bash
# Builds the release site and prints the speed and size report (also target/perf-report.json).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
trunk build --release --locked 2>&1 | tail -n 1
node scripts/report.mjs
