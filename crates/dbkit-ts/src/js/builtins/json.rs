//! `JSON.stringify` with JS's output (key order, number formatting, escapes, `undefined` and
//! functions skipped in objects and `null` in arrays, `toJSON` of dates, the `space` argument)
//! and `JSON.parse` through serde_json.

use std::cell::RefCell;
use std::fmt::Write;
use std::rc::Rc;

use oxc_span::Span;

use super::super::buffer::Buffer;
use super::super::date::Date;
use super::super::function::is_getter;
use super::super::member::{ordered_props, put};
use super::super::number::number_to_string;
use super::super::opaque::stand_in_message;
use super::super::value::{Object, Value};
use super::super::{Interpreter, Result};

/// Nesting beyond this is taken for a cycle, which JS reports as an error too.
const MAX_DEPTH: usize = 200;

/// A JSON string literal, escaped as JS does.
fn quote(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

impl Interpreter<'_> {
    pub(super) fn json_stringify(&mut self, value: &Value, replacer: &Value, space: &Value, site: Span) -> Result<Value> {
        if !matches!(replacer, Value::Undefined | Value::Null) {
            return Err(self.fail(site, "dbkit's `JSON.stringify` does not support a replacer; pass `null`"));
        }
        let gap = match space {
            Value::Number(n) => " ".repeat(n.clamp(0.0, 10.0) as usize),
            Value::String(s) => s.chars().take(10).collect(),
            _ => String::new(),
        };
        let mut out = String::new();
        let written = self.serialize(value, &gap, "", 0, &mut out, site)?;
        Ok(if written { Value::string(out) } else { Value::Undefined })
    }

    /// Writes `value`; false when it has no JSON form (`undefined`, functions).
    fn serialize(&mut self, value: &Value, gap: &str, indent: &str, depth: usize, out: &mut String, site: Span) -> Result<bool> {
        if depth > MAX_DEPTH {
            return Err(self.fail(site, "`JSON.stringify` found a value nested too deeply (or containing itself)"));
        }
        let inner = format!("{indent}{gap}");
        let (open, separator, close) = if gap.is_empty() {
            (String::new(), ",".to_string(), String::new())
        } else {
            (format!("\n{inner}"), format!(",\n{inner}"), format!("\n{indent}"))
        };
        match value {
            Value::Undefined | Value::Function(_) => return Ok(false),
            Value::Null => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Number(n) if n.is_finite() => out.push_str(&number_to_string(*n)),
            Value::Number(_) => out.push_str("null"),
            Value::BigInt(_) => {
                return Err(self.fail(site, "`JSON.stringify` cannot serialise a BigInt (JS throws); convert it with `String(x)`"));
            }
            Value::String(s) => quote(s, out),
            Value::Array(items) => {
                let items = items.borrow().clone();
                if items.is_empty() {
                    out.push_str("[]");
                    return Ok(true);
                }
                out.push('[');
                out.push_str(&open);
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(&separator);
                    }
                    if !self.serialize(item, gap, &inner, depth + 1, out, site)? {
                        out.push_str("null");
                    }
                }
                out.push_str(&close);
                out.push(']');
            }
            Value::Object(object) => {
                let props = ordered_props(&object.borrow());
                let mut any = false;
                out.push('{');
                for (key, property) in props {
                    let property =
                        if is_getter(&property) { self.call_value(&property, value.clone(), Vec::new(), site)? } else { property };
                    let mut member = String::new();
                    quote(&key, &mut member);
                    member.push(':');
                    if !gap.is_empty() {
                        member.push(' ');
                    }
                    if self.serialize(&property, gap, &inner, depth + 1, &mut member, site)? {
                        out.push_str(if any { &separator } else { &open });
                        out.push_str(&member);
                        any = true;
                    }
                }
                if any {
                    out.push_str(&close);
                }
                out.push('}');
            }
            Value::Host(_) if value.downcast::<Buffer>().is_some() => {
                let bytes = value.downcast::<Buffer>().map(|b| b.bytes.clone()).unwrap_or_default();
                let json = Value::object(vec![
                    ("type".into(), Value::string("Buffer")),
                    ("data".into(), Value::array(bytes.into_iter().map(|b| Value::Number(f64::from(b))).collect())),
                ]);
                return self.serialize(&json, gap, indent, depth, out, site);
            }
            Value::Host(_) => match value.downcast::<Date>() {
                Some(date) => match date.to_iso_string() {
                    Some(iso) => quote(&iso, out),
                    None => out.push_str("null"),
                },
                None => {
                    let message = stand_in_message(value)
                        .unwrap_or_else(|| format!("`JSON.stringify` cannot serialise {} in dbkit's schema reader", value.describe()));
                    return Err(self.fail(site, message));
                }
            },
        }
        Ok(true)
    }

    pub(super) fn json_parse(&mut self, text: &Value, site: Span) -> Result<Value> {
        let text = self.string_of(text, site)?;
        let parsed: serde_json::Value = serde_json::from_str(&text).map_err(|e| self.fail(site, format!("`JSON.parse` failed: {e}")))?;
        Ok(from_json(parsed))
    }
}

/// A parsed JSON document as a value (objects in JS key order).
pub(in super::super) fn from_json(value: serde_json::Value) -> Value {
    match value {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Bool(b),
        serde_json::Value::Number(n) => Value::Number(n.as_f64().unwrap_or(f64::NAN)),
        serde_json::Value::String(s) => Value::string(s),
        serde_json::Value::Array(items) => Value::array(items.into_iter().map(from_json).collect()),
        serde_json::Value::Object(map) => {
            let mut object = Object::default();
            for (key, value) in map {
                put(&mut object, &key, from_json(value));
            }
            Value::Object(Rc::new(RefCell::new(object)))
        }
    }
}
