//! Format 8 (drizzle-kit 1.0-rc.1 to rc.4): the whole state as DDL rows plus the renames since
//! the parent. Read from a v8 file, or made from a 0.31 version "7" snapshot the way drizzle-kit
//! 1.0's `upToV8` does it.
//!
//! What the conversion from version 7 decides, following drizzle-kit:
//! - a column's `primaryKey: true` becomes a `<table>_pkey` row (generated name); composite keys,
//!   uniques and indexes keep their 0.31 names, marked generated when the name is the one 0.31
//!   would have made (`<table>_<cols>_pk`, `_unique`, `_index`; an index on an expression always
//!   counts as named);
//! - array brackets move from the type to `dimensions`; `numeric(10, 2)` loses its space, no other
//!   type is respelled (`timestamp (3) with time zone` stays as written);
//! - a default is `String(default)` without trailing casts (`'{}'::jsonb` → `'{}'`, `18` → `"18"`);
//! - FK names are cut to 63 characters and FK actions upper-cased (`NO ACTION` when unset);
//! - a table is RLS-enabled when 0.31 said so or when any policy is on it;
//! - `.existing()` views are left out; a view's options become the full 1.0 options object;
//! - the renames recorded in `_meta` become `from->to` strings.
//!
//! A second row with the key of an earlier one (two `.primaryKey()` columns in one table both
//! named `<table>_pkey`) is dropped, as drizzle-kit's store does.

use serde_json::{Map, Value, json};

use super::js::{base_type_and_dimensions, entries, len_utf16, slice_utf16, to_js_string, trim_default_suffix, values};
use crate::model::{Ddl, VIEW_OPTIONS};

/// A snapshot in format 8.
#[derive(Debug, Clone)]
pub struct SnapshotV8 {
    pub id: String,
    pub prev_ids: Vec<String>,
    pub ddl: Ddl,
    /// `schema.table.column->schema.table.new_name` and the like, as drizzle-kit 1.0-rc records them.
    pub renames: Vec<String>,
}

