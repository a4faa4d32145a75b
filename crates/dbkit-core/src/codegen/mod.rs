//! `pull`'s code generator: a pulled [`Ddl`] -> the text of `schema.ts` and `relations.ts`, as
//! drizzle-kit 1.0's `ddlToTypeScript` and `relationsToTypeScript` write them, and the commented
//! `migration.sql` of the first migration folder.
//!
//! The files are byte-identical to drizzle-kit's wherever drizzle-kit's TypeScript is valid and
//! means the same database. Where it is not (a string with a quote pasted between quotes, two
//! exports with one name, a cross-schema foreign key written as a self-reference, an interval
//! expression written as a string) dbkit writes what is meant; each place says "dbkit differs"
//! and `tests/pull_cases/CODEGEN_MISMATCHES.md` lists the cases that show it.
//!
//! - `names`: casing, `In<Schema>` suffixes, one identifier per export and column key;
//! - `pluralize`: the `pluralize` package's rules, for relation names;
//! - `js`: JavaScript literals, `Number()`, JSON with big integers;
//! - `pg_array`: PostgreSQL array literals as drizzle-kit parses them;
//! - `grammar`, `temporal`: each column type's builder, options and default;
//! - `imports`, `declarations`, `columns`, `table`, `schema_file`: `schema.ts`;
//! - `relations`: `relations.ts`;
//! - `per_table`: the same declarations as one file per table, beyond drizzle-kit;
//! - `migration`: `migration.sql`.

mod columns;
mod declarations;
mod grammar;
mod imports;
mod js;
pub mod migration;
mod names;
mod per_table;
mod pg_array;
mod pluralize;
mod relations;
mod schema_file;
mod table;
mod temporal;

use crate::model::Ddl;

pub use migration::{PulledMigration, migration};
pub use per_table::{SchemaFile, codegen_per_table};

/// How database names become TypeScript keys (`introspect.casing` in drizzle.config.ts).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Casing {
    /// `user_accounts` -> `userAccounts`, the column name passed when it differs (the default).
    #[default]
    Camel,
    /// Keys are the database names as they are (quoted where they are not identifiers).
    Preserve,
}

impl Casing {
    /// The config spelling (`"camel"`, `"preserve"`).
    pub fn parse(text: &str) -> Option<Casing> {
        match text {
            "camel" => Some(Casing::Camel),
            "preserve" => Some(Casing::Preserve),
            _ => None,
        }
    }
}

/// A column of a pulled view or materialized view, as drizzle-kit hands it to its TypeScript writer
/// (`pgView("v", {…})`); views' columns are not DDL rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewColumn {
    pub schema: String,
    pub view: String,
    pub name: String,
    /// The type with drizzle-kit's view spelling, `[]` once per dimension (`numeric(10, 2)`).
    pub type_: String,
    /// How many `[]` PostgreSQL's own spelling has.
    pub type_dimensions: usize,
    pub not_null: bool,
    pub dimensions: i64,
    /// The enum's schema when the type is an enum.
    pub type_schema: Option<String>,
}

/// The two files `pull` writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Files {
    pub schema_ts: String,
    pub relations_ts: String,
}

/// `schema.ts` and `relations.ts` for a pulled schema.
pub fn codegen(ddl: &Ddl, view_columns: &[ViewColumn], casing: Casing) -> Files {
    let names = names::Names::new(ddl, view_columns, casing);
    Files { schema_ts: schema_file::schema_ts(ddl, view_columns, &names), relations_ts: relations::relations_ts(ddl, &names, "./schema") }
}
