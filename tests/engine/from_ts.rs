//! The golden corpus from the TypeScript side: each step's current state is what dbkit's schema
//! reader (`dbkit_ts::drizzle::read_schema`) makes of the step's `.ts` files, the previous state
//! is rebuilt from drizzle-kit's own earlier snapshots, and dbkit's SQL and snapshot must equal
//! drizzle-kit's byte for byte (ids and parent ids taken from drizzle's file). Steps drizzle-kit
//! stopped with open questions must raise the same questions; steps it refused (exit 1) must be
//! refused too, unless drizzle-kit crashed on valid input.
//!
//! Where dbkit's engine writes other SQL than drizzle-kit on purpose (`MISMATCHES.md`), the
//! reader's output must equal the engine's output from drizzle's state instead. Known, explained
//! differences of the reader are listed in `tests/cases/TS_MISMATCHES.md`; any other difference
//! fails, and so does a listed step that now matches.

use std::collections::BTreeMap;
use std::path::Path;

use dbkit_core::diff::hints::{HintsResolver, parse_hints};
use dbkit_core::diff::{Mode, diff};
use dbkit_core::footprint::footprints;
use dbkit_core::model::Ddl;
use dbkit_core::snapshot::history::Entry;
use dbkit_core::snapshot::{Body, History, Snapshot};
use dbkit_core::sql::{migration_text, render_grouped};

use super::corpus::{cases, listed, name, replay};

fn step_names(case: &Path) -> Vec<String> {
    let mut s: Vec<String> =
        std::fs::read_dir(case.join("expected")).unwrap().flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    s.sort_by_key(|n| n.trim_start_matches('s').parse::<u32>().unwrap_or(0));
    s
}

/// The step's schema files as drizzle-kit's glob lists a folder: entries sorted by name.
fn schema_files(dir: &Path) -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| [".ts", ".js", ".mts", ".cts", ".mjs", ".cjs", ".tsx", ".jsx"].iter().any(|x| n.ends_with(x)))
        .collect();
    files.sort();
    files.into_iter().map(|f| format!("schema/{f}")).collect()
}

fn read_state(dir: &Path) -> Result<Ddl, String> {
    let files = schema_files(dir);
    let dir = dir.to_path_buf();
    let loader = Box::new(move |path: &str| path.strip_prefix("schema/").and_then(|p| std::fs::read_to_string(dir.join(p)).ok()));
    dbkit_ts::drizzle::read_schema(&files, loader, &Default::default()).map(|r| r.ddl).map_err(|e| e.to_string())
}

/// What dbkit does with one step.
enum Outcome {
    Changes { sql: String, snapshot: Option<String>, empty: bool },
    Questions(String),
    Refused(String),
}

fn run(case: &Path, step: &str, history: &[Entry], drizzle_snapshot: Option<&str>) -> Outcome {
    let hints_text = std::fs::read_to_string(case.join(step).join("hints.json")).unwrap_or_else(|_| "[]".into());
    let cur = match read_state(&case.join(step)) {
        Ok(ddl) => ddl,
        Err(e) => return Outcome::Refused(e),
    };
    let hints = match parse_hints(&hints_text) {
        Ok(h) => h,
        Err(e) => return Outcome::Refused(format!("hints: {e}")),
    };
    let mut resolver = HintsResolver::new(hints);
    let prev = History::new(history.to_vec()).and_then(|h| h.combined_state()).expect("drizzle's own history");
    let result = match diff(prev, cur, &mut resolver, Mode::Generate) {
        Ok(r) => r,
        Err(e) => return Outcome::Refused(format!("diff: {e}")),
    };
    if !resolver.missing.is_empty() {
        let list: Vec<serde_json::Value> = resolver.missing.iter().map(|m| m.to_json()).collect();
        return Outcome::Questions(serde_json::to_string_pretty(&list).unwrap());
    }
    let grouped = render_grouped(&result.changes);
    let statements: Vec<String> = grouped.iter().flatten().cloned().collect();
    let sql = migration_text(&statements, true);
    let snapshot = drizzle_snapshot.map(|text| {
        let snap = Snapshot::parse(step, text).expect("drizzle's snapshot");
        let body = match snap.body {
            Body::Base { .. } => Body::Base { ddl: Box::new(result.cur.clone()) },
            Body::Diff { .. } => Body::Diff { deltas: result.deltas() },
        };
        let fp = footprints(&result.changes, &grouped);
        Snapshot { id: snap.id.clone(), prev_ids: snap.prev_ids.clone(), footprints: fp, body }.to_text()
    });
    Outcome::Changes { sql, snapshot, empty: statements.is_empty() }
}

fn first_difference(what: &str, a: &str, b: &str) -> String {
    for (i, (x, y)) in a.lines().zip(b.lines()).enumerate() {
        if x != y {
            return format!("{what} differs at line {}:\n  drizzle: {x}\n  dbkit:   {y}", i + 1);
        }
    }
    format!("{what} differs in length ({} vs {} lines)", a.lines().count(), b.lines().count())
}

