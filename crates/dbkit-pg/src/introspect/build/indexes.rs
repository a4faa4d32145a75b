//! Indexes: key columns and expressions with their order, nulls and operator class; the indexes
//! that back a primary key or a unique constraint are not index rows.

use std::collections::{HashMap, HashSet};

use dbkit_core::model::{Index, Obj};
use serde_json::Value;

use super::super::catalog::Catalog;
use super::super::grammar::split_expressions;
use super::Lookup;

pub fn indexes(cat: &Catalog, lookup: &Lookup, skipped: &mut Vec<String>) -> Vec<Index> {
    let backing: HashSet<(char, u32)> = cat.constraints.iter().map(|c| (c.kind, c.index_oid)).collect();
    let backs = |kind: char, oid: u32| backing.contains(&(kind, oid));
    let opclasses: HashMap<u32, (&str, bool)> = cat.opclasses.iter().map(|o| (o.oid, (o.name.as_str(), o.is_default))).collect();
    let mut out = Vec::new();
    for idx in &cat.indexes {
        if (idx.is_primary && backs('p', idx.oid)) || (idx.is_unique && backs('u', idx.oid)) {
            continue;
        }
        let Some(table) = lookup.relation(idx.table_oid) else { continue };
        let expressions = split_expressions(idx.expressions.as_deref());
        if expressions.len() != idx.columns.iter().filter(|&&c| c == 0).count() {
            // drizzle-kit stops the whole pull here ("expression split doesn't match").
            skipped.push(format!("index {}.{}: its expressions could not be told apart", idx.schema, idx.name));
            continue;
        }
        let mut expressions = expressions.into_iter();
        let mut columns = Vec::new();
        for (i, &attnum) in idx.columns.iter().enumerate() {
            // INCLUDE columns have no options or operator class: they are not key columns.
            let (Some(&options), Some(opclass)) = (idx.column_options.get(i), idx.opclasses.get(i)) else { continue };
            // An operator class that could not be read counts as the default one.
            let (opclass, opclass_default) = opclasses.get(opclass).copied().unwrap_or(("", true));
            let (is_expression, value) = if attnum == 0 {
                (true, expressions.next().unwrap_or_default())
            } else {
                match lookup.column_name(idx.table_oid, attnum) {
                    Some(name) => (false, name.to_string()),
                    None => continue,
                }
            };
            let opclass = if opclass_default { Value::Null } else { serde_json::json!({"name": opclass, "default": false}) };
            columns.push(Obj::from_pairs([
                ("asc", Some(Value::Bool(options & 1 == 0))),
                ("nullsFirst", Some(Value::Bool(options & 2 == 2))),
                ("opclass", Some(opclass)),
                ("isExpression", Some(Value::Bool(is_expression))),
                ("value", Some(Value::String(value))),
            ]));
        }
        out.push(Index {
            schema: idx.schema.as_str().into(),
            table: table.name.as_str().into(),
            name: idx.name.as_str().into(),
            name_explicit: true,
            columns,
            is_unique: idx.is_unique,
            where_: idx.where_.as_deref().map(Into::into),
            with: idx.options.as_ref().map(|o| o.join(", ")).unwrap_or_default().into(),
            method: idx.method.as_str().into(),
            concurrently: false,
        });
    }
    out
}
