//! Deltas of diff snapshots: `create` a row, `drop` a key, `alter` or `rename` fields of a key.
//!
//! Keys are `<entityType>\u0000<identity JSON>`, e.g. `columns\u0000["public","posts","slug"]`.

use serde_json::{Map, Value};

#[derive(Debug, Clone, PartialEq)]
pub enum Delta {
    Create { row: Value },
    Drop { key: String },
    Alter { key: String, set: Map<String, Value> },
    Rename { key: String, set: Map<String, Value> },
}

impl Delta {
    pub fn from_value(v: &Value) -> Result<Delta, String> {
        let obj = v.as_object().ok_or("not an object")?;
        let key = || obj.get("key").and_then(Value::as_str).map(str::to_string).ok_or("`key` is missing");
        let set = || obj.get("set").and_then(Value::as_object).cloned().ok_or("`set` is missing");
        match obj.get("op").and_then(Value::as_str) {
            Some("create") => Ok(Delta::Create { row: obj.get("row").filter(|r| r.is_object()).cloned().ok_or("`row` is missing")? }),
            Some("drop") => Ok(Delta::Drop { key: key()? }),
            Some("alter") => Ok(Delta::Alter { key: key()?, set: set()? }),
            Some("rename") => Ok(Delta::Rename { key: key()?, set: set()? }),
            other => Err(format!("unknown op {other:?}")),
        }
    }

    pub fn to_value(&self) -> Value {
        let mut m = Map::new();
        match self {
            Delta::Create { row } => {
                m.insert("op".into(), "create".into());
                m.insert("row".into(), row.clone());
            }
            Delta::Drop { key } => {
                m.insert("op".into(), "drop".into());
                m.insert("key".into(), key.clone().into());
            }
            Delta::Alter { key, set } | Delta::Rename { key, set } => {
                let op = if matches!(self, Delta::Alter { .. }) { "alter" } else { "rename" };
                m.insert("op".into(), op.into());
                m.insert("key".into(), key.clone().into());
                m.insert("set".into(), Value::Object(set.clone()));
            }
        }
        Value::Object(m)
    }
}
