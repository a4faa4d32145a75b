//! The default export as JSON, the way `JSON.stringify` would write it (getters called, keys in
//! JS order), except that a value that is not known — `undefined`, or what a package dbkit does
//! not run would compute — is recorded with where it comes from rather than silently dropped, and
//! `NaN`, `Infinity`, functions and BigInts are errors.

use serde_json::{Map, Number};

use super::origin::{Segment, Source};
use super::{Cause, ConfigError, Unknown, error};
use crate::js::resolve::normalize;
use crate::js::{Interpreter, Opaque, Url, Value, is_getter};

/// Objects nested deeper than this are not config (and may contain themselves).
const MAX_DEPTH: usize = 64;

/// The config object `value` as JSON, and the unknown values left out of it.
pub(super) fn to_json(
    value: &Value,
    interp: &mut Interpreter<'_>,
    source: &Source,
) -> Result<(serde_json::Value, Vec<Unknown>), ConfigError> {
    let mut converter = Converter { interp, source, unknown: Vec::new(), path: Vec::new() };
    match value {
        Value::Object(_) => {}
        value if value.downcast::<Opaque>().is_some() => {}
        other => {
            let origin = source.origin(&[], matches!(other, Value::Undefined));
            return Err(ConfigError::NotAnObject { at: origin.at, expr: origin.expr, kind: other.describe() });
        }
    }
    let json = converter.convert(value, 0)?.unwrap_or_else(|| serde_json::Value::Object(Map::new()));
    Ok((json, converter.unknown))
}

struct Converter<'c, 'h> {
    interp: &'c mut Interpreter<'h>,
    source: &'c Source,
    unknown: Vec<Unknown>,
    /// Where the value being converted sits.
    path: Vec<Segment>,
}

impl Converter<'_, '_> {
    /// `None` for a value left out (recorded in `unknown`).
    fn convert(&mut self, value: &Value, depth: usize) -> Result<Option<serde_json::Value>, ConfigError> {
        if depth > MAX_DEPTH {
            return Err(self.not_a_value("an object nested too deeply (or containing itself)"));
        }
        Ok(Some(match value {
            Value::Undefined => return Ok(self.unknown(Cause::Undefined)),
            Value::Null => serde_json::Value::Null,
            Value::Bool(b) => serde_json::Value::Bool(*b),
            Value::String(s) => serde_json::Value::String(s.to_string()),
            Value::Number(n) => match json_number(*n) {
                Some(number) => serde_json::Value::Number(number),
                None => return Err(self.not_finite(*n)),
            },
            Value::Array(items) => {
                let items = items.borrow().clone();
                let mut out = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    self.path.push(Segment::Index(i));
                    let item = self.convert(item, depth + 1)?;
                    self.path.pop();
                    out.push(item.unwrap_or(serde_json::Value::Null));
                }
                serde_json::Value::Array(out)
            }
            Value::Object(object) => {
                let mut props = object.borrow().props.clone();
                // JS lists integer keys first, ascending, then the others in insertion order.
                props.sort_by_key(|(key, _)| array_index(key).map_or((1, 0), |i| (0, i)));
                let mut map = Map::new();
                for (key, property) in props {
                    let property = if is_getter(&property) { self.get(&property, value)? } else { property };
                    self.path.push(Segment::Key(key.clone()));
                    let json = self.convert(&property, depth + 1)?;
                    self.path.pop();
                    if let Some(json) = json {
                        map.insert(key, json);
                    }
                }
                serde_json::Value::Object(map)
            }
            Value::Host(_) => match (value.downcast::<Opaque>(), value.downcast::<Url>()) {
                (Some(opaque), _) => return Ok(self.unknown(Cause::Package { module: opaque.module.clone() })),
                // What `JSON.stringify` writes for a URL (its `toJSON()`).
                (_, Some(url)) => serde_json::Value::String(url.href()),
                _ => return Err(self.not_a_value(&value.describe())),
            },
            Value::Function(_) => return Err(self.not_a_value("a function")),
            Value::BigInt(_) => return Err(self.not_a_value("a BigInt")),
        }))
    }

    /// Calls a getter of `this`, as `JSON.stringify` does.
    fn get(&mut self, getter: &Value, this: &Value) -> Result<Value, ConfigError> {
        let file = self.source.path();
        self.interp
            .call(getter, Some(this.clone()), Vec::new())
            .map_err(|e| ConfigError::Eval(error::for_config(e, file, &normalize(file))))
    }

    fn unknown(&mut self, cause: Cause) -> Option<serde_json::Value> {
        let origin = self.source.origin(&self.path, cause == Cause::Undefined);
        let (line, column) = (origin.at.line, origin.at.column);
        self.unknown.push(Unknown { path: path_text(&self.path), expr: origin.expr, line, column, cause });
        None
    }

    fn not_finite(&self, n: f64) -> ConfigError {
        let origin = self.source.origin(&self.path, false);
        let what = if n.is_nan() {
            "NaN"
        } else if n > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        };
        ConfigError::NotFinite { at: origin.at, expr: origin.expr, what, path: path_text(&self.path), env_vars: origin.env_vars }
    }

    fn not_a_value(&self, kind: &str) -> ConfigError {
        let origin = self.source.origin(&self.path, false);
        ConfigError::NotAValue { at: origin.at, expr: origin.expr, kind: kind.to_string(), path: path_text(&self.path) }
    }
}