impl SnapshotV8 {
    /// Reads a version "8" snapshot (`{dialect, id, prevIds, version, ddl, renames}`).
    pub fn from_v8(v: &Value) -> Result<SnapshotV8, String> {
        let id = v.get("id").and_then(Value::as_str).ok_or("`id` is missing or not a string")?.to_string();
        let (Some(ddl_rows), Some(prev_ids)) = (v.get("ddl").and_then(Value::as_array), v.get("prevIds").and_then(Value::as_array)) else {
            return Err("a version 8 snapshot needs `ddl` and `prevIds` arrays".into());
        };
        let prev_ids =
            prev_ids.iter().map(|p| p.as_str().map(str::to_string)).collect::<Option<Vec<_>>>().ok_or("`prevIds` must hold ids")?;
        let mut ddl = Ddl::new();
        for row in ddl_rows {
            if let Some(existing) = ddl.push_json(row).map_err(|e| e.to_string())? {
                let kind = existing.get("entityType").and_then(Value::as_str).unwrap_or("rows");
                return Err(format!(
                    "the snapshot lists two rows of {kind} with the key {}; a snapshot lists every entity once",
                    key_of(&existing)
                ));
            }
        }
        let renames = match v.get("renames") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(a)) => {
                a.iter().map(|r| r.as_str().map(str::to_string)).collect::<Option<Vec<_>>>().ok_or("`renames` must hold strings")?
            }
            Some(_) => return Err("`renames` must be a list".into()),
        };
        Ok(SnapshotV8 { id, prev_ids, ddl, renames })
    }

    /// Converts a version "7" snapshot (older ones are brought to version 7 first).
    pub fn from_v7(v: &Value) -> Result<SnapshotV8, String> {
        let id = v.get("id").and_then(Value::as_str).ok_or("`id` is missing or not a string")?.to_string();
        let prev_id = match v.get("prevId") {
            Some(Value::String(s)) => s.clone(),
            None | Some(Value::Null) => String::new(),
            Some(other) => return Err(format!("`prevId` is {other}, not an id")),
        };
        let mut b = Builder::default();
        for name in values(v.get("schemas")) {
            b.push(json!({"entityType": "schemas", "name": name}))?;
        }
        for seq in values(v.get("sequences")) {
            b.push(json!({
                "entityType": "sequences",
                "schema": field(seq, "schema"),
                "name": field(seq, "name"),
                "startWith": field(seq, "startWith"),
                "incrementBy": field(seq, "increment"),
                "minValue": field(seq, "minValue"),
                "maxValue": field(seq, "maxValue"),
                "cacheSize": js_number_if_truthy(seq.get("cache")),
                "cycle": field(seq, "cycle"),
            }))?;
        }
        let top_policies = values(v.get("policies"));
        let tables = v.get("tables").and_then(Value::as_object).ok_or("`tables` is missing or not an object")?;
        for (key, table) in entries(tables) {
            table_rows(&mut b, table, &top_policies).map_err(|e| format!("table {key}: {e}"))?;
        }
        for en in values(v.get("enums")) {
            b.push(
                json!({"entityType": "enums", "schema": field(en, "schema"), "name": field(en, "name"), "values": field(en, "values")}),
            )?;
        }
        for role in values(v.get("roles")) {
            b.push(json!({
                "entityType": "roles",
                "name": field(role, "name"),
                "createRole": field(role, "createRole"),
                "createDb": field(role, "createDb"),
                "inherit": field(role, "inherit"),
            }))?;
        }
        for policy in &top_policies {
            b.push(json!({
                "entityType": "policies",
                "schema": policy.get("schema").filter(|s| !s.is_null()).cloned().unwrap_or_else(|| "public".into()),
                "table": field(policy, "on"),
                "name": field(policy, "name"),
                "as": field_or(policy, "as", "PERMISSIVE"),
                "roles": policy.get("to").filter(|s| !s.is_null()).cloned().unwrap_or_else(|| json!([])),
                "for": field_or(policy, "for", "ALL"),
                "using": field(policy, "using"),
                "withCheck": field(policy, "withCheck"),
            }))?;
        }
        for view in values(v.get("views")) {
            if truthy(view.get("isExisting")) {
                continue;
            }
            let with = match view.get("with") {
                Some(opt) if truthy(Some(opt)) => Value::Object(VIEW_OPTIONS.iter().map(|k| (k.to_string(), field(opt, k))).collect()),
                _ => Value::Null,
            };
            b.push(json!({
                "entityType": "views",
                "schema": field(view, "schema"),
                "name": field(view, "name"),
                "definition": field(view, "definition"),
                "tablespace": field(view, "tablespace"),
                "withNoData": field(view, "withNoData"),
                "using": field(view, "using"),
                "with": with,
                "materialized": field(view, "materialized"),
            }))?;
        }
        let renames = renames_of(v.get("_meta"));
        Ok(SnapshotV8 { id, prev_ids: vec![prev_id], ddl: b.ddl, renames })
    }
}

#[derive(Default)]
struct Builder {
    ddl: Ddl,
}

impl Builder {
    /// Adds a row; a row whose key is taken is dropped (drizzle's store answers CONFLICT and the
    /// upgrade ignores it).
    fn push(&mut self, row: Value) -> Result<(), String> {
        self.ddl.push_json(&row).map(|_| ()).map_err(|e| e.to_string())
    }
}

fn key_of(row: &Value) -> String {
    let parts: Vec<&str> = ["schema", "table", "name"].iter().filter_map(|k| row.get(*k).and_then(Value::as_str)).collect();
    parts.join(".")
}

/// `x ?? null`: a missing field reads as `null`.
fn field(obj: &Value, key: &str) -> Value {
    obj.get(key).cloned().unwrap_or(Value::Null)
}

/// `x ?? fallback`.
fn field_or(obj: &Value, key: &str, fallback: &str) -> Value {
    obj.get(key).filter(|v| !v.is_null()).cloned().unwrap_or_else(|| fallback.into())
}

/// JavaScript truthiness of a possibly missing value.
fn truthy(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => n.as_f64().is_some_and(|f| f != 0.0 && !f.is_nan()),
        Some(Value::String(s)) => !s.is_empty(),
        Some(_) => true,
    }
}

/// `x ? Number(x) : null`, as a JSON number (`null` for NaN).
fn js_number_if_truthy(v: Option<&Value>) -> Value {
    if !truthy(v) {
        return Value::Null;
    }
    let f = match v {
        Some(Value::Number(n)) => n.as_f64().unwrap_or(f64::NAN),
        Some(Value::String(s)) => {
            let t = s.trim();
            if t.is_empty() { 0.0 } else { t.parse::<f64>().unwrap_or(f64::NAN) }
        }
        Some(Value::Bool(b)) => f64::from(u8::from(*b)),
        _ => f64::NAN,
    };
    if f.is_finite() && f.fract() == 0.0 && f.abs() < 9_007_199_254_740_992.0 {
        Value::from(f as i64)
    } else {
        serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)
    }
}

