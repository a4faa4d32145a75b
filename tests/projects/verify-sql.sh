#!/usr/bin/env bash
# Applies every project's captured migrations, step after step, to a fresh database on a running
# PostgreSQL, and reports the first statement PostgreSQL rejects in each project.
#   tests/projects/verify-sql.sh [tests/projects/<name> ...]
# Connection: PGHOST/PGPORT/PGUSER as for psql (a superuser: roles and extensions are created).
# A project's setup.sql (optional) runs first: the roles, schemas, functions and extensions the
# schema declares as existing or needs (auth.users for Supabase, citext, ...).
# Roles the migrations create are dropped afterwards.
# Each migration.sql runs as one psql script with ON_ERROR_STOP, outside a transaction (drizzle's
# CREATE INDEX CONCURRENTLY cannot run inside one). Exit code: the number of projects that failed.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")" && pwd)
if [ $# -gt 0 ]; then projects=("$@"); else mapfile -t projects < <(find "$ROOT" -mindepth 1 -maxdepth 1 -type d | sort); fi
failed=0
for proj in "${projects[@]}"; do
  proj=$(cd "$proj" && pwd); name=$(basename "$proj"); db="verify_${name//-/_}"
  roles_before=$(psql -X -qtA -d postgres -c "select rolname from pg_roles order by 1")
  psql -X -q -d postgres -c "set client_min_messages = warning" -c "drop database if exists $db" -c "create database $db" >/dev/null || exit 1
  result="ok"
  if [ -f "$proj/setup.sql" ] && ! out=$(psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$proj/setup.sql" 2>&1); then
    result="setup.sql failed: $out"
  fi
  if [ "$result" = ok ]; then
    for step in $(ls "$proj/expected" | grep '^s[0-9]' | sort -V); do
      [ -f "$proj/expected/$step/migration.sql" ] || continue
      if ! out=$(psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$proj/expected/$step/migration.sql" 2>&1); then
        result="$step: $(echo "$out" | grep -m1 ERROR)"; break
      fi
    done
  fi
  psql -X -q -d postgres -c "drop database if exists $db" >/dev/null
  # roles are cluster-wide: drop the ones this project created
  comm -13 <(echo "$roles_before") <(psql -X -qtA -d postgres -c "select rolname from pg_roles order by 1") |
    while IFS= read -r role; do psql -X -q -d postgres -c "drop role \"$role\"" >/dev/null; done
  echo "$name: $result"
  [ "$result" = ok ] || failed=$((failed + 1))
done
exit "$failed"
