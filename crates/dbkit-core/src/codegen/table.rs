//! One `pgTable(…)` declaration: the columns, then the `(table) => [ … ]` callback with the
//! primary key, foreign keys, indexes, uniques, policies and checks in drizzle-kit 1.0's order and
//! with its layout (uniques and checks end with `,` and no new line, so a list ending in one
//! closes as `…,]);`; each policy is preceded by an empty line).

use std::collections::HashSet;

use super::columns::{is_inline, is_self, table_columns};
use super::grammar::escape_sql_template;
use super::names::{Names, member, pk_name, string};
use crate::model::{Ddl, Fk, Table};

/// The `(schema, table)` pairs foreign keys join, to find cycles (a pair and its reverse).
pub(super) struct Links(HashSet<(String, String, String, String)>);

impl Links {
    pub fn new(ddl: &Ddl) -> Links {
        Links(ddl.fks.iter().map(|fk| (fk.schema.clone(), fk.table.clone(), fk.schema_to.clone(), fk.table_to.clone())).collect())
    }

    /// Both tables of the key reference each other (a self-reference counts). drizzle-kit pairs
    /// table names without their schemas; dbkit differs there as in [`is_self`].
    fn cyclic(&self, fk: &Fk) -> bool {
        let there = (fk.schema.clone(), fk.table.clone(), fk.schema_to.clone(), fk.table_to.clone());
        let back = (fk.schema_to.clone(), fk.table_to.clone(), fk.schema.clone(), fk.table.clone());
        self.0.contains(&there) && self.0.contains(&back)
    }
}

