//! The `migration.sql` of pull's first migration folder: every statement that creates the pulled
//! schema from nothing (as `generate` would write them), commented out between two header lines,
//! because the database already has it.

use crate::diff::{CreateAll, DiffError, Mode, diff};
use crate::footprint::footprints;
use crate::model::{Ddl, Role};
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
    /// The state as the diff from nothing leaves it, roles as `pgRole` can state them (see
    /// [`as_pg_role`]): what the folder's `snapshot.json` records.
    pub ddl: Ddl,
    /// The snapshot's `footprints`, one per change, as `generate` records them.
    pub footprints: Vec<crate::footprint::Footprint>,
}

impl PulledMigration {
    /// The statements without the comment around them: what `pull --init` writes, since the
    /// migration is recorded as applied and drizzle-orm would never run it.
    pub fn uncommented(&self, breakpoints: bool) -> String {
        migration_text(&self.statements, breakpoints)
    }
}

/// The commented-out migration of a pulled schema; `breakpoints` as in drizzle.config.ts
/// (`--> statement-breakpoint` between statements, drizzle-kit's default `true`). Takes the
/// state by value: at 10,000 tables each copy of it is some 80 MB.
pub fn migration(ddl: Ddl, breakpoints: bool) -> Result<PulledMigration, DiffError> {
    // From the empty state nothing can be a rename, so no question is ever asked.
    let result = diff(Ddl::default(), ddl, &mut CreateAll, Mode::Generate)?;
    let grouped = render_grouped(&result.changes);
    let footprints = footprints(&result.changes, &grouped);
    drop(result.changes);
    let statements: Vec<String> = grouped.into_iter().flatten().collect();
    let sql = format!("{HEADER}/*\n{}\n*/", migration_text(&statements, breakpoints));
    let mut ddl = result.cur;
    for role in ddl.roles.iter_mut() {
        *role = as_pg_role(role);
    }
    Ok(PulledMigration { statements, sql, ddl, footprints })
}

/// A role as the `pgRole` pull writes reads back: drizzle-orm 1.0's `pgRole(name, { createDb,
/// createRole, inherit })` keeps only those three, so every other attribute is what drizzle-kit
/// (and dbkit) give a role read from TypeScript.
///
/// dbkit differs: drizzle-kit's snapshot keeps the database's `LOGIN`, `BYPASSRLS`, `CONNECTION
/// LIMIT`, `VALID UNTIL`…, which no schema file can state, so the next `generate` writes `ALTER
/// ROLE … NOLOGIN NOBYPASSRLS …` and the migration takes them from the database. The snapshot
/// records the state the schema describes; the commented `migration.sql` still shows the role as
/// the database has it.
pub fn as_pg_role(role: &Role) -> Role {
    Role::from_pg_role(role.name.to_string(), role.create_db, role.create_role, role.inherit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_schema_is_an_empty_comment() {
        let m = migration(Ddl::default(), true).unwrap();
        assert!(m.statements.is_empty());
        assert_eq!(m.sql, format!("{HEADER}/*\n\n*/"));
    }

    #[test]
    fn the_snapshot_keeps_what_pg_role_states() {
        let mut ddl = Ddl::default();
        let admin = Role {
            name: "admin".into(),
            superuser: Some(false),
            create_db: Some(true),
            create_role: Some(false),
            inherit: Some(false),
            can_login: Some(true),
            replication: Some(false),
            bypass_rls: Some(true),
            conn_limit: Some(5),
            password: None,
            valid_until: Some("2030-01-01 00:00:00+00".into()),
        };
        ddl.roles.push(admin.clone()).unwrap();
        let m = migration(ddl.clone(), true).unwrap();
        assert_eq!(
            m.statements,
            ["CREATE ROLE \"admin\" WITH CREATEDB NOINHERIT LOGIN BYPASSRLS CONNECTION LIMIT 5 VALID UNTIL '2030-01-01 00:00:00+00';"]
        );
        let kept = m.ddl.roles.iter().next().unwrap();
        assert_eq!(
            (kept.create_db, kept.inherit, kept.can_login, kept.bypass_rls, kept.conn_limit),
            (Some(true), Some(false), Some(false), Some(false), Some(-1))
        );
        assert_eq!(kept.valid_until, None);
    }
}
