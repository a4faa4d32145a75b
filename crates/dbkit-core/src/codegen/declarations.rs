//! The declarations around the tables: `pgSchema`, `pgRole`, `pgEnum` / `schema.enum`,
//! `pgSequence` / `schema.sequence`, and `pgView` / `pgMaterializedView` with their columns,
//! options and query, each as drizzle-kit 1.0 writes it.

use serde_json::Value;

use super::ViewColumn;
use super::columns::view_columns;
use super::grammar::{Opt, escape_sql_template, inspect};
use super::names::{Names, string};
use crate::model::Ddl;

/// `export const app = pgSchema("app");`, one line each.
pub(super) fn schemas(ddl: &Ddl, names: &Names) -> String {
    ddl.schemas
        .iter()
        .filter(|s| s.name != "public")
        .filter_map(|s| names.schema(&s.name).map(|ident| format!("export const {ident} = pgSchema({});\n", string(&s.name))))
        .collect()
}

/// `export const admin = pgRole("admin", { createDb: true });`, one line each.
pub(super) fn roles(ddl: &Ddl, names: &Names) -> String {
    let mut out = String::new();
    for r in ddl.roles.iter() {
        let mut options = Vec::new();
        if r.create_db == Some(true) {
            options.push(("createDb", Opt::Bool(true)));
        }
        if r.create_role == Some(true) {
            options.push(("createRole", Opt::Bool(true)));
        }
        if r.inherit != Some(true) {
            options.push(("inherit", Opt::Bool(false)));
        }
        let params = inspect(&options);
        let comma = if params.is_empty() { "" } else { ", " };
        let ident = names.role(&r.name).unwrap_or_default();
        out.push_str(&format!("export const {ident} = pgRole({}{comma}{params});\n", string(&r.name)));
    }
    out
}

/// `export const status = pgEnum("status", ["a", "b"])`, one line each, then an empty line.
pub(super) fn enums(ddl: &Ddl, names: &Names) -> String {
    let mut out = String::new();
    for e in ddl.enums.iter() {
        let func = names.builder(&e.schema, "enum", "pgEnum");
        let values: Vec<String> = e.values.iter().map(|v| string(v)).collect();
        out.push_str(&format!("export const {} = {func}({}, [{}])\n", names.enum_(&e.schema, &e.name), string(&e.name), values.join(", ")));
    }
    out.push('\n');
    out
}

/// `export const counter = pgSequence("counter", { startWith: "1", …, cycle: false, })`.
pub(super) fn sequences(ddl: &Ddl, names: &Names) -> String {
    let mut out = String::new();
    for s in ddl.sequences.iter() {
        let func = names.builder(&s.schema, "sequence", "pgSequence");
        let mut params = String::new();
        let fields = [("startWith", &s.start_with), ("increment", &s.increment_by), ("minValue", &s.min_value), ("maxValue", &s.max_value)];
        for (key, value) in fields {
            if let Some(v) = value.as_deref().filter(|v| !v.is_empty()) {
                params.push_str(&format!("{key}: {}, ", string(v)));
            }
        }
        if let Some(cache) = s.cache_size.filter(|c| *c != 0) {
            params.push_str(&format!("cache: \"{cache}\", "));
        }
        params.push_str(if s.cycle == Some(true) { "cycle: true, " } else { "cycle: false, " });
        // drizzle-kit trims a `,` only when the text starts and ends with one, so the last stays.
        out.push_str(&format!(
            "export const {} = {func}({}, {{ {} }})\n",
            names.sequence(&s.schema, &s.name),
            string(&s.name),
            params.trim()
        ));
    }
    out
}

/// The views, separated by an empty line: `pgView("v", {\tid: integer(),\n}).with({…}).as(sql\`…\`);`.
pub(super) fn views(ddl: &Ddl, columns: &[ViewColumn], names: &Names) -> String {
    let mut out = Vec::new();
    for v in ddl.views.iter() {
        let func = if v.schema != "public" {
            let schema = names.schema(&v.schema).unwrap_or_else(|| super::names::cased(&v.schema, names.casing));
            format!("{schema}.{}", if v.materialized { "materializedView" } else { "view" })
        } else if v.materialized {
            "pgMaterializedView".to_string()
        } else {
            "pgView".to_string()
        };
        let own: Vec<&ViewColumn> = columns.iter().filter(|c| c.schema == v.schema && c.view == v.name).collect();
        let mut s =
            format!("export const {} = {func}({}, {{{}}})", names.view(&v.schema, &v.name), string(&v.name), view_columns(names, &own));
        if let Some(t) = v.tablespace.as_deref().filter(|t| !t.is_empty()) {
            s.push_str(&format!(".tablespace({})", string(t)));
        }
        let with: serde_json::Map<String, Value> = v
            .with
            .as_ref()
            .map(|w| w.iter().filter(|(_, v)| !v.is_null()).map(|(k, v)| (k.to_string(), v.clone())).collect())
            .unwrap_or_default();
        if !with.is_empty() {
            s.push_str(&format!(".with({})", serde_json::to_string(&with).expect("JSON values serialize")));
        }
        let definition = v.definition.as_deref().map_or_else(|| "null".to_string(), escape_sql_template);
        s.push_str(&format!(".as(sql`{definition}`);"));
        out.push(s);
    }
    out.join("\n\n")
}
