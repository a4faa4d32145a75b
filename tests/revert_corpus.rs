//! `dbkit revert` over the whole generate corpus (`tests/cases/<area>/<case>`): every case with at
//! least two steps that all exit 0 in drizzle-kit's generate is, on a fresh database and project,
//! generated and migrated step by step (a step's `hints.json` passed as `generate/corpus.rs` does),
//! reverted once with `--force`, and then must be exactly the schema before the last migration:
//! `push --explain` finds nothing against that step, and the catalog (definitions as PostgreSQL
//! prints them, including the check, generated, view, policy and index `WHERE` expressions push
//! deliberately does not compare, and serial sequences) equals the one taken before the migration
//! ran. `migrate` must then apply the last migration again and leave exactly the last step's
//! schema (push, and the catalog as it was). When push finds a difference, the message says whether
//! it finds the same on the step migrated forward only (push's own view, not revert's doing).
//!
//! Skipped, and counted: cases with a step listed in `MISMATCHES.md`, `TS_MISMATCHES.md` or
//! `INVALID_SQL.md`, and cases whose forward migrations need an extension or tablespace the test
//! server does not have. Cases that fail otherwise are listed, with the reason, in
//! `tests/cases/REVERT_MISMATCHES.md`; an unlisted failure fails the test, and so does a listed
//! case that passes.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::json;

use crate::engine::corpus::{cases, listed, name};
use crate::support::{Project, TestDb};

enum Outcome {
    Passed,
    /// No migration after the first step's: nothing to revert to.
    NothingToRevert,
    Skipped(String),
    Failed(String),
}

fn steps(case: &Path) -> Vec<String> {
    let mut s: Vec<String> =
        std::fs::read_dir(case.join("expected")).unwrap().flatten().map(|e| e.file_name().to_string_lossy().into()).collect();
    s.sort_by_key(|n| n.trim_start_matches('s').parse::<u32>().unwrap_or(0));
    s
}

fn exit(case: &Path, step: &str) -> i32 {
    std::fs::read_to_string(case.join("expected").join(step).join("exit")).ok().and_then(|e| e.trim().parse().ok()).unwrap_or(-1)
}

/// The `.ts` files of one step, as name and text.
fn ts_files(case: &Path, step: &str) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = std::fs::read_dir(case.join(step))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|f| f.ends_with(".ts"))
        .map(|f| {
            let text = std::fs::read_to_string(case.join(step).join(&f)).unwrap();
            (f, text)
        })
        .collect();
    files.sort();
    files
}

fn use_step(p: &Project, case: &Path, step: &str) {
    let _ = std::fs::remove_dir_all(p.path().join("schema"));
    for (file, text) in ts_files(case, step) {
        p.write(&format!("schema/{file}"), &text);
    }
}

/// The roles a case names: `pgRole("…")` in any step, `CREATE ROLE "…"` in its `setup.sql`.
fn roles(case: &Path, steps: &[String]) -> BTreeSet<String> {
    let mut texts: Vec<String> = steps.iter().flat_map(|s| ts_files(case, s)).map(|(_, t)| t).collect();
    texts.extend(std::fs::read_to_string(case.join("setup.sql")));
    let mut out = BTreeSet::new();
    for text in &texts {
        for marker in ["pgRole(\"", "CREATE ROLE \""] {
            for part in text.split(marker).skip(1) {
                if let Some((role, _)) = part.split_once('"') {
                    out.insert(role.to_string());
                }
            }
        }
    }
    out
}

/// Whether a forward `migrate` failed for want of an extension or tablespace the test server
/// does not have.
fn missing_on_server(output: &str) -> bool {
    let extension_type = ["vector", "halfvec", "sparsevec", "geometry", "geography"]
        .iter()
        .any(|t| output.contains(&format!("type \"{t}\" does not exist")));
    let tablespace = output.contains("tablespace \"") && output.contains("does not exist");
    let extension = output.contains("extension \"") && (output.contains("is not available") || output.contains("control file"));
    extension_type || tablespace || extension
}

