//! What `check` and `up` print.

use dbkit_core::footprint::ConflictReport;
use serde_json::json;

use super::{Mark, Ui, plural};

/// drizzle-kit's all-clear, kept so scripts that look for it keep working.
pub fn fine(ui: &Ui) {
    ui.line("Everything's fine 🐶🔥");
    ui.json(&json!({"status": "ok", "dialect": "postgresql"}));
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
