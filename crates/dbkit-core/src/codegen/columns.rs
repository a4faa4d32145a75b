//! Column builders: `key: builder("db_name", { options })` with `.array()`, `.default(…)`,
//! `.primaryKey()`, `.notNull()`, identity, `.generatedAlwaysAs(sql\`…\`)` and inline
//! `.references(() => …)`, for tables (drizzle-kit's `createTableColumns`) and views
//! (`createViewColumns`).

use crate::model::CompactString;
use serde_json::Value;

use super::ViewColumn;
use super::grammar::{Grammar, Ts, escape_sql_template, inspect, type_for};
use super::js;
use super::names::{Names, fk_name, identity_sequence_name, member, object_key, single_quoted};
use crate::model::{Column, Fk, Pk};

/// `key: builder(…)`: the call that starts a column, before its modifiers.
fn builder(names: &Names, key: &str, name: &str, builder: &str, ts: &Ts) -> String {
    let db_name = names.db_name_arg(name, key);
    let opts = inspect(&ts.options);
    let args = match (db_name, opts.is_empty()) {
        (Some(n), false) => format!("{n}, {opts}"),
        (Some(n), true) => n,
        (None, _) => opts,
    };
    let custom = ts.custom_type.as_deref().map(|t| format!("({{ dataType: () => {} }})", single_quoted(t))).unwrap_or_default();
    format!("{}: {builder}{custom}({args})", object_key(key))
}

/// `.array()` for one dimension, `.array("[][]")` for more.
fn array_suffix(dimensions: i64) -> String {
    match dimensions {
        d if d <= 0 => String::new(),
        1 => ".array()".into(),
        d => format!(".array(\"{}\")", "[]".repeat(d as usize)),
    }
}

/// The builder of a column of `type_` (`customType` and enums included) and its grammar's result.
/// drizzle-kit picks a table column's grammar by the type without brackets, a view column's by
/// the type as spelled.
fn grammar_ts(names: &Names, type_: &str, type_schema: Option<&str>, dimensions: i64, default: Option<&str>, strip: bool) -> (String, Ts) {
    let stripped = if strip { type_.replace("[]", "") } else { type_.to_string() };
    let grammar = type_for(&stripped, type_schema.is_some());
    let ts = if dimensions > 0 { grammar.to_array_ts(type_, default) } else { grammar.to_ts(type_, default) };
    let builder = match (grammar, type_schema) {
        (Grammar::Enum, Some(schema)) => names.enum_(schema, type_.trim_end_matches("[]")),
        _ => grammar.import().to_string(),
    };
    (builder, ts)
}

/// The columns of a table, each `\t…,\n`.
pub(super) fn table_columns(
    names: &Names,
    columns: &[&Column],
    inline_pk: Option<&Pk>,
    inline_fks: &[&Fk],
    cyclic: &dyn Fn(&Fk) -> bool,
) -> String {
    let mut out = String::new();
    for c in columns {
        let key = names.column(&c.schema, &c.table, &c.name);
        let (builder_name, ts) = grammar_ts(names, &c.type_, c.type_schema.as_deref(), c.dimensions, c.default.as_deref(), true);
        let mut s = builder(names, &key, &c.name, &builder_name, &ts);
        s.push_str(&array_suffix(c.dimensions));
        if !ts.default.is_empty() {
            if ts.default.starts_with('.') {
                s.push_str(&ts.default);
            } else {
                s.push_str(&format!(".default({})", ts.default));
            }
        }
        let pk = inline_pk.is_some_and(|pk| pk.columns.len() == 1 && pk.columns[0] == c.name && pk.name == super::names::pk_name(&c.table));
        if pk {
            s.push_str(".primaryKey()");
        }
        if c.not_null && c.identity.is_none() && !pk {
            s.push_str(".notNull()");
        }
        if let Some(identity) = &c.identity {
            s.push_str(&identity_call(c, identity));
        }
        if let Some(as_) = c.generated.as_ref().and_then(|g| g.str("as")) {
            s.push_str(&format!(".generatedAlwaysAs(sql`{}`)", escape_sql_template(as_)));
        }
        for fk in inline_fks.iter().filter(|fk| fk.columns.first() == Some(&c.name)) {
            s.push_str(&references(names, fk, cyclic(fk)));
        }
        out.push('\t');
        out.push_str(&s);
        out.push_str(",\n");
    }
    out
}

