//! Array methods: `map filter find findIndex some every forEach reduce flatMap` (with
//! schema-code or built-in callbacks), `concat flat join includes indexOf lastIndexOf slice at`,
//! and the mutators `push pop reverse sort`.

use std::cmp::Ordering;

use oxc_span::Span;

use super::super::ops;
use super::super::value::Value;
use super::super::{Interpreter, Result};
use super::arg;

const METHODS: &[&str] = &[
    "map",
    "filter",
    "find",
    "findIndex",
    "some",
    "every",
    "forEach",
    "reduce",
    "flatMap",
    "concat",
    "flat",
    "join",
    "includes",
    "indexOf",
    "lastIndexOf",
    "slice",
    "at",
    "push",
    "pop",
    "reverse",
    "sort",
    "toString",
];

pub(in super::super) fn method(key: &str) -> Option<&'static str> {
    METHODS.iter().find(|m| **m == key).copied()
}

/// A relative index argument (`slice(-2)`) resolved against `len`.
pub(super) fn relative(index: Option<f64>, len: usize, default: usize) -> usize {
    match index {
        None => default,
        Some(n) if n.is_nan() => 0,
        Some(n) if n < 0.0 => (len as f64 + n.trunc()).max(0.0) as usize,
        Some(n) => n.trunc().min(len as f64) as usize,
    }
}

/// The most array items (or string units) a built-in builds; beyond it a typo like
/// `Array.from({ length: 1e12 })` would exhaust memory.
pub(in super::super) const MAX_ITEMS: usize = 10_000_000;

/// Appends `items` flattened `depth` levels; false for arrays nested more than 100 deep (or
/// containing themselves), where JS would run out of stack.
fn flatten(items: Vec<Value>, depth: f64, level: usize, out: &mut Vec<Value>) -> bool {
    if level > 100 {
        return false;
    }
    for item in items {
        match item {
            Value::Array(inner) if depth >= 1.0 => {
                let inner = inner.borrow().clone();
                if !flatten(inner, depth - 1.0, level + 1, out) {
                    return false;
                }
            }
            item => out.push(item),
        }
    }
    true
}

