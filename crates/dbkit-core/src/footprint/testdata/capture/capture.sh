#!/usr/bin/env bash
# Regenerates ../statements.json from scenarios.cjs with the real drizzle-kit 1.0.0-rc.5
# (installed by scripts/peer.sh v1). Needs node.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../../../../.." && pwd)
peer=$("$repo/scripts/peer.sh" v1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ln -s "$peer/node_modules" "$work/node_modules"
cat "$peer/node_modules/drizzle-kit/api-postgres.js" "$here/harness.cjs" >"$work/api.cjs"
cp "$here/capture.cjs" "$here/scenarios.cjs" "$work/"
(cd "$work" && node capture.cjs "$work/api.cjs") >"$here/../statements.json"
echo "wrote $(grep -c '"case"' "$here/../statements.json") statements to ${here#$repo/}/../statements.json"