/// Integers (that a double holds exactly) as JSON integers, other finite numbers as floats.
fn json_number(n: f64) -> Option<Number> {
    const MAX_SAFE: f64 = 9_007_199_254_740_992.0; // 2^53
    if n.fract() == 0.0 && n.abs() <= MAX_SAFE { Some(Number::from(n as i64)) } else { Number::from_f64(n) }
}

/// `Some(i)` for a canonical array index key ("0", "42"; not "01" or "4294967295").
fn array_index(key: &str) -> Option<u32> {
    let index: u32 = key.parse().ok()?;
    (index != u32::MAX && index.to_string() == key).then_some(index)
}

/// `dbCredentials.url`, `schema[1]`, `entities["my roles"]`.
fn path_text(path: &[Segment]) -> String {
    let mut out = String::new();
    for segment in path {
        match segment {
            Segment::Index(i) => out.push_str(&format!("[{i}]")),
            Segment::Key(key) => {
                let mut chars = key.chars();
                let identifier = chars.next().is_some_and(|c| c.is_alphabetic() || c == '_' || c == '$')
                    && chars.all(|c| c.is_alphanumeric() || c == '_' || c == '$');
                match (identifier, out.is_empty()) {
                    (true, true) => out.push_str(key),
                    (true, false) => out.push_str(&format!(".{key}")),
                    (false, _) => out.push_str(&format!("[{}]", serde_json::Value::String(key.clone()))),
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(json_number(5433.0).unwrap().to_string(), "5433");
        assert_eq!(json_number(-0.0).unwrap().to_string(), "0");
        assert_eq!(json_number(1.5).unwrap().to_string(), "1.5");
        assert_eq!(json_number(1e300).unwrap().to_string(), "1e+300");
        assert!(json_number(f64::NAN).is_none());
        assert!(json_number(f64::INFINITY).is_none());
    }

    #[test]
    fn paths() {
        let key = |k: &str| Segment::Key(k.into());
        assert_eq!(path_text(&[key("dbCredentials"), key("url")]), "dbCredentials.url");
        assert_eq!(path_text(&[key("schema"), Segment::Index(1)]), "schema[1]");
        assert_eq!(path_text(&[key("entities"), key("my key")]), "entities[\"my key\"]");
        assert_eq!(path_text(&[key("x"), key("0")]), "x[\"0\"]");
        assert_eq!(path_text(&[]), "");
    }
}
