//! drizzle-kit 0.2x snapshots (versions "4" to "6") brought to the shape of version "7", step by
//! step as drizzle-kit 1.0's `up` does: v4 → v5 fixes date and time defaults and types, v5 → v6
//! keys tables and enums by schema, v6 → v7 turns index columns into objects and adds the maps
//! that arrived later (policies, checks, sequences, roles, views).
//!
//! One difference, on purpose: drizzle-kit leaves `method` and `concurrently` of a pre-v7 index
//! undefined, writes them as `null`, and then rejects its own converted snapshot ("the new
//! snapshot is not valid"), so no 0.2x folder with an index can be upgraded by it. The indexes
//! those versions created were plain B-tree indexes built without `CONCURRENTLY`, so dbkit fills
//! in `btree` and `false`.

use serde_json::{Map, Value, json};

use super::js::{entries, slice_utf16, values};

/// The snapshot's `version` as a number (`Number(version)`), `None` when it is not one.
pub fn version_number(snapshot: &Value) -> Option<f64> {
    match snapshot.get("version")? {
        Value::String(s) => {
            let t = s.trim();
            if t.is_empty() { Some(0.0) } else { t.parse::<f64>().ok() }
        }
        Value::Number(n) => n.as_f64(),
        Value::Bool(b) => Some(f64::from(u8::from(*b))),
        Value::Null => Some(0.0),
        _ => None,
    }
}

/// Brings a version 4, 5 or 6 snapshot up to version 7; a version 7 one is returned as it is.
pub fn up_to_v7(snapshot: Value) -> Result<Value, String> {
    let version = version_number(&snapshot).unwrap_or(0.0);
    if version >= 7.0 {
        return Ok(snapshot);
    }
    let v6 = if version < 6.0 { up_to_v6(snapshot)? } else { snapshot };
    v6_to_v7(v6)
}

fn up_to_v6(snapshot: Value) -> Result<Value, String> {
    let version = version_number(&snapshot).unwrap_or(0.0);
    let v5 = if version < 5.0 { v4_to_v5(snapshot)? } else { snapshot };
    v5_to_v6(v5)
}

fn object_mut<'a>(v: &'a mut Value, what: &str) -> Result<&'a mut Map<String, Value>, String> {
    v.as_object_mut().ok_or_else(|| format!("{what} is not an object"))
}

/// Rebuilds an object map (tables, indexes, …) entry by entry in JavaScript's iteration order.
fn map_entries(
    value: Option<&Value>,
    what: &str,
    mut f: impl FnMut(&str, &Value) -> Result<(String, Value), String>,
) -> Result<Map<String, Value>, String> {
    let map = value.and_then(Value::as_object).ok_or_else(|| format!("`{what}` is missing or not an object"))?;
    entries(map).into_iter().map(|(k, v)| f(k, v)).collect()
}

/// v4 → v5: date defaults lose their time part, timestamp defaults their `T` and anything past
/// milliseconds, and `timestamp (3)`, `time (3)`, `interval (3)` lose the space.
fn v4_to_v5(mut snapshot: Value) -> Result<Value, String> {
    if version_number(&snapshot).unwrap_or(0.0) < 4.0 {
        return Err("snapshot versions before 4 cannot be upgraded".into());
    }
    let tables = map_entries(snapshot.get("tables"), "tables", |key, table| {
        let mut table = table.clone();
        let columns = map_entries(table.get("columns"), "columns", |ckey, column| {
            let mut column = column.clone();
            let ty = column.get("type").and_then(Value::as_str).ok_or_else(|| format!("column {ckey} has no `type`"))?;
            let lower = ty.to_lowercase();
            let default = column.get("default").and_then(Value::as_str).map(str::to_string);
            let (new_type, new_default) = if lower == "date" {
                (ty.to_string(), default.map(|d| reshape_default(&d, |s| s.split('T').next().unwrap_or("").to_string())))
            } else if lower.starts_with("timestamp") {
                let cut = |s: &str| slice_utf16(&s.replacen('T', " ", 1), 23);
                (lower.replacen("timestamp (", "timestamp(", 1), default.map(|d| reshape_default(&d, cut)))
            } else if lower.starts_with("time") {
                (lower.replacen("time (", "time(", 1), default)
            } else if lower.starts_with("interval") {
                (lower.replacen(" (", "(", 1), default)
            } else {
                (ty.to_string(), default)
            };
            let obj = object_mut(&mut column, "a column")?;
            obj.insert("type".into(), Value::String(new_type));
            if let Some(d) = new_default {
                obj.insert("default".into(), Value::String(d));
            }
            Ok((ckey.to_string(), column))
        })?;
        let obj = object_mut(&mut table, "a table")?;
        obj.insert("columns".into(), Value::Object(columns));
        obj.insert("compositePrimaryKeys".into(), json!({}));
        obj.insert("uniqueConstraints".into(), json!({}));
        Ok((key.to_string(), table))
    })?;
    let obj = object_mut(&mut snapshot, "the snapshot")?;
    obj.insert("version".into(), "5".into());
    obj.insert("tables".into(), Value::Object(tables));
    obj.insert("_meta".into(), json!({"schemas": {}, "tables": {}, "columns": {}}));
    Ok(snapshot)
}

