//! The `migration.sql` of pull's first migration folder: every statement that creates the pulled
//! schema from nothing (as `generate` would write them), commented out between two header lines,
//! because the database already has it.

use serde_json::Value;

use crate::diff::{CreateAll, DiffError, Mode, diff};
use crate::footprint::footprints;
use crate::model::Ddl;
use crate::sql::{migration_text, render_grouped};

/// drizzle-kit's two header lines.
const HEADER: &str = "-- Current sql file was generated after introspecting the database\n\
-- If you want to run this migration please uncomment this code before executing migrations\n";

/// What pull writes into its first migration folder.
#[derive(Debug, Clone)]
pub struct PulledMigration {
    /// The statements that create the pulled schema, in `generate`'s order.
    pub statements: Vec<String>,
    /// The `migration.sql` text: the header, then the statements inside `/* … */`.
    pub sql: String,
    /// The state as the diff from nothing leaves it: what the folder's `snapshot.json` records.
    pub ddl: Ddl,
    /// The snapshot's `footprints`, one per change, as `generate` records them.
    pub footprints: Vec<Value>,
}

impl PulledMigration {
    /// The statements without the comment around them: what `pull --init` writes, since the
    /// migration is recorded as applied and drizzle-orm would never run it.
    pub fn uncommented(&self, breakpoints: bool) -> String {
        migration_text(&self.statements, breakpoints)
    }
}

/// The commented-out migration of a pulled schema; `breakpoints` as in drizzle.config.ts
/// (`--> statement-breakpoint` between statements, drizzle-kit's default `true`).
pub fn migration(ddl: &Ddl, breakpoints: bool) -> Result<PulledMigration, DiffError> {
    // From the empty state nothing can be a rename, so no question is ever asked.
    let result = diff(Ddl::default(), ddl.clone(), &mut CreateAll, Mode::Generate)?;
    let grouped = render_grouped(&result.changes);
    let footprints = footprints(&result.changes, &grouped);
    let statements: Vec<String> = grouped.into_iter().flatten().collect();
    let sql = format!("{HEADER}/*\n{}\n*/", migration_text(&statements, breakpoints));
    Ok(PulledMigration { statements, sql, ddl: result.cur, footprints })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_schema_is_an_empty_comment() {
        let m = migration(&Ddl::default(), true).unwrap();
        assert!(m.statements.is_empty());
        assert_eq!(m.sql, format!("{HEADER}/*\n\n*/"));
    }
}
