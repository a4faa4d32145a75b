#!/usr/bin/env bash
# dbkit's main job on the example project in this repo: start a local PostgreSQL (no Docker,
# data in .dbkit/pgdata, localhost:5433 by default), generate from ./schema (the folder drizzle-kit
# wrote is up to date, so nothing new is written), apply the migrations in ./drizzle, show status.
# Settings come from ./migrations.toml (DATABASE_HOST/PORT/USERNAME/PASSWORD/NAME override them).
# Stop the database afterwards with: target/release/dbkit db stop
set -euo pipefail
cd "$(dirname "$0")/.."

if ! { command -v pg_config >/dev/null && [ -x "$(pg_config --bindir)/initdb" ]; } && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null; then
  echo "demo.sh: installing the PostgreSQL server (apt-get install -y postgresql)"
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; fi
fi

cargo build --release --locked --quiet
dbkit=target/release/dbkit
set -x
$dbkit db start
$dbkit generate
$dbkit migrate
$dbkit status
