//! The `drizzle-orm/pg-core` import list of `schema.ts`: one name per kind of entity and column
//! builder, in the order drizzle-kit first meets them walking the DDL (schemas, tables, enums,
//! columns, indexes, foreign keys, primary keys, uniques, checks, sequences, roles, policies,
//! views), then the views' columns. Like drizzle-kit it imports what a row's kind suggests even
//! when the file does not use it (`primaryKey` for a key written inline, `foreignKey` for
//! `.references()`).

use super::ViewColumn;
use super::grammar::type_for;
use crate::model::Ddl;

/// Builders whose name is also a type name drizzle-kit checks for (`pgImportsList`).
const TYPE_NAMED: &[&str] = &[
    "pgTable",
    "smallint",
    "integer",
    "bigint",
    "numeric",
    "decimal",
    "real",
    "doublePrecision",
    "boolean",
    "char",
    "varchar",
    "text",
    "json",
    "jsonb",
    "serial",
    "smallserial",
    "bigserial",
    "time",
    "timestamp",
    "date",
    "interval",
    "cidr",
    "inet",
    "macaddr",
    "macaddr8",
    "uuid",
    "vector",
    "halfvec",
    "sparsevec",
    "point",
    "line",
    "geometry",
    "bit",
    "pgEnum",
    "customType",
];

/// An ordered set of names.
#[derive(Default)]
struct Set(Vec<String>);

impl Set {
    fn add(&mut self, name: &str) {
        if !self.0.iter().any(|n| n == name) {
            self.0.push(name.to_string());
        }
    }
}

/// The imports the entities need, in drizzle-kit's order.
pub(super) fn entity_imports(ddl: &Ddl, view_columns: &[ViewColumn]) -> Vec<String> {
    let mut set = Set::default();
    if ddl.schemas.iter().any(|s| s.name != "public") {
        set.add("pgSchema");
    }
    if !ddl.tables.is_empty() {
        set.add("pgTable");
    }
    if ddl.enums.iter().any(|e| e.schema == "public") {
        set.add("pgEnum");
    }
    let column = |set: &mut Set, type_: &str, is_enum: bool| {
        let patched = type_.replacen("[]", "", 1);
        set.add(type_for(&patched, is_enum).import());
        if TYPE_NAMED.contains(&patched.as_str()) {
            set.add(&patched);
        }
    };
    for c in ddl.columns.iter() {
        column(&mut set, &c.type_, c.type_schema.is_some());
    }
    for i in ddl.indexes.iter() {
        set.add(if i.is_unique { "uniqueIndex" } else { "index" });
    }
    if !ddl.fks.is_empty() {
        set.add("foreignKey");
    }
    if !ddl.pks.is_empty() {
        set.add("primaryKey");
    }
    if !ddl.uniques.is_empty() {
        set.add("unique");
    }
    if !ddl.checks.is_empty() {
        set.add("check");
    }
    if ddl.sequences.iter().any(|s| s.schema == "public") {
        set.add("pgSequence");
    }
    if !ddl.roles.is_empty() {
        set.add("pgRole");
    }
    if !ddl.policies.is_empty() {
        set.add("pgPolicy");
    }
    for v in ddl.views.iter().filter(|v| v.schema == "public") {
        set.add(if v.materialized { "pgMaterializedView" } else { "pgView" });
    }
    for c in view_columns {
        column(&mut set, &c.type_, c.type_schema.is_some());
    }
    set.0
}

/// The import lines of `schema.ts` (with the type imports the tables asked for at the end).
pub(super) fn header(entity_imports: &[String], type_imports: &[&str]) -> String {
    let mut set = Set(entity_imports.to_vec());
    for t in type_imports {
        set.add(t);
    }
    format!("import {{ {} }} from \"drizzle-orm/pg-core\"\nimport {{ sql }} from \"drizzle-orm\"\n\n", set.0.join(", "))
}
