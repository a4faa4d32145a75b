#!/usr/bin/env bash
# Captures what the real drizzle-kit 1.0.0-rc.5 writes for each realistic project, as test data.
#
# A project is a folder tests/projects/<name>/ with
#   project/                 the project tree as a team would have it: drizzle.config.ts, the schema
#                            spread over several files, tsconfig.json, … (no node_modules)
#   steps/s2/, steps/s3/, …  the files that change at that step, overlaid on the tree of the step
#                            before (same relative paths as in project/). Optional in a step:
#                              hints.json   drizzle-kit's --hints array for that step (renames)
#                              removed.txt  paths (relative to the project root) deleted at that step
#                            Neither file is copied into the tree.
#   README.md                the shape of the project and what each step does
# s1 is project/ as it is. For each step in order, `drizzle-kit generate --name s<N>` runs in one
# scratch copy of the project, and these are stored under tests/projects/<name>/expected/:
#   s<N>/migration.sql, s<N>/snapshot.json   (absent when drizzle wrote nothing)
#   s<N>/output.txt    stdout+stderr, ANSI codes removed, the scratch folder replaced by <project>
#                      and the migration folder's timestamp by <timestamp>
#   s<N>/exit          the exit code
#   s<N>/files.txt     what the config's `schema` resolves to: the files drizzle-kit loads as schema
#                      entry points, relative to the project root, in its load order (recorded
#                      even when loading one of them fails)
#   s<N>/unresolved.json  (exit 2 only) the open rename questions, from `--output json`
#   files.txt          the same list for s1
# Snapshot ids and folder timestamps are random; tests are expected to ignore or feed them back.
#
# node_modules of the scratch copy is a folder of symlinks: every package of the peer install
# (scripts/peer.sh v1: drizzle-kit + drizzle-orm 1.0.0-rc.5, pg) plus the few npm packages the
# projects import at load time (@paralleldrive/cuid2, nanoid, dotenv, zod), installed once into
# $DBKIT_PEER_CACHE/project-extras (default ~/.cache/dbkit-peer/project-extras).
#
# usage: scripts/capture-projects.sh [tests/projects/<name> ...]   (default: every project)
#        JOBS=2 runs that many projects at once. Idempotent: expected/ is rewritten each time.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
PEER=$("$REPO/scripts/peer.sh" v1)
KIT="$PEER/node_modules/drizzle-kit/bin.cjs"
JOBS=${JOBS:-2}
EXTRAS=${DBKIT_PEER_CACHE:-$HOME/.cache/dbkit-peer}/project-extras
EXTRA_PKGS="@paralleldrive/cuid2@3.3.0 nanoid@5.1.6 dotenv@16.4.7 zod@3.25.76"

if [ ! -d "$EXTRAS/node_modules/@paralleldrive/cuid2" ] || [ ! -d "$EXTRAS/node_modules/nanoid" ] || [ ! -d "$EXTRAS/node_modules/dotenv" ] || [ ! -d "$EXTRAS/node_modules/zod" ]; then
  mkdir -p "$EXTRAS"
  (cd "$EXTRAS" && { [ -f package.json ] || echo '{"name":"dbkit-project-extras","private":true}' >package.json; } \
    && npm install --no-audit --no-fund --save-exact --loglevel=error $EXTRA_PKGS >&2)
fi

# Preloaded into node, it records which files drizzle-kit's `schema` setting resolves to:
#   resolved: <file>  every file prepareFilenames() keeps (lstat'ed by it directly, not a
#                     folder, a .ts/.js/... name), in the order of its result
#   loaded: <file>    every path loadModule() is asked to load: the config, then the schema files
# A step that loaded fine must have loaded exactly what was resolved (checked below).
HOOK_DIR=$(mktemp -d)
trap 'rm -rf "$HOOK_DIR"' EXIT
cat >"$HOOK_DIR/hook.cjs" <<'JS'
const path = require('path');
const fs = require('fs');
const log = process.env.DBKIT_FILES_LOG;
const exts = ['.js', '.mjs', '.cjs', '.jsx', '.ts', '.mts', '.cts', '.tsx'];
const lstatSync = fs.lstatSync;
fs.lstatSync = function (p) {
  const st = lstatSync.apply(this, arguments);
  if (log && st && typeof st.isDirectory === 'function' && !st.isDirectory()) {
    const frames = new Error().stack.split('\n');
    if (/at Array\.(reduce|map) /.test(frames[3] || '') && frames.some((f) => /\bprepareFilenames\b/.test(f))) {
      const file = path.resolve(String(p));
      if (exts.some((e) => file.endsWith(e))) fs.appendFileSync(log, 'resolved: ' + file + '\n');
    }
  }
  return st;
};
const isAbsolute = path.isAbsolute;
path.isAbsolute = function (p) {
  if (log && typeof p === 'string') {
    const caller = new Error().stack.split('\n')[2] || '';
    if (/\bloadModule\b/.test(caller)) fs.appendFileSync(log, 'loaded: ' + path.resolve(p) + '\n');
  }
  return isAbsolute.apply(this, arguments);
};
JS
HOOK="$HOOK_DIR/hook.cjs"

