//! Which changes can lose data, and the query that tells how much (push runs them first).
//!
//! drizzle-kit 1.0 only asks "is the table empty?" before drops. dbkit names every change that can
//! lose or reject data, with a probe that counts exactly what is at stake: rows of a dropped table,
//! values in a dropped column, NULLs before `SET NOT NULL`, duplicates before a unique constraint,
//! values a narrowed type cannot hold, rows using a removed enum value.

use crate::diff::Change;
use crate::model::CompactString;
use crate::model::{Column, Index, Unique};
use crate::sql::names::{escape_single_quotes, quote};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HazardKind {
    DropTable,
    DropMaterializedView,
    DropColumn,
    DropSchema,
    RemoveEnumValue,
    ChangeType,
    SetNotNull,
    AddUnique,
}

/// A change that may lose data, with what it affects and how to measure it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hazard {
    pub kind: HazardKind,
    /// What is affected, as drizzle's hint identifiers name it: `[schema, table]` or
    /// `[schema, table, column]` (`[schema]` for a schema).
    pub entity: Vec<String>,
    /// One line for people: "drop column public.account.scope".
    pub description: String,
    /// A query returning one bigint: how many rows (or values) would be lost or rejected.
    pub probe: String,
    /// What the probe's number counts ("rows", "values", "NULLs", "duplicates", "tables").
    pub unit: &'static str,
}

fn literal(s: &str) -> String {
    format!("'{}'", escape_single_quotes(s))
}

fn table_ref(schema: &str, table: &str) -> String {
    format!("{}.{}", quote(schema), quote(table))
}

/// The hazards of a list of changes, in change order. Nothing on a table the same changes create
/// can lose data (it starts empty), and its probe could not run before it exists.
pub fn hazards(changes: &[Change]) -> Vec<Hazard> {
    let created: std::collections::HashSet<(&str, &str)> = changes
        .iter()
        .filter_map(|c| match c {
            Change::CreateTable { table } => Some((table.table.schema.as_str(), table.table.name.as_str())),
            _ => None,
        })
        .collect();
    let mut out = all_hazards(changes);
    out.retain(|h| !(h.entity.len() >= 2 && created.contains(&(h.entity[0].as_str(), h.entity[1].as_str()))));
    out
}

fn all_hazards(changes: &[Change]) -> Vec<Hazard> {
    let mut out = Vec::new();
    for change in changes {
        match change {
            Change::DropTable { table, .. } => {
                let t = &table.table;
                out.push(Hazard {
                    kind: HazardKind::DropTable,
                    entity: vec![t.schema.to_string(), t.name.to_string()],
                    description: format!("drop table {}.{}", t.schema, t.name),
                    probe: format!("select count(*) from {}", table_ref(&t.schema, &t.name)),
                    unit: "rows",
                });
            }
            Change::DropView { view, cause: None } if view.materialized => out.push(Hazard {
                kind: HazardKind::DropMaterializedView,
                entity: vec![view.schema.to_string(), view.name.to_string()],
                description: format!("drop materialized view {}.{}", view.schema, view.name),
                probe: format!("select count(*) from {}", table_ref(&view.schema, &view.name)),
                unit: "rows",
            }),
            Change::DropColumn { column } => out.push(column_hazard(
                HazardKind::DropColumn,
                column,
                format!("drop column {}.{}.{}", column.schema, column.table, column.name),
                format!("{} is not null", quote(&column.name)),
                "values",
            )),
            Change::DropSchema { name } => out.push(Hazard {
                kind: HazardKind::DropSchema,
                entity: vec![name.clone()],
                description: format!("drop schema {name}"),
                probe: format!("select count(*) from information_schema.tables where table_schema = {}", literal(name)),
                unit: "tables",
            }),
            Change::RecreateEnum { to, from, columns } => {
                let removed: Vec<&CompactString> = from.values.iter().filter(|v| !to.values.contains(v)).collect();
                if removed.is_empty() {
                    // Reordered, not removed: every value still has a place.
                    continue;
                }
                let list = removed.iter().map(|v| literal(v)).collect::<Vec<_>>().join(", ");
                for ec in columns {
                    let c = &ec.column;
                    // Arrays hold several values; any removed one in the array counts the row.
                    let test = if c.dimensions > 0 {
                        format!("{}::text[] && array[{list}]::text[]", quote(&c.name))
                    } else {
                        format!("{}::text in ({list})", quote(&c.name))
                    };
                    let values = removed.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", ");
                    out.push(column_hazard(
                        HazardKind::RemoveEnumValue,
                        c,
                        format!("remove value {values} from enum {}.{} used by {}.{}.{}", to.schema, to.name, c.schema, c.table, c.name),
                        test,
                        "rows",
                    ));
                }
            }
            Change::AlterColumn { diff, to, .. } => {
                if (diff.has("type") || diff.has("dimensions")) && diff.left.generated.is_none() {
                    let from_ty = type_text(&diff.left);
                    let to_ty = type_text(to);
                    let (test, unit) = match narrowing_test(&diff.left, to) {
                        Some(test) => (test, "values"),
                        None => (format!("{} is not null", quote(&to.name)), "values"),
                    };
                    out.push(column_hazard(
                        HazardKind::ChangeType,
                        to,
                        format!("change type of {}.{}.{} from {from_ty} to {to_ty}", to.schema, to.table, to.name),
                        test,
                        unit,
                    ));
                }
                if diff.has("notNull") && to.not_null {
                    out.push(column_hazard(
                        HazardKind::SetNotNull,
                        to,
                        format!("set not null on {}.{}.{}", to.schema, to.table, to.name),
                        format!("{} is null", quote(&to.name)),
                        "NULLs",
                    ));
                }
            }
            Change::AddColumn { column, .. }
                if column.not_null
                    && column.default.is_none()
                    && column.identity.is_none()
                    && column.generated.is_none()
                    && !crate::diff::grammar::is_serial(&column.type_) =>
            {
                out.push(Hazard {
                    kind: HazardKind::SetNotNull,
                    entity: vec![column.schema.to_string(), column.table.to_string(), column.name.to_string()],
                    description: format!("add NOT NULL column {}.{}.{} without a default", column.schema, column.table, column.name),
                    probe: format!("select count(*) from {}", table_ref(&column.schema, &column.table)),
                    unit: "rows",
                });
            }
            Change::AddUnique { unique } => out.push(unique_hazard(unique)),
            Change::AlterUnique { diff } => out.push(unique_hazard(&diff.right)),
            Change::CreateIndex { index } | Change::RecreateIndex { index, .. } if index.is_unique => {
                if let Some(h) = unique_index_hazard(index) {
                    out.push(h);
                }
            }
            _ => {}
        }
    }
    out
}

