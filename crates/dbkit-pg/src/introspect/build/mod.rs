//! Catalog rows -> drizzle-kit 1.0's DDL rows, in the order its `pull` writes them.
//!
//! drizzle-kit reads everything, builds every row, and filters last (`fromDatabase`, then
//! `fromDatabaseForDrizzle`); the row order of each kind is the order of its query. This follows
//! the same steps so the same rows come out in the same order.

mod columns;
mod constraints;
mod indexes;
mod misc;
mod views;

use std::collections::{HashMap, HashSet};

use dbkit_core::model::{self as m, CompactString, Ddl, Entity};

use super::catalog::{Catalog, ColumnRow, EnumRow, Relation};
use super::filter::Compiled;
use super::{Counts, ViewColumn, ViewDependency};

/// What `build` hands back to `introspect`.
pub struct Built {
    pub ddl: Ddl,
    pub counts: Counts,
    pub view_columns: Vec<ViewColumn>,
    pub view_dependencies: Vec<ViewDependency>,
    pub skipped: Vec<String>,
}

/// Lookups over the catalog rows shared by the per-kind builders.
pub(super) struct Lookup<'a> {
    relations: HashMap<u32, &'a Relation>,
    columns: HashMap<(u32, i16), &'a ColumnRow>,
    /// Enum types by their own oid and by their array type's oid.
    enums: HashMap<u32, &'a EnumRow>,
    /// Sequences by the column that owns them: (table oid, attnum) -> (index, kind).
    owned_sequences: HashMap<(u32, i32), Vec<(usize, char)>>,
}

impl<'a> Lookup<'a> {
    fn new(cat: &'a Catalog) -> Lookup<'a> {
        let mut owned_sequences: HashMap<(u32, i32), Vec<(usize, char)>> = HashMap::new();
        for (i, s) in cat.sequences.iter().enumerate() {
            if let Some((table, attnum, kind)) = s.owner {
                owned_sequences.entry((table, attnum)).or_default().push((i, kind));
            }
        }
        Lookup {
            relations: cat.relations.iter().map(|r| (r.oid, r)).collect(),
            columns: cat.columns.iter().map(|c| ((c.table_oid, c.attnum), c)).collect(),
            enums: cat.enums.iter().filter(|e| !e.extension_owned).flat_map(|e| [(e.oid, e), (e.array_oid, e)]).collect(),
            owned_sequences,
        }
    }

    pub(super) fn relation(&self, oid: u32) -> Option<&'a Relation> {
        self.relations.get(&oid).copied()
    }

    pub(super) fn column_name(&self, table: u32, attnum: i16) -> Option<&'a str> {
        self.columns.get(&(table, attnum)).map(|c| c.name.as_str())
    }

    pub(super) fn column_names(&self, table: u32, attnums: &[i16]) -> Option<Vec<String>> {
        attnums.iter().map(|&a| self.column_name(table, a).map(str::to_string)).collect()
    }

    pub(super) fn enum_type(&self, type_oid: u32) -> Option<&'a EnumRow> {
        self.enums.get(&type_oid).copied()
    }
}

/// The relations drizzle-kit treats as user objects. dbkit differs: objects an extension owns
/// (pg_stat_statements' views, PostGIS's tables) belong to the extension and are left out.
fn is_user_relation(r: &Relation) -> bool {
    !r.extension_owned
}