/// Applies `f` inside the quotes of a quoted default, or to the whole text otherwise.
fn reshape_default(d: &str, f: impl Fn(&str) -> String) -> String {
    if d.starts_with('\'') && d.ends_with('\'') {
        let inner = if d.len() >= 2 { &d[1..d.len() - 1] } else { "" };
        format!("'{}'", f(inner))
    } else {
        f(d)
    }
}

/// v5 → v6: tables keyed `schema.name` (`public` when empty), enums keyed `public.name` with
/// their values as a list.
fn v5_to_v6(mut snapshot: Value) -> Result<Value, String> {
    let tables = map_entries(snapshot.get("tables"), "tables", |_, table| {
        let schema = table.get("schema").and_then(Value::as_str).filter(|s| !s.is_empty()).unwrap_or("public");
        let name = table.get("name").and_then(Value::as_str).ok_or("a table has no `name`")?;
        Ok((format!("{schema}.{name}"), table.clone()))
    })?;
    let enums = map_entries(snapshot.get("enums"), "enums", |_, en| {
        let name = en.get("name").and_then(Value::as_str).ok_or("an enum has no `name`")?;
        // `Object.values` of the v5 `{value: value}` map (or of a list, which gives the list).
        let values: Vec<Value> = match en.get("values") {
            Some(Value::Array(list)) => list.clone(),
            other => values(other).into_iter().cloned().collect(),
        };
        Ok((format!("public.{name}"), json!({"name": name, "schema": "public", "values": values})))
    })?;
    let obj = object_mut(&mut snapshot, "the snapshot")?;
    obj.insert("version".into(), "6".into());
    obj.insert("dialect".into(), "postgresql".into());
    obj.insert("tables".into(), Value::Object(tables));
    obj.insert("enums".into(), Value::Object(enums));
    Ok(snapshot)
}

