#!/usr/bin/env bash
# Captures what the real drizzle-kit 1.0.0-rc.5 `push` does to a database, as test data.
#
# A push case is a folder tests/push_cases/<area>__<case>/ whose `source` file names a two-step
# generate case (repo-relative, e.g. `tests/cases/columns/add-one`); its s1/ and s2/ are the two
# schemas. For each push case, on a fresh database:
#   push 1: `drizzle-kit push --force --verbose` with the s1 schema files
#   push 2: the same with the s2 schema files
#   push 3: the same again with s2 (drizzle-kit should find nothing left to do)
# and stores, in expected/:
#   statements<N>.json   the statements push N executed, in order, as a JSON array of exact strings
#                        (read from the server's statement log; the introspection and data-loss
#                        probe queries before them are left out: see below)
#   exit<N>              push N's exit code
#   output<N>.txt        push N's stdout+stderr, ANSI codes and spinner frames removed, scratch
#                        folder shown as <project>
#   final.sql            `pg_dump -s --no-owner` after push 2, without comments and \restrict lines
# Each push runs with stdin </dev/null, so drizzle-kit sees no TTY.
#
# The server: a throwaway cluster started with ../shared/peer/start-pg.sh (PGPEER_DIR default
# /tmp/dbkit-push-pg, PGPEER_PORT default 5498) and switched to a JSON statement log (needs a
# restart the first time). It is left running for the next capture:
#   PGPEER_DIR=/tmp/dbkit-push-pg ../shared/peer/stop-pg.sh --wipe
# Roles are server-wide: before each case every role except postgres, tanstack-kit and pg_* is
# dropped, so a case that creates roles starts from none.
#
# usage: scripts/capture-push.sh [PUSH_CASE_DIR | GENERATE_CASE_DIR ...]
#   no arguments: re-capture every folder under tests/push_cases, or, when there is none yet,
#   create the default selection (DEFAULT_CASES below) and capture it.
#   A generate case dir (tests/cases/<area>/<case>) creates tests/push_cases/<area>__<case>.
#   KEEP_DB=1 keeps each case's database (push_<area>__<case>) for inspection.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
PEER=$("$REPO/scripts/peer.sh" v1)
KIT="$PEER/node_modules/drizzle-kit/bin.cjs"
PUSH_DIR="$REPO/tests/push_cases"
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}

DEFAULT_CASES="
tables/basic tables/create-several-order tables/drop-one tables/no-changes tables/rls-enable
tables/schema-table-create
columns/add-one columns/add-notnull-with-default columns/drop-one columns/set-not-null
columns/drop-default columns/type-int-to-bigint columns/type-text-to-integer columns/integer-to-serial
columns/serial-to-integer columns/type-text-to-enum
indexes/add-to-existing indexes/change-columns indexes/change-where indexes/concurrently indexes/drop
fks/add fks/builder-actions fks/drop fks/in-schema-to-schema fks/to-new-table
enums/add-value-middle enums/add-several-values enums/remove-value enums/remove-value-with-default
enums/reorder enums/in-schema-drop
checks/add checks/change-expression checks/drop checks/in-schema
views/change-definition views/change-materialized-definition views/drop views/view-to-materialized
views/in-schema
policies/add-to-existing policies/alter-for policies/drop-one policies/with-new-role policies/in-schema
sequences/create-plain sequences/alter-increment sequences/alter-several sequences/drop sequences/in-schema
schemas/create schemas/drop-with-contents schemas/drop schemas/with-contents schemas/quoted-name
defaults/change-string defaults/change-json defaults/default-now defaults/strings-escapes
defaults/arrays-2d defaults/enum defaults/change-sql-expression
identity/add-identity identity/drop-identity identity/change-start identity/change-type-int-to-bigint
identity/serial-to-identity
generated/add generated/change-expression generated/drop-expression generated/drop
"

export PGPEER_DIR=${PGPEER_DIR:-/tmp/dbkit-push-pg} PGPEER_PORT=${PGPEER_PORT:-5498}
"$REPO/../shared/peer/start-pg.sh" >/dev/null
PG_USER=tanstack-kit PG_PASS=123456789 PG_HOST=127.0.0.1 PG_PORT=$PGPEER_PORT
export PGPASSWORD=$PG_PASS
psql_on() { # psql_on DB [args...]
  local db=$1; shift
  psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$db" "$@"
}
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u "${PGPEER_USER:-postgres}" -- "$@"; else "$@"; fi; }

