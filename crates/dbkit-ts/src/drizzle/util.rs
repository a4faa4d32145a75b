//! JavaScript semantics the drizzle host needs on interpreter values: `String(x)`, number
//! printing, property reads, identity, `JSON.stringify`, and reading a `Date`.

use crate::js::{HostError, Value};

pub(crate) use crate::js::number::number_to_string;
pub(crate) use dbkit_core::model::js::json_quote as quote;

/// `String(v)` for the values schema code passes to drizzle.
pub(crate) fn js_string(v: &Value) -> String {
    match v {
        Value::Undefined => "undefined".into(),
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => number_to_string(*n),
        Value::BigInt(d) => d.clone(),
        Value::String(s) => s.to_string(),
        Value::Array(a) => a
            .borrow()
            .iter()
            .map(|e| if matches!(e, Value::Undefined | Value::Null) { String::new() } else { js_string(e) })
            .collect::<Vec<_>>()
            .join(","),
        Value::Object(_) => "[object Object]".into(),
        Value::Function(f) => f.source().to_string(),
        Value::Host(h) => match date_millis(v) {
            Some(ms) => iso_string(ms),
            None => format!("[{}]", h.type_name()),
        },
    }
}

/// A plain object's property (`None` when absent or not a plain object).
pub(crate) fn prop(v: &Value, key: &str) -> Option<Value> {
    match v {
        Value::Object(o) => o.borrow().get(key).cloned(),
        _ => None,
    }
}

/// A plain object's property, `undefined` treated as absent.
pub(crate) fn opt_prop(v: &Value, key: &str) -> Option<Value> {
    prop(v, key).filter(|x| !matches!(x, Value::Undefined))
}

pub(crate) fn opt_string(v: &Value, key: &str) -> Option<String> {
    opt_prop(v, key).and_then(|x| x.as_str().map(str::to_string))
}

/// The elements of an array value.
pub(crate) fn elements(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::Array(a) => Some(a.borrow().clone()),
        _ => None,
    }
}

/// `arg[i]`, `undefined` when missing.
pub(crate) fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).cloned().unwrap_or(Value::Undefined)
}

/// A required string argument.
pub(crate) fn string_arg(args: &[Value], i: usize, what: &str) -> Result<String, HostError> {
    match args.get(i) {
        Some(Value::String(s)) => Ok(s.to_string()),
        other => Err(HostError(format!("{what} must be a string, not {}", other.map_or("nothing".into(), Value::describe)))),
    }
}

/// The epoch milliseconds of a `Date` (the interpreter's `js::Date` host value).
pub(crate) fn date_millis(v: &Value) -> Option<f64> {
    v.downcast::<crate::js::Date>().map(|d| d.millis).filter(|m| !m.is_nan())
}

/// `Date.prototype.toISOString()`.
pub(crate) fn iso_string(ms: f64) -> String {
    let total = ms.floor() as i64;
    let millis = total.rem_euclid(1000);
    let secs = total.div_euclid(1000);
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (h, m, s) = (rem / 3600, rem % 3600 / 60, rem % 60);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let mo = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(mo <= 2);
    let year = if (0..=9999).contains(&y) {
        format!("{y:04}")
    } else if y < 0 {
        format!("-{:06}", -y)
    } else {
        format!("+{y:06}")
    };
    format!("{year}-{mo:02}-{d:02}T{h:02}:{m:02}:{s:02}.{millis:03}Z")
}

/// drizzle-kit's JSON `stringify` (when-json-met-bigint) with a replacer applied to string values:
/// `None` where `JSON.stringify` gives `undefined`.
pub(crate) fn json_stringify(v: &Value, string_map: &dyn Fn(&str) -> String) -> Option<String> {
    fn go(v: &Value, f: &dyn Fn(&str) -> String, out: &mut String) -> bool {
        match v {
            Value::Undefined | Value::Function(_) => return false,
            Value::Null => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Number(n) => out.push_str(&if n.is_finite() { number_to_string(*n) } else { "null".into() }),
            Value::BigInt(d) => out.push_str(d),
            Value::String(s) => out.push_str(&quote(&f(s))),
            Value::Array(a) => {
                out.push('[');
                for (i, e) in a.borrow().iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    let mark = out.len();
                    if !go(e, f, out) {
                        out.truncate(mark);
                        out.push_str("null");
                    }
                }
                out.push(']');
            }
            Value::Object(o) => {
                out.push('{');
                let mut first = true;
                for (k, e) in o.borrow().props.iter() {
                    let mark = out.len();
                    if !first {
                        out.push(',');
                    }
                    out.push_str(&quote(k));
                    out.push(':');
                    if go(e, f, out) {
                        first = false;
                    } else {
                        out.truncate(mark);
                    }
                }
                out.push('}');
            }
            Value::Host(_) => match date_millis(v) {
                Some(ms) => out.push_str(&quote(&f(&iso_string(ms)))),
                None => out.push_str("{}"),
            },
        }
        true
    }
    let mut out = String::new();
    go(v, string_map, &mut out).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_print_as_javascript_does() {
        assert_eq!(number_to_string(1.0), "1");
        assert_eq!(number_to_string(0.2), "0.2");
        assert_eq!(number_to_string(1e21), "1e+21");
        assert_eq!(number_to_string(-1.5e-7), "-1.5e-7");
    }

    #[test]
    fn iso_dates() {
        assert_eq!(iso_string(0.0), "1970-01-01T00:00:00.000Z");
        assert_eq!(iso_string(1_704_067_200_000.0), "2024-01-01T00:00:00.000Z");
    }

    #[test]
    fn json_like_drizzle_kit() {
        let v = Value::object(vec![
            ("a".into(), Value::string("it's")),
            ("b".into(), Value::Undefined),
            ("c".into(), Value::array(vec![Value::Undefined, Value::Number(1.5)])),
        ]);
        assert_eq!(json_stringify(&v, &|s| s.replace('\'', "''")).unwrap(), r#"{"a":"it''s","c":[null,1.5]}"#);
    }
}
