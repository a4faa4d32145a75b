//! Primary keys, uniques, foreign keys and checks, each in the order of the constraints query.

use dbkit_core::model::{Check, Fk, Pk, Unique};

use super::super::catalog::{Catalog, ConstraintRow};
use super::super::grammar::fk_action;
use super::Lookup;

#[derive(Default)]
pub struct Constraints {
    pub pks: Vec<Pk>,
    pub uniques: Vec<Unique>,
    pub fks: Vec<Fk>,
    pub checks: Vec<Check>,
}

pub fn constraints(cat: &Catalog, lookup: &Lookup, skipped: &mut Vec<String>) -> Constraints {
    let mut out = Constraints::default();
    for con in &cat.constraints {
        let Some(table) = lookup.relation(con.table_oid) else { continue };
        let (schema, table_name) = (table.schema.clone(), table.name.clone());
        let Some(columns) = lookup.column_names(con.table_oid, &con.columns) else {
            skipped.push(format!("constraint {} on {}.{}: a column it names was not found", con.name, table.schema, table.name));
            continue;
        };
        match con.kind {
            'p' => out.pks.push(Pk {
                schema: schema.into(),
                table: table_name.into(),
                name: con.name.as_str().into(),
                columns: columns.into_iter().map(Into::into).collect(),
                name_explicit: true,
            }),
            'u' => out.uniques.push(Unique {
                schema: schema.into(),
                table: table_name.into(),
                name: con.name.as_str().into(),
                name_explicit: true,
                columns: columns.into_iter().map(Into::into).collect(),
                nulls_not_distinct: con.definition.as_deref().is_some_and(|d| d.contains("NULLS NOT DISTINCT")),
            }),
            'f' => match foreign_key(con, lookup, columns, schema, table_name) {
                Some(fk) => out.fks.push(fk),
                None => skipped
                    .push(format!("foreign key {} on {}.{}: the table it references was not found", con.name, table.schema, table.name)),
            },
            'c' => out.checks.push(Check {
                schema: schema.into(),
                table: table_name.into(),
                name: con.name.as_str().into(),
                value: check_value(con.definition.as_deref()).into(),
            }),
            _ => {}
        }
    }
    out
}

fn foreign_key(con: &ConstraintRow, lookup: &Lookup, columns: Vec<String>, schema: String, table: String) -> Option<Fk> {
    let to = lookup.relation(con.table_to_oid)?;
    Some(Fk {
        schema: schema.into(),
        table: table.into(),
        name: con.name.as_str().into(),
        name_explicit: true,
        columns: columns.into_iter().map(Into::into).collect(),
        schema_to: to.schema.as_str().into(),
        table_to: to.name.as_str().into(),
        columns_to: lookup.column_names(con.table_to_oid, &con.columns_to)?.into_iter().map(Into::into).collect(),
        on_update: fk_action(&con.on_update).map(Into::into),
        on_delete: fk_action(&con.on_delete).map(Into::into),
    })
}

/// The check's expression: `CHECK (qty > 0)` -> `(qty > 0)` (drizzle-kit cuts `CHECK (` and the
/// last character). dbkit differs for `NOT VALID` and `NO INHERIT` checks, which drizzle-kit cuts
/// into invalid SQL (`(qty > 0)) NOT VALI`): the markers, which the model cannot hold, are removed
/// first.
fn check_value(definition: Option<&str>) -> String {
    let mut def = definition.unwrap_or_default();
    for marker in [" NOT VALID", " NO INHERIT"] {
        def = def.strip_suffix(marker).unwrap_or(def);
    }
    match def.strip_prefix("CHECK (") {
        Some(rest) => {
            let mut chars = rest.chars();
            chars.next_back();
            chars.as_str().to_string()
        }
        None => def.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::check_value;

    #[test]
    fn check_values() {
        assert_eq!(check_value(Some("CHECK ((a < b))")), "(a < b)");
        assert_eq!(check_value(Some("CHECK ((qty > 0)) NOT VALID")), "(qty > 0)");
        assert_eq!(check_value(Some("CHECK (x) NO INHERIT")), "x");
        assert_eq!(check_value(Some("CHECK ((x > 0)) NO INHERIT NOT VALID")), "(x > 0)");
    }
}
