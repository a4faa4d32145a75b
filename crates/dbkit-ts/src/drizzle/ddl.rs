//! Interim rows into the DDL store, as drizzle-kit's `interimToDDL` does: kind by kind, with the
//! column-level primary keys and uniques added where no table-level one exists, and the same
//! refusals (duplicate names, duplicate enum values).

use dbkit_core::model::{Ddl, Pk, Unique};

use super::convert::{At, Interim};
use super::{Problem, names};

fn dup<T>(at: &At<T>, what: String, fix: &str) -> Problem {
    Problem::at(&at.origin, what, fix)
}

/// Where the first of `rows` that `same` picks was declared (for a clash with a later one).
fn first<T>(rows: &[At<T>], same: impl Fn(&T) -> bool) -> Option<&super::Origin> {
    rows.iter().find(|r| same(&r.row)).map(|r| &r.origin)
}

/// The DDL of an interim schema, or the first problem drizzle-kit would refuse it for.
pub(crate) fn to_ddl(interim: &Interim) -> Result<Ddl, Problem> {
    let mut ddl = Ddl::new();
    for s in &interim.schemas {
        if ddl.schemas.push(s.row.clone()).is_err() {
            return Err(dup(s, format!("the schema \"{}\" is declared twice", s.row.name), "export each pgSchema once")
                .and(first(&interim.schemas, |r| r.name == s.row.name)));
        }
    }
    for e in &interim.enums {
        let mut seen = std::collections::HashSet::new();
        if let Some(v) = e.row.values.iter().find(|v| !seen.insert(v.as_str())) {
            return Err(dup(
                e,
                format!("enum \"{}\".\"{}\" lists the value '{v}' twice", e.row.schema, e.row.name),
                "list each value once",
            ));
        }
        if ddl.enums.push(e.row.clone()).is_err() {
            return Err(dup(
                e,
                format!("there are two enums named \"{}\".\"{}\"", e.row.schema, e.row.name),
                "rename one, or export it once",
            )
            .and(first(&interim.enums, |r| r.schema == e.row.schema && r.name == e.row.name)));
        }
    }
    for t in &interim.tables {
        if ddl.tables.push(t.row.clone()).is_err() {
            return Err(dup(
                t,
                format!("there are two tables named \"{}\".\"{}\"", t.row.schema, t.row.name),
                "rename one, or export the table once",
            )
            .and(first(&interim.tables, |r| r.schema == t.row.schema && r.name == t.row.name)));
        }
    }
    for c in &interim.columns {
        if ddl.columns.push(c.row.row.clone()).is_err() {
            let r = &c.row.row;
            return Err(dup(
                c,
                format!("table \"{}\".\"{}\" has two columns named \"{}\"", r.schema, r.table, r.name),
                "give the columns different names",
            ));
        }
    }
    for i in &interim.indexes {
        if ddl.indexes.push(i.row.clone()).is_err() {
            let r = &i.row;
            return Err(dup(
                i,
                format!("there's a duplicate index name '{}' in \"{}\" schema in \"{}\".\"{}\"", r.name, r.schema, r.schema, r.table),
                "index names are unique per schema: name the indexes differently",
            ));
        }
    }
    let constraint_dup =
        |schema: &str, table: &str, name: &str| format!("there's a duplicate constraint name '{name}' in \"{schema}\".\"{table}\" table");
    for f in &interim.fks {
        if ddl.fks.push(f.row.clone()).is_err() {
            return Err(dup(f, constraint_dup(&f.row.schema, &f.row.table, &f.row.name), "give the foreign keys different names"));
        }
    }
    for p in &interim.pks {
        if ddl.pks.push(p.row.clone()).is_err() {
            return Err(dup(p, constraint_dup(&p.row.schema, &p.row.table, &p.row.name), "declare one primary key per table"));
        }
    }
    for c in interim.columns.iter().filter(|c| c.row.pk) {
        let r = &c.row.row;
        if ddl.pks.iter().any(|p| p.schema == r.schema && p.table == r.table) {
            continue;
        }
        let _ = ddl.pks.push(Pk {
            schema: r.schema.clone(),
            table: r.table.clone(),
            name: names::pk_name(&r.table),
            columns: vec![r.name.clone()],
            name_explicit: false,
        });
    }
    for u in &interim.uniques {
        if ddl.uniques.push(u.row.clone()).is_err() {
            return Err(dup(u, constraint_dup(&u.row.schema, &u.row.table, &u.row.name), "give the unique constraints different names"));
        }
    }
    for c in interim.columns.iter().filter(|c| c.row.unique) {
        let r = &c.row.row;
        let cols = vec![r.name.clone()];
        if ddl.uniques.iter().any(|u| u.schema == r.schema && u.table == r.table && u.columns == cols) {
            continue;
        }
        let name = c.row.unique_name.clone().unwrap_or_else(|| names::unique_column_name(&r.table, &r.name));
        // drizzle-kit ignores a clash here (its push result is not checked).
        let _ = ddl.uniques.push(Unique {
            schema: r.schema.clone(),
            table: r.table.clone(),
            name,
            name_explicit: c.row.unique_name.is_some(),
            columns: cols,
            nulls_not_distinct: c.row.unique_nulls_not_distinct,
        });
    }
    for c in &interim.checks {
        if ddl.checks.push(c.row.clone()).is_err() {
            return Err(dup(c, constraint_dup(&c.row.schema, &c.row.table, &c.row.name), "give the checks different names"));
        }
    }
    for s in &interim.sequences {
        if ddl.sequences.push(s.row.clone()).is_err() {
            return Err(dup(
                s,
                format!("there's a sequence name duplicate '{}' in '{}' schema", s.row.name, s.row.schema),
                "rename one, or export it once",
            )
            .and(first(&interim.sequences, |r| r.schema == s.row.schema && r.name == s.row.name)));
        }
    }
    for r in &interim.roles {
        if ddl.roles.push(r.row.clone()).is_err() {
            return Err(dup(r, format!("the role \"{}\" is declared twice", r.row.name), "export each pgRole once")
                .and(first(&interim.roles, |x| x.name == r.row.name)));
        }
    }
    for p in &interim.policies {
        if ddl.policies.push(p.row.clone()).is_err() {
            return Err(dup(
                p,
                format!("there are two policies named \"{}\" on \"{}\".\"{}\"", p.row.name, p.row.schema, p.row.table),
                "rename one of the policies",
            ));
        }
    }
    for v in &interim.views {
        if ddl.views.push(v.row.clone()).is_err() {
            return Err(dup(
                v,
                format!("there are two views named \"{}\".\"{}\"", v.row.schema, v.row.name),
                "rename one, or export the view once",
            )
            .and(first(&interim.views, |r| r.schema == v.row.schema && r.name == v.row.name)));
        }
    }
    Ok(ddl)
}