pub fn build(cat: &Catalog, filters: &Compiled) -> Built {
    let lookup = Lookup::new(cat);
    let mut skipped = cat.skipped.clone();

    // In drizzle-kit's order (see `sql/columns.sql`).
    let ordered: Vec<&ColumnRow> = cat.columns.iter().collect();

    let tables: Vec<&Relation> = cat.relations.iter().filter(|r| r.is_table() && is_user_relation(r)).collect();
    let views: Vec<&Relation> = cat.relations.iter().filter(|r| !r.is_table() && is_user_relation(r)).collect();

    let schemas: Vec<m::Schema> = cat.namespaces.iter().map(|n| m::Schema { name: n.name.as_str().into() }).collect();
    let table_rows: Vec<m::Table> = tables
        .iter()
        .map(|t| m::Table { schema: t.schema.as_str().into(), name: t.name.as_str().into(), is_rls_enabled: t.rls_enabled })
        .collect();
    let enums = misc::enums(cat);
    let sequences = misc::sequences(cat);
    let roles = misc::roles(cat, filters);
    let policies = misc::policies(cat);
    let column_rows = columns::columns(cat, &lookup, &ordered);
    let c = constraints::constraints(cat, &lookup, &mut skipped);
    let index_rows = indexes::indexes(cat, &lookup, &mut skipped);
    let view_rows = views::views(&views);
    let view_columns = columns::view_columns(&lookup, &ordered);
    let view_dependencies = views::dependencies(cat, &lookup);

    // drizzle-kit's filters, applied last.
    let schemas: Vec<m::Schema> = schemas.into_iter().filter(|s| filters.schema(&s.name)).collect();
    let kept_schemas: HashSet<CompactString> = schemas.iter().map(|s| s.name.clone()).collect();
    let mut table_rows: Vec<m::Table> = table_rows.into_iter().filter(|t| filters.table(&t.schema, &t.name)).collect();
    // The migrations table is never part of the schema (drizzle-kit's `filterMigrationsSchema`).
    // dbkit differs in a corner: drizzle-kit drops only its columns and primary key, so an index,
    // foreign key or policy someone added to it stays behind pointing at a missing table; here
    // every row of that table goes with it.
    let mig = &filters.migrations;
    let is_migrations = |schema: &str, table: &str| schema == mig.schema && table == mig.table;
    table_rows.retain(|t| !is_migrations(&t.schema, &t.name));
    let kept_tables: HashSet<(&str, &str)> = table_rows.iter().map(|t| (t.schema.as_str(), t.name.as_str())).collect();
    let in_tables = |schema: &str, table: &str| kept_tables.contains(&(schema, table));
    let view_rows: Vec<m::View> = view_rows.into_iter().filter(|v| filters.table(&v.schema, &v.name)).collect();
    let kept_views: HashSet<(&str, &str)> = view_rows.iter().map(|v| (v.schema.as_str(), v.name.as_str())).collect();
    // pull leaves out `public` (it always exists), and the migrations schema once it holds no
    // pulled table.
    let schemas: Vec<m::Schema> = schemas
        .into_iter()
        .filter(|s| s.name != "public")
        .filter(|s| s.name != mig.schema || table_rows.iter().any(|t| t.schema == mig.schema))
        .collect();

    let mut ddl = Ddl::new();
    let mut push = |pushed: Result<(), String>| {
        if let Err(e) = pushed {
            skipped.push(e);
        }
    };
    for s in schemas {
        push(add(&mut ddl.schemas, s));
    }
    for e in enums.into_iter().filter(|e| kept_schemas.contains(&e.schema)) {
        push(add(&mut ddl.enums, e));
    }
    for t in table_rows.iter().cloned() {
        push(add(&mut ddl.tables, t));
    }
    for col in column_rows.into_iter().filter(|c| in_tables(&c.schema, &c.table)) {
        push(add(&mut ddl.columns, col));
    }
    for i in index_rows.into_iter().filter(|i| in_tables(&i.schema, &i.table)) {
        push(add(&mut ddl.indexes, i));
    }
    for fk in c.fks.into_iter().filter(|f| in_tables(&f.schema, &f.table)) {
        push(add(&mut ddl.fks, fk));
    }
    for pk in c.pks.into_iter().filter(|p| in_tables(&p.schema, &p.table)) {
        push(add(&mut ddl.pks, pk));
    }
    for u in c.uniques.into_iter().filter(|u| in_tables(&u.schema, &u.table)) {
        push(add(&mut ddl.uniques, u));
    }
    for ch in c.checks.into_iter().filter(|ch| in_tables(&ch.schema, &ch.table)) {
        push(add(&mut ddl.checks, ch));
    }
    for s in sequences.into_iter().filter(|s| kept_schemas.contains(&s.schema)) {
        push(add(&mut ddl.sequences, s));
    }
    for r in roles {
        push(add(&mut ddl.roles, r));
    }
    for p in policies.into_iter().filter(|p| in_tables(&p.schema, &p.table)) {
        push(add(&mut ddl.policies, p));
    }
    for v in view_rows.iter().cloned() {
        push(add(&mut ddl.views, v));
    }

    let view_columns: Vec<ViewColumn> =
        view_columns.into_iter().filter(|c| kept_views.contains(&(c.schema.as_str(), c.view.as_str()))).collect();
    let view_dependencies: Vec<ViewDependency> =
        view_dependencies.into_iter().filter(|d| kept_views.contains(&(d.schema.as_str(), d.view.as_str()))).collect();
    let counts = Counts {
        tables: ddl.tables.len(),
        columns: ddl.columns.len(),
        enums: ddl.enums.len(),
        indexes: ddl.indexes.len(),
        fks: ddl.fks.len(),
        policies: ddl.policies.len(),
        checks: ddl.checks.len(),
        views: ddl.views.len(),
    };
    Built { ddl, counts, view_columns, view_dependencies, skipped }
}

/// Adds a row; a second row with the same identity is reported, not added (drizzle-kit refuses
/// the whole pull with "Failed to map the introspected schema").
fn add<T: Entity>(rows: &mut m::Rows<T>, row: T) -> Result<(), String> {
    let key = row.key();
    rows.push(row).map_err(|_| format!("{} {key}: a second object with the same name was left out", T::KIND.name()))
}
