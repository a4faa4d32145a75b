#!/usr/bin/env bash
# The whole test suite, on a fresh machine: installs what it needs, then runs every test against
# a throwaway PostgreSQL that the test harness starts itself (tests/support/server.rs).
#   scripts/test.sh                 unit + integration tests, then drizzle-orm interop (compat.sh)
#   DBKIT_SKIP_COMPAT=1 scripts/test.sh   skip the interop tests (they need npm)
set -euo pipefail
cd "$(dirname "$0")/.."

have_server_binaries() {
  [ -n "${DBKIT_PG_BIN:-}" ] && [ -x "$DBKIT_PG_BIN/initdb" ] && return 0
  command -v pg_config >/dev/null && [ -x "$(pg_config --bindir)/initdb" ] && return 0
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && return 0
  command -v initdb >/dev/null
}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! have_server_binaries; then
  echo "test.sh: installing the PostgreSQL server (apt-get install -y postgresql)"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
fi
# The harness's cluster reaper uses setsid/runuser (util-linux) when running as root.
command -v setsid >/dev/null || { as_root apt-get update -qq; DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq util-linux >/dev/null; }

# A one-off build gains nothing from the incremental cache, which is about half of target/ on disk.
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"
cargo test --workspace --locked

if [ -z "${DBKIT_SKIP_COMPAT:-}" ]; then
  status=0
  scripts/compat.sh || status=$?
  if [ "$status" = 3 ]; then
    echo "test.sh: WARNING: drizzle-orm interop tests were not run (no node/npm or registry); see above" >&2
  elif [ "$status" != 0 ]; then
    exit "$status"
  fi
fi
echo "test.sh: all tests passed"