fn column_hazard(kind: HazardKind, c: &Column, description: String, condition: String, unit: &'static str) -> Hazard {
    Hazard {
        kind,
        entity: vec![c.schema.to_string(), c.table.to_string(), c.name.to_string()],
        description,
        probe: format!("select count(*) from {} where {condition}", table_ref(&c.schema, &c.table)),
        unit,
    }
}

fn type_text(c: &Column) -> String {
    format!("{}{}", c.type_, "[]".repeat(c.dimensions.max(0) as usize))
}

/// Rows that would violate a new unique constraint on `columns` (with NULLs distinct, rows with a
/// NULL in any key column never conflict).
fn duplicates_probe(schema: &str, table: &str, columns: &[impl AsRef<str>], nulls_not_distinct: bool) -> String {
    let cols = columns.iter().map(|c| quote(c.as_ref())).collect::<Vec<_>>().join(", ");
    let filter = if nulls_not_distinct || columns.is_empty() {
        String::new()
    } else {
        format!(" where {}", columns.iter().map(|c| format!("{} is not null", quote(c.as_ref()))).collect::<Vec<_>>().join(" and "))
    };
    format!(
        "select coalesce(sum(n - 1), 0)::bigint from (select count(*) as n from {}{filter} group by {cols} having count(*) > 1) as duplicates",
        table_ref(schema, table)
    )
}

fn unique_hazard(u: &Unique) -> Hazard {
    Hazard {
        kind: HazardKind::AddUnique,
        entity: vec![u.schema.to_string(), u.table.to_string(), u.name.to_string()],
        description: format!("add unique constraint {} on {}.{} ({})", u.name, u.schema, u.table, u.columns.join(", ")),
        probe: duplicates_probe(&u.schema, &u.table, &u.columns, u.nulls_not_distinct),
        unit: "duplicates",
    }
}

/// Unique indexes on plain columns can be probed; expression and partial indexes cannot be
/// judged from here and are left to PostgreSQL.
fn unique_index_hazard(index: &Index) -> Option<Hazard> {
    if index.where_.is_some() {
        return None;
    }
    let columns: Option<Vec<String>> = index
        .columns
        .iter()
        .map(|c| (c.bool("isExpression") != Some(true)).then(|| c.str("value").map(str::to_string)).flatten())
        .collect();
    let columns = columns?;
    Some(Hazard {
        kind: HazardKind::AddUnique,
        entity: vec![index.schema.to_string(), index.table.to_string(), index.name.to_string()],
        description: format!("create unique index {} on {}.{} ({})", index.name, index.schema, index.table, columns.join(", ")),
        probe: duplicates_probe(&index.schema, &index.table, &columns, false),
        unit: "duplicates",
    })
}