/// The declaration of `table`, and the type imports it needs.
pub(super) fn table(ddl: &Ddl, t: &Table, names: &Names, links: &Links, type_imports: &mut Vec<&'static str>) -> String {
    let of_table = |schema: &str, table: &str| schema == t.schema && table == t.name;
    let columns: Vec<_> = ddl.columns.filter(|c| of_table(&c.schema, &c.table)).collect();
    let fks: Vec<&Fk> = ddl.fks.filter(|f| of_table(&f.schema, &f.table)).collect();
    let pk = ddl.pks.find(|p| of_table(&p.schema, &p.table));
    let indexes: Vec<_> = ddl.indexes.filter(|i| of_table(&i.schema, &i.table)).collect();
    let uniques: Vec<_> = ddl.uniques.filter(|u| of_table(&u.schema, &u.table)).collect();
    let checks: Vec<_> = ddl.checks.filter(|c| of_table(&c.schema, &c.table)).collect();
    let policies: Vec<_> = ddl.policies.filter(|p| of_table(&p.schema, &p.table)).collect();

    let mut func = match names.schema(&t.schema) {
        Some(schema) => format!("{schema}.table"),
        None => "pgTable".to_string(),
    };
    if t.is_rls_enabled {
        func.push_str(".withRLS");
    }
    let (inline_fks, callback_fks): (Vec<&Fk>, Vec<&Fk>) = fks.iter().partition(|fk| is_inline(fk));
    if inline_fks.iter().any(|fk| links.cyclic(fk)) {
        type_imports.push("type AnyPgColumn");
    }
    let cyclic_callback = callback_fks.iter().any(|fk| links.cyclic(fk) && !is_self(fk));
    if cyclic_callback {
        type_imports.push("type PgTableExtraConfigValue");
    }
    let pk_in_callback = pk.is_some_and(|pk| pk.columns.len() > 1 || (pk.columns.len() == 1 && pk.name != pk_name(&t.name)));
    let inline_pk = if pk_in_callback { None } else { pk };

    let col = |c: &str| member("table", &names.column(&t.schema, &t.name, c));
    let mut s = format!("export const {} = {func}({}, {{\n", names.table(&t.schema, &t.name), string(&t.name));
    s.push_str(&table_columns(names, &columns, inline_pk, &inline_fks, &|fk| links.cyclic(fk)));
    s.push('}');
    if !indexes.is_empty()
        || !callback_fks.is_empty()
        || !policies.is_empty()
        || pk_in_callback
        || !uniques.is_empty()
        || !checks.is_empty()
    {
        s.push_str(", ");
        s.push_str(if cyclic_callback { "(table): PgTableExtraConfigValue[] => [\n" } else { "(table) => [\n" });
        if let Some(pk) = pk.filter(|_| pk_in_callback) {
            let cols: Vec<String> = pk.columns.iter().map(|c| col(c)).collect();
            let name = if pk.name_explicit { format!(", name: {}", string(&pk.name)) } else { String::new() };
            s.push_str(&format!("\tprimaryKey({{ columns: [{}]{name}}}),\n", cols.join(", ")));
        }
        for fk in &callback_fks {
            let target = if is_self(fk) { "table".to_string() } else { names.table(&fk.schema_to, &fk.table_to) };
            let cols: Vec<String> = fk.columns.iter().map(|c| col(c)).collect();
            let to: Vec<String> = fk.columns_to.iter().map(|c| member(&target, &names.column(&fk.schema_to, &fk.table_to, c))).collect();
            s.push_str("\tforeignKey({\n");
            s.push_str(&format!("\t\tcolumns: [{}],\n", cols.join(", ")));
            s.push_str(&format!("\t\tforeignColumns: [{}],\n", to.join(", ")));
            if fk.name_explicit {
                s.push_str(&format!("\t\tname: {}\n", string(&fk.name)));
            }
            s.push_str("\t})");
            for (method, action) in [("onUpdate", &fk.on_update), ("onDelete", &fk.on_delete)] {
                if let Some(a) = action.as_deref().filter(|a| *a != "NO ACTION") {
                    s.push_str(&format!(".{method}(\"{}\")", a.to_lowercase()));
                }
            }
            s.push_str(",\n");
        }
        for i in &indexes {
            s.push_str(if i.is_unique { "\tuniqueIndex(" } else { "\tindex(" });
            s.push_str(&if i.name_explicit { format!("{})", string(&i.name)) } else { ")".to_string() });
            if i.concurrently {
                s.push_str(".concurrently()");
            }
            let cols: Vec<String> = i
                .columns
                .iter()
                .map(|c| {
                    let value = c.str("value").unwrap_or_default();
                    if c.bool("isExpression") == Some(true) {
                        return format!("sql`{}`", escape_sql_template(value));
                    }
                    let mut out = col(value);
                    out.push_str(if c.bool("asc") == Some(true) { ".asc()" } else { ".desc()" });
                    out.push_str(if c.bool("nullsFirst") == Some(true) { ".nullsFirst()" } else { ".nullsLast()" });
                    let opclass = c.get("opclass").and_then(|o| o.as_object());
                    if let Some(o) = opclass.filter(|o| o.get("default").and_then(|d| d.as_bool()) != Some(true)) {
                        out.push_str(&format!(".op({})", string(o.get("name").and_then(|n| n.as_str()).unwrap_or_default())));
                    }
                    out
                })
                .collect();
            s.push_str(&format!(".using({}, {})", string(&i.method), cols.join(", ")));
            if let Some(w) = &i.where_ {
                s.push_str(&format!(".where(sql`{}`)", escape_sql_template(w)));
            }
            if !i.with.is_empty() {
                let pairs: Vec<String> = i
                    .with
                    .split(',')
                    .map(|kv| {
                        let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
                        format!("{}: {}", string(k.trim()), v.trim())
                    })
                    .collect();
                s.push_str(&format!(".with({{ {} }})", pairs.join(", ")));
            }
            s.push_str(",\n");
        }
        for u in &uniques {
            s.push_str("\tunique(");
            s.push_str(&if u.name_explicit { format!("{})", string(&u.name)) } else { ")".to_string() });
            s.push_str(&format!(".on({})", u.columns.iter().map(|c| col(c)).collect::<Vec<_>>().join(", ")));
            if u.nulls_not_distinct {
                s.push_str(".nullsNotDistinct()");
            }
            s.push(',');
        }
        for p in &policies {
            let roles: Vec<String> = p.roles.iter().map(|r| names.role(r).unwrap_or_else(|| string(r))).collect();
            let mut tuples: Vec<(&str, String)> = Vec::new();
            if p.as_ == "RESTRICTIVE" {
                tuples.push(("as", string(&p.as_.to_lowercase())));
            }
            if p.for_ != "ALL" {
                tuples.push(("for", string(&p.for_.to_lowercase())));
            }
            if !(roles.len() == 1 && roles[0] == "\"public\"") {
                tuples.push(("to", format!("[{}]", roles.join(", "))));
            }
            if let Some(u) = &p.using {
                tuples.push(("using", format!("sql`{}`", escape_sql_template(u))));
            }
            if let Some(w) = &p.with_check {
                tuples.push(("withCheck", format!("sql`{}`", escape_sql_template(w))));
            }
            let opts = if tuples.is_empty() {
                String::new()
            } else {
                format!(", {{ {} }}", tuples.iter().map(|(k, v)| format!("{k}: {v}")).collect::<Vec<_>>().join(", "))
            };
            s.push_str(&format!("\n\tpgPolicy({}{opts}),\n", string(&p.name)));
        }
        for c in &checks {
            s.push_str(&format!("check({}, sql`{}`),", string(&c.name), escape_sql_template(&c.value)));
        }
        s.push(']');
    }
    s.push_str(");");
    s
}
