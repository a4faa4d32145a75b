//! What `pull` prints: a spinner while the catalog is read (terminal only), the counts, the
//! files written, and what could not be read.

use std::io::{IsTerminal, Write};

use dbkit_pg::introspect::Counts;
use serde_json::json;

use super::{Mark, Ui};

/// The one-frame spinner on stderr while the catalog queries run: introspection is a single
/// round trip, so there is nothing to animate; it is cleared before the counts are printed.
pub struct Spinner {
    shown: bool,
}

impl Spinner {
    pub fn start(ui: &Ui, database: &str) -> Spinner {
        let shown = !ui.is_json() && std::io::stderr().is_terminal();
        if shown {
            let _ = write!(std::io::stderr().lock(), "[⣷] Pulling {database} …");
        }
        Spinner { shown }
    }

    pub fn stop(self) {
        if self.shown {
            let _ = write!(std::io::stderr().lock(), "\r\x1b[2K");
        }
    }
}

/// drizzle-kit's block of counts: `[✓] 7  tables fetched`, numbers padded to one width.
pub fn counts(ui: &Ui, c: &Counts) {
    let rows = [
        (c.tables, "tables"),
        (c.columns, "columns"),
        (c.enums, "enums"),
        (c.indexes, "indexes"),
        (c.fks, "foreign keys"),
        (c.policies, "policies"),
        (c.checks, "check constraints"),
        (c.views, "views"),
    ];
    let width = rows.iter().map(|(n, _)| n.to_string().len()).max().unwrap_or(1);
    for (n, what) in rows {
        ui.mark(Mark::Done, format!("{n:<width$} {what} fetched"));
    }
    ui.line("");
}

/// The per-table layout's clean-up: files of dropped tables removed, or kept when edited.
pub fn folder(ui: &Ui, w: &crate::project::FolderWrite) {
    for path in &w.removed {
        ui.mark(Mark::Info, format!("removed {path}: its table is gone (dbkit wrote it and it was not edited)"));
    }
    for path in &w.kept {
        ui.warn(&format!("{path}: its table is gone, but the file was edited since dbkit wrote it; kept, delete it if it is not needed"));
    }
}

/// What was written, where; `migration` is `(snapshot path, migration path)` when a first
/// migration folder was written.
pub struct Written<'a> {
    pub schema: &'a str,
    pub relations: &'a str,
    pub migration: Option<(String, String)>,
    /// Migrations already in the folder (then no first migration is written).
    pub existing: usize,
    pub out: &'a str,
    pub adopted: Option<&'a str>,
}

pub fn written(ui: &Ui, w: &Written, counts: &Counts, skipped: &[String]) {
    for s in skipped {
        ui.warn(&format!("not pulled: {s}"));
    }
    if counts.tables + counts.views == 0 && !ui.is_json() {
        ui.warn("no tables or views passed the schemaFilter/tablesFilter: the files describe no tables; check the filters in the config");
    }
    match &w.migration {
        Some((_, migration)) => ui.mark(Mark::Done, format!("Your SQL migration ➜ {migration} 🚀")),
        None => ui.mark(
            Mark::Info,
            format!(
                "{} already has {}: no first migration written; run `dbkit generate` to turn differences into a migration",
                w.out,
                super::plural(w.existing, "migration", "migrations")
            ),
        ),
    }
    ui.mark(Mark::Done, format!("Your schema file is ready ➜ {} 🚀", w.schema));
    ui.mark(Mark::Done, format!("Your relations file is ready ➜ {} 🚀", w.relations));
    if let Some(table) = w.adopted {
        ui.line("");
        ui.mark(Mark::Done, format!("Recorded the migration as applied in {table} (not run: the database already has it)"));
    }
    let (snapshot, migration) = w.migration.clone().unzip();
    ui.json(&json!({
        "status": "ok",
        "dialect": "postgresql",
        "schemaPath": w.schema,
        "relationsPath": w.relations,
        "snapshotPath": snapshot,
        "migrationPath": migration,
        "initialized": w.adopted.is_some(),
        "counts": {
            "tables": counts.tables, "columns": counts.columns, "enums": counts.enums, "indexes": counts.indexes,
            "foreignKeys": counts.fks, "policies": counts.policies, "checks": counts.checks, "views": counts.views,
        },
        "skipped": skipped,
    }));
}
