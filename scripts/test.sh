#!/usr/bin/env bash
# Runs every test and check, in order, and stops at the first failure with a clear message:
# format, clippy (host and wasm32), native tests, browser tests, release build, size budget,
# end-to-end tests against the built site on 127.0.0.1.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

step() { printf '\n==> %s\n' "$*"; }
trap 'printf "\nFAILED at: %s\n" "${CURRENT:-setup}" >&2' ERR

# Runs a noisy command with its output in a log: the last lines when it passes, all of it when it
# fails (an error is often far above the last line).
shown_in_full_on_failure() {
  local log status=0
  log="$(mktemp)"
  "$@" >"$log" 2>&1 || status=$?
  if [ "$status" = 0 ]; then
    grep -vE '^\s*$' "$log" | tail -n 3 || true
  else
    cat "$log"
  fi
  rm -f "$log"
  return "$status"
}

# A changed snapshot fails the tests instead of being written (insta; see README, "For
# contributors"). CI sets CI=true, which means the same to insta; this makes it so everywhere.
export INSTA_UPDATE=no

CURRENT="cargo fmt --check"; step "$CURRENT"
cargo fmt --all --check

CURRENT="clippy (host)"; step "$CURRENT"
cargo clippy --workspace --all-targets --all-features --locked -q -- -D warnings

CURRENT="clippy (wasm32)"; step "$CURRENT"
# (per package: the core's native-only dev tools such as proptest do not build for wasm32)
cargo clippy -p ki-widerspruch --all-targets --target wasm32-unknown-unknown --locked -q -- -D warnings
cargo clippy -p kiw-core --lib --target wasm32-unknown-unknown --locked -q -- -D warnings

CURRENT="native tests"; step "$CURRENT"
cargo test --workspace --all-features --locked -q

CURRENT="link checker tests (local server)"; step "$CURRENT"
node --test scripts/check-links.test.mjs

CURRENT="browser tests (wasm-bindgen-test in headless Chromium)"; step "$CURRENT"
CHROMEDRIVER=/usr/bin/chromedriver \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown --locked --test web

CURRENT="release build"; step "$CURRENT"
shown_in_full_on_failure trunk build --release --locked

CURRENT="release build for a sub-path (as the Pages workflow builds it)"; step "$CURRENT"
shown_in_full_on_failure trunk build --release --locked --public-url /ki-widerspruch/ --dist target/dist-subpath

CURRENT="size budget"; step "$CURRENT"
node scripts/size.mjs dist --check

CURRENT="end-to-end tests (Playwright, Debian's Chromium)"; step "$CURRENT"
node --test --test-concurrency=1 --test-timeout=180000 tests/e2e/*.test.mjs