# The statement log: jsonlog (one JSON object a line, statement text exact) in $DATA/log/.
DATA="$PGPEER_DIR/data"
if [ "$(psql_on postgres -tAc 'show log_destination')" != jsonlog ]; then
  psql_on postgres -c "ALTER SYSTEM SET logging_collector = on" -c "ALTER SYSTEM SET log_destination = 'jsonlog'" \
    -c "ALTER SYSTEM SET log_directory = 'log'" -c "ALTER SYSTEM SET log_filename = 'statements.log'" \
    -c "ALTER SYSTEM SET log_rotation_age = 0" -c "ALTER SYSTEM SET log_rotation_size = 0"
  as_pg "$PGBIN/pg_ctl" -D "$DATA" -l "$PGPEER_DIR/server.log" -w -t 60 restart >/dev/null
fi
LOG="$DATA/log/statements.json"
for _ in $(seq 1 50); do [ -r "$LOG" ] && break; sleep 0.2; done
[ -r "$LOG" ] || { echo "capture-push: cannot read the statement log $LOG" >&2; exit 1; }

drop_roles() {
  local roles r
  roles=$(psql_on postgres -tAc "SELECT quote_ident(rolname) FROM pg_roles WHERE rolname !~ '^pg_' AND rolname NOT IN ('postgres', '$PG_USER')")
  for r in $roles; do psql_on postgres -c "SET client_min_messages = warning" -c "DROP ROLE IF EXISTS $r" 2>/dev/null || true; done
}

# run_push CASE DB WORK N: one `push --force --verbose` in WORK against DB; stores expected/*N*.
run_push() {
  local case=$1 db=$2 work=$3 n=$4 code=0 offset marker
  offset=$(stat -c %s "$LOG")
  (cd "$work" && node "$KIT" push --force --verbose </dev/null >"$work/out.txt" 2>&1) || code=$?
  echo "$code" >"$case/expected/exit$n"
  # The log is written by the collector process: wait until a marker query sent after the push shows up.
  marker="dbkit-push-marker-$db-$n-$RANDOM"
  psql_on "$db" -tAc "SELECT '$marker'" >/dev/null
  for _ in $(seq 1 100); do tail -c +"$((offset + 1))" "$LOG" | grep -q "$marker" && break; sleep 0.1; done
  tail -c +"$((offset + 1))" "$LOG" >"$work/log.json"
  python3 - "$work/out.txt" "$work" "$work/log.json" "$db" "$case/expected/output$n.txt" "$case/expected/statements$n.json" <<'PY'
import json, re, sys
out_path, work, log_path, db, out_txt, out_json = sys.argv[1:]
text = open(out_path, encoding="utf-8").read().replace(work, "<project>")
# The spinner draws `[⣷] Pulling schema from database...` a timing-dependent number of times (each
# redraw starts with `ESC[2K ESC[1G`) before the final `[✓] …` line: drop the spinner frames.
text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", text)
text = "".join(l for l in text.splitlines(keepends=True) if not re.match(r"\[[⣷⣯⣟⡿⢿⣻⣽⣾]\] ", l))
open(out_txt, "w", encoding="utf-8").write(text)

# Every statement drizzle-kit's connection sent (psql markers and pg_dump are other clients).
sent = []
for line in open(log_path, encoding="utf-8", errors="replace"):
    try:
        rec = json.loads(line)
    except ValueError:
        continue
    if rec.get("dbname") != db or rec.get("application_name") in ("psql", "pg_dump"):
        continue
    msg = rec.get("message", "")
    for prefix in ("statement: ", "execute <unnamed>: "):
        if msg.startswith(prefix):
            sent.append(msg[len(prefix):])
            break

# It first introspects (SELECTs), then may probe for data loss (`select 1 from … limit 1`), then runs
# the statements, printing each one with console.log under --verbose. So the executed statements
# are the tail of `sent` that --verbose printed, in full, right after the introspection line, up to
# `[✓] Changes applied` (or, when a statement failed, up to the error box that follows it).
printed = ""
m = re.search(r"\[✓\] Pulling schema from database\.\.\.\n(.*?)(?:\[✓\] Changes applied\n|\n┌── )", text, re.S)
if m:
    printed = m.group(1)
statements = None
for k in range(len(sent) + 1):
    tail = "".join(s + "\n" for s in sent[k:])
    if tail == printed:
        statements = sent[k:]
        break
if statements is None:
    # Should not happen: fall back to "whatever is not a query" and say so.
    statements = [s for s in sent if not re.match(r"\s*(select|with)\b", s, re.I)]
    print(f"capture-push: {out_json}: statement log and --verbose output disagree", file=sys.stderr)
open(out_json, "w", encoding="utf-8").write(json.dumps(statements, indent=2, ensure_ascii=False) + "\n")
PY
}