/// `None` when dbkit's outcome is drizzle-kit's; otherwise what differs. `engine` is the SQL and
/// snapshot dbkit's engine writes from drizzle's own state, for the steps where that differs
/// from drizzle-kit on purpose (`MISMATCHES.md`): the reader must then give the engine's output.
fn compare(case: &Path, step: &str, history: &mut Vec<Entry>, engine: Option<(String, String)>) -> Option<String> {
    let dir = case.join("expected").join(step);
    let read = |f: &str| std::fs::read_to_string(dir.join(f)).ok();
    let exit: i32 = read("exit").and_then(|e| e.trim().parse().ok()).unwrap_or(-1);
    let drizzle_snapshot = read("snapshot.json");
    let outcome = run(case, step, history, drizzle_snapshot.as_deref());
    if let Some(text) = &drizzle_snapshot {
        let snap = Snapshot::parse(step, text).expect("drizzle's snapshot");
        history.push(Entry { folder: step.to_string(), snapshot: snap });
    }
    match (exit, outcome) {
        (1, Outcome::Refused(_)) => None,
        (1, Outcome::Changes { sql, .. }) => Some(format!("drizzle-kit refused this step; dbkit wrote:\n{sql}")),
        (1, Outcome::Questions(q)) => Some(format!("drizzle-kit refused this step; dbkit asked:\n{q}")),
        (2, Outcome::Questions(ours)) => {
            let theirs = read("unresolved.json").unwrap_or_default();
            (theirs.trim() != ours.trim()).then(|| format!("open questions differ:\n--- drizzle\n{theirs}\n--- dbkit\n{ours}"))
        }
        (_, Outcome::Refused(e)) => Some(format!("dbkit refused: {e}")),
        (_, Outcome::Questions(q)) => Some(format!("dbkit asked questions drizzle-kit did not:\n{q}")),
        (2, Outcome::Changes { sql, .. }) => Some(format!("drizzle-kit asked questions; dbkit wrote:\n{sql}")),
        (_, Outcome::Changes { sql, snapshot, empty }) => match drizzle_snapshot {
            None if empty => None,
            None => Some(format!("drizzle-kit found no changes; dbkit wrote:\n{sql}")),
            Some(drizzle_snapshot) => {
                let (expected_sql, expected_snapshot) =
                    engine.unwrap_or_else(|| (read("migration.sql").unwrap_or_default(), drizzle_snapshot));
                let mut p = Vec::new();
                if sql != expected_sql {
                    p.push(format!("SQL differs:\n--- drizzle\n{expected_sql}\n--- dbkit\n{sql}"));
                }
                let snapshot = snapshot.unwrap_or_default();
                if snapshot != expected_snapshot {
                    p.push(first_difference("snapshot", &expected_snapshot, &snapshot));
                }
                (!p.is_empty()).then(|| p.join("\n"))
            }
        },
    }
}

#[test]
fn schemas_read_from_typescript_match_drizzle_kit() {
    let expected: BTreeMap<String, String> = listed("TS_MISMATCHES.md").into_iter().collect();
    let engine_differs: BTreeMap<String, String> = listed("MISMATCHES.md").into_iter().collect();
    let mut failures: BTreeMap<String, String> = BTreeMap::new();
    let (mut steps, mut matched, mut engine_matched) = (0, 0, 0);
    let mut seen = Vec::new();
    for case in cases() {
        let mut history = Vec::new();
        let replayed = if engine_differs.keys().any(|k| k.starts_with(&format!("{}/", name(&case)))) { replay(&case) } else { Vec::new() };
        for step in step_names(&case) {
            let id = format!("{}/{step}", name(&case));
            steps += 1;
            seen.push(id.clone());
            let engine = replayed
                .iter()
                .filter(|s| s.id == id && engine_differs.contains_key(&id))
                .find_map(|s| s.dbkit.as_ref().and_then(|r| r.as_ref().ok()).map(|o| (o.sql.clone(), o.snapshot.clone())));
            let via_engine = engine.is_some();
            match compare(&case, &step, &mut history, engine) {
                None if via_engine => engine_matched += 1,
                None => matched += 1,
                Some(problem) => {
                    failures.insert(id, problem);
                }
            }
        }
    }
    eprintln!(
        "schemas read from TypeScript: {matched} of {steps} steps identical to drizzle-kit 1.0, {engine_matched} more identical to dbkit's engine on drizzle's own state (MISMATCHES.md), {} listed in TS_MISMATCHES.md",
        failures.len()
    );
    let mut errors = Vec::new();
    for (id, problem) in &failures {
        if !expected.contains_key(id) {
            errors.push(format!("{id}: {problem}"));
        }
    }
    for id in expected.keys() {
        if !seen.contains(id) {
            errors.push(format!("{id}: listed in TS_MISMATCHES.md but not a corpus step"));
        } else if !failures.contains_key(id) {
            errors.push(format!("{id}: listed in TS_MISMATCHES.md but now matches drizzle-kit; remove it from the list"));
        }
    }
    if std::env::var_os("FROM_TS_LIST").is_some() {
        for id in failures.keys() {
            eprintln!("- `{id}`: ");
        }
    }
    assert!(errors.is_empty(), "{} unexplained differences:\n\n{}", errors.len(), errors.join("\n\n"));
}