/// `list.join("_")` with JavaScript's element conversion.
fn join(list: Option<&Value>, sep: &str) -> String {
    match list {
        Some(Value::Array(a)) => a.iter().map(|e| if e.is_null() { String::new() } else { to_js_string(e) }).collect::<Vec<_>>().join(sep),
        Some(other) => to_js_string(other),
        None => "undefined".into(),
    }
}

/// A template-literal piece: `${x}`.
fn text(v: Option<&Value>) -> String {
    v.map_or_else(|| "undefined".into(), to_js_string)
}

fn table_rows(b: &mut Builder, table: &Value, top_policies: &[&Value]) -> Result<(), String> {
    let schema = table.get("schema").filter(|s| truthy(Some(s))).cloned().unwrap_or_else(|| "public".into());
    let name = field(table, "name");
    let table_name = text(table.get("name"));
    let has_top_policy = top_policies.iter().any(|p| {
        p.get("on").is_some_and(|on| crate::model::js::js_equal(Some(on), Some(&name)))
            && p.get("schema").filter(|s| !s.is_null()).cloned().unwrap_or_else(|| "public".into()) == schema
    });
    let rls = truthy(table.get("isRLSEnabled")) || !values(table.get("policies")).is_empty() || has_top_policy;
    b.push(json!({"entityType": "tables", "schema": schema, "name": name, "isRlsEnabled": rls}))?;

    let columns = table.get("columns").and_then(Value::as_object).ok_or("`columns` is missing or not an object")?;
    for (ckey, column) in entries(columns) {
        if truthy(column.get("primaryKey")) {
            b.push(json!({
                "entityType": "pks",
                "schema": schema,
                "table": name,
                "columns": [field(column, "name")],
                "name": format!("{table_name}_pkey"),
                "nameExplicit": false,
            }))?;
        }
        let ty = column.get("type").and_then(Value::as_str).ok_or_else(|| format!("column {ckey} has no `type`"))?;
        let (base, dimensions) = base_type_and_dimensions(ty);
        let ty = if base.starts_with("numeric(") { base.replacen(", ", ",", 1) } else { base };
        let identity = match column.get("identity") {
            Some(id) if truthy(Some(id)) => json!({
                "name": field(id, "name"),
                "type": field(id, "type"),
                "startWith": field(id, "startWith"),
                "minValue": field(id, "minValue"),
                "maxValue": field(id, "maxValue"),
                "increment": field(id, "increment"),
                "cache": js_number_if_truthy(id.get("cache")),
                "cycle": field(id, "cycle"),
            }),
            _ => Value::Null,
        };
        let default = match column.get("default") {
            None => Value::Null,
            Some(d) => Value::String(trim_default_suffix(&to_js_string(d))),
        };
        b.push(json!({
            "entityType": "columns",
            "schema": schema,
            "table": name,
            "name": field(column, "name"),
            "type": ty,
            "notNull": field(column, "notNull"),
            "typeSchema": field(column, "typeSchema"),
            "dimensions": dimensions,
            "generated": field(column, "generated"),
            "identity": identity,
            "default": default,
        }))
        .map_err(|e| format!("column {ckey}: {e}"))?;
    }

    for pk in values(table.get("compositePrimaryKeys")) {
        let explicit = format!("{table_name}_{}_pk", join(pk.get("columns"), "_")) != text(pk.get("name"));
        b.push(json!({
            "entityType": "pks", "schema": schema, "table": name, "name": field(pk, "name"),
            "columns": field(pk, "columns"), "nameExplicit": explicit,
        }))?;
    }
    for unique in values(table.get("uniqueConstraints")) {
        let explicit = format!("{table_name}_{}_unique", join(unique.get("columns"), "_")) != text(unique.get("name"));
        b.push(json!({
            "entityType": "uniques", "schema": schema, "table": name, "columns": field(unique, "columns"),
            "name": field(unique, "name"), "nameExplicit": explicit,
            "nullsNotDistinct": unique.get("nullsNotDistinct").filter(|v| !v.is_null()).cloned().unwrap_or(Value::Bool(false)),
        }))?;
    }
    for check in values(table.get("checkConstraints")) {
        b.push(
            json!({"entityType": "checks", "schema": schema, "table": name, "name": field(check, "name"), "value": field(check, "value")}),
        )?;
    }
    for idx in values(table.get("indexes")) {
        index_row(b, &schema, &name, &table_name, idx)?;
    }
    for fk in values(table.get("foreignKeys")) {
        let fk_name = text(fk.get("name"));
        let generated = format!(
            "{}_{}_{}_{}_fk",
            text(fk.get("tableFrom")),
            join(fk.get("columnsFrom"), "_"),
            text(fk.get("tableTo")),
            join(fk.get("columnsTo"), "_")
        );
        // Names of 63 characters and more are cut, as PostgreSQL itself cuts identifiers.
        let cut = match fk.get("name") {
            Some(Value::String(s)) if len_utf16(s) >= 63 => Value::String(slice_utf16(s, 63)),
            other => other.cloned().unwrap_or(Value::Null),
        };
        let action = |key: &str| match fk.get(key) {
            Some(Value::String(s)) => Value::String(s.to_uppercase()),
            _ => Value::String("NO ACTION".into()),
        };
        b.push(json!({
            "entityType": "fks",
            "schema": schema,
            "name": cut,
            "nameExplicit": generated != fk_name,
            "table": field(fk, "tableFrom"),
            "columns": field(fk, "columnsFrom"),
            "schemaTo": fk.get("schemaTo").filter(|s| truthy(Some(s))).cloned().unwrap_or_else(|| "public".into()),
            "tableTo": field(fk, "tableTo"),
            "columnsTo": field(fk, "columnsTo"),
            "onDelete": action("onDelete"),
            "onUpdate": action("onUpdate"),
        }))?;
    }
    for policy in values(table.get("policies")) {
        b.push(json!({
            "entityType": "policies",
            "schema": schema,
            "table": name,
            "name": field(policy, "name"),
            "as": field_or(policy, "as", "PERMISSIVE"),
            "for": field_or(policy, "for", "ALL"),
            "roles": policy.get("to").filter(|s| !s.is_null()).cloned().unwrap_or_else(|| json!([])),
            "using": field(policy, "using"),
            "withCheck": field(policy, "withCheck"),
        }))?;
    }
    Ok(())
}