capture_case() {
  local case=$1 src name db work
  src="$REPO/$(cat "$case/source")"
  [ -d "$src/s1" ] && [ -d "$src/s2" ] || { echo "capture-push: $case: source $src has no s1/s2" >&2; return 1; }
  name=$(basename "$case")
  db="push_${name//-/_}"
  work=$(mktemp -d)
  trap 'rm -rf "$work"' RETURN
  psql_on postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)"
  drop_roles
  psql_on postgres -c "CREATE DATABASE \"$db\"" -c "ALTER DATABASE \"$db\" SET log_statement = 'all'"
  ln -s "$PEER/node_modules" "$work/node_modules"
  cat >"$work/drizzle.config.ts" <<TS
import { defineConfig } from "drizzle-kit";
export default defineConfig({
  dialect: "postgresql",
  schema: "./schema",
  dbCredentials: { url: "postgres://$PG_USER:$PG_PASS@$PG_HOST:$PG_PORT/$db" },
});
TS
  rm -rf "$case/expected" && mkdir -p "$case/expected"
  local n step
  for n in 1 2 3; do
    step=s$(( n < 2 ? 1 : 2 ))
    rm -rf "$work/schema" && mkdir -p "$work/schema"
    find "$src/$step" -maxdepth 1 -name '*.ts' -exec cp {} "$work/schema/" \;
    run_push "$case" "$db" "$work" "$n"
    if [ "$n" = 2 ]; then
      "$PGBIN/pg_dump" -s --no-owner -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" "$db" \
        | grep -v -e '^--' -e '^\\restrict ' -e '^\\unrestrict ' | cat -s \
        | sed -e '/./,$!d' >"$case/expected/final.sql"
    fi
  done
  [ -n "${KEEP_DB:-}" ] || psql_on postgres -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)"
  echo "captured ${case#"$REPO"/} (exit $(cat "$case/expected/exit1") $(cat "$case/expected/exit2") $(cat "$case/expected/exit3"))"
}

# Arguments -> push case folders (creating them for generate case dirs).
to_push_case() {
  local dir rel area
  dir=$(cd "$1" && pwd)
  if [ -f "$dir/source" ]; then echo "$dir"; return; fi
  rel=${dir#"$REPO"/}
  case $rel in
    tests/cases/*/*) ;;
    *) echo "capture-push: $1 is neither a push case nor tests/cases/<area>/<case>" >&2; return 1 ;;
  esac
  area=$(basename "$(dirname "$dir")")
  mkdir -p "$PUSH_DIR/${area}__$(basename "$dir")"
  echo "$rel" >"$PUSH_DIR/${area}__$(basename "$dir")/source"
  echo "$PUSH_DIR/${area}__$(basename "$dir")"
}

args=("$@")
if [ ${#args[@]} -eq 0 ]; then
  if [ -n "$(find "$PUSH_DIR" -mindepth 2 -maxdepth 2 -name source 2>/dev/null | head -1)" ]; then
    mapfile -t args < <(find "$PUSH_DIR" -mindepth 2 -maxdepth 2 -name source -printf '%h\n' | sort)
  else
    for c in $DEFAULT_CASES; do args+=("$REPO/tests/cases/$c"); done
  fi
fi
for a in "${args[@]}"; do
  c=$(to_push_case "$a")
  capture_case "$c"
done
