#!/usr/bin/env bash
# Installs what the build and the tests need, and only what is missing: the Rust toolchain of
# rust-toolchain.toml, Trunk and wasm-bindgen-cli at the versions of scripts/versions.env, Debian's
# Chromium and ChromeDriver, and the npm packages of package-lock.json (never a browser download).
# Sourced by scripts/serve.sh and scripts/test.sh; safe to run again.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# TRUNK_VERSION, WASM_BINDGEN_VERSION, BINARYEN_VERSION, NODE_MAJOR (tests/tools.rs keeps the
# other files that name them in step).
source "$ROOT/scripts/versions.env"
say() { printf '\n==> %s\n' "$*"; }
fail() { printf '\nSETUP FAILED: %s\n' "$*" >&2; exit 1; }

command -v rustup >/dev/null || fail "rustup is missing: install Rust with rustup first (Debian's cargo package is not enough)"
command -v node >/dev/null || fail "node is missing: install Node.js $NODE_MAJOR or newer first"
command -v npm >/dev/null || fail "npm is missing: install Node.js $NODE_MAJOR or newer with npm first"
[ "$(node -p 'process.versions.node.split(".")[0]')" -ge "$NODE_MAJOR" ] || fail "Node.js $NODE_MAJOR or newer is needed (found $(node --version))"

# apt-get as root, or through sudo; a build-only job (Pages) sets KIW_NO_BROWSER=1.
apt_install() {
  if [ "$(id -u)" = 0 ]; then
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"
  elif command -v sudo >/dev/null; then
    sudo apt-get update -q && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"
  else
    fail "please install as root: apt-get install $*"
  fi
}

if ! command -v cc >/dev/null; then
  say "Installing a C compiler and linker (build-essential)"
  apt_install build-essential pkg-config
fi

# rust-toolchain.toml names the compiler, its components (rustfmt, clippy) and the wasm32 target.
# Only when it is missing does rustup go to the network (`toolchain install` without a name reads
# that file; an installed toolchain is used as it is, even offline).
if ! rustc --version >/dev/null 2>&1; then
  say "Installing the Rust toolchain of rust-toolchain.toml"
  rustup toolchain install
fi
# A toolchain installed earlier by another route may lack a component or the target.
for component in rustfmt clippy; do
  if ! rustup component list --installed 2>/dev/null | grep -q "^$component"; then
    say "Installing the Rust component $component"
    rustup component add "$component"
  fi
done
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "Installing the Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "Installing Trunk $TRUNK_VERSION (takes about 12 minutes once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# The CLI must match the wasm-bindgen library in Cargo.lock exactly (tests/tools.rs checks that
# versions.env says the same as `cargo metadata`).
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (takes about 4 minutes once)"
  # Without --locked: one of its locked dependencies is not available from the registry here.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if [ -z "${KIW_NO_BROWSER:-}" ] && { ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; }; then
  say "Installing Debian's chromium and chromium-driver"
  apt_install chromium chromium-driver
fi

if [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json node_modules/.kiw-lock; then
  say "Installing npm packages from package-lock.json"
  # Playwright must never download a browser: the tests use Debian's Chromium.
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.kiw-lock
fi

if [ "$(wasm-opt --version 2>/dev/null | awk '{print $3}')" != "$BINARYEN_VERSION" ]; then
  fail "wasm-opt $BINARYEN_VERSION (npm package binaryen) is not on PATH"
fi

# Trunk runs cargo with --offline, so every crate must be downloaded first.
cargo fetch --locked -q

# Panic locations in the wasm name source files; shorter paths make the download smaller and the
# same on every machine.
REMAP="--remap-path-prefix=$ROOT/=./"
for src in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do
  REMAP="$REMAP --remap-path-prefix=$src=crates/"
done
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$REMAP"

