#!/usr/bin/env bash
# Times dbkit against the real drizzle-kit 1.0.0-rc.5 on the same synthetic project and the same
# throwaway PostgreSQL, in one run:
#   build dbkit (release) -> install the peer -> start a private cluster -> make the 300-table project
#   -> time each item for both tools -> check both left the same database state -> print a table.
#
# usage: scripts/bench.sh   env: RUNS=5 counted runs per item, TABLES=300, MEM_RUNS=3,
#                           PGBIN=<server bin dir>, BENCH_PG_PARENT=<dir for the cluster>
# output: target/bench/summary.tsv (the table), target/bench/<item>.<tool>.txt (raw timer output),
#         target/bench/<item>.<tool>.out (what the tool printed in one untimed run), setup-*.txt.
#
# Method (the same as ../shared/peer/bench.sh, whose figures are in ../shared/peer/REPORT.md §5):
# whole-process wall time from ../shared/peer/peer_time.py, 1 warm-up run + RUNS counted, medians
# quoted. Items that change the database get a fresh database per run, copied from a template
# before timing starts, so the timed command is only `sh -c '<pick next db>; exec TOOL migrate'`.
# Peak RSS comes from GNU time (median of MEM_RUNS untimed runs of the same command), NOT from
# peer_time.py: a child forked by Python keeps Python's RSS high-water mark across exec, so
# peer_time.py never reports less than ~14 MiB (it says 14.4 MiB for /bin/true). That floor is
# harmless for drizzle-kit (>100 MiB) but would hide dbkit's real figure. Its column stays in the raw files.
set -euo pipefail

RUNS=${RUNS:-5}
MEM_RUNS=${MEM_RUNS:-3}
TABLES=${TABLES:-300}
REPO=$(cd "$(dirname "$0")/.." && pwd)
# The shared peer kit lives beside the repo on every machine of ours.
SHARED=$(cd "$REPO/../shared/peer" 2>/dev/null && pwd) || { echo "bench.sh: $REPO/../shared/peer is missing" >&2; exit 1; }
# The server binaries: $PGBIN, else pg_config's, else the newest Debian-style install.
if [ -z "${PGBIN:-}" ]; then
  if command -v pg_config >/dev/null && [ -x "$(pg_config --bindir)/initdb" ]; then PGBIN=$(pg_config --bindir)
  else PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1); fi
fi
[ -x "${PGBIN:-}/initdb" ] || { echo "bench.sh: no PostgreSQL server binaries (apt-get install -y postgresql, or set PGBIN)" >&2; exit 1; }
OUT=$REPO/target/bench
TIMER=(python3 "$SHARED/peer_time.py")

