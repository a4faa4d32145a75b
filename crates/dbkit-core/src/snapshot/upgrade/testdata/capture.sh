#!/usr/bin/env bash
# Records one input/expected pair for the `up` tests from the real tools:
#   capture.sh CASE
# CASE/steps/NN[-label][-custom]/*.ts are the schema files of each step. drizzle-kit 0.31 runs
# `generate` once per step (random name for a bare NN, else `--name label`; `--custom` for a step
# whose name ends in -custom, appending that step's custom.sql to the file it writes); CASE/input
# is that 0.31 folder. drizzle-kit 1.0.0-rc.5 then runs `up` on a copy; CASE/expected is what it
# leaves (or CASE/up-error.txt, what it printed when it refused). A step's hints.json answers
# rename questions (`--hints-file`, drizzle-kit 1.0-rc only); a step's `branch` file (a name) runs
# it on a branch forked from the main folder, and a `merge` file merges every branch back first.
# A step's `pty` file holds answers to 0.31's rename prompts (ptydrive.py --step arguments, from
# ../shared/peer).
# Needs node, npm and the peers from scripts/peer.sh v0 and v1 (~/.cache/dbkit-peer).
set -euo pipefail
case_dir=$(cd "$(dirname "$0")" && pwd)/${1:?usage: capture.sh CASE}
root=$(cd "$(dirname "$0")/../../../../../.." && pwd)
v0=$("$root/scripts/peer.sh" v0)
v1=$("$root/scripts/peer.sh" v1)
generate=generate
config="export default { dialect: 'postgresql', schema: './schema', out: './drizzle' };"
# CASE/kit may set `kit` (packages of an older generator for v5/v6 or 1.0-rc snapshots, e.g.
# "drizzle-kit@0.20.18 drizzle-orm@0.29.5"), `generate` (its command) and `config` (the config text).
kit=
# shellcheck source=/dev/null
[ -f "$case_dir/kit" ] && . "$case_dir/kit"
if [ -n "$kit" ]; then
  v0=${DBKIT_PEER_CACHE:-$HOME/.cache/dbkit-peer}/$(echo "$kit" | tr -c 'a-z0-9\n' _)
  [ -d "$v0/node_modules/drizzle-kit" ] || { mkdir -p "$v0" && (cd "$v0" && echo '{"private":true}' >package.json && npm install --no-audit --no-fund --loglevel=error $kit >&2); }
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
ln -s "$v0/node_modules" node_modules
printf '%s\n' "$config" >drizzle.config.ts
# CASE/seed, if present, is a 0.31 folder to start from (e.g. what `drizzle-kit pull` wrote).
[ -d "$case_dir/seed" ] && cp -r "$case_dir/seed" drizzle
for step in $(ls -d "$case_dir"/steps/*/ 2>/dev/null); do
  # A step with a `branch` file runs in that branch's copy of the folder, made when the branch
  # first appears; a step with a `merge` file first copies every branch's migrations back.
  dir=$work
  if [ -f "$step/branch" ]; then
    dir=$work/branches/$(cat "$step/branch")
    if [ ! -d "$dir" ]; then
      mkdir -p "$dir" && cp -r "$work/drizzle" "$dir/drizzle"
      ln -s "$v0/node_modules" "$dir/node_modules" && cp drizzle.config.ts "$dir/"
    fi
  fi
  [ -f "$step/merge" ] && for b in "$work"/branches/*/; do cp -rn "$b"drizzle/* drizzle/; done
  rm -rf "$dir/schema" && mkdir "$dir/schema" && cp "$step"*.ts "$dir/schema/"
  name=$(basename "$step")
  label=${name#*-}; label=${label%-custom}
  args=($generate)
  [[ $name == *-* ]] && args+=(--name "$label")
  [[ $name == *-custom ]] && args+=(--custom)
  [ -f "$step/hints.json" ] && args+=(--hints-file "$step/hints.json")
  if [ -f "$step/pty" ]; then # answers to the prompts, as ptydrive.py --step arguments
    eval "answers=($(cat "$step/pty"))"
    (cd "$dir" && python3 "$root/../shared/peer/ptydrive.py" "${answers[@]}" -- node "$v0/node_modules/drizzle-kit/bin.cjs" "${args[@]}" >"$work/out.txt" 2>&1) || { cat "$work/out.txt"; exit 1; }
  else
    (cd "$dir" && node "$v0/node_modules/drizzle-kit/bin.cjs" "${args[@]}" </dev/null >"$work/out.txt" 2>&1) || { cat "$work/out.txt"; exit 1; }
  fi
  grep -iE 'error|warn' "$work/out.txt" >&2 || true
  if [[ $name == *-custom && -f $step/custom.sql ]]; then
    sql=$(ls "$dir"/drizzle/*.sql | sort | tail -1)
    cat "$step/custom.sql" >>"$sql"
  fi
  sleep 1.1 # drizzle-kit up refuses two journal entries in the same second
done
rm -rf "$case_dir/input" "$case_dir/expected"
cp -r drizzle "$case_dir/input"
rm node_modules && ln -s "$v1/node_modules" node_modules
printf '%s\n' "export default { dialect: 'postgresql', schema: './schema', out: './drizzle' };" >drizzle.config.ts
rm -f "$case_dir/up-error.txt"
if node "$v1/node_modules/drizzle-kit/bin.cjs" up </dev/null >"$work/up.txt" 2>&1; then
  cp -r drizzle "$case_dir/expected"
else # drizzle-kit refused: keep what it said instead
  grep -v -e '^No config path' -e '^Reading config file' "$work/up.txt" >"$case_dir/up-error.txt"
  echo "drizzle-kit up failed; see $case_dir/up-error.txt" >&2
fi
