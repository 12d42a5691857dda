#!/usr/bin/env bash
# Builds the app and serves it on this computer; prints the address to open.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
PORT="${PORT:-8080}"
printf '\n==> Open http://127.0.0.1:%s/ in your browser (Ctrl+C stops the server)\n\n' "$PORT"
exec trunk serve --address 127.0.0.1 --port "$PORT"
