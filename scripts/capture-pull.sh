#!/usr/bin/env bash
# Captures what the real drizzle-kit 1.0.0-rc.5 `pull` reads from a database, as test data.
#
# A case is a folder tests/pull_cases/<case>/ with
#   schema.sql     the database, applied with psql (ON_ERROR_STOP) to a fresh database
#   config.json    optional: drizzle.config.ts keys for that case (tablesFilter, schemaFilter,
#                  extensionsFilters, entities, migrations), merged into the config as written,
#                  plus "connectAs": {"user": "...", "password": "..."} to pull as another role
#   README         optional: one line saying what the case is about
# For each case, `drizzle-kit pull` runs in a scratch project against that database and stores
#   expected/snapshot.json, expected/migration.sql   (the pulled migration folder)
#   expected/schema.ts, expected/relations.ts
#   expected/output.txt   (stdout+stderr, ANSI and spinner frames removed, folder name masked)
#   expected/exit         (the exit code)
# beside the inputs. Snapshot ids are random; the tests compare only the `ddl` array.
#
# The server: PULL_PG_URL (a superuser URL, database part ignored) or a throwaway cluster started
# with ../shared/peer/start-pg.sh (PGPEER_DIR default /tmp/dbkit-pull-pg, PGPEER_PORT default 5497),
# left running for the next capture: `PGPEER_DIR=/tmp/dbkit-pull-pg ../shared/peer/stop-pg.sh --wipe`.
# Roles are server-wide: cases create theirs only when missing.
#
# usage: scripts/capture-pull.sh [CASE_DIR ...]   (default: every case under tests/pull_cases)
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
PEER=$("$REPO/scripts/peer.sh" v1)
KIT="$PEER/node_modules/drizzle-kit/bin.cjs"

if [ -z "${PULL_PG_URL:-}" ]; then
  export PGPEER_DIR=${PGPEER_DIR:-/tmp/dbkit-pull-pg} PGPEER_PORT=${PGPEER_PORT:-5497}
  "$REPO/../shared/peer/start-pg.sh" >/dev/null
  PULL_PG_URL="postgres://tanstack-kit:123456789@127.0.0.1:$PGPEER_PORT/test"
fi
# postgres://user:password@host:port/db -> the parts psql and the config need
read -r PG_USER PG_PASS PG_HOST PG_PORT < <(python3 -c '
import sys, urllib.parse as u
p = u.urlparse(sys.argv[1]); print(u.unquote(p.username), u.unquote(p.password or ""), p.hostname, p.port or 5432)' "$PULL_PG_URL")

psql_as() { # psql_as DB [args...]
  local db=$1; shift
  PGPASSWORD=$PG_PASS psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$db" "$@"
}

capture_case() {
  local case=$1 name db work code=0 folder user pass
  name=$(basename "$case")
  db="pull_${name//-/_}"
  work=$(mktemp -d)
  trap 'rm -rf "$work"' RETURN
  psql_as postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" -c "CREATE DATABASE \"$db\""
  if ! psql_as "$db" -f "$case/schema.sql" >"$work/apply.log" 2>&1; then
    echo "capture-pull: $name: schema.sql failed:" >&2; cat "$work/apply.log" >&2; return 1
  fi
  user=$PG_USER pass=$PG_PASS
  if [ -f "$case/config.json" ]; then
    read -r user pass < <(python3 -c '
import json, sys
c = json.load(open(sys.argv[1])).get("connectAs") or {}
print(c.get("user", sys.argv[2]), c.get("password", sys.argv[3]))' "$case/config.json" "$PG_USER" "$PG_PASS")
  fi
  ln -s "$PEER/node_modules" "$work/node_modules"
  python3 - "$case/config.json" "$work/drizzle.config.ts" "$user" "$pass" "$PG_HOST" "$PG_PORT" "$db" <<'PY'
import json, os, sys, urllib.parse as u
path, out, user, password, host, port, db = sys.argv[1:]
extra = json.load(open(path)) if os.path.exists(path) else {}
extra.pop("connectAs", None)
url = f"postgres://{u.quote(user, safe='')}:{u.quote(password, safe='')}@{host}:{port}/{db}"
config = {"dialect": "postgresql", "out": "./drizzle", "dbCredentials": {"url": url}, **extra}
open(out, "w").write('import { defineConfig } from "drizzle-kit";\nexport default defineConfig(' + json.dumps(config, indent=2) + ');\n')
PY
  rm -rf "$case/expected" && mkdir -p "$case/expected"
  (cd "$work" && node "$KIT" pull </dev/null >"$work/out.txt" 2>&1) || code=$?
  echo "$code" >"$case/expected/exit"
  python3 - "$work/out.txt" "$work" >"$case/expected/output.txt" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read().replace(sys.argv[2], "<project>")
# The progress block is redrawn many times (`ESC[2K ESC[1G` before each frame), how many depends on
# timing: keep the lines before the first frame and everything from the last frame on.
frames = text.split("\x1b[2K\x1b[1G")
progress = re.compile(r"^\[(?:[⣷⣯⣟⡿⢿⣻⣽⣾]|✓)\] ")
head = [l for l in frames[0].split("\n") if not progress.match(l)] if len(frames) > 1 else frames[0].split("\n")
text = "\n".join(head) + ("\n" + frames[-1] if len(frames) > 1 else "")
text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", text)
text = re.sub(r"\d{14}_[a-z0-9_]+", "<folder>", text)
sys.stdout.write(text)
PY
  [ -f "$work/drizzle/schema.ts" ] && cp "$work/drizzle/schema.ts" "$case/expected/"
  [ -f "$work/drizzle/relations.ts" ] && cp "$work/drizzle/relations.ts" "$case/expected/"
  folder=$(find "$work/drizzle" -mindepth 1 -maxdepth 1 -type d 2>/dev/null | head -1)
  if [ -n "$folder" ]; then
    cp "$folder/migration.sql" "$folder/snapshot.json" "$case/expected/"
  fi
  psql_as postgres -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)"
  echo "captured ${case#"$REPO"/} (exit $code)"
}

if [ $# -gt 0 ]; then cases=("$@"); else mapfile -t cases < <(find "$REPO/tests/pull_cases" -mindepth 1 -maxdepth 1 -type d | sort); fi
for c in "${cases[@]}"; do capture_case "$(cd "$c" && pwd)"; done
