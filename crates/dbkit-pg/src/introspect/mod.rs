//! Introspection: a live database read into the [`Ddl`] drizzle-kit 1.0's `pull` builds, the same
//! rows in the same order with the same values, from a fixed handful of catalog queries sent
//! together on one connection.
//!
//! - `catalog`: the queries (`sql/*.sql`) and their rows;
//! - `build`: drizzle-kit's rules turning those rows into DDL rows, then its filters;
//! - `grammar`: type spellings, default normalisation, serial detection, view text and options;
//! - `filter`: `schemaFilter`, `tablesFilter`, `extensionsFilters`, `entities.roles`.
//!
//! Where drizzle-kit's result is lossy or invalid dbkit does the right thing instead; each place
//! says so ("dbkit differs") and `tests/pull_cases/MISMATCHES.md` lists the cases it shows in.

mod build;
mod catalog;
mod error;
mod filter;
mod grammar;

pub(crate) use grammar::column_default;

use dbkit_core::model::Ddl;
use tokio_postgres::Client;

pub use error::IntrospectError;
pub use filter::{Filters, MigrationsTable, RolesFilter};

/// How many objects of each kind were pulled, for progress output. These are the rows pulled
/// (after the filters); drizzle-kit's progress block counts before filtering, and its "indexes"
/// include those behind primary keys and uniques, which are not index rows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub tables: usize,
    pub columns: usize,
    pub enums: usize,
    pub indexes: usize,
    pub fks: usize,
    pub policies: usize,
    pub checks: usize,
    pub views: usize,
}

/// A column of a pulled view, as drizzle-kit's TypeScript writer takes it (`pgView("v", {…})`);
/// one type with the code generator's.
pub use dbkit_core::codegen::ViewColumn;

/// A relation a pulled view reads (from its rewrite rule): what must exist before the view is
/// created, and what it must be dropped before changing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewDependency {
    pub schema: String,
    pub view: String,
    pub on_schema: String,
    pub on_name: String,
    /// `r` table, `p` partitioned table, `v` view, `m` materialized view.
    pub on_kind: char,
    /// The columns it reads (empty when it reads the relation as a whole, e.g. `count(*)`).
    pub columns: Vec<String>,
}

/// What a pull read.
#[derive(Debug, Clone)]
pub struct Introspected {
    pub ddl: Ddl,
    pub counts: Counts,
    /// What could not be read (a catalog the role may not see, an object that could not be
    /// mapped), one line each, to tell the user. Empty when everything was read.
    pub skipped: Vec<String>,
    pub view_columns: Vec<ViewColumn>,
    pub view_dependencies: Vec<ViewDependency>,
    /// How many statements were sent (all at once).
    pub statements: usize,
}

/// Narrows a schema read from TypeScript to what the same filters let `introspect` see, so push
/// compares like with like: a table outside `tablesFilter` is neither created nor dropped, and
/// roles are managed only when `entities.roles` asks for them (drizzle-kit 1.0 does the same).
pub fn scope(ddl: &mut Ddl, filters: &Filters) -> Result<(), IntrospectError> {
    let f = filter::Compiled::new(filters)?;
    let table = |schema: &str, name: &str| f.table(schema, name) && !(schema == f.migrations.schema && name == f.migrations.table);
    ddl.schemas.retain(|r| f.schema(&r.name));
    ddl.enums.retain(|r| f.schema(&r.schema));
    ddl.sequences.retain(|r| f.schema(&r.schema));
    ddl.roles.retain(|r| f.role(&r.name));
    ddl.tables.retain(|r| table(&r.schema, &r.name));
    ddl.columns.retain(|r| table(&r.schema, &r.table));
    ddl.indexes.retain(|r| table(&r.schema, &r.table));
    ddl.fks.retain(|r| table(&r.schema, &r.table));
    ddl.pks.retain(|r| table(&r.schema, &r.table));
    ddl.uniques.retain(|r| table(&r.schema, &r.table));
    ddl.checks.retain(|r| table(&r.schema, &r.table));
    ddl.policies.retain(|r| table(&r.schema, &r.table));
    ddl.privileges.retain(|r| table(&r.schema, &r.table));
    ddl.views.retain(|r| table(&r.schema, &r.name));
    Ok(())
}

/// Reads the database behind `client` as drizzle-kit 1.0's `pull` would, with `filters` applied.
/// `progress` is called as counts become known.
pub async fn introspect(client: &Client, filters: &Filters, progress: &mut dyn FnMut(&Counts)) -> Result<Introspected, IntrospectError> {
    let compiled = filter::Compiled::new(filters)?;
    progress(&Counts::default());
    let cat = catalog::read(client, compiled.wants_roles()).await?;
    let built = build::build(&cat, &compiled);
    progress(&built.counts);
    Ok(Introspected {
        ddl: built.ddl,
        counts: built.counts,
        skipped: built.skipped,
        view_columns: built.view_columns,
        view_dependencies: built.view_dependencies,
        statements: cat.statements,
    })
}
