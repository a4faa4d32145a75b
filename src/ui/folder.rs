//! What `check` and `up` print.

use dbkit_core::footprint::ConflictReport;
use serde_json::json;

use super::{Mark, Ui, plural};

/// drizzle-kit's all-clear, kept so scripts that look for it keep working.
pub fn fine(ui: &Ui) {
    ui.line("Everything's fine 🐶🔥");
    ui.json(&json!({"status": "ok", "dialect": "postgresql"}));
}

/// What `check` found that does not fail it.
pub struct CheckWarning {
    pub kind: WarningKind,
    pub message: String,
}

/// drizzle-kit 1.0's `kind` of a check warning (`conflicts` is dbkit's, for --ignore-conflicts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WarningKind {
    SchemaChanged,
    NotCompared,
    Conflicts,
}

impl WarningKind {
    fn name(self) -> &'static str {
        match self {
            WarningKind::SchemaChanged => "schema_changed",
            WarningKind::NotCompared => "not_compared",
            WarningKind::Conflicts => "conflicts",
        }
    }
}

impl CheckWarning {
    pub fn conflicts(report: &ConflictReport, out: &str) -> CheckWarning {
        CheckWarning {
            kind: WarningKind::Conflicts,
            message: format!(
                "{out}: {} between branches of the migrations folder (ignored); merge them, or run `dbkit generate --fix-conflicts`",
                plural(report.conflicts.len(), "conflict", "conflicts")
            ),
        }
    }
}

/// `check`'s outcome: the all-clear, or its warnings (in JSON, drizzle-kit 1.0's document).
pub fn checked(ui: &Ui, warnings: &[CheckWarning]) {
    if warnings.is_empty() {
        return fine(ui);
    }
    for w in warnings {
        ui.warn(&w.message);
    }
    let listed: Vec<_> = warnings.iter().map(|w| json!({"kind": w.kind.name(), "message": w.message})).collect();
    ui.json(&json!({"status": "ok", "dialect": "postgresql", "warnings": listed}));
}

/// Conflicting branches: drizzle's report (the tree and the fix) and one error line, or the
/// `check_error` envelope in JSON mode.
pub fn conflicts(ui: &Ui, report: &ConflictReport, out: &str) {
    if ui.is_json() {
        let mut error = report.error_meta(&|folder: &str| format!("{out}/{folder}"));
        if let Some(map) = error.as_object_mut() {
            map.shift_insert(0, "code".into(), "check_error".into());
        }
        ui.json(&json!({"status": "error", "error": error}));
    } else {
        ui.line(report.text(out, "dbkit"));
        ui.error(&format!(
            "{out}: {} between branches of the migrations folder; merge them as shown above, or run `dbkit generate --fix-conflicts`",
            plural(report.conflicts.len(), "conflict", "conflicts")
        ));
    }
}

/// The snapshots `up` rewrote.
pub fn upgraded(ui: &Ui, paths: &[String]) {
    for p in paths {
        ui.mark(Mark::Done, p);
    }
    if paths.is_empty() {
        ui.mark(Mark::Info, "Nothing to upgrade: the folder is already in drizzle-kit 1.0's format");
    }
    ui.line("Everything's fine 🐶🔥");
    ui.json(&json!({"status": "ok", "dialect": "postgresql", "upgraded": paths}));
}
