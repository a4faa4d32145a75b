#!/usr/bin/env bash
# Interop with the real drizzle-orm runtime: installs drizzle-orm 1.0.0-rc.5 and 0.45.4 (with pg)
# from npm via scripts/peer.sh, then runs the `compat` integration tests, which apply folders
# with dbkit and with drizzle-orm's migrate() on the same databases.
# Exit 0 when the tests pass; exit 1 when they fail; exit 3 (with a warning) when Node/npm or the
# registry is unavailable, so the caller can decide whether that is fatal.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "compat: node/npm not installed; drizzle-orm interop tests not run" >&2
  exit 3
fi
if ! v1=$(scripts/peer.sh v1) || ! v0=$(scripts/peer.sh v0); then
  echo "compat: could not install drizzle-orm from npm; interop tests not run" >&2
  exit 3
fi
DBKIT_COMPAT_V1="$v1/node_modules" DBKIT_COMPAT_V0="$v0/node_modules" \
  cargo test --locked --test tests compat -- --ignored "$@"