fn index_row(b: &mut Builder, schema: &Value, table: &Value, table_name: &str, idx: &Value) -> Result<(), String> {
    let idx_name = text(idx.get("name"));
    let columns: Vec<Value> = idx
        .get("columns")
        .and_then(Value::as_array)
        .ok_or_else(|| format!("index {idx_name} has no `columns` list"))?
        .iter()
        .map(|c| {
            // Built field by field: a missing field stays missing (JSON.stringify drops undefined).
            let mut m = Map::new();
            for (to, from) in [("value", "expression"), ("isExpression", "isExpression"), ("asc", "asc")] {
                if let Some(v) = c.get(from) {
                    m.insert(to.into(), v.clone());
                }
            }
            let nulls_first = match c.get("nulls") {
                Some(n) if truthy(Some(n)) => n.as_str() != Some("last"),
                _ => false,
            };
            m.insert("nullsFirst".into(), nulls_first.into());
            let opclass = match c.get("opclass") {
                Some(o) if truthy(Some(o)) => json!({"name": o, "default": false}),
                _ => Value::Null,
            };
            m.insert("opclass".into(), opclass);
            Value::Object(m)
        })
        .collect();
    let any_expression = columns.iter().any(|c| c.get("isExpression") == Some(&Value::Bool(true)));
    let values_joined = join(Some(&Value::Array(columns.iter().map(|c| c.get("value").cloned().unwrap_or(Value::Null)).collect())), "_");
    let explicit = any_expression || format!("{table_name}_{values_joined}_index") != idx_name;
    let with = match idx.get("with").and_then(Value::as_object) {
        Some(w) if !w.is_empty() => entries(w).into_iter().map(|(k, v)| format!("{k}={}", to_js_string(v))).collect::<Vec<_>>().join(","),
        _ => String::new(),
    };
    b.push(json!({
        "entityType": "indexes",
        "schema": schema,
        "table": table,
        "name": field(idx, "name"),
        "columns": columns,
        "isUnique": field(idx, "isUnique"),
        "method": field(idx, "method"),
        "concurrently": field(idx, "concurrently"),
        "where": field(idx, "where"),
        "with": with,
        "nameExplicit": explicit,
    }))
    .map_err(|e| format!("index {idx_name}: {e}"))
}

