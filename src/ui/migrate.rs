//! What `migrate` prints: progress notices, the applied list, and failures.

use std::time::Duration;

use dbkit_pg::runner::{Applied, MigrateReport, Notice, StatementFailure};
use serde_json::{Value, json};

use super::{Mark, Ui, duration, plural};

pub fn notice(ui: &Ui, notice: &Notice, verbose: bool) {
    match notice {
        Notice::WaitingForLock { holder } => ui.mark(
            Mark::Info,
            format!(
                "Another migration run holds the lock{}; waiting for it to finish",
                holder.as_ref().map(|h| format!(" ({h})")).unwrap_or_default()
            ),
        ),
        Notice::Applying { name } if verbose => ui.detail(format!("applying {name} …")),
        Notice::Applying { .. } => {}
    }
}

fn applied_line(a: &Applied) -> String {
    let mut line = format!("{}  {}", a.name, duration(a.duration));
    if let Some(why) = &a.no_transaction {
        line += &format!("  (outside a transaction: {} on line {})", why.what, why.line);
    }
    line
}

fn applied_json(a: &Applied) -> Value {
    json!({
        "name": a.name,
        "path": a.path,
        "statements": a.statements,
        "ms": a.duration.as_millis() as u64,
        "transaction": a.no_transaction.is_none(),
        "out_of_order": a.out_of_order,
    })
}

pub fn report(ui: &Ui, r: &MigrateReport, table: &str, elapsed: Duration) {
    if let Some(n) = r.upgraded_rows {
        ui.mark(Mark::Info, format!("Upgraded {table} to drizzle-orm 1.0's shape (named {})", plural(n, "row", "rows")));
    }
    for path in &r.modified {
        ui.mark(Mark::Warn, format!("{path} changed since it was applied (accepted with --allow-modified)"));
    }
    for row in &r.missing {
        let name = row.name.clone().unwrap_or_else(|| format!("created_at {}", row.created_at.unwrap_or_default()));
        ui.mark(Mark::Warn, format!("{name} is recorded in {table} (id {}) but has no local file", row.id));
    }
    for a in &r.applied {
        ui.mark(Mark::Done, applied_line(a));
        if a.out_of_order {
            ui.mark(Mark::Warn, format!("{} was applied out of order: it sorts before migrations already applied", a.name));
        }
    }
    if r.applied.is_empty() {
        ui.mark(Mark::Info, format!("No pending migrations: {} applied, database is up to date", r.already_applied));
    } else {
        ui.mark(
            Mark::Done,
            format!("{} applied successfully! ({})", plural(r.applied.len(), "migration", "migrations"), duration(elapsed)),
        );
    }
    ui.json(&json!({
        "status": "ok",
        "applied": r.applied.iter().map(applied_json).collect::<Vec<_>>(),
        "already_applied": r.already_applied,
        "missing": r.missing.iter().map(|m| json!({"id": m.id, "name": m.name, "created_at": m.created_at})).collect::<Vec<_>>(),
        "modified": r.modified,
        "upgraded_rows": r.upgraded_rows,
        "ms": elapsed.as_millis() as u64,
    }));
}

/// A failed statement: what committed before it, then the error, once.
pub fn failed(ui: &Ui, failure: &StatementFailure, applied: &[Applied], message: &str) {
    for a in applied {
        ui.mark(Mark::Done, applied_line(a));
    }
    if ui.is_json() {
        ui.json(&json!({
            "status": "error",
            "error": message,
            "failure": {
                "migration": failure.migration,
                "path": failure.path,
                "statement": failure.statement,
                "line": failure.line,
                "message": failure.message,
                "code": failure.code,
                "detail": failure.detail,
                "hint": failure.hint,
                "rolled_back": failure.rolled_back,
            },
            "applied": applied.iter().map(applied_json).collect::<Vec<_>>(),
        }));
    } else {
        ui.error(message);
    }
}