impl Interpreter<'_> {
    pub(in super::super) fn array_method(&mut self, name: &'static str, this: &Value, args: Vec<Value>, site: Span) -> Result<Value> {
        let Value::Array(array) = this else {
            return Ok(Value::Undefined);
        };
        let items = array.borrow().clone();
        let first = arg(&args, 0);
        let what = format!("`.{name}()`");
        // Optional numeric argument `i` (None when absent or undefined).
        let number_arg = |interp: &Self, i: usize| match args.get(i) {
            None | Some(Value::Undefined) => Ok(None),
            Some(v) => interp.number_of(v, site).map(Some),
        };
        Ok(match name {
            "map" | "filter" | "find" | "findIndex" | "some" | "every" | "forEach" | "flatMap" => {
                let mut out = Vec::new();
                for (i, item) in items.iter().enumerate() {
                    let result = self.callback(&first, vec![item.clone(), Value::Number(i as f64), this.clone()], &what, site)?;
                    match name {
                        "map" => out.push(result),
                        "flatMap" => {
                            flatten(vec![result], 1.0, 0, &mut out);
                        }
                        "filter" if result.truthy() => out.push(item.clone()),
                        "find" if result.truthy() => return Ok(item.clone()),
                        "findIndex" if result.truthy() => return Ok(Value::Number(i as f64)),
                        "some" if result.truthy() => return Ok(Value::Bool(true)),
                        "every" if !result.truthy() => return Ok(Value::Bool(false)),
                        _ => {}
                    }
                }
                match name {
                    "find" | "forEach" => Value::Undefined,
                    "findIndex" => Value::Number(-1.0),
                    "some" => Value::Bool(false),
                    "every" => Value::Bool(true),
                    _ => Value::array(out),
                }
            }
            "reduce" => {
                let mut values = items.into_iter().enumerate();
                let mut accumulator = match args.get(1) {
                    Some(initial) => initial.clone(),
                    None => match values.next() {
                        Some((_, first_item)) => first_item,
                        None => return Err(self.fail(site, "`.reduce()` of an empty array needs an initial value")),
                    },
                };
                for (i, item) in values {
                    accumulator = self.callback(&first, vec![accumulator, item, Value::Number(i as f64), this.clone()], &what, site)?;
                }
                accumulator
            }
            "concat" => {
                let mut out = items;
                for value in args {
                    match value {
                        Value::Array(inner) => out.extend(inner.borrow().iter().cloned()),
                        other => out.push(other),
                    }
                }
                Value::array(out)
            }
            "flat" => {
                let mut out = Vec::new();
                if !flatten(items, number_arg(self, 0)?.unwrap_or(1.0), 0, &mut out) {
                    return Err(self.fail(site, "`.flat()` found arrays nested too deeply (or containing themselves)"));
                }
                Value::array(out)
            }
            "join" | "toString" => {
                let separator = match (name, &first) {
                    ("join", Value::Undefined) | ("toString", _) => ",".to_string(),
                    (_, separator) => self.string_of(separator, site)?,
                };
                let mut parts = Vec::with_capacity(items.len());
                for item in &items {
                    parts.push(if matches!(item, Value::Undefined | Value::Null) { String::new() } else { self.string_of(item, site)? });
                }
                Value::string(parts.join(&separator))
            }
            "includes" => Value::Bool(items.iter().any(|item| ops::same_value_zero(item, &first))),
            "indexOf" => Value::Number(items.iter().position(|item| ops::strict_equals(item, &first)).map_or(-1.0, |i| i as f64)),
            "lastIndexOf" => Value::Number(items.iter().rposition(|item| ops::strict_equals(item, &first)).map_or(-1.0, |i| i as f64)),
            "slice" => {
                let start = relative(number_arg(self, 0)?, items.len(), 0);
                let end = relative(number_arg(self, 1)?, items.len(), items.len());
                Value::array(if start < end { items[start..end].to_vec() } else { Vec::new() })
            }
            "at" => {
                let index = number_arg(self, 0)?.unwrap_or(0.0).trunc();
                let index = if index < 0.0 { items.len() as f64 + index } else { index };
                if index >= 0.0 { items.get(index as usize).cloned().unwrap_or(Value::Undefined) } else { Value::Undefined }
            }
            "push" => {
                let mut array = array.borrow_mut();
                array.extend(args);
                Value::Number(array.len() as f64)
            }
            "pop" => array.borrow_mut().pop().unwrap_or(Value::Undefined),
            "reverse" => {
                array.borrow_mut().reverse();
                this.clone()
            }
            "sort" => {
                let sorted = self.merge_sort(items, &first, site)?;
                *array.borrow_mut() = sorted;
                this.clone()
            }
            _ => Value::Undefined,
        })
    }

    /// A stable sort whose comparison may fail (a schema-code comparator): JS's default order
    /// compares the items' strings; `undefined` goes last.
    fn merge_sort(&mut self, items: Vec<Value>, comparator: &Value, site: Span) -> Result<Vec<Value>> {
        if items.len() <= 1 {
            return Ok(items);
        }
        let mut right = items;
        let left = right.drain(..right.len() / 2).collect();
        let left = self.merge_sort(left, comparator, site)?;
        let right = self.merge_sort(right, comparator, site)?;
        let mut out = Vec::with_capacity(left.len() + right.len());
        let (mut left, mut right) = (left.into_iter().peekable(), right.into_iter().peekable());
        while let (Some(a), Some(b)) = (left.peek(), right.peek()) {
            let ordering = self.compare_items(a, b, comparator, site)?;
            out.push(if ordering == Ordering::Greater { right.next() } else { left.next() }.unwrap_or(Value::Undefined));
        }
        out.extend(left);
        out.extend(right);
        Ok(out)
    }

    fn compare_items(&mut self, a: &Value, b: &Value, comparator: &Value, site: Span) -> Result<Ordering> {
        match (a, b) {
            (Value::Undefined, Value::Undefined) => return Ok(Ordering::Equal),
            (Value::Undefined, _) => return Ok(Ordering::Greater),
            (_, Value::Undefined) => return Ok(Ordering::Less),
            _ => {}
        }
        if matches!(comparator, Value::Undefined) {
            let (a, b) = (self.string_of(a, site)?, self.string_of(b, site)?);
            return Ok(a.encode_utf16().cmp(b.encode_utf16()));
        }
        let result = self.callback(comparator, vec![a.clone(), b.clone()], "`.sort()`", site)?;
        let n = self.number_of(&result, site)?;
        Ok(if n > 0.0 {
            Ordering::Greater
        } else if n < 0.0 {
            Ordering::Less
        } else {
            Ordering::Equal
        })
    }
}
