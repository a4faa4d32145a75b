//! What `generate` prints.

use std::path::Path;

use dbkit_core::diff::hints::MissingHint;
use serde_json::{Value, json};

use super::{Mark, Ui, plural};

pub fn written(ui: &Ui, migration_path: &str, _folder: Option<&Path>, custom: bool) {
    if custom {
        ui.line("Prepared empty file for your custom SQL migration!");
    }
    ui.mark(Mark::Done, format!("Your SQL migration ➜ {migration_path} 🚀"));
    ui.json(&json!({"status": "ok", "dialect": "postgresql", "migration_path": migration_path}));
}

pub fn no_changes(ui: &Ui) {
    ui.line("No schema changes, nothing to migrate 😴");
    ui.json(&json!({"status": "no_changes", "dialect": "postgresql"}));
}

pub fn explain(ui: &Ui, statements: &[String]) {
    ui.line("--- Generated migration statements ---");
    for s in statements {
        ui.line(s.trim_end());
    }
    ui.json(&json!({"status": "ok", "dialect": "postgresql", "statements": statements, "hints": []}));
}

pub fn fixed(ui: &Ui, deleted: &[String]) {
    for folder in deleted {
        ui.mark(Mark::Warn, format!("deleted conflicting migration {folder}"));
    }
}

fn tuple(parts: &[String]) -> String {
    serde_json::to_string(parts).expect("strings serialize")
}

/// Rename questions nobody could answer (no terminal): the questions, the exact hints that answer
/// each, exit 2. drizzle-kit prints `<old_name>` placeholders; dbkit names the candidates.
pub fn missing(ui: &Ui, missing: &[MissingHint]) {
    if ui.is_json() {
        let unresolved: Vec<Value> = missing.iter().map(MissingHint::to_json).collect();
        ui.json(&json!({"status": "missing_hints", "unresolved": unresolved}));
        return;
    }
    ui.line(format!(
        "dbkit cannot ask about {} without a terminal, and no --hints answer {}:",
        plural(missing.len(), "rename", "renames"),
        if missing.len() == 1 { "it" } else { "them" }
    ));
    for (i, m) in missing.iter().enumerate() {
        let kind = m.subject.hint_kind();
        ui.line("");
        ui.line(format!(
            "  {}. Is {kind} {} new, or renamed from {}?",
            i + 1,
            m.entity.join("."),
            m.candidates.iter().map(|c| c.join(".")).collect::<Vec<_>>().join(" or ")
        ));
        for c in &m.candidates {
            ui.line(format!("     renamed: {{\"type\":\"rename\",\"kind\":\"{kind}\",\"from\":{},\"to\":{}}}", tuple(c), tuple(&m.entity)));
        }
        ui.line(format!("     new:     {{\"type\":\"create\",\"kind\":\"{kind}\",\"entity\":{}}}", tuple(&m.entity)));
    }
    ui.line("");
    ui.line(
        "Run again with the answers as a JSON array: --hints '[…]' (or --hints-file answers.json), or run it in a terminal to be asked.",
    );
    ui.error("rename questions left unanswered; nothing was written (exit code 2)");
}

/// `export`: the statements, one per line, and nothing else on stdout (it is meant for `> file.sql`).
pub fn exported(ui: &Ui, statements: &[String], warnings: &[String]) {
    if ui.is_json() {
        ui.json(&json!({"status": "ok", "dialect": "postgresql", "statements": statements, "warnings": warnings}));
        return;
    }
    for w in warnings {
        ui.warn(w);
    }
    ui.line(statements.join("\n"));
}
