//! Turns the evaluated default export into JSON the way `JSON.stringify` would, except that an
//! `undefined` is recorded (not silently dropped) and `NaN`/`Infinity` are errors.

use oxc_span::Span;
use serde_json::{Map, Number};

use super::error::ConfigError;
use super::source::Source;
use super::value::{Val, Value};
use super::{EvaluatedConfig, Undefined};

/// Converts the default export (`export_span` is the exported expression) into the config.
pub(crate) fn into_config(src: &Source<'_>, config: Val, export_span: Span) -> Result<EvaluatedConfig, ConfigError> {
    let Value::Object(properties) = config.value else {
        return Err(ConfigError::NotAnObject {
            at: src.location(export_span.start),
            expr: src.snippet(export_span),
            kind: config.value.describe(),
        });
    };
    let mut converter = Converter { src, undefined: Vec::new() };
    let value = converter.object(properties, "")?;
    Ok(EvaluatedConfig { value, undefined: converter.undefined })
}

struct Converter<'c, 's> {
    src: &'c Source<'s>,
    undefined: Vec<Undefined>,
}

impl Converter<'_, '_> {
    /// `None` for `undefined` (recorded under `path`).
    fn convert(&mut self, val: Val, path: &str) -> Result<Option<serde_json::Value>, ConfigError> {
        Ok(Some(match val.value {
            Value::Undefined => {
                let at = self.src.location(val.origin.start);
                self.undefined.push(Undefined {
                    path: path.to_string(),
                    expr: self.src.snippet(val.origin),
                    line: at.line,
                    column: at.column,
                });
                return Ok(None);
            }
            Value::Null => serde_json::Value::Null,
            Value::Bool(b) => serde_json::Value::Bool(b),
            Value::String(s) => serde_json::Value::String(s),
            Value::Number(n) => match json_number(n) {
                Some(number) => serde_json::Value::Number(number),
                None => {
                    return Err(ConfigError::NotFinite {
                        at: self.src.location(val.origin.start),
                        expr: self.src.snippet(val.origin),
                        what: if n.is_nan() {
                            "NaN"
                        } else if n > 0.0 {
                            "Infinity"
                        } else {
                            "-Infinity"
                        },
                        path: path.to_string(),
                        env_vars: val.env_reads,
                    });
                }
            },
            Value::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for (i, item) in items.into_iter().enumerate() {
                    let item = self.convert(item, &format!("{path}[{i}]"))?;
                    out.push(item.unwrap_or(serde_json::Value::Null));
                }
                serde_json::Value::Array(out)
            }
            Value::Object(properties) => self.object(properties, path)?,
        }))
    }

    fn object(&mut self, mut properties: Vec<(String, Val)>, path: &str) -> Result<serde_json::Value, ConfigError> {
        // JS orders integer-like keys first, ascending; other keys keep insertion order.
        properties.sort_by_key(|(key, _)| array_index(key).map_or((1, 0), |i| (0, i)));
        let mut map = Map::new();
        for (key, value) in properties {
            if let Some(json) = self.convert(value, &child_path(path, &key))? {
                map.insert(key, json);
            }
        }
        Ok(serde_json::Value::Object(map))
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

/// `parent.key`, or `parent["odd key"]` when the key is not an identifier.
fn child_path(parent: &str, key: &str) -> String {
    let mut chars = key.chars();
    let identifier = chars.next().is_some_and(|c| c.is_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_alphanumeric() || c == '_' || c == '$');
    match (identifier, parent.is_empty()) {
        (true, true) => key.to_string(),
        (true, false) => format!("{parent}.{key}"),
        (false, _) => format!("{parent}[{}]", serde_json::Value::String(key.to_string())),
    }
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
    fn integer_keys_come_first_like_js() {
        let src = Source { file: "drizzle.config.ts", text: "" };
        let properties = ["b", "2", "a", "01", "1"]
            .iter()
            .zip(1..)
            .map(|(k, n)| (k.to_string(), Val::new(Value::Number(f64::from(n)), Span::default())))
            .collect();
        let config = Val::new(Value::Object(properties), Span::default());
        let config = into_config(&src, config, Span::default()).unwrap();
        let text = serde_json::to_string(&config.value).unwrap();
        assert_eq!(text, r#"{"1":5,"2":2,"b":1,"a":3,"01":4}"#);
    }

    #[test]
    fn paths() {
        assert_eq!(child_path("", "dbCredentials"), "dbCredentials");
        assert_eq!(child_path("dbCredentials", "url"), "dbCredentials.url");
        assert_eq!(child_path("entities", "my key"), "entities[\"my key\"]");
        assert_eq!(child_path("x", "0"), "x[\"0\"]");
    }
}
