#!/usr/bin/env bash
# Installs the real drizzle-kit/drizzle-orm (the reference peer) from npm into a cache folder
# and prints that folder. Used by bench.sh (timings side by side) and compat.sh (interop tests).
#   scripts/peer.sh v1   -> drizzle-kit 1.0.0-rc.5 + drizzle-orm 1.0.0-rc.5 + pg
#   scripts/peer.sh v0   -> drizzle-kit 0.31.11   + drizzle-orm 0.45.4     + pg
# DBKIT_PEER_CACHE overrides the cache root (default ~/.cache/dbkit-peer). Needs node + npm.
set -euo pipefail
gen=${1:?usage: peer.sh v0|v1}
case $gen in
  v1) pkgs="drizzle-kit@1.0.0-rc.5 drizzle-orm@1.0.0-rc.5 pg@8.23.1" ;;
  v0) pkgs="drizzle-kit@0.31.11 drizzle-orm@0.45.4 pg@8.23.1" ;;
  *) echo "peer.sh: unknown generation '$gen' (v0 or v1)" >&2; exit 1 ;;
esac
dir=${DBKIT_PEER_CACHE:-$HOME/.cache/dbkit-peer}/$gen
if [ ! -x "$dir/node_modules/.bin/drizzle-kit" ] || [ ! -d "$dir/node_modules/drizzle-orm" ] || [ ! -d "$dir/node_modules/pg" ]; then
  command -v npm >/dev/null || { echo "peer.sh: npm is not installed (needs Node.js 20+)" >&2; exit 1; }
  mkdir -p "$dir"
  (cd "$dir" && { [ -f package.json ] || echo '{"name":"dbkit-peer","private":true}' >package.json; } \
    && npm install --no-audit --no-fund --save-exact --loglevel=error $pkgs >&2)
fi
echo "$dir"