/// The database against the project's current schema: `Ok` when `push --explain` finds nothing,
/// else what it found.
fn matches_schema(p: &Project) -> Result<(), String> {
    let run = p.run(&["push", "--explain", "--output", "json"]);
    let status = serde_json::from_str::<serde_json::Value>(run.stdout.trim()).ok().and_then(|v| v["status"].as_str().map(String::from));
    match status.as_deref() {
        Some("no_changes") => Ok(()),
        _ => Err(format!("{}{}", run.stdout.trim(), run.stderr.trim())),
    }
}

/// What the catalog says about every object outside the system schemas and `drizzle`, sorted
/// by name: definitions as PostgreSQL prints them, so also the expressions `push` does not
/// compare (checks, generated columns, views, policies, index `WHERE`s). Column order is left out.
const CATALOG: &str = "
    with s as (select oid, nspname from pg_namespace where nspname !~ '^pg_' and nspname not in ('information_schema', 'drizzle'))
    select 'schema', nspname, '' from s
    union all select 'constraint', conrelid::regclass::text || '.' || conname, pg_get_constraintdef(c.oid)
      from pg_constraint c join s on s.oid = c.connamespace where contype <> 'n'
    union all select 'index', schemaname || '.' || indexname, indexdef from pg_indexes where schemaname in (select nspname from s)
    union all select 'view', schemaname || '.' || viewname, definition from pg_views where schemaname in (select nspname from s)
    union all select 'matview', schemaname || '.' || matviewname, definition from pg_matviews where schemaname in (select nspname from s)
    union all select 'policy', schemaname || '.' || tablename || '.' || policyname,
      concat_ws(' | ', permissive, roles::text, cmd, qual, with_check) from pg_policies where schemaname in (select nspname from s)
    union all select 'rls', oid::regclass::text, relrowsecurity::text || relforcerowsecurity::text
      from pg_class where relkind in ('r', 'p') and relnamespace in (select oid from s)
    union all select 'column', table_schema || '.' || table_name || '.' || column_name,
      concat_ws(' | ', data_type, udt_schema || '.' || udt_name, character_maximum_length, numeric_precision, numeric_scale,
        datetime_precision, is_nullable, column_default, is_generated, generation_expression, is_identity, identity_generation,
        identity_start, identity_increment, identity_minimum, identity_maximum, identity_cycle)
      from information_schema.columns where table_schema in (select nspname from s)
    union all select 'sequence', schemaname || '.' || sequencename,
      concat_ws(' | ', data_type, start_value, min_value, max_value, increment_by, cycle, cache_size)
      from pg_sequences where schemaname in (select nspname from s)
    union all select 'enum', t.typnamespace::regnamespace::text || '.' || t.typname, string_agg(e.enumlabel, ', ' order by e.enumsortorder)
      from pg_type t join pg_enum e on e.enumtypid = t.oid where t.typnamespace in (select oid from s) group by t.typnamespace, t.typname
    order by 1, 2, 3";

fn catalog(db: &TestDb) -> Catalog {
    db.query(CATALOG)
}

/// The catalog rows only one side has, for a failure message.
fn catalog_difference(want: &[Vec<Option<String>>], got: &[Vec<Option<String>>]) -> String {
    let show = |r: &Vec<Option<String>>| r.iter().map(|v| v.clone().unwrap_or_default()).collect::<Vec<_>>().join(" ");
    let mut out = Vec::new();
    out.extend(want.iter().filter(|r| !got.contains(r)).map(|r| format!("  want: {}", show(r))));
    out.extend(got.iter().filter(|r| !want.contains(r)).map(|r| format!("  have: {}", show(r))));
    out.join("\n")
}

