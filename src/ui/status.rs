//! What `status` prints: one line per migration, or the same as JSON.

use dbkit_core::migrations::{AppliedRow, plan::Plan};
use serde_json::json;

use super::{Mark, Ui, plural};

/// `revert[i]`: how the i-th entry could be reverted, for applied ones.
pub fn report(ui: &Ui, plan: &Plan, revert: &[Option<String>], out: &str, table: &str, target: &str, table_exists: bool) {
    ui.line(format!("Migrations in {out} against {target} ({table}{}):", if table_exists { "" } else { ", not created yet" }));
    let width = plan.entries.iter().map(|e| e.migration.name.len()).max().unwrap_or(0);
    for (i, e) in plan.entries.iter().enumerate() {
        let when = e.row.and_then(|r| r.applied_at.as_deref()).map(|t| t.replace('T', " ").replace('Z', " UTC")).unwrap_or_default();
        let mut note = String::new();
        if e.out_of_order {
            note = "  (out of order: sorts before an applied migration)".into();
        }
        if e.state == dbkit_core::migrations::plan::State::Modified {
            note = "  (file changed since it was applied)".into();
        }
        if let Some(how) = revert.get(i).cloned().flatten() {
            note.push_str(&format!("  revert: {how}"));
        }
        ui.line(format!("  {:<9} {:<width$}  {when}{note}", e.state.as_str(), e.migration.name));
    }
    for row in &plan.missing {
        ui.line(format!("  {:<9} {:<width$}  (id {}: recorded, no local file)", "missing", missing_name(row), row.id));
    }
    let count = |s| plan.entries.iter().filter(|e| e.state == s).count();
    use dbkit_core::migrations::plan::State::*;
    let summary = format!(
        "{}: {} applied, {} pending, {} modified, {} missing",
        plural(plan.entries.len(), "migration", "migrations"),
        count(Applied),
        count(Pending),
        count(Modified),
        plan.missing.len()
    );
    ui.mark(if plan.is_up_to_date() { Mark::Done } else { Mark::Warn }, summary);
    ui.json(&json!({
        "status": "ok",
        "up_to_date": plan.is_up_to_date(),
        "migrations": plan.entries.iter().enumerate().map(|(i, e)| json!({
            "name": e.migration.name,
            "path": e.migration.path,
            "state": e.state.as_str(),
            "applied_at": e.row.and_then(|r| r.applied_at.clone()),
            "out_of_order": e.out_of_order,
            "revert": revert.get(i).cloned().flatten(),
        })).collect::<Vec<_>>(),
        "missing": plan.missing.iter().map(|r| json!({"id": r.id, "name": r.name, "created_at": r.created_at})).collect::<Vec<_>>(),
    }));
}

fn missing_name(row: &AppliedRow) -> String {
    row.name.clone().unwrap_or_else(|| format!("created_at {}", row.created_at.unwrap_or_default()))
}