/// `_meta` renames as `from->to`: quotes dropped, `public.` added where the key names fewer parts.
fn renames_of(meta: Option<&Value>) -> Vec<String> {
    let name = |key: &str, parts: usize| {
        let bare = key.replace('"', "");
        if key.split("\".\"").count() < parts { format!("public.{bare}") } else { bare }
    };
    let mut out = Vec::new();
    for (section, parts) in [("schemas", 1), ("tables", 2), ("columns", 3)] {
        if let Some(map) = meta.and_then(|m| m.get(section)).and_then(Value::as_object) {
            for (from, to) in entries(map) {
                out.push(format!("{}->{}", name(from, parts), name(&text(Some(to)), parts)));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::js::to_compact;

    fn v7(tables: Value) -> Value {
        json!({"id": "b", "prevId": "a", "version": "7", "dialect": "postgresql", "tables": tables, "enums": {}, "schemas": {},
            "sequences": {}, "roles": {}, "policies": {}, "views": {}, "_meta": {"schemas": {}, "tables": {}, "columns": {}}})
    }

    #[test]
    fn columns_pks_and_defaults() {
        let s = v7(json!({"public.t": {"name": "t", "schema": "", "columns": {
            "a": {"name": "a", "type": "numeric(10, 2)[]", "primaryKey": true, "notNull": true, "default": "'{}'::numeric[]"},
            "b": {"name": "b", "type": "integer", "primaryKey": true, "notNull": true, "default": 18}
        }, "indexes": {}, "foreignKeys": {}, "compositePrimaryKeys": {}, "uniqueConstraints": {}}}));
        let v8 = SnapshotV8::from_v7(&s).unwrap();
        assert_eq!(v8.prev_ids, ["a"]);
        let rows: Vec<String> = v8.ddl.to_json_rows().iter().map(to_compact).collect();
        assert_eq!(
            rows,
            [
                r#"{"schema":"public","name":"t","isRlsEnabled":false,"entityType":"tables"}"#,
                r#"{"schema":"public","table":"t","name":"a","type":"numeric(10,2)","typeSchema":null,"notNull":true,"dimensions":1,"default":"'{}'","generated":null,"identity":null,"entityType":"columns"}"#,
                r#"{"schema":"public","table":"t","name":"b","type":"integer","typeSchema":null,"notNull":true,"dimensions":0,"default":"18","generated":null,"identity":null,"entityType":"columns"}"#,
                // the second `.primaryKey()` column gets the same name and is dropped
                r#"{"schema":"public","table":"t","name":"t_pkey","columns":["a"],"nameExplicit":false,"entityType":"pks"}"#,
            ]
        );
    }

    #[test]
    fn renames_from_meta() {
        let meta = json!({"schemas": {"a": "b"}, "tables": {"\"public\".\"x\"": "\"public\".\"y\"", "z": "w"}, "columns": {"\"s\".\"t\".\"c\"": "\"s\".\"t\".\"d\"", "t.c": "t.e"}});
        assert_eq!(renames_of(Some(&meta)), ["a->b", "public.x->public.y", "public.z->public.w", "s.t.c->s.t.d", "public.t.c->public.t.e"]);
    }

    #[test]
    fn long_fk_names_are_cut_and_actions_upper_cased() {
        let long = "a".repeat(70);
        let s = v7(
            json!({"public.t": {"name": "t", "schema": "", "columns": {}, "indexes": {}, "compositePrimaryKeys": {}, "uniqueConstraints": {},
            "foreignKeys": {"f": {"name": long, "tableFrom": "t", "tableTo": "u", "columnsFrom": ["x"], "columnsTo": ["y"], "onDelete": "set null"}}}}),
        );
        let v8 = SnapshotV8::from_v7(&s).unwrap();
        let fk = v8.ddl.fks.iter().next().unwrap();
        assert_eq!(fk.name.len(), 63);
        assert!(fk.name_explicit);
        assert_eq!(fk.on_delete.as_deref(), Some("SET NULL"));
        assert_eq!(fk.on_update.as_deref(), Some("NO ACTION"));
        assert_eq!(fk.schema_to, "public");
    }

    #[test]
    fn wrong_types_name_the_place() {
        let s = v7(json!({"public.t": {"name": "t", "schema": "", "columns": {"a": {"name": "a", "type": "int", "notNull": "yes"}}}}));
        let err = SnapshotV8::from_v7(&s).unwrap_err();
        assert!(err.starts_with("table public.t: column a: columns field `notNull`"), "{err}");
    }
}
