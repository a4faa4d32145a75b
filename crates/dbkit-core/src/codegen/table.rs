//! One `pgTable(…)` declaration: the columns, then the `(table) => [ … ]` callback with the
//! primary key, foreign keys, indexes, uniques, policies and checks in drizzle-kit 1.0's order and
//! with its layout (uniques and checks end with `,` and no new line, so a list ending in one
//! closes as `…,]);`; each policy is preceded by an empty line).

use std::collections::{HashMap, HashSet};

use super::columns::{is_inline, is_self, table_columns};
use super::grammar::escape_sql_template;
use super::names::{Names, member, pk_name, string};
use crate::model::{Check, Column, Ddl, Fk, Index, Pk, Policy, Table, Unique};

/// What the declarations need to know across tables, gathered in one pass over the rows: each
/// table's own rows (looking them up per table by scanning every row would be quadratic: 10,000
/// tables × 110,000 columns), and the `(schema, table)` pairs foreign keys join, to find cycles.
pub(super) struct Links<'a> {
    pairs: HashSet<(&'a str, &'a str, &'a str, &'a str)>,
    rows: HashMap<(&'a str, &'a str), TableRows<'a>>,
}

/// One table's rows, each kind in the store's order.
#[derive(Default)]
struct TableRows<'a> {
    columns: Vec<&'a Column>,
    fks: Vec<&'a Fk>,
    pk: Option<&'a Pk>,
    indexes: Vec<&'a Index>,
    uniques: Vec<&'a Unique>,
    checks: Vec<&'a Check>,
    policies: Vec<&'a Policy>,
}

impl<'a> Links<'a> {
    pub fn new(ddl: &'a Ddl) -> Links<'a> {
        let pairs = ddl.fks.iter().map(|fk| (fk.schema.as_str(), fk.table.as_str(), fk.schema_to.as_str(), fk.table_to.as_str())).collect();
        let mut rows: HashMap<(&str, &str), TableRows> = HashMap::new();
        for c in ddl.columns.iter() {
            rows.entry((&c.schema, &c.table)).or_default().columns.push(c);
        }
        for f in ddl.fks.iter() {
            rows.entry((&f.schema, &f.table)).or_default().fks.push(f);
        }
        for p in ddl.pks.iter() {
            rows.entry((&p.schema, &p.table)).or_default().pk.get_or_insert(p);
        }
        for i in ddl.indexes.iter() {
            rows.entry((&i.schema, &i.table)).or_default().indexes.push(i);
        }
        for u in ddl.uniques.iter() {
            rows.entry((&u.schema, &u.table)).or_default().uniques.push(u);
        }
        for c in ddl.checks.iter() {
            rows.entry((&c.schema, &c.table)).or_default().checks.push(c);
        }
        for p in ddl.policies.iter() {
            rows.entry((&p.schema, &p.table)).or_default().policies.push(p);
        }
        Links { pairs, rows }
    }

    /// Both tables of the key reference each other (a self-reference counts). drizzle-kit pairs
    /// table names without their schemas; dbkit differs there as in [`is_self`].
    fn cyclic(&self, fk: &Fk) -> bool {
        self.pairs.contains(&(fk.schema.as_str(), fk.table.as_str(), fk.schema_to.as_str(), fk.table_to.as_str()))
            && self.pairs.contains(&(fk.schema_to.as_str(), fk.table_to.as_str(), fk.schema.as_str(), fk.table.as_str()))
    }
}

/// The declaration of `table`, and the type imports it needs.
pub(super) fn table(t: &Table, names: &Names, links: &Links, type_imports: &mut Vec<&'static str>) -> String {
    let none = TableRows::default();
    let rows = links.rows.get(&(t.schema.as_str(), t.name.as_str())).unwrap_or(&none);
    let (columns, fks, pk) = (&rows.columns, &rows.fks, rows.pk);
    let (indexes, uniques, checks, policies) =
        (rows.indexes.as_slice(), rows.uniques.as_slice(), rows.checks.as_slice(), rows.policies.as_slice());

    let mut func = names.builder(&t.schema, "table", "pgTable");
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
    s.push_str(&table_columns(names, columns, inline_pk, &inline_fks, &|fk| links.cyclic(fk)));
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
        for i in indexes {
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
        for u in uniques {
            s.push_str("\tunique(");
            s.push_str(&if u.name_explicit { format!("{})", string(&u.name)) } else { ")".to_string() });
            s.push_str(&format!(".on({})", u.columns.iter().map(|c| col(c)).collect::<Vec<_>>().join(", ")));
            if u.nulls_not_distinct {
                s.push_str(".nullsNotDistinct()");
            }
            s.push(',');
        }
        for p in policies {
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
        for c in checks {
            s.push_str(&format!("check({}, sql`{}`),", string(&c.name), escape_sql_template(&c.value)));
        }
        s.push(']');
    }
    s.push_str(");");
    s
}
