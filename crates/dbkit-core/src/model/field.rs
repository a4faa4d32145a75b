//! The value types a DDL row's fields can hold, and how each reads, writes and compares as JSON.
//!
//! drizzle-kit declares every field as `string`, `string?`, `boolean`, `number?`, `string[]`, a
//! fixed set of literals, or a nested object. Nested objects (identity, generated, index columns,
//! view options) are kept as ordered JSON objects ([`Obj`]): drizzle writes them with the key order
//! of whatever code built them, which differs between its schema reader and its introspector, so
//! keeping the order as read is the only way to write the same bytes back.

use compact_str::CompactString;
use serde_json::{Map, Value};

use super::js::{js_equal, write_pretty, write_pretty_members, write_str};

/// A JSON object whose key order is kept and whose equality is drizzle's `isEqual`.
///
/// A short list of pairs rather than a map: these objects have two to six keys, and one is kept
/// per index column, so a 10,000-table state holds tens of thousands of them (a JSON map is
/// about twice the memory).
#[derive(Debug, Clone, Default)]
pub struct Obj(Vec<(CompactString, Value)>);

impl PartialEq for Obj {
    fn eq(&self, other: &Self) -> bool {
        self.iter().all(|(k, v)| js_equal(Some(v), other.get(k))) && other.iter().all(|(k, _)| self.get(k).is_some())
    }
}

impl From<Map<String, Value>> for Obj {
    fn from(map: Map<String, Value>) -> Obj {
        Obj(map.into_iter().map(|(k, v)| (CompactString::from(k), v)).collect())
    }
}

impl Obj {
    /// Builds an object from `(key, value)` pairs in the given order, skipping `None` values (as
    /// `JSON.stringify` drops `undefined`).
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, Option<Value>)>) -> Obj {
        Obj(pairs.into_iter().filter_map(|(k, v)| v.map(|v| (CompactString::from(k), v))).collect())
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// A string field (`None` when missing, null or not a string).
    pub fn str(&self, key: &str) -> Option<&str> {
        self.get(key).and_then(Value::as_str)
    }

    pub fn bool(&self, key: &str) -> Option<bool> {
        self.get(key).and_then(Value::as_bool)
    }

    pub fn i64(&self, key: &str) -> Option<i64> {
        self.get(key).and_then(Value::as_i64)
    }

    /// Replaces the value of `key` in place, or adds it last (a JavaScript assignment).
    pub fn set(&mut self, key: &str, value: Value) {
        match self.0.iter_mut().find(|(k, _)| k == key) {
            Some((_, v)) => *v = value,
            None => self.0.push((key.into(), value)),
        }
    }

    /// The members in order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }
}

/// One field type of a DDL row.
pub trait Field: Clone + std::fmt::Debug + PartialEq {
    fn to_json(&self) -> Value;
    /// `None` when `v` does not have this type (the snapshot is malformed).
    fn from_json(v: &Value) -> Option<Self>;
    /// [`crate::model::js::write_pretty`] of [`Field::to_json`], without building the value.
    fn write_pretty(&self, out: &mut Vec<u8>, depth: usize) {
        write_pretty(out, &self.to_json(), depth);
    }
}

impl Field for CompactString {
    fn to_json(&self) -> Value {
        Value::String(self.to_string())
    }
    fn from_json(v: &Value) -> Option<Self> {
        v.as_str().map(CompactString::from)
    }
    fn write_pretty(&self, out: &mut Vec<u8>, _: usize) {
        write_str(out, self);
    }
}

impl Field for bool {
    fn to_json(&self) -> Value {
        Value::Bool(*self)
    }
    fn from_json(v: &Value) -> Option<Self> {
        v.as_bool()
    }
    fn write_pretty(&self, out: &mut Vec<u8>, _: usize) {
        out.extend_from_slice(if *self { b"true" } else { b"false" });
    }
}

impl Field for i64 {
    fn to_json(&self) -> Value {
        Value::from(*self)
    }
    fn from_json(v: &Value) -> Option<Self> {
        v.as_i64().or_else(|| v.as_f64().filter(|f| f.fract() == 0.0).map(|f| f as i64))
    }
}

impl Field for Vec<CompactString> {
    fn to_json(&self) -> Value {
        Value::Array(self.iter().map(|s| Value::String(s.to_string())).collect())
    }
    fn from_json(v: &Value) -> Option<Self> {
        v.as_array()?.iter().map(|e| e.as_str().map(CompactString::from)).collect()
    }
}

impl Field for Box<Obj> {
    fn to_json(&self) -> Value {
        Obj::to_json(self)
    }
    fn from_json(v: &Value) -> Option<Self> {
        Obj::from_json(v).map(Box::new)
    }
    fn write_pretty(&self, out: &mut Vec<u8>, depth: usize) {
        Obj::write_pretty(self, out, depth);
    }
}

impl Field for Obj {
    fn to_json(&self) -> Value {
        Value::Object(self.iter().map(|(k, v)| (k.to_string(), v.clone())).collect())
    }
    fn from_json(v: &Value) -> Option<Self> {
        let map = v.as_object()?;
        Some(Obj(map.iter().map(|(k, v)| (CompactString::from(k.as_str()), v.clone())).collect()))
    }
    fn write_pretty(&self, out: &mut Vec<u8>, depth: usize) {
        write_pretty_members(out, self.iter(), depth);
    }
}

impl Field for Vec<Obj> {
    fn to_json(&self) -> Value {
        Value::Array(self.iter().map(Obj::to_json).collect())
    }
    fn from_json(v: &Value) -> Option<Self> {
        v.as_array()?.iter().map(Obj::from_json).collect()
    }
}

impl<T: Field> Field for Option<T> {
    fn to_json(&self) -> Value {
        self.as_ref().map_or(Value::Null, Field::to_json)
    }
    fn from_json(v: &Value) -> Option<Self> {
        if v.is_null() { Some(None) } else { T::from_json(v).map(Some) }
    }
    fn write_pretty(&self, out: &mut Vec<u8>, depth: usize) {
        match self {
            Some(v) => v.write_pretty(out, depth),
            None => out.extend_from_slice(b"null"),
        }
    }
}
