//! What `revert` prints: the plan (each migration, where its undo comes from, its SQL), what it
//! would lose, the question, and the outcome.

use anyhow::Result;
use dialoguer::Confirm;
use dialoguer::theme::ColorfulTheme;
use serde_json::{Value, json};

use super::push::Loss;
use super::{Mark, Ui, plural};

/// One migration to undo, newest first.
pub struct Planned {
    pub name: String,
    /// `down.sql`, `computed`, or `row only` (--mark-only).
    pub source: &'static str,
    pub statements: Vec<String>,
}

impl Planned {
    fn to_json(&self) -> Value {
        json!({"name": self.name, "source": self.source, "statements": self.statements})
    }
}

fn losses_json(losses: &[Loss]) -> Vec<Value> {
    losses.iter().map(|l| json!({"description": l.hazard.description, "count": l.count, "unit": l.hazard.unit})).collect()
}

pub fn nothing(ui: &Ui) {
    ui.mark(Mark::Info, "Nothing to revert: no migration is applied after the one given");
    ui.json(&json!({"status": "no_changes"}));
}

pub fn plan(ui: &Ui, planned: &[Planned], losses: &[Loss], mark_only: bool) {
    ui.line(format!("--- Revert plan (nothing was changed): {} ---", plural(planned.len(), "migration", "migrations")));
    for p in planned {
        ui.line(format!("{} ({})", p.name, p.source));
        for s in &p.statements {
            ui.line(format!("  {}", s.trim_end()));
        }
    }
    if mark_only {
        ui.line("Only the bookkeeping rows would be deleted; the schema would stay as it is.");
    }
    for l in losses {
        ui.line(format!("· would lose: {}", l.line()));
    }
    let planned: Vec<Value> = planned.iter().map(Planned::to_json).collect();
    ui.json(&json!({"status": "ok", "applied": false, "migrations": planned, "dataLoss": losses_json(losses)}));
}

pub fn needs_force(ui: &Ui, losses: &[Loss]) {
    if ui.is_json() {
        ui.json(&json!({"status": "needs_confirmation", "dataLoss": losses_json(losses)}));
        return;
    }
    ui.line("revert would lose data and there is no terminal to ask:");
    for l in losses {
        ui.line(format!("  · {}", l.line()));
    }
    ui.error("data loss not confirmed; nothing was reverted: pass --force to accept it (exit code 2)");
}

pub fn confirm(ui: &Ui, planned: &[Planned], losses: &[Loss]) -> Result<bool> {
    for p in planned {
        ui.line(format!("{} ({}): {}", p.name, p.source, plural(p.statements.len(), "statement", "statements")));
    }
    ui.mark(Mark::Warn, "Reverting loses data that cannot be brought back:");
    for l in losses {
        ui.line(format!("  · {}", l.line()));
    }
    Ok(Confirm::with_theme(&ColorfulTheme::default()).with_prompt("Revert?").default(false).interact_opt()?.unwrap_or(false))
}

pub fn aborted(ui: &Ui) {
    ui.line("[x] Revert aborted; nothing was changed");
    ui.json(&json!({"status": "aborted"}));
}

pub fn waiting(ui: &Ui, holder: Option<String>) {
    ui.mark(Mark::Info, format!("waiting for another migration run{}", holder.map(|h| format!(" ({h})")).unwrap_or_default()));
}

pub fn reverting(ui: &Ui, name: &str) {
    ui.detail(format!("reverting {name}"));
}

pub fn done(ui: &Ui, reverted: &[Planned], table: &str, mark_only: bool) {
    for p in reverted {
        ui.mark(Mark::Done, format!("Reverted {} ({})", p.name, p.source));
    }
    if mark_only {
        ui.warn(&format!("only the rows were deleted from {table}: the schema is unchanged, so `migrate` will run those migrations again"));
    }
    let reverted: Vec<Value> = reverted.iter().map(Planned::to_json).collect();
    ui.json(&json!({"status": "ok", "applied": true, "migrations": reverted}));
}
