//! Replaying a golden case with dbkit: each step's previous state comes from drizzle's snapshots
//! of the steps before it, its current state from drizzle's snapshot of the step, and dbkit diffs,
//! renders and writes the next snapshot itself.

use std::path::{Path, PathBuf};

use dbkit_core::diff::hints::{HintsResolver, parse_hints};
use dbkit_core::diff::{Mode, diff};
use dbkit_core::footprint::footprints;
use dbkit_core::snapshot::history::Entry;
use dbkit_core::snapshot::{Body, History, Snapshot};
use dbkit_core::sql::{migration_text, render_grouped};

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases")
}

/// Every `area/case` folder that has captured output.
pub fn cases() -> Vec<PathBuf> {
    let mut out = Vec::new();
    for area in std::fs::read_dir(root()).unwrap().flatten().filter(|e| e.path().is_dir()) {
        for case in std::fs::read_dir(area.path()).unwrap().flatten().filter(|e| e.path().join("expected").is_dir()) {
            out.push(case.path());
        }
    }
    out.sort();
    out
}

/// `area/case`
pub fn name(case: &Path) -> String {
    case.strip_prefix(root()).unwrap().to_string_lossy().into_owned()
}

/// Entries of `tests/cases/<file>` written as "- `area/case/step`: reason".
pub fn listed(file: &str) -> Vec<(String, String)> {
    crate::support::listed(&root().join(file))
}

/// What drizzle-kit wrote for one step, and what dbkit produces for it.
pub struct Step {
    /// `area/case/sN`
    pub id: String,
    pub drizzle_exit: i32,
    pub drizzle_sql: Option<String>,
    pub drizzle_snapshot: Option<String>,
    /// `None` when drizzle wrote no snapshot (no changes, or an open question).
    pub dbkit: Option<Result<Output, String>>,
    /// For a step drizzle stopped with open questions (exit 2): its questions and ours, as JSON.
    pub questions: Option<Result<(String, String), String>>,
}

pub struct Output {
    pub statements: Vec<String>,
    pub sql: String,
    pub snapshot: String,
}

fn step_names(case: &Path) -> Vec<String> {
    let mut s: Vec<String> =
        std::fs::read_dir(case.join("expected")).unwrap().flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    s.sort_by_key(|n| n.trim_start_matches('s').parse::<u32>().unwrap_or(0));
    s
}

/// Replays every step of a case in order.
pub fn replay(case: &Path) -> Vec<Step> {
    let mut history: Vec<Entry> = Vec::new();
    let mut out = Vec::new();
    for step in step_names(case) {
        let dir = case.join("expected").join(&step);
        let read = |f: &str| std::fs::read_to_string(dir.join(f)).ok();
        let drizzle_exit = read("exit").and_then(|e| e.trim().parse().ok()).unwrap_or(-1);
        let drizzle_snapshot = read("snapshot.json");
        let dbkit = drizzle_snapshot.as_ref().map(|text| run_step(case, &step, text, &mut history));
        let questions = match (drizzle_exit, read("unresolved.json"), read("resolved/snapshot.json")) {
            (2, Some(theirs), Some(resolved)) => Some(open_questions(case, &step, &resolved, &history).map(|ours| (theirs, ours))),
            _ => None,
        };
        out.push(Step {
            id: format!("{}/{step}", name(case)),
            drizzle_exit,
            drizzle_sql: read("migration.sql"),
            drizzle_snapshot,
            dbkit,
            questions,
        });
    }
    out
}

/// The questions dbkit asks for a step drizzle stopped at, given the state drizzle wrote once
/// every question was answered "create" (pretty JSON, as drizzle prints `unresolved`).
fn open_questions(case: &Path, step: &str, resolved: &str, history: &[Entry]) -> Result<String, String> {
    let hints_text = std::fs::read_to_string(case.join(step).join("hints.json")).unwrap_or_else(|_| "[]".into());
    let mut resolver = HintsResolver::new(parse_hints(&hints_text).map_err(|e| format!("hints: {e}"))?);
    let prev = History::new(history.to_vec()).map_err(|e| e.to_string())?.combined_state().map_err(|e| e.to_string())?;
    let snap = Snapshot::parse(step, resolved).map_err(|e| e.to_string())?;
    let mut with = history.to_vec();
    with.push(Entry { folder: step.to_string(), snapshot: snap.clone() });
    let cur = History::new(with).map_err(|e| e.to_string())?.state_of(&snap.id).map_err(|e| e.to_string())?;
    diff(prev, cur, &mut resolver, Mode::Generate).map_err(|e| format!("diff failed: {e}"))?;
    let list: Vec<serde_json::Value> = resolver.missing.iter().map(|m| m.to_json()).collect();
    Ok(serde_json::to_string_pretty(&list).unwrap())
}

fn run_step(case: &Path, step: &str, snapshot_text: &str, history: &mut Vec<Entry>) -> Result<Output, String> {
    let hints_text = std::fs::read_to_string(case.join(step).join("hints.json")).unwrap_or_else(|_| "[]".into());
    let mut resolver = HintsResolver::new(parse_hints(&hints_text).map_err(|e| format!("hints: {e}"))?);
    let prev = History::new(history.clone()).map_err(|e| e.to_string())?.combined_state().map_err(|e| e.to_string())?;
    let snap = Snapshot::parse(step, snapshot_text).map_err(|e| e.to_string())?;
    let entry = Entry { folder: step.to_string(), snapshot: snap.clone() };
    history.push(entry);
    let cur = History::new(history.clone()).map_err(|e| e.to_string())?.state_of(&snap.id).map_err(|e| e.to_string())?;

    let result = diff(prev, cur, &mut resolver, Mode::Generate).map_err(|e| format!("diff failed: {e}"))?;
    let grouped = render_grouped(&result.changes);
    let statements: Vec<String> = grouped.iter().flatten().cloned().collect();
    let sql = migration_text(&statements, true);
    let body = match snap.body {
        Body::Base { .. } => Body::Base { ddl: Box::new(result.cur.clone()) },
        Body::Diff { .. } => Body::Diff { deltas: result.deltas() },
    };
    let fp = footprints(&result.changes, &grouped);
    let snapshot = Snapshot { id: snap.id.clone(), prev_ids: snap.prev_ids.clone(), footprints: fp, body }.to_text();
    Ok(Output { statements, sql, snapshot })
}
