#!/usr/bin/env bash
# Regenerates ../conflicts.json: random snapshot graphs judged by the real drizzle-kit
# 1.0.0-rc.5 `check` code (installed by scripts/peer.sh v1). Needs node.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../../../../.." && pwd)
peer=$("$repo/scripts/peer.sh" v1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ln -s "$peer/node_modules" "$work/node_modules"
{ sed -e '1{/^#!/d}' -e 's/^main();$//' "$peer/node_modules/drizzle-kit/bin.cjs"; cat "$here/check-harness.cjs"; } >"$work/bin.cjs"
cp "$here/conflicts.cjs" "$work/"
(cd "$work" && node conflicts.cjs "$work/bin.cjs" "${1:-100}") >"$here/../conflicts.json"
echo "wrote $(grep -c '"case"' "$here/../conflicts.json") graphs to ${here#$repo/}/../conflicts.json"