log() { printf '\n== %s\n' "$*" >&2; }
die() { printf '\nbench.sh: FAILED: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------
# 1. dbkit, release build (the binary the targets are about).
log "building dbkit (release)"
(cd "$REPO" && cargo build --release --locked -p dbkit)
DBKIT=$REPO/target/release/dbkit
[ -x "$DBKIT" ] || die "no binary at $DBKIT"

# 2. the reference peer: drizzle-kit 1.0.0-rc.5 + drizzle-orm 1.0.0-rc.5 + pg, cached by peer.sh.
log "installing the peer (drizzle-kit 1.0)"
PEER=$("$REPO/scripts/peer.sh" v1)
KIT=$PEER/node_modules/.bin/drizzle-kit
[ -x "$KIT" ] || die "no drizzle-kit at $KIT"

# GNU time, for peak RSS (see the header). Installed here if missing and we can.
GTIME=/usr/bin/time
if ! "$GTIME" -f %M true >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing GNU time"; apt-get install -y -qq time >/dev/null
  fi
  "$GTIME" -f %M true >/dev/null 2>&1 || die "GNU time ($GTIME) is needed for peak RSS: apt-get install time"
fi

# ---------------------------------------------------------------------------------------------
# 3. a private PostgreSQL 15 on a free port, in temp dirs; always stopped and removed at exit.
# The cluster goes on tmpfs (/dev/shm) when there is one. Both tools send the server the same DDL,
# so the server's cost is common to both; on our VMs' ext4 disk (mounted with online discard) that
# cost jumped 3x at random (psql -1 -f of the base migration: 0.42-1.71 s), which drowned the
# difference between the tools. On tmpfs it is steady (0.42-0.49 s). fsync=off (start-pg.sh) already
# says the disk is not what we measure. BENCH_PG_PARENT=/some/disk/dir puts it back on a disk.
# The cluster dir is its own mktemp dir because start-pg.sh chowns it to the postgres user when
# we are root, and postgres must be able to reach it (a dir nested in a root-only 0700 dir would not do).
if [ -n "${BENCH_PG_PARENT:-}" ]; then PGPARENT=$BENCH_PG_PARENT
elif [ -d /dev/shm ] && [ -w /dev/shm ]; then PGPARENT=/dev/shm
else PGPARENT=${TMPDIR:-/tmp}; fi
WORK=$(mktemp -d "${TMPDIR:-/tmp}/dbkit-bench.XXXXXX")
PGDIR=$(mktemp -d "$PGPARENT/dbkit-bench-pg.XXXXXX")
cleanup() {
  local rc=$?
  set +e
  if ! PGPEER_DIR=$PGDIR PGBIN=$PGBIN "$SHARED/stop-pg.sh" >/dev/null 2>&1; then
    # pg_ctl could not stop it: signal our own postmaster by its pid file (never by name).
    pid=$(head -1 "$PGDIR/data/postmaster.pid" 2>/dev/null) && [ -n "$pid" ] && kill "$pid" 2>/dev/null && sleep 1
  fi
  rm -rf "$WORK" "$PGDIR"
  [ $rc -eq 0 ] || echo "bench.sh: exit $rc (cluster stopped, temp dirs removed)" >&2
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log "starting PostgreSQL on 127.0.0.1:$PORT ($PGDIR)"
PGPEER_DIR=$PGDIR PGPEER_PORT=$PORT PGBIN=$PGBIN "$SHARED/start-pg.sh" >&2

export PGPASSWORD=123456789
psqlq() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U tanstack-kit "$@"; }
# NAME [TEMPLATE]. FILE_COPY copies the template's files instead of WAL-logging every page (PG15's
# default), so the ~20 copies do not leave a pile of WAL and dirty pages to flush during the timing.
createdb_() { psqlq -d postgres -c "create database \"$1\"${2:+ template \"$2\" strategy file_copy}" >/dev/null; }
# Before each timed block: write PostgreSQL's dirty buffers out and let the OS flush what is
# pending, so one block's (or the setup's) writes are not paid for by the next block.
settle() { psqlq -d postgres -c checkpoint >/dev/null; sync; }

# ---------------------------------------------------------------------------------------------
# 4. the project: 300 tables, the fixture config pointed at our port, the peer's node_modules
# (drizzle-kit evaluates the config and schema with Node, which must resolve drizzle-kit/drizzle-orm).
log "making the $TABLES-table project"
rm -rf "$OUT"; mkdir -p "$OUT"
P=$WORK/proj
mkdir -p "$P/src/db/schema"
python3 "$SHARED/gen_schema.py" schema --tables "$TABLES" --out "$WORK/fixture" >/dev/null
cp "$WORK/fixture/schema.ts" "$P/src/db/schema/"
sed "s/port: 5433,/port: $PORT,/" "$SHARED/fixtures/drizzle.config.ts" >"$P/drizzle.config.ts"
grep -q "port: $PORT," "$P/drizzle.config.ts" || die "could not set the port in drizzle.config.ts"
ln -s "$PEER/node_modules" "$P/node_modules"
cd "$P"

# The base migration comes from the real drizzle-kit, so both tools start from its bytes; not timed.
"$KIT" generate --name base </dev/null >"$OUT/setup-generate-base.txt" 2>&1 || { cat "$OUT/setup-generate-base.txt"; die "drizzle-kit generate"; }
ls -d drizzle/*_base >/dev/null 2>&1 || die "drizzle-kit generate wrote no base folder"
# ./drizzle = base only; ./mig100 = base + 100 small pending migrations (v1 folder format).
cp -r drizzle mig100
python3 "$SHARED/gen_schema.py" pending --format v1 --dir mig100 --count 100 --tables "$TABLES" >/dev/null

# Databases, all made before any timing. "tmpl" = the base applied (by the peer, so both tools
# start from the same bytes); "done" = tmpl + the 100 pending, shared read-only by both tools for
# the nothing-pending items. Per tool, one per run (MEM_RUNS memory runs, the timer's warm-up,
# RUNS counted): p_* = copy of tmpl (for the 100 pending), e_* = empty (for the base).
log "creating databases"
NDB=$((MEM_RUNS + 1 + RUNS))
createdb_ tmpl
PEER_DB=tmpl "$KIT" migrate </dev/null >"$OUT/setup-migrate-tmpl.txt" 2>&1 || { cat "$OUT/setup-migrate-tmpl.txt"; die "peer migrate (tmpl)"; }
createdb_ done tmpl
PEER_DB=done PEER_OUT=./mig100 "$KIT" migrate </dev/null >"$OUT/setup-migrate-done.txt" 2>&1 || { cat "$OUT/setup-migrate-done.txt"; die "peer migrate (done)"; }
for tool in kit dbk; do
  for i in $(seq 1 $((NDB))); do createdb_ "p_${tool}_$i" tmpl; createdb_ "e_${tool}_$i"; done
done

# ---------------------------------------------------------------------------------------------
# Checks. state DB -> "rows|tables|fingerprint of the bookkeeping rows (hash, created_at, name)".
state() {
  psqlq -d "$1" -tAc "select (select count(*) from drizzle.__drizzle_migrations),
    (select count(*) from pg_tables where schemaname = 'public'),
    (select md5(string_agg(hash || ':' || coalesce(created_at::text, '') || ':' || coalesce(name, ''), ',' order by id))
       from drizzle.__drizzle_migrations)"
}
# The public schema as pg_dump sees it, minus comments and the per-dump \restrict key.
schema_md5() { "$PGBIN/pg_dump" -s -n public -h 127.0.0.1 -p "$PORT" -U tanstack-kit "$1" | grep -vE '^(--|\\restrict|\\unrestrict)' | md5sum | cut -c1-32; }
# expect ITEM ROWS TABLES DB... : every DB has ROWS bookkeeping rows and TABLES public tables, all
# DBs have the same bookkeeping fingerprint, and the first two (one per tool) the same schema dump.
expect() {
  local item=$1 rows=$2 tables=$3; shift 3
  local first="" s
  for db in "$@"; do
    s=$(state "$db") || die "$item: cannot read state of $db"
    echo "$db $s" >>"$OUT/$item.state.txt"
    [ "${s%%|*}" = "$rows" ] || die "$item: $db has ${s%%|*} rows in drizzle.__drizzle_migrations, expected $rows"
    local t=${s#*|}; t=${t%%|*}
    [ "$t" = "$tables" ] || die "$item: $db has $t public tables, expected $tables"
    [ -z "$first" ] && first=$s
    [ "${s##*|}" = "${first##*|}" ] || die "$item: bookkeeping rows of $db differ from $1 (see $OUT/$item.state.txt)"
  done
  if [ $# -ge 2 ] && [ "$1" != "$2" ]; then
    local a b
    a=$(schema_md5 "$1") && b=$(schema_md5 "$2") || die "$item: pg_dump failed"
    [ "$a" = "$b" ] || die "$item: pg_dump of public differs between $1 and $2"
  fi
}

# mem ITEM TOOL CMD... : MEM_RUNS untimed runs under GNU time; each must exit 0. Keeps the first
# run's output (the timer discards output) and the median peak RSS in MiB.
mem() {
  local item=$1 tool=$2; shift 2
  local r rc kb=()
  for r in $(seq 1 "$MEM_RUNS"); do
    rc=0
    "$GTIME" -f %M -o "$OUT/.rss" "$@" </dev/null >"$OUT/.mem.out" 2>&1 || rc=$?
    [ "$r" = 1 ] && cp "$OUT/.mem.out" "$OUT/$item.$tool.out"
    [ $rc -eq 0 ] || { cat "$OUT/.mem.out" >&2; die "$item: $tool exited $rc (untimed memory run $r)"; }
    kb+=("$(tail -1 "$OUT/.rss")")
  done
  rm -f "$OUT/.rss" "$OUT/.mem.out"
  printf '%s\n' "${kb[@]}" | sort -n | awk '{ v[NR] = $1 } END { printf "%.1f\n", v[int((NR + 1) / 2)] / 1024 }' >"$OUT/$item.$tool.rss"
}
# timed ITEM TOOL TIMEOUT CMD... : 1 warm-up + RUNS counted runs; all counted runs must exit 0.
timed() {
  local item=$1 tool=$2 to=$3; shift 3
  echo "   timing $item / $tool ..." >&2
  settle
  "${TIMER[@]}" -n "$RUNS" --timeout "$to" -- "$@" >"$OUT/$item.$tool.txt" 2>&1 || die "$item: timer failed for $tool"
  grep -q "exit 0 ($RUNS of $RUNS)" "$OUT/$item.$tool.txt" || { cat "$OUT/$item.$tool.txt" >&2; die "$item: $tool did not exit 0 in $RUNS of $RUNS counted runs"; }
}
# next_db PREFIX -> a `sh -c` script that takes the next database of PREFIX from a counter file and
# execs the tool ($0) with ARGS ($@); exec keeps it one process so the RSS is the tool's. The shell
# and `cat` add ~2 ms to both tools' wall times.
next_db() { echo "n=\$(cat .cnt_$1); echo \$((n+1)) >.cnt_$1; PEER_DB=$1_\$n exec \"\$0\" \"\$@\""; }
for tool in kit dbk; do echo 1 >".cnt_p_$tool"; echo 1 >".cnt_e_$tool"; done
# every database used, one per run per tool: PREFIX -> names
used_dbs() { local i; for i in $(seq 1 "$NDB"); do echo "$1_kit_$i" "$1_dbk_$i"; done; }

declare -A BIN=([kit]=$KIT [dbk]=$DBKIT)

# ---------------------------------------------------------------------------------------------
# 5. the timed items.
log "timing ($RUNS runs + 1 warm-up each)"

item=01-version
for tool in kit dbk; do
  mem "$item" "$tool" "${BIN[$tool]}" --version
  timed "$item" "$tool" 120 "${BIN[$tool]}" --version
done

item=02-migrate-nothing-pending-101
for tool in kit dbk; do
  # exported in a subshell rather than through `env`/`sh`, so nothing but the tool is timed
  ( export PEER_DB=done PEER_OUT=./mig100
    mem "$item" "$tool" "${BIN[$tool]}" migrate
    timed "$item" "$tool" 300 "${BIN[$tool]}" migrate )
done
expect "$item" 101 $((TABLES + 100)) done

item=03-migrate-100-pending
for tool in kit dbk; do
  ( export PEER_OUT=./mig100
    mem "$item" "$tool" sh -c "$(next_db "p_$tool")" "${BIN[$tool]}" migrate
    timed "$item" "$tool" 600 sh -c "$(next_db "p_$tool")" "${BIN[$tool]}" migrate )
  [ "$(cat ".cnt_p_$tool")" = $((NDB + 1)) ] || die "$item: not every run of $tool took its own database"
done
# shellcheck disable=SC2046
expect "$item" 101 $((TABLES + 100)) $(used_dbs p)

item=04-migrate-base-into-empty-db
for tool in kit dbk; do
  mem "$item" "$tool" sh -c "$(next_db "e_$tool")" "${BIN[$tool]}" migrate
  timed "$item" "$tool" 600 sh -c "$(next_db "e_$tool")" "${BIN[$tool]}" migrate
  [ "$(cat ".cnt_e_$tool")" = $((NDB + 1)) ] || die "$item: not every run of $tool took its own database"
done
# shellcheck disable=SC2046
expect "$item" 1 "$TABLES" $(used_dbs e)

# dbkit only: status on the up-to-date database (exit 0 = up to date; 3 would mean pending).
item=05-status-101-applied
( export PEER_DB=done PEER_OUT=./mig100
  mem "$item" dbk "$DBKIT" status
  timed "$item" dbk 300 "$DBKIT" status )
expect "$item" 101 $((TABLES + 100)) done

# generate, 300 tables, from nothing: each run writes a fresh folder (the `rm` costs both tools
# the same ~1 ms). Then both tools' outputs must be the same migration (SQL byte for byte, the
# snapshot with its random ids masked). The folder is set through PEER_OUT (read by the config):
# drizzle-kit ignores the config file as soon as a flag such as --out is given.
item=06-generate-300-first
for tool in kit dbk; do
  ( export PEER_OUT=./gen_first
    mem "$item" "$tool" sh -c 'rm -rf gen_first; exec "$0" generate --name first' "${BIN[$tool]}"
    grep -q "Your SQL migration" "$OUT/$item.$tool.out" || die "$item: $tool wrote no migration"
    timed "$item" "$tool" 300 sh -c 'rm -rf gen_first; exec "$0" generate --name first' "${BIN[$tool]}" )
  rm -rf "gen_$tool" && PEER_OUT="./gen_$tool" "${BIN[$tool]}" generate --name first </dev/null >/dev/null 2>&1 || die "$item: $tool generate"
done
python3 - gen_kit gen_dbk <<'PY' || die "$item: drizzle-kit and dbkit wrote different migrations"
import glob, json, sys
def load(d):
    [f] = glob.glob(d + "/*_first")
    snap = json.load(open(f + "/snapshot.json")); snap.pop("id"); snap.pop("prevIds")
    return open(f + "/migration.sql").read(), snap
a, b = load(sys.argv[1]), load(sys.argv[2])
sys.exit(0 if a == b else 1)
PY

# generate with nothing to do: the base folder drizzle-kit wrote (./drizzle), the same schema.
item=07-generate-300-noop
for tool in kit dbk; do
  mem "$item" "$tool" "${BIN[$tool]}" generate
  grep -q "No schema changes" "$OUT/$item.$tool.out" || die "$item: $tool did not report 'No schema changes'"
  timed "$item" "$tool" 300 "${BIN[$tool]}" generate
done

# dbkit only: 10,000 tables (drizzle-kit would take minutes), first run and no-op.
P10K=$WORK/p10k
mkdir -p "$P10K/src/db/schema"
python3 "$SHARED/gen_schema.py" schema --tables 10000 --out "$WORK/fixture10k" >/dev/null
cp "$WORK/fixture10k/schema.ts" "$P10K/src/db/schema/"
cp "$P/drizzle.config.ts" "$P10K/"
( cd "$P10K"
  export PEER_OUT=./gen_first
  item=08-generate-10000-first
  mem "$item" dbk sh -c 'rm -rf gen_first; exec "$0" generate --name first' "$DBKIT"
  timed "$item" dbk 300 sh -c 'rm -rf gen_first; exec "$0" generate --name first' "$DBKIT"
  item=09-generate-10000-noop
  "$DBKIT" generate --name first </dev/null >/dev/null 2>&1 || die "$item: setup"
  mem "$item" dbk "$DBKIT" generate
  grep -q "No schema changes" "$OUT/$item.dbk.out" || die "$item: dbkit did not report 'No schema changes'"
  timed "$item" dbk 300 "$DBKIT" generate )

# pull of the 300-table database ("tmpl": the base applied; the bookkeeping table is left out by
# both). Each run writes a fresh folder (PEER_OUT); then both tools' files must be the same:
# relations.ts and the migration byte for byte, schema.ts with its first import line sorted
# (drizzle-kit lists builders in the order PostgreSQL returns columns of equal position, which varies).
item=10-pull-300
for tool in kit dbk; do
  ( export PEER_DB=tmpl PEER_OUT=./pull_first
    mem "$item" "$tool" sh -c 'rm -rf pull_first; exec "$0" pull' "${BIN[$tool]}"
    grep -q "Your schema file is ready" "$OUT/$item.$tool.out" || die "$item: $tool wrote no schema.ts"
    timed "$item" "$tool" 300 sh -c 'rm -rf pull_first; exec "$0" pull' "${BIN[$tool]}" )
  rm -rf "pull_$tool" && PEER_DB=tmpl PEER_OUT="./pull_$tool" "${BIN[$tool]}" pull </dev/null >/dev/null 2>&1 || die "$item: $tool pull"
done
python3 - pull_kit pull_dbk <<'PY' || die "$item: drizzle-kit and dbkit pulled different files"
import glob, sys
def load(d):
    schema = open(d + "/schema.ts").read().split("\n", 1)
    schema[0] = ", ".join(sorted(schema[0].split(", ")))
    [m] = glob.glob(d + "/*/migration.sql")
    return schema, open(d + "/relations.ts").read(), open(m).read()
a, b = load(sys.argv[1]), load(sys.argv[2])
for what, x, y in zip(("schema.ts", "relations.ts", "migration.sql"), a, b):
    if x != y:
        print(f"{what} differs", file=sys.stderr)
sys.exit(0 if a == b else 1)
PY

# dbkit only: pull of 10,000 tables (drizzle-kit 0.31 hangs near 900; 1.0 takes minutes). The
# database is built from the 10k fixture's SQL (dbkit export), not timed.
item=11-pull-10000
createdb_ big
( cd "$P10K" && "$DBKIT" export >big.sql ) || die "$item: export of the 10k schema"
# Not one transaction: 10,000 tables need more locks than max_locks_per_transaction allows.
psqlq -d big -f "$P10K/big.sql" >/dev/null || die "$item: creating the 10k tables"
( export PEER_DB=big PEER_OUT=./pull_big
  mem "$item" dbk sh -c 'rm -rf pull_big; exec "$0" pull' "$DBKIT"
  grep -Eq "10000 +tables fetched" "$OUT/$item.dbk.out" || die "$item: dbkit did not pull 10000 tables"
  timed "$item" dbk 300 sh -c 'rm -rf pull_big; exec "$0" pull' "$DBKIT" )

# push with nothing to do: the 300-table schema against "tmpl" (the base applied).
item=12-push-300-noop
for tool in kit dbk; do
  ( export PEER_DB=tmpl
    mem "$item" "$tool" "${BIN[$tool]}" push --force
    grep -q "No changes detected" "$OUT/$item.$tool.out" || die "$item: $tool did not report 'No changes detected'"
    timed "$item" "$tool" 300 "${BIN[$tool]}" push --force )
done

# push of the 300-table schema into empty databases (one per run, made before timing).
item=13-push-300-into-empty-db
for tool in kit dbk; do
  for i in $(seq 1 "$NDB"); do createdb_ "q_${tool}_$i"; done
  echo 1 >".cnt_q_$tool"
  mem "$item" "$tool" sh -c "$(next_db "q_$tool")" "${BIN[$tool]}" push --force
  timed "$item" "$tool" 600 sh -c "$(next_db "q_$tool")" "${BIN[$tool]}" push --force
  [ "$(cat ".cnt_q_$tool")" = $((NDB + 1)) ] || die "$item: not every run of $tool took its own database"
done
for db in q_kit_1 q_dbk_1; do
  n=$(psqlq -d "$db" -tAc "select count(*) from pg_tables where schemaname = 'public'")
  [ "$n" = "$TABLES" ] || die "$item: $db has $n public tables, expected $TABLES"
done
[ "$(schema_md5 q_kit_1)" = "$(schema_md5 q_dbk_1)" ] || die "$item: pg_dump of public differs between drizzle-kit's and dbkit's push"

# ---------------------------------------------------------------------------------------------
# 6. the table: medians from the raw timer rows ("A wall s  min median max").
med() { [ -f "$OUT/$1.$2.txt" ] && awk -v k="$3" '$1 == "A" && $2 == k { print $5 }' "$OUT/$1.$2.txt" || echo -; }
rss() { cat "$OUT/$1.$2.rss" 2>/dev/null || echo -; }
{
  printf 'item\tdrizzle-kit_wall_s\tdbkit_wall_s\tratio\tdrizzle-kit_peak_MiB\tdbkit_peak_MiB\n'
  for item in 01-version 02-migrate-nothing-pending-101 03-migrate-100-pending 04-migrate-base-into-empty-db 05-status-101-applied \
    06-generate-300-first 07-generate-300-noop 08-generate-10000-first 09-generate-10000-noop 10-pull-300 11-pull-10000 12-push-300-noop 13-push-300-into-empty-db; do
    kw=$(med "$item" kit wall); dw=$(med "$item" dbk wall)
    ratio=$(awk -v a="$kw" -v b="$dw" 'BEGIN { if (a == "-" || b == "-" || b <= 0) print "-"; else printf "%.1fx", a / b }')
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$item" "$kw" "$dw" "$ratio" "$(rss "$item" kit)" "$(rss "$item" dbk)"
  done
} >"$OUT/summary.tsv"
{
  echo "dbkit: $("$DBKIT" --version 2>&1 | head -1)   $(tr -s '\n' ' ' <"$OUT/01-version.kit.out" | sed 's/ *$//')"
  echo "TABLES=$TABLES RUNS=$RUNS (+1 warm-up) wall medians (peer_time.py); peak RSS = median of $MEM_RUNS runs (GNU time)"
  echo "PostgreSQL 15 on this machine, data in $PGPARENT ($(df -PT "$PGPARENT" | awk 'NR == 2 { print $2 }'), fsync off); $(nproc) cores; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
} >"$OUT/about.txt"
echo
cat "$OUT/about.txt"
column -t -s $'\t' "$OUT/summary.tsv"
echo "(raw timer output and tool output in $OUT)"

# ---------------------------------------------------------------------------------------------
# 7. the schema engine alone (diff + SQL render, no I/O): dbkit-core's bench, best of several runs.
# drizzle-kit has no separate engine to time; its whole `generate` is in the peer's REPORT.md.
echo
echo "schema engine (diff + render, best of several runs):"
(cd "$REPO" && cargo bench --locked -q -p dbkit-core --bench engine 2>/dev/null) | tee "$OUT/engine.tsv" | column -t -s $'\t'
