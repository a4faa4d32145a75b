#!/usr/bin/env bash
# Builds migration folders with branches by running the real drizzle-kit 1.0.0-rc.5 `generate`
# with only some folders visible (so the new migration's parent is chosen), then records what
# `drizzle-kit check` says about the folder: check.json (--output json, stdout), check.txt
# (text mode, stderr), exit. Writes <case>/drizzle/<folder>/snapshot.json beside them.
#   usage: capture-check.sh OUT_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$(mkdir -p "$1" && cd "$1" && pwd)
repo=$(cd "$here/../../../../../.." && pwd)
peer=$("$repo/scripts/peer.sh" v1)
kit="$peer/node_modules/drizzle-kit/bin.cjs"

work=
store=
new_case() {
  work=$(mktemp -d); store="$work/store"; mkdir -p "$store" "$work/drizzle"
  ln -s "$peer/node_modules" "$work/node_modules"
  cat >"$work/drizzle.config.ts" <<'TS'
import { defineConfig } from "drizzle-kit";
export default defineConfig({ dialect: "postgresql", schema: "./schema.ts", out: "./drizzle" });
TS
}
folder_of() { ls "$store" | grep "_$1\$" || { echo "no migration $1" >&2; exit 1; }; }
# gen NAME SCHEMA_TS [PARENT...]: generate NAME from SCHEMA_TS with the named migrations visible
# (list every ancestor). `--custom` as SCHEMA_TS writes a custom migration.
gen() {
  local name=$1 schema=$2; shift 2
  for p in "$@"; do mv "$store/$(folder_of "$p")" "$work/drizzle/"; done
  local args=(generate --name "$name")
  if [ "$schema" = --custom ]; then args+=(--custom); else printf '%s\n' "$schema" >"$work/schema.ts"; fi
  (cd "$work" && node "$kit" "${args[@]}" </dev/null >/dev/null 2>&1) || { echo "generate $name failed" >&2; exit 1; }
  mv "$work/drizzle/"* "$store/"
  sleep 1.05
}
finish() {
  local name=$1 dest="$out/$1"
  mv "$store/"* "$work/drizzle/"
  rm -rf "$dest"; mkdir -p "$dest/drizzle"
  local code=0
  (cd "$work" && node "$kit" check --output json </dev/null >"$dest/check.json" 2>/dev/null) || code=$?
  (cd "$work" && node "$kit" check </dev/null >/dev/null 2>"$dest/check.txt") || true
  echo "$code" >"$dest/exit"
  sed -i -e 's/\x1b\[[0-9;?]*[A-Za-z]//g' "$dest/check.txt"
  for f in "$work/drizzle/"*; do mkdir -p "$dest/drizzle/$(basename "$f")"; cp "$f/snapshot.json" "$dest/drizzle/$(basename "$f")/"; done
  rm -rf "$work"
  echo "captured $name (exit $code)"
}

T='import { integer, pgTable, serial, text, varchar } from "drizzle-orm/pg-core";'
USERS='export const users = pgTable("users", { id: serial().primaryKey(), name: text().notNull() });'
POSTS='export const posts = pgTable("posts", { id: serial().primaryKey(), title: text() });'

# Both branches add the same column: a conflict.
new_case
gen init "$T $USERS $POSTS"
gen add_email "$T export const users = pgTable(\"users\", { id: serial().primaryKey(), name: text().notNull(), email: text() }); $POSTS" init
gen add_email_too "$T export const users = pgTable(\"users\", { id: serial().primaryKey(), name: text().notNull(), email: varchar({ length: 100 }) }); $POSTS" init
finish same_column

# Branches on different tables commute; a merge migration then joins them.
new_case
gen init "$T $USERS $POSTS"
gen users_email "$T export const users = pgTable(\"users\", { id: serial().primaryKey(), name: text().notNull(), email: text() }); $POSTS" init
gen posts_body "$T $USERS export const posts = pgTable(\"posts\", { id: serial().primaryKey(), title: text(), body: text() });" init
finish different_tables

# Both branches make the very same alteration: idempotent, no conflict.
new_case
gen init "$T $USERS $POSTS"
gen name_a "$T export const users = pgTable(\"users\", { id: serial().primaryKey(), name: varchar({ length: 100 }).notNull() }); $POSTS" init
gen name_b "$T export const users = pgTable(\"users\", { id: serial().primaryKey(), name: varchar({ length: 100 }).notNull() }); $POSTS" init
finish same_alter

# Different alterations of one column conflict.
new_case
gen init "$T $USERS $POSTS"
gen name_100 "$T export const users = pgTable(\"users\", { id: serial().primaryKey(), name: varchar({ length: 100 }).notNull() }); $POSTS" init
gen name_200 "$T export const users = pgTable(\"users\", { id: serial().primaryKey(), name: varchar({ length: 200 }).notNull() }); $POSTS" init
finish different_alters

# One branch drops a table the other adds a column to; the second branch has two migrations and
# ends with a custom one. A third branch commutes with both.
new_case
gen init "$T $USERS $POSTS"
gen drop_posts "$T $USERS" init
gen posts_body "$T $USERS export const posts = pgTable(\"posts\", { id: serial().primaryKey(), title: text(), body: text() });" init
gen seed --custom init posts_body
gen users_email "$T export const users = pgTable(\"users\", { id: serial().primaryKey(), name: text().notNull(), email: text() }); $POSTS" init
finish drop_vs_add

# Two commuting branches merged (drizzle writes a merge only with a change: a new table), then two
# conflicting branches after the merge.
TAGS='export const tags = pgTable("tags", { id: serial().primaryKey() });'
new_case
gen init "$T $USERS $POSTS"
gen users_email "$T export const users = pgTable(\"users\", { id: serial().primaryKey(), name: text().notNull(), email: text() }); $POSTS" init
gen posts_body "$T $USERS export const posts = pgTable(\"posts\", { id: serial().primaryKey(), title: text(), body: text() });" init
M="$T export const users = pgTable(\"users\", { id: serial().primaryKey(), name: text().notNull(), email: text() }); export const posts = pgTable(\"posts\", { id: serial().primaryKey(), title: text(), body: text() });"
gen merged "$M $TAGS" init users_email posts_body
gen drop_body_a "$T export const users = pgTable(\"users\", { id: serial().primaryKey(), name: text().notNull(), email: text() }); $POSTS $TAGS" init users_email posts_body merged
gen body_varchar "$T export const users = pgTable(\"users\", { id: serial().primaryKey(), name: text().notNull(), email: text() }); export const posts = pgTable(\"posts\", { id: serial().primaryKey(), title: text(), body: varchar({ length: 10 }) }); $TAGS" init users_email posts_body merged
finish after_merge

# Three leaves: a and b conflict over users.email, c drops the posts table b adds a column to.
new_case
gen init "$T $USERS $POSTS"
gen a_email "$T export const users = pgTable(\"users\", { id: serial().primaryKey(), name: text().notNull(), email: text() }); $POSTS" init
gen b_email "$T export const users = pgTable(\"users\", { id: serial().primaryKey(), name: text().notNull(), email: text().notNull() }); export const posts = pgTable(\"posts\", { id: serial().primaryKey(), title: text(), body: text() });" init
gen c_drop_posts "$T $USERS" init
finish three_leaves