/// v6 → v7: index columns become `{expression, isExpression, asc, nulls}` objects, tables gain
/// empty `policies` and `checkConstraints` and RLS off, and the snapshot gains empty sequences,
/// policies, views and roles.
fn v6_to_v7(mut snapshot: Value) -> Result<Value, String> {
    let tables = map_entries(snapshot.get("tables"), "tables", |key, table| {
        let mut table = table.clone();
        let indexes = map_entries(table.get("indexes").or(Some(&json!({}))), "indexes", |ikey, idx| {
            let columns: Vec<Value> = idx
                .get("columns")
                .and_then(Value::as_array)
                .ok_or_else(|| format!("index {ikey} has no `columns` list"))?
                .iter()
                .map(|c| json!({"expression": c, "isExpression": false, "asc": true, "nulls": "last"}))
                .collect();
            let mut out = Map::new();
            out.insert("columns".into(), Value::Array(columns));
            out.insert("with".into(), json!({}));
            for (k, v) in idx.as_object().into_iter().flat_map(entries) {
                if k != "columns" {
                    out.insert(k.clone(), v.clone());
                }
            }
            for (field, default) in [("method", json!("btree")), ("concurrently", json!(false))] {
                if out.get(field).is_none_or(Value::is_null) {
                    out.insert(field.into(), default);
                }
            }
            Ok((ikey.to_string(), Value::Object(out)))
        })?;
        let obj = object_mut(&mut table, "a table")?;
        obj.insert("indexes".into(), Value::Object(indexes));
        obj.insert("policies".into(), json!({}));
        obj.insert("isRLSEnabled".into(), false.into());
        obj.insert("checkConstraints".into(), json!({}));
        Ok((key.to_string(), table))
    })?;
    let obj = object_mut(&mut snapshot, "the snapshot")?;
    obj.insert("version".into(), "7".into());
    obj.insert("dialect".into(), "postgresql".into());
    obj.insert("sequences".into(), json!({}));
    obj.insert("tables".into(), Value::Object(tables));
    obj.insert("policies".into(), json!({}));
    obj.insert("views".into(), json!({}));
    obj.insert("roles".into(), json!({}));
    Ok(snapshot)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn v4_dates_and_times_are_reshaped() {
        let v4 = json!({"version": "4", "dialect": "pg", "tables": {"t": {"name": "t", "schema": "", "columns": {
            "d": {"name": "d", "type": "date", "default": "'2020-01-02T00:00:00.000Z'"},
            "ts": {"name": "ts", "type": "timestamp (3)", "default": "'2020-01-02T03:04:05.678912Z'"},
            "tm": {"name": "tm", "type": "TIME (2)"},
            "iv": {"name": "iv", "type": "interval (6)"},
            "n": {"name": "n", "type": "integer", "default": 5}
        }, "indexes": {}, "foreignKeys": {}}}, "enums": {"mood": {"name": "mood", "values": {"a": "a", "b": "b"}}}});
        let v7 = up_to_v7(v4).unwrap();
        let cols = &v7["tables"]["public.t"]["columns"];
        assert_eq!(cols["d"]["default"], "'2020-01-02'");
        assert_eq!(cols["ts"]["type"], "timestamp(3)");
        assert_eq!(cols["ts"]["default"], "'2020-01-02 03:04:05.678'");
        assert_eq!(cols["tm"]["type"], "time(2)");
        assert_eq!(cols["iv"]["type"], "interval(6)");
        assert_eq!(cols["n"]["default"], 5);
        assert_eq!(v7["tables"]["public.t"]["compositePrimaryKeys"], json!({}));
        assert_eq!(v7["enums"]["public.mood"], json!({"name": "mood", "schema": "public", "values": ["a", "b"]}));
        assert_eq!(v7["_meta"], json!({"schemas": {}, "tables": {}, "columns": {}}));
        assert_eq!(v7["version"], "7");
        assert_eq!(v7["dialect"], "postgresql");
    }

    #[test]
    fn v5_tables_are_keyed_by_schema_and_index_columns_become_objects() {
        let v5 = json!({"version": "5", "dialect": "pg", "tables": {
            "orders": {"name": "orders", "schema": "shop", "columns": {}, "indexes": {
                "i": {"name": "i", "columns": ["a", "b"], "isUnique": true, "where": "a > 1"}
            }, "foreignKeys": {}, "compositePrimaryKeys": {}, "uniqueConstraints": {}}
        }, "enums": {}, "schemas": {"shop": "shop"}, "_meta": {"schemas": {}, "tables": {}, "columns": {}}});
        let v7 = up_to_v7(v5).unwrap();
        let t = &v7["tables"]["shop.orders"];
        assert_eq!(
            t["indexes"]["i"],
            json!({"columns": [
                {"expression": "a", "isExpression": false, "asc": true, "nulls": "last"},
                {"expression": "b", "isExpression": false, "asc": true, "nulls": "last"}
            ], "with": {}, "name": "i", "isUnique": true, "where": "a > 1", "method": "btree", "concurrently": false})
        );
        assert_eq!(t["isRLSEnabled"], false);
        assert_eq!(v7["roles"], json!({}));
    }

    #[test]
    fn too_old_is_an_error() {
        let err = up_to_v7(json!({"version": "3", "tables": {}, "enums": {}})).unwrap_err();
        assert!(err.contains("before 4"), "{err}");
    }
}