/// A condition matching the values a narrower type cannot hold, when the change is a
/// recognisable narrowing (shorter strings, smaller integers, fewer numeric digits).
fn narrowing_test(from: &Column, to: &Column) -> Option<String> {
    if from.dimensions != to.dimensions {
        return None;
    }
    let c = quote(&to.name);
    let length = |t: &str| -> Option<u64> {
        let inner = t.strip_prefix("varchar(").or_else(|| t.strip_prefix("character varying(")).or_else(|| t.strip_prefix("char("))?;
        inner.strip_suffix(')')?.parse().ok()
    };
    let int_range = |t: &str| -> Option<(i128, i128)> {
        match t {
            "smallint" | "int2" | "smallserial" => Some((-32768, 32767)),
            "integer" | "int" | "int4" | "serial" => Some((-2147483648, 2147483647)),
            "bigint" | "int8" | "bigserial" => Some((i64::MIN as i128, i64::MAX as i128)),
            _ => None,
        }
    };
    let numeric = |t: &str| -> Option<(u32, u32)> {
        let inner = t.strip_prefix("numeric(").or_else(|| t.strip_prefix("decimal("))?.strip_suffix(')')?;
        let mut parts = inner.split(',');
        let p = parts.next()?.trim().parse().ok()?;
        let s = parts.next().map_or(Some(0), |s| s.trim().parse().ok())?;
        Some((p, s))
    };
    if let Some(max) = length(&to.type_) {
        let from_len = length(&from.type_);
        let textual = from.type_ == "text" || from_len.is_some();
        if textual && from_len.is_none_or(|f| f > max) {
            return Some(format!("{c} is not null and char_length({c}::text) > {max}"));
        }
    }
    if let (Some((fmin, fmax)), Some((tmin, tmax))) = (int_range(&from.type_), int_range(&to.type_))
        && (tmin > fmin || tmax < fmax)
    {
        return Some(format!("{c} not between {tmin} and {tmax}"));
    }
    if let Some((p, s)) = numeric(&to.type_) {
        let narrower = match numeric(&from.type_) {
            Some((fp, fs)) => p - s.min(p) < fp - fs.min(fp),
            None => from.type_ == "numeric" || from.type_ == "decimal" || int_range(&from.type_).is_some(),
        };
        if narrower {
            return Some(format!("abs({c}) >= 1e{}", p - s.min(p)));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::{Alter, TableDef};
    use crate::model::{Entity, Table};

    use serde_json::json;

    fn column(v: serde_json::Value) -> Column {
        Column::from_json(v.as_object().unwrap()).unwrap()
    }

    fn col(name: &str, ty: &str, not_null: bool) -> Column {
        column(json!({"schema":"public","table":"t","name":name,"type":ty,"notNull":not_null,"dimensions":0}))
    }

    /// An ALTER COLUMN from `left` to `right`.
    fn alter(left: Column, right: Column) -> Change {
        let to = Box::new(right.clone());
        Change::AlterColumn {
            diff: Box::new(Alter::between(left, right)),
            to,
            is_enum: false,
            was_enum: false,
            was_serial: false,
            to_serial: false,
        }
    }

    #[test]
    fn drops_count_what_is_lost() {
        let table = Table { schema: "public".into(), name: "legacy".into(), is_rls_enabled: false };
        let def =
            TableDef { table, columns: vec![], pk: None, fks: vec![], uniques: vec![], checks: vec![], indexes: vec![], policies: vec![] };
        let h = hazards(&[
            Change::DropTable { table: Box::new(def), key: "\"public\".\"legacy\"".into() },
            Change::DropColumn { column: Box::new(col("scope", "text", false)) },
        ]);
        assert_eq!(h[0].probe, "select count(*) from \"public\".\"legacy\"");
        assert_eq!(h[1].probe, "select count(*) from \"public\".\"t\" where \"scope\" is not null");
        assert_eq!(h[1].description, "drop column public.t.scope");
        assert_eq!(h[1].entity, ["public", "t", "scope"]);
    }

    #[test]
    fn nothing_on_a_table_created_alongside_is_a_hazard() {
        let table = Table { schema: "public".into(), name: "t".into(), is_rls_enabled: false };
        let def =
            TableDef { table, columns: vec![], pk: None, fks: vec![], uniques: vec![], checks: vec![], indexes: vec![], policies: vec![] };
        let not_null = alter(col("name", "text", false), col("name", "text", true));
        assert_eq!(hazards(std::slice::from_ref(&not_null)).len(), 1);
        assert!(hazards(&[Change::CreateTable { table: Box::new(def) }, not_null]).is_empty());
    }

    #[test]
    fn narrowing_and_not_null() {
        let h = hazards(&[alter(col("name", "text", false), col("name", "varchar(200)", true))]);
        assert_eq!(h[0].kind, HazardKind::ChangeType);
        assert!(h[0].probe.ends_with("where \"name\" is not null and char_length(\"name\"::text) > 200"), "{}", h[0].probe);
        assert_eq!(h[1].kind, HazardKind::SetNotNull);
        assert!(h[1].probe.ends_with("where \"name\" is null"));

        let h = hazards(&[alter(col("n", "bigint", false), col("n", "integer", false))]);
        assert!(h[0].probe.ends_with("where \"n\" not between -2147483648 and 2147483647"), "{}", h[0].probe);
    }

    #[test]
    fn uniques_count_duplicates() {
        let u = Unique {
            schema: "public".into(),
            table: "t".into(),
            name: "t_a_key".into(),
            name_explicit: false,
            columns: vec!["a".into()],
            nulls_not_distinct: false,
        };
        let h = hazards(&[Change::AddUnique { unique: Box::new(u) }]);
        assert_eq!(
            h[0].probe,
            "select coalesce(sum(n - 1), 0)::bigint from (select count(*) as n from \"public\".\"t\" where \"a\" is not null group by \"a\" having count(*) > 1) as duplicates"
        );
    }
}
