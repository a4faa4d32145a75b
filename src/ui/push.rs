//! What `push` prints: the statements, what they would lose (with counts), the question, and
//! the outcome.

use anyhow::Result;
use dbkit_core::hazard::Hazard;
use dbkit_pg::push::Applied;
use dialoguer::Confirm;
use dialoguer::theme::ColorfulTheme;
use serde_json::{Value, json};

use super::{Mark, Ui, plural};

/// A hazard that would lose something, with how much.
pub struct Loss {
    pub hazard: Hazard,
    pub count: i64,
    pub hint_kind: &'static str,
}

impl Loss {
    /// "drop column public.account.scope: 1,204 values"
    pub(super) fn line(&self) -> String {
        let unit = self.hazard.unit;
        let unit = if self.count == 1 { unit.strip_suffix('s').unwrap_or(unit) } else { unit };
        format!("{}: {} {unit}", self.hazard.description, thousands(self.count))
    }

    fn hint(&self) -> Value {
        json!({"type": "confirm_data_loss", "kind": self.hint_kind, "entity": self.hazard.entity})
    }

    fn to_json(&self) -> Value {
        json!({"description": self.hazard.description, "count": self.count, "unit": self.hazard.unit, "hint": self.hint()})
    }
}

fn thousands(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}

pub fn no_changes(ui: &Ui) {
    ui.mark(Mark::Info, "No changes detected");
    ui.json(&json!({"status": "no_changes", "dialect": "postgresql"}));
}

pub fn explain(ui: &Ui, statements: &[String], losses: &[Loss]) {
    ui.line("--- Planned statements (nothing was changed) ---");
    for s in statements {
        ui.line(s.trim_end());
    }
    if !losses.is_empty() {
        ui.line("");
        ui.line("--- Data that would be lost ---");
        for l in losses {
            ui.line(format!("· {}", l.line()));
        }
    }
    let losses: Vec<Value> = losses.iter().map(Loss::to_json).collect();
    ui.json(&json!({"status": "ok", "dialect": "postgresql", "statements": statements, "dataLoss": losses, "applied": false}));
}

/// No terminal to ask: the losses and the hints that accept them; exit 2.
pub fn missing_confirmations(ui: &Ui, losses: &[&Loss]) {
    if ui.is_json() {
        let unresolved: Vec<Value> = losses
            .iter()
            .map(|l| json!({"type": "confirm_data_loss", "kind": l.hint_kind, "entity": l.hazard.entity, "reason": "non_empty", "count": l.count}))
            .collect();
        ui.json(&json!({"status": "missing_hints", "unresolved": unresolved}));
        return;
    }
    ui.line(format!("push would lose data in {} and there is no terminal to ask:", plural(losses.len(), "place", "places")));
    for l in losses {
        ui.line(format!("  · {}", l.line()));
        ui.line(format!("    accept: {}", l.hint()));
    }
    ui.line("");
    ui.line("Run again with --force to accept all of it, or with the accepted ones as a JSON array: --hints '[…]' (or --hints-file).");
    ui.error("data loss not confirmed; nothing was changed (exit code 2)");
}

/// In a terminal: the statements, what they lose, and a yes/no (no by default).
pub fn confirm(ui: &Ui, statements: &[String], losses: &[&Loss]) -> Result<bool> {
    ui.line(format!("{} to run:", plural(statements.len(), "statement", "statements")));
    for s in statements {
        ui.line(format!("  {}", s.trim_end()));
    }
    ui.line("");
    ui.mark(Mark::Warn, "These statements lose data that cannot be brought back:");
    for l in losses {
        ui.line(format!("  · {}", l.line()));
    }
    Ok(Confirm::with_theme(&ColorfulTheme::default()).with_prompt("Apply them?").default(false).interact_opt()?.unwrap_or(false))
}

pub fn aborted(ui: &Ui) {
    ui.line("[x] All changes were aborted; nothing was changed");
    ui.json(&json!({"status": "aborted", "dialect": "postgresql"}));
}

pub fn applied(ui: &Ui, statements: &[String], applied: &Applied, losses: &[Loss]) {
    for s in &applied.outside {
        ui.mark(Mark::Info, format!("ran outside the transaction (PostgreSQL refuses it inside one): {s}"));
    }
    ui.mark(Mark::Done, "Changes applied");
    let losses: Vec<Value> = losses.iter().map(Loss::to_json).collect();
    ui.json(&json!({"status": "ok", "dialect": "postgresql", "statements": statements, "dataLoss": losses, "applied": true}));
}