link_node_modules() {
  local work=$1 dir entry
  mkdir -p "$work/node_modules"
  for dir in "$EXTRAS/node_modules" "$PEER/node_modules"; do # peer last: it wins on a clash
    for entry in "$dir"/* "$dir"/.bin; do
      [ -e "$entry" ] || continue
      ln -sfn "$entry" "$work/node_modules/$(basename "$entry")"
    done
  done
}

# Answers "create" to every open question in a throwaway copy, so the step's questions are kept.
record_open_questions() {
  local work=$1 dest=$2; shift 2
  (cd "$work" && node "$KIT" "$@" --output json </dev/null 2>/dev/null | python3 -c '
import json, sys
for line in reversed(sys.stdin.read().splitlines()):
    try:
        doc = json.loads(line)
    except ValueError:
        continue
    print(json.dumps(doc.get("unresolved", []), indent=2)); break') >"$dest/unresolved.json" || true
  [ -s "$dest/unresolved.json" ] || rm -f "$dest/unresolved.json"
}

capture_project() {
  local proj=$1 work steps step name args folder code dest log line loaded summary=""
  [ -d "$proj/project" ] || { echo "capture-projects: $proj has no project/ folder" >&2; return 1; }
  work=$(mktemp -d)
  trap 'rm -rf "$work"' RETURN
  cp -r "$proj/project/." "$work/"
  link_node_modules "$work"
  rm -rf "$proj/expected"
  steps=(s1)
  if [ -d "$proj/steps" ]; then
    mapfile -t -O 1 steps < <(find "$proj/steps" -mindepth 1 -maxdepth 1 -type d -name 's[0-9]*' -printf '%f\n' | sort -V)
  fi
  for step in "${steps[@]}"; do
    name=$step
    if [ "$step" != s1 ]; then
      (cd "$proj/steps/$step" && find . -type f ! -name hints.json ! -name removed.txt -printf '%P\n') |
        while IFS= read -r line; do mkdir -p "$work/$(dirname "$line")" && cp "$proj/steps/$step/$line" "$work/$line"; done
      if [ -f "$proj/steps/$step/removed.txt" ]; then
        while IFS= read -r line; do [ -n "$line" ] && rm -rf "${work:?}/$line"; done <"$proj/steps/$step/removed.txt"
      fi
    fi
    args=(generate --name "$name")
    [ -f "$proj/steps/$step/hints.json" ] && args+=(--hints "$(cat "$proj/steps/$step/hints.json")")
    dest="$proj/expected/$name"
    mkdir -p "$dest"
    log="$work/.files-$name.log"
    code=0
    (cd "$work" && env -u DATABASE_URL DBKIT_FILES_LOG="$log" NODE_OPTIONS="--require $HOOK" \
      node "$KIT" "${args[@]}" </dev/null >"$work/.out.txt" 2>&1) || code=$?
    echo "$code" >"$dest/exit"
    sed -E -e 's/\x1b\[[0-9;?]*[A-Za-z]//g' -e "s#$work#<project>#g" -e "s#/[0-9]{14}_$name/#/<timestamp>_$name/#g" \
      "$work/.out.txt" >"$dest/output.txt"
    # what `schema` resolved to, once each, relative to the project
    touch "$log"
    sed -n 's/^resolved: //p' "$log" | awk '!seen[$0]++' | sed "s#^$work/##" >"$dest/files.txt"
    if [ "$code" = 0 ] || [ "$code" = 2 ]; then
      loaded=$(sed -n 's/^loaded: //p' "$log" | tail -n +2 | awk '!seen[$0]++' | sed "s#^$work/##")
      if [ "$loaded" != "$(cat "$dest/files.txt")" ]; then
        echo "capture-projects: ${proj#$REPO/} $name: resolved files differ from loaded ones:" >&2
        diff <(echo "$loaded") "$dest/files.txt" >&2
      fi
    fi
    rm -f "$log"
    folder=$(find "$work" -path "$work/node_modules" -prune -o -type d -name "*_$name" -print 2>/dev/null | head -1)
    if [ -n "$folder" ] && [ -f "$folder/migration.sql" ]; then
      cp "$folder/migration.sql" "$folder/snapshot.json" "$dest/"
    fi
    if [ "$code" = 2 ]; then record_open_questions "$work" "$dest" "${args[@]}"; fi
    summary+=" $name=$code"
    if [ "$code" = 0 ] && [ ! -f "$dest/migration.sql" ]; then summary+="(no migration)"; fi
  done
  cp "$proj/expected/s1/files.txt" "$proj/expected/files.txt"
  echo "captured ${proj#$REPO/}:$summary"
}
export -f capture_project link_node_modules record_open_questions
export PEER KIT REPO EXTRAS HOOK

if [ $# -gt 0 ]; then
  projects=()
  for p in "$@"; do projects+=("$(cd "$p" && pwd)"); done
else
  mapfile -t projects < <(find "$REPO/tests/projects" -mindepth 1 -maxdepth 1 -type d | sort)
fi
printf '%s\n' "${projects[@]}" | xargs -P "$JOBS" -I{} bash -c 'capture_project "{}"'
