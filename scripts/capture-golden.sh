#!/usr/bin/env bash
# Captures what the real drizzle-kit 1.0.0-rc.5 writes for each golden case, as test data.
#
# A case is a folder tests/cases/<area>/<case>/ with steps s1/, s2/, … (each a drizzle pg-core
# schema: one or more .ts files; an empty step is a file with `export {}`), an optional
# s<N>/hints.json (drizzle-kit's --hints array for that step) and an optional README line.
# For each step in order, `drizzle-kit generate --name s<N>` runs in one scratch project, and
#   expected/s<N>/migration.sql, expected/s<N>/snapshot.json   (absent when nothing was written)
#   expected/s<N>/output.txt   (stdout+stderr, ANSI and scratch paths removed)
#   expected/s<N>/exit         (the exit code)
#   expected/s<N>/unresolved.json, resolved/{migration.sql,snapshot.json}   (exit 2 only: the open
#                                  questions, and what drizzle writes once each is answered "create")
# are stored beside the inputs. Snapshot ids are random; the tests feed drizzle's ids back in.
#
# usage: scripts/capture-golden.sh [CASE_DIR ...]   (default: every case under tests/cases)
#        JOBS=2 runs that many cases at once.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
PEER=$("$REPO/scripts/peer.sh" v1)
KIT="$PEER/node_modules/drizzle-kit/bin.cjs"
JOBS=${JOBS:-2}

# Exit 2 means open rename questions. Record them as JSON (unresolved.json), then answer every one
# with "create" in a throwaway copy of the project and keep what drizzle writes then
# (resolved/migration.sql, resolved/snapshot.json): that snapshot is the step's schema state,
# which the tests need to ask dbkit the same questions. The project itself stays as drizzle left it.
capture_open_questions() {
  local case=$1 work=$2 name=$3; shift 3
  local json hints folder
  json=$(cd "$work" && node "$KIT" "$@" --output json </dev/null 2>/dev/null | python3 -c '
import json, sys
for line in reversed(sys.stdin.read().splitlines()):
    try:
        doc = json.loads(line)
    except ValueError:
        continue
    print(json.dumps(doc.get("unresolved", []), indent=2)); break')
  [ -n "$json" ] || return 0
  echo "$json" >"$case/expected/$name/unresolved.json"
  hints=$(python3 -c '
import json, sys
given = json.load(open(sys.argv[1])) if sys.argv[1] else []
given = [h for h in given if not isinstance(h, str)]
open_ = json.loads(sys.argv[2])
print(json.dumps(given + [{"type": "create", "kind": q["kind"], "entity": q["entity"]} for q in open_ if q.get("type") == "rename_or_create"]))' \
    "$( [ -f "$case/$name/hints.json" ] && echo "$case/$name/hints.json" )" "$json")
  rm -rf "$work/drizzle.keep" && cp -r "$work/drizzle" "$work/drizzle.keep"
  (cd "$work" && node "$KIT" generate --name "$name" --hints "$hints" </dev/null >/dev/null 2>&1) || true
  folder=$(find "$work/drizzle" -maxdepth 1 -type d -name "*_$name" 2>/dev/null | head -1)
  if [ -n "$folder" ]; then
    mkdir -p "$case/expected/$name/resolved"
    cp "$folder/migration.sql" "$folder/snapshot.json" "$case/expected/$name/resolved/"
  fi
  rm -rf "$work/drizzle" && mv "$work/drizzle.keep" "$work/drizzle"
}
export -f capture_open_questions

capture_case() {
  local case=$1 work step name args folder
  work=$(mktemp -d)
  trap 'rm -rf "$work"' RETURN
  ln -s "$PEER/node_modules" "$work/node_modules"
  cat >"$work/drizzle.config.ts" <<'TS'
import { defineConfig } from "drizzle-kit";
export default defineConfig({ dialect: "postgresql", schema: "./schema", out: "./drizzle" });
TS
  rm -rf "$case/expected"
  for step in $(find "$case" -maxdepth 1 -type d -name 's[0-9]*' -printf '%f\n' | sort -V); do
    name=$step
    rm -rf "$work/schema" && mkdir -p "$work/schema"
    find "$case/$step" -maxdepth 1 -name '*.ts' -exec cp {} "$work/schema/" \;
    args=(generate --name "$name")
    [ -f "$case/$step/hints.json" ] && args+=(--hints "$(cat "$case/$step/hints.json")")
    mkdir -p "$case/expected/$name"
    local code=0
    (cd "$work" && node "$KIT" "${args[@]}" </dev/null >"$work/out.txt" 2>&1) || code=$?
    echo "$code" >"$case/expected/$name/exit"
    sed -e 's/\x1b\[[0-9;?]*[A-Za-z]//g' -e "s#$work#<project>#g" "$work/out.txt" >"$case/expected/$name/output.txt"
    folder=$(find "$work/drizzle" -maxdepth 1 -type d -name "*_$name" 2>/dev/null | head -1)
    if [ -n "$folder" ]; then
      cp "$folder/migration.sql" "$folder/snapshot.json" "$case/expected/$name/"
    fi
    [ "$code" = 2 ] && capture_open_questions "$case" "$work" "$name" "${args[@]}"
  done
  echo "captured ${case#$REPO/}"
}
export -f capture_case
export PEER KIT REPO

if [ $# -gt 0 ]; then cases=("$@"); else mapfile -t cases < <(find "$REPO/tests/cases" -mindepth 2 -maxdepth 2 -type d | sort); fi
printf '%s\n' "${cases[@]}" | xargs -P "$JOBS" -I{} bash -c 'capture_case "$(cd "{}" && pwd)"'