/// Whether a foreign key is written inline: not a self-reference, one column, and drizzle-kit's
/// default name (so writing it back gives the same name).
pub(super) fn is_inline(fk: &Fk) -> bool {
    !is_self(fk) && fk.columns.len() == 1 && fk.name == fk_name(&fk.table, &fk.columns, &fk.table_to, &fk.columns_to)
}

/// A key to the table itself. dbkit differs: drizzle-kit compares table names only, so a key
/// from `public.users` to `auth.users` is written as `foreignColumns: [table.id]`, a key to the
/// table itself.
pub(super) fn is_self(fk: &Fk) -> bool {
    fk.table == fk.table_to && fk.schema == fk.schema_to
}

/// `.references(() => target.column)` with its actions (drizzle-kit's inline form).
fn references(names: &Names, fk: &Fk, cyclic: bool) -> String {
    let target = names.table(&fk.schema_to, &fk.table_to);
    let column = names.column(&fk.schema_to, &fk.table_to, fk.columns_to.first().map_or("", CompactString::as_str));
    let action = |a: &Option<CompactString>| a.as_deref().filter(|a| *a != "NO ACTION").map(str::to_lowercase);
    let params: Vec<String> = [("onDelete", action(&fk.on_delete)), ("onUpdate", action(&fk.on_update))]
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| format!("{k}: \"{v}\"")))
        .collect();
    let ty = if cyclic { ": AnyPgColumn" } else { "" };
    let target = member(&target, &column);
    if params.is_empty() {
        format!(".references((){ty} => {target})")
    } else {
        format!(".references((){ty} => {target}, {{ {} }} )", params.join(", "))
    }
}

/// `.generatedAlwaysAsIdentity({ … })` with the options that differ from PostgreSQL's defaults.
fn identity_call(c: &Column, identity: &crate::model::Obj) -> String {
    let text = |v: Option<&Value>| -> Option<String> {
        match v? {
            Value::String(s) if !s.is_empty() => Some(s.clone()),
            Value::Number(n) if n.as_f64() != Some(0.0) => Some(js::number_to_string(n.as_f64().unwrap_or(0.0))),
            Value::Bool(true) => Some("true".into()),
            _ => None,
        }
    };
    let max_for = match c.type_.as_str() {
        "smallint" => Some("32767"),
        "integer" => Some("2147483647"),
        "bigint" => Some("9223372036854775807"),
        _ => None,
    };
    let mut tuples: Vec<(&str, String)> = Vec::new();
    if let Some(name) = identity.str("name").filter(|n| *n != identity_sequence_name(&c.table, &c.name)) {
        tuples.push(("name", super::names::string(name)));
    }
    for (key, field, default) in [
        ("startWith", "startWith", Some("1")),
        ("increment", "increment", Some("1")),
        ("minValue", "minValue", Some("1")),
        ("maxValue", "maxValue", max_for),
    ] {
        if let Some(v) = text(identity.get(field)).filter(|v| Some(v.as_str()) != default) {
            tuples.push((key, v));
        }
    }
    if let Some(v) = text(identity.get("cache")).filter(|v| v != "1") {
        tuples.push(("cache", v));
    }
    if identity.bool("cycle") == Some(true) {
        tuples.push(("cycle", "true".into()));
    }
    let params = if tuples.is_empty() {
        String::new()
    } else {
        format!("{{ {} }}", tuples.iter().map(|(k, v)| format!("{k}: {v}")).collect::<Vec<_>>().join(" ,"))
    };
    if identity.str("type") == Some("always") {
        format!(".generatedAlwaysAsIdentity({params})")
    } else {
        format!(".generatedByDefaultAsIdentity({params})")
    }
}

/// The columns of a view, each `\t…,\n` (the object opens as `{\t`, as drizzle-kit writes it).
pub(super) fn view_columns(names: &Names, columns: &[&ViewColumn]) -> String {
    let mut out = String::new();
    for c in columns {
        let key = names.column(&c.schema, &c.view, &c.name);
        let (builder_name, ts) = grammar_ts(names, &c.type_, c.type_schema.as_deref(), c.dimensions, None, false);
        out.push('\t');
        out.push_str(&builder(names, &key, &c.name, &builder_name, &ts));
        out.push_str(&array_suffix(c.dimensions));
        if !ts.default.is_empty() {
            out.push_str(&format!(".default({})", ts.default));
        }
        // drizzle-kit adds the type's own brackets on top of the dimensions already written.
        out.push_str(&array_suffix(c.dimensions + c.type_dimensions as i64));
        if c.not_null {
            out.push_str(".notNull()");
        }
        out.push_str(",\n");
    }
    out
}
