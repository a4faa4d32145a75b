//! Table columns (type, dimensions, default, serial, identity, generated) and view columns.

use dbkit_core::model::{Column, Obj};
use serde_json::Value;

use super::super::ViewColumn;
use super::super::catalog::{Catalog, ColumnRow, SequenceRow};
use super::super::grammar::{column_default, column_type, is_serial_expression, js_number, serial_type, view_column_type};
use super::{Lookup, is_user_relation};

/// One row per column of a pulled table, in `ordered`'s order (drizzle-kit's).
pub fn columns(cat: &Catalog, lookup: &Lookup, ordered: &[&ColumnRow]) -> Vec<Column> {
    let mut out = Vec::new();
    for col in ordered {
        let Some(table) = lookup.relation(col.table_oid).filter(|r| r.is_table() && is_user_relation(r)) else { continue };
        let owned = lookup.owned_sequences.get(&(col.table_oid, i32::from(col.attnum)));
        let owned_by = |kind: char| owned.and_then(|v| v.iter().find(|(_, k)| *k == kind)).map(|(i, _)| &cat.sequences[*i]);

        // A serial column: an integer whose default is nextval() of a `…_seq` sequence. dbkit
        // differs from drizzle-kit in also requiring that the column owns that sequence: a column
        // that shares another column's (or a standalone) sequence is not serial, and calling it so
        // would give it a new sequence of its own on the next migration.
        let serial = match (serial_type(&col.type_), &col.default) {
            (Some(serial), Some(expr)) if is_serial_expression(expr, &table.schema) && owned_by('a').is_some() => Some(serial),
            _ => None,
        };
        let enum_type = lookup.enum_type(col.type_oid);
        let ty = match (serial, enum_type) {
            (Some(serial), _) => serial.to_string(),
            (None, Some(e)) => column_type(&e.name),
            (None, None) => column_type(&col.type_),
        };
        let stored = col.generated == "s";
        let default = if stored { None } else { column_default(&ty, col.default.as_deref(), col.dimensions, enum_type.is_some()) };
        let generated = match (&col.default, stored) {
            (Some(expr), true) => Some(Obj::from_pairs([("type", Some(Value::from("stored"))), ("as", Some(Value::from(expr.as_str())))])),
            _ => None,
        };
        let identity =
            if col.identity.is_empty() { None } else { owned_by('i').or_else(|| owned_by('a')).map(|seq| identity(&col.identity, seq)) };
        out.push(Column {
            schema: table.schema.as_str().into(),
            table: table.name.as_str().into(),
            name: col.name.as_str().into(),
            type_: ty.into(),
            type_schema: enum_type.map(|e| e.schema.clone()).map(Into::into),
            not_null: col.not_null,
            dimensions: i64::from(col.dimensions),
            default: default.map(Into::into),
            generated: generated.map(Box::new),
            identity: identity.map(Box::new),
        });
    }
    out
}

/// drizzle-kit's identity object, in the key order its introspector writes.
fn identity(kind: &str, seq: &SequenceRow) -> Obj {
    let s = |v: &str| Some(Value::from(v));
    Obj::from_pairs([
        ("type", s(if kind == "a" { "always" } else { "byDefault" })),
        ("name", s(&seq.name)),
        ("increment", s(&seq.increment_by)),
        ("minValue", s(&seq.min_value)),
        ("maxValue", s(&seq.max_value)),
        ("startWith", s(&seq.start_with)),
        ("cycle", Some(Value::Bool(seq.cycle))),
        ("cache", Some(js_number(&seq.cache_size).unwrap_or(Value::Null))),
    ])
}

/// The columns of pulled views and materialized views, as drizzle-kit hands them to its
/// TypeScript writer.
pub fn view_columns(lookup: &Lookup, ordered: &[&ColumnRow]) -> Vec<ViewColumn> {
    ordered
        .iter()
        .filter_map(|col| {
            let view = lookup.relation(col.table_oid).filter(|r| !r.is_table() && is_user_relation(r))?;
            let enum_type = lookup.enum_type(col.type_oid);
            let ty = match enum_type {
                Some(e) => format!("{}{}", e.name, "[]".repeat(col.dimensions.max(0) as usize)),
                None => view_column_type(&col.type_, col.dimensions),
            };
            Some(ViewColumn {
                schema: view.schema.clone(),
                view: view.name.clone(),
                name: col.name.clone(),
                type_: ty,
                type_dimensions: col.type_.matches("[]").count(),
                not_null: col.not_null,
                dimensions: i64::from(col.dimensions),
                type_schema: enum_type.map(|e| e.schema.clone()),
            })
        })
        .collect()
}