/// A fresh database (the case's `setup.sql` run in it) and a project using it. Roles belong to
/// the server, so those the case names are dropped first (the caller holds `support::ROLES`).
fn fresh(case: &Path, roles: &BTreeSet<String>) -> (TestDb, Project) {
    let db = TestDb::new();
    crate::support::drop_roles(&db, roles.iter().map(String::as_str));
    let p = Project::empty();
    p.write(
        "drizzle.config.json",
        &json!({"dialect": "postgresql", "out": "./drizzle", "schema": "./schema", "dbCredentials": {"url": db.url()}}).to_string(),
    );
    if let Ok(setup) = std::fs::read_to_string(case.join("setup.sql")) {
        db.execute(&setup);
    }
    (db, p)
}

/// Generates (with the step's hints, as `generate/corpus.rs` passes them) and migrates each step
/// in order; the indexes of the steps that wrote a migration, with the catalog before each ran.
fn forward(db: &TestDb, p: &Project, case: &Path, steps: &[String]) -> Result<Vec<(usize, Catalog)>, Outcome> {
    let mut migrated = Vec::new();
    for (i, step) in steps.iter().enumerate() {
        use_step(p, case, step);
        let mut args = vec!["generate".to_string(), "--allow-empty".into(), "--name".into(), step.clone()];
        if let Ok(h) = std::fs::read_to_string(case.join(step).join("hints.json")) {
            args.extend(["--hints".into(), h]);
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let run = p.run(&args);
        if run.code != 0 {
            return Err(Outcome::Failed(format!("generate {step}: exit {}: {}", run.code, run.all())));
        }
        if run.stdout.contains("No schema changes") {
            continue;
        }
        let before = catalog(db);
        let run = p.run(&["migrate"]);
        if run.code != 0 {
            if missing_on_server(&run.all()) {
                return Err(Outcome::Skipped(format!("migrate {step}: {}", run.all().trim())));
            }
            return Err(Outcome::Failed(format!("migrate {step}: {}", run.all())));
        }
        migrated.push((i, before));
    }
    Ok(migrated)
}

/// What `push --explain` finds against `steps[at]` when the case is only migrated forward to it.
fn forward_only(case: &Path, steps: &[String], roles: &BTreeSet<String>, at: usize) -> Option<String> {
    let (db, p) = fresh(case, roles);
    forward(&db, &p, case, &steps[..=at]).ok()?;
    matches_schema(&p).err()
}

/// Why a case failed; for a database `push --explain` does not find equal to `steps[.0]`, what
/// it found.
type Catalog = Vec<Vec<Option<String>>>;

type Failure = (String, Option<(usize, String)>);

fn run_case(case: &Path, steps: &[String], roles: &BTreeSet<String>) -> Result<Outcome, Failure> {
    let (db, p) = fresh(case, roles);
    let mut migrated = match forward(&db, &p, case, steps) {
        Ok(m) => m,
        Err(outcome) => return Ok(outcome),
    };
    let (last, before) = match migrated.pop() {
        Some((k, before)) if k > 0 => (k, before),
        _ => return Ok(Outcome::NothingToRevert),
    };
    let after = catalog(&db);
    let run = p.run(&["revert", "--force"]);
    if run.code != 0 {
        return Err((format!("revert {}: exit {}: {}", steps[last], run.code, run.all()), None));
    }
    let reverted = catalog(&db);
    if reverted != before {
        let why = format!(
            "after reverting {} the catalog is not what it was before {} ran:\n{}",
            steps[last],
            steps[last],
            catalog_difference(&before, &reverted)
        );
        return Err((why, None));
    }
    use_step(&p, case, &steps[last - 1]);
    if let Err(left) = matches_schema(&p) {
        let why = format!("after reverting {} the database is not {}: {left}", steps[last], steps[last - 1]);
        return Err((why, Some((last - 1, left))));
    }
    let run = p.run(&["migrate"]);
    if run.code != 0 {
        return Err((format!("migrate after revert: {}", run.all()), None));
    }
    let again = catalog(&db);
    if again != after {
        return Err((format!("after migrating again the catalog is not what it was:\n{}", catalog_difference(&after, &again)), None));
    }
    let end = steps.len() - 1;
    use_step(&p, case, &steps[end]);
    if let Err(left) = matches_schema(&p) {
        return Err((format!("after migrating again the database is not {}: {left}", steps[end]), Some((end, left))));
    }
    Ok(Outcome::Passed)
}

/// Runs a case (one at a time with every other case that names a role). A database push finds
/// different is compared with the same step migrated forward only, to tell a revert problem
/// from push's own view of that schema.
fn run_isolated(case: &Path, steps: &[String]) -> Outcome {
    let roles = roles(case, steps);
    let _guard = if roles.is_empty() { None } else { Some(crate::support::roles_lock()) };
    match run_case(case, steps, &roles) {
        Ok(outcome) => outcome,
        Err((why, None)) => Outcome::Failed(why),
        Err((why, Some((at, left)))) => {
            let same = forward_only(case, steps, &roles, at).is_some_and(|f| f == left);
            let note = if same { "push finds the same right after migrating forward, without revert" } else { "not so without revert" };
            Outcome::Failed(format!("{why}\n({note})"))
        }
    }
}

#[test]
fn reverting_the_last_migration_of_every_golden_case_returns_to_the_step_before() {
    let started = std::time::Instant::now();
    let skip: BTreeSet<String> =
        ["MISMATCHES.md", "TS_MISMATCHES.md", "INVALID_SQL.md"].into_iter().flat_map(listed).map(|(id, _)| id).collect();
    let expected: BTreeMap<String, String> = listed("REVERT_MISMATCHES.md").into_iter().collect();
    let all: Vec<(std::path::PathBuf, Vec<String>)> = cases()
        .into_iter()
        .map(|c| {
            let s = steps(&c);
            (c, s)
        })
        .filter(|(c, s)| s.len() >= 2 && s.iter().all(|step| exit(c, step) == 0))
        .collect();
    let next = AtomicUsize::new(0);
    let results: Mutex<BTreeMap<String, Outcome>> = Mutex::new(BTreeMap::new());
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| {
                while let Some((case, steps)) = all.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let id = name(case);
                    let outcome = match steps.iter().find(|step| skip.contains(&format!("{id}/{step}"))) {
                        Some(step) => Outcome::Skipped(format!("{id}/{step} is listed")),
                        None => run_isolated(case, steps),
                    };
                    results.lock().unwrap().insert(id, outcome);
                }
            });
        }
    });
    let results = results.into_inner().unwrap();
    let mut problems = Vec::new();
    let (mut passed, mut nothing, mut skipped, mut listed_failed) = (0, 0, 0, 0);
    for (id, outcome) in &results {
        match (outcome, expected.contains_key(id)) {
            (Outcome::Failed(_), true) => listed_failed += 1,
            (Outcome::Failed(why), false) => problems.push(format!("{id}: not in REVERT_MISMATCHES.md:\n{why}")),
            (_, true) => problems.push(format!("{id}: listed in REVERT_MISMATCHES.md but did not fail")),
            (Outcome::Passed, false) => passed += 1,
            (Outcome::NothingToRevert, false) => nothing += 1,
            (Outcome::Skipped(why), false) => {
                skipped += 1;
                eprintln!("SKIP {id}: {}", why.lines().last().unwrap_or(""));
            }
        }
    }
    for id in expected.keys().filter(|id| !results.contains_key(*id)) {
        problems.push(format!("{id}: listed in REVERT_MISMATCHES.md but not a case this test runs"));
    }
    eprintln!(
        "revert over the golden corpus: {} cases, {passed} passed, {nothing} with nothing to revert, {skipped} skipped, \
         {listed_failed} listed in REVERT_MISMATCHES.md, {} problems ({:.0?})",
        results.len(),
        problems.len(),
        started.elapsed()
    );
    assert!(problems.is_empty(), "{} problems:\n\n{}", problems.len(), problems.join("\n\n"));
}
