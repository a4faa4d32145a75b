//! `schema.ts`: the imports, then schemas, roles, enums, sequences, tables and views, with
//! drizzle-kit 1.0's blank lines between the groups and no new line at the end.
//!
//! [`Sections`] holds each group's text apart, so the per-table layout (`per_table`) lays out the
//! same declarations over several files.

use super::ViewColumn;
use super::declarations;
use super::imports;
use super::names::Names;
use super::table::{Links, table};
use crate::model::Ddl;

/// The declarations of a schema, group by group, as `schema.ts` writes them.
pub(super) struct Sections {
    /// `export const app = pgSchema("app");\n` per schema.
    pub schemas: String,
    /// `export const admin = pgRole(…);\n` per role.
    pub roles: String,
    /// `export const status = pgEnum(…)\n` per enum, then an empty line.
    pub enums: String,
    /// `export const counter = pgSequence(…)\n` per sequence.
    pub sequences: String,
    /// Each table's declaration (no new line at the end), in the DDL's order.
    pub tables: Vec<String>,
    /// The type imports the tables asked for (`type AnyPgColumn`, …).
    pub type_imports: Vec<&'static str>,
    /// The views, separated by an empty line (no new line at the end).
    pub views: String,
}

impl Sections {
    pub fn new(ddl: &Ddl, view_columns: &[ViewColumn], names: &Names) -> Sections {
        let links = Links::new(ddl);
        let mut type_imports = Vec::new();
        let tables = ddl.tables.iter().map(|t| table(t, names, &links, &mut type_imports)).collect();
        Sections {
            schemas: declarations::schemas(ddl, names),
            roles: declarations::roles(ddl, names),
            enums: declarations::enums(ddl, names),
            sequences: declarations::sequences(ddl, names),
            tables,
            type_imports,
            views: declarations::views(ddl, view_columns, names),
        }
    }
}

pub(super) fn schema_ts(ddl: &Ddl, view_columns: &[ViewColumn], names: &Names) -> String {
    let s = Sections::new(ddl, view_columns, names);
    let mut out = imports::header(&names.imports, &s.type_imports);
    out.push_str(&s.schemas);
    out.push_str(&s.roles);
    out.push_str(&s.enums);
    out.push_str(&s.sequences);
    out.push('\n');
    out.push_str(&s.tables.join("\n\n"));
    out.push('\n');
    out.push_str(&s.views);
    out
}
