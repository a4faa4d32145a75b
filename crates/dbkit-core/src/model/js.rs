//! JavaScript value semantics the engine must reproduce: drizzle-kit compares rows with a deep,
//! key-order-insensitive equality (`isEqual`) and writes JSON with `JSON.stringify`.

use serde_json::{Map, Value};

/// drizzle-kit's `isEqual` on two possibly-missing JSON values (`None` is JS `undefined`).
///
/// Objects compare by the union of their keys, so key order never matters and a missing key
/// differs from `null`; numbers compare by value (`1` equals `1.0`).
pub fn js_equal(a: Option<&Value>, b: Option<&Value>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => value_equal(a, b),
        _ => false,
    }
}

/// [`js_equal`] on two objects.
fn map_equal(x: &Map<String, Value>, y: &Map<String, Value>) -> bool {
    x.iter().all(|(k, v)| js_equal(Some(v), y.get(k))) && y.keys().all(|k| x.contains_key(k))
}

fn value_equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Null, Value::Null) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::String(x), Value::String(y)) => x == y,
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(x, y)| value_equal(x, y)),
        (Value::Object(x), Value::Object(y)) => map_equal(x, y),
        _ => false,
    }
}

/// `JSON.stringify(x, null, 2)`: two-space indentation, no trailing newline. serde_json's pretty
/// printer produces the same bytes for the values snapshots hold (strings, integers, booleans,
/// nulls, arrays and objects in insertion order).
pub fn to_pretty(value: &Value) -> String {
    serde_json::to_string_pretty(value).expect("JSON values always serialize")
}

/// Appends [`to_pretty`]'s text of `value` as it appears nested `depth` levels deep in a larger
/// document (its inner lines indented by `2 * (depth + 1)` spaces), without building a string per
/// value: snapshots write every row this way.
pub fn write_pretty(out: &mut Vec<u8>, value: &Value, depth: usize) {
    match value {
        Value::String(s) => write_str(out, s),
        Value::Array(items) if items.is_empty() => out.extend_from_slice(b"[]"),
        Value::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                out.extend_from_slice(if i == 0 { b"\n" } else { b",\n" });
                indent(out, depth + 1);
                write_pretty(out, item, depth + 1);
            }
            out.push(b'\n');
            indent(out, depth);
            out.push(b']');
        }
        Value::Object(map) => write_pretty_members(out, map.iter().map(|(k, v)| (k.as_str(), v)), depth),
        other => serde_json::to_writer(&mut *out, other).expect("writing to memory cannot fail"),
    }
}

/// [`write_pretty`] of an object given as its members in order (a JSON map, or an [`Obj`]'s
/// pairs).
///
/// [`Obj`]: super::Obj
pub fn write_pretty_members<'a>(out: &mut Vec<u8>, members: impl IntoIterator<Item = (&'a str, &'a Value)>, depth: usize) {
    let mut first = true;
    for (key, value) in members {
        write_key(out, key, depth, &mut first);
        write_pretty(out, value, depth + 1);
    }
    if first {
        out.extend_from_slice(b"{}");
    } else {
        close_object(out, depth);
    }
}

/// `{` or `,`, a new line, the indentation and `"key": ` of an object's member.
pub fn write_key(out: &mut Vec<u8>, key: &str, depth: usize, first: &mut bool) {
    out.extend_from_slice(if *first { b"{\n" } else { b",\n" });
    *first = false;
    indent(out, depth + 1);
    write_str(out, key);
    out.extend_from_slice(b": ");
}

/// The new line, indentation and `}` that end a non-empty object.
pub fn close_object(out: &mut Vec<u8>, depth: usize) {
    out.push(b'\n');
    indent(out, depth);
    out.push(b'}');
}

/// A JSON string literal, escaped as `JSON.stringify` escapes it.
pub fn write_str(out: &mut Vec<u8>, s: &str) {
    serde_json::to_writer(&mut *out, s).expect("writing to memory cannot fail");
}

/// `JSON.stringify(s)` appended to a string (names without quotes, backslashes or control
/// characters, i.e. nearly all, are copied as they are).
pub fn push_json_str(out: &mut String, s: &str) {
    if s.bytes().any(|b| b == b'"' || b == b'\\' || b < 0x20) {
        out.push_str(&serde_json::to_string(s).expect("strings always serialize"));
    } else {
        out.push('"');
        out.push_str(s);
        out.push('"');
    }
}

fn indent(out: &mut Vec<u8>, depth: usize) {
    out.resize(out.len() + 2 * depth, b' ');
}

/// `JSON.stringify(x)` without spaces, as drizzle-kit builds identity keys.
pub fn to_compact(value: &Value) -> String {
    serde_json::to_string(value).expect("JSON values always serialize")
}

/// `Number.prototype.toString()`: integers without a fraction, exponent form from 1e21 and below
/// 1e-6, otherwise the shortest digits that read back as the same double.
pub fn number_to_string(f: f64) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "Infinity" } else { "-Infinity" }.into();
    }
    if f == 0.0 {
        return "0".into();
    }
    let sign = if f < 0.0 { "-" } else { "" };
    // `{:e}` prints the shortest round-trip digits: "1.2345e3", "5e-7".
    let sci = format!("{:e}", f.abs());
    let (mantissa, exp) = sci.split_once('e').expect("LowerExp always has an exponent");
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let k = digits.len() as i32;
    let n = exp.parse::<i32>().expect("LowerExp exponent is an integer") + 1;
    let body = if k <= n && n <= 21 {
        format!("{digits}{}", "0".repeat((n - k) as usize))
    } else if 0 < n && n <= 21 {
        format!("{}.{}", &digits[..n as usize], &digits[n as usize..])
    } else if -6 < n && n <= 0 {
        format!("0.{}{digits}", "0".repeat((-n) as usize))
    } else {
        let e = n - 1;
        let e = if e >= 0 { format!("+{e}") } else { e.to_string() };
        match digits.len() {
            1 => format!("{digits}e{e}"),
            _ => format!("{}.{}e{e}", &digits[..1], &digits[1..]),
        }
    };
    format!("{sign}{body}")
}

/// A JSON string literal with the quoting of drizzle-kit's JSON writer: `\b \t \n \f \r \" \\`
/// by name, other control and invisible characters (soft hyphen, bidi marks, BOM, …) as
/// `\u00xx`, so defaults and view options stay readable and byte-identical to drizzle-kit's.
pub fn json_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\u{8}' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\u{c}' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{0}'..='\u{1f}'
            | '\u{7f}'..='\u{9f}'
            | '\u{ad}'
            | '\u{600}'..='\u{604}'
            | '\u{70f}'
            | '\u{17b4}'
            | '\u{17b5}'
            | '\u{200c}'..='\u{200f}'
            | '\u{2028}'..='\u{202f}'
            | '\u{2060}'..='\u{206f}'
            | '\u{feff}'
            | '\u{fff0}'..='\u{ffff}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn numbers_print_as_javascript_prints_them() {
        let cases = [(5433.0, "5433"), (0.1, "0.1"), (-2.5, "-2.5"), (1e21, "1e+21"), (1.5e-7, "1.5e-7"), (1e20, "100000000000000000000")];
        for (n, text) in cases {
            assert_eq!(number_to_string(n), text);
        }
        assert_eq!(number_to_string(f64::NAN), "NaN");
        assert_eq!(number_to_string(f64::NEG_INFINITY), "-Infinity");
        assert_eq!(number_to_string(-0.0), "0");
    }

    #[test]
    fn equality_ignores_key_order_but_not_missing_keys() {
        assert!(js_equal(Some(&json!({"a": 1, "b": [true, null]})), Some(&json!({"b": [true, null], "a": 1.0}))));
        assert!(!js_equal(Some(&json!({"a": 1})), Some(&json!({"a": 1, "b": null}))));
        assert!(!js_equal(Some(&json!(null)), None));
        assert!(js_equal(None, None));
    }

    #[test]
    fn nested_pretty_is_the_indented_pretty_text() {
        let v = json!({"a": [], "b": {}, "c": [1, {"d": "é\u{1}", "e": [true, null, 2.5]}], "f": "x\ny"});
        for depth in 0..3 {
            let mut out = Vec::new();
            write_pretty(&mut out, &v, depth);
            let expected = to_pretty(&v).replace('\n', &format!("\n{}", "  ".repeat(depth)));
            assert_eq!(String::from_utf8(out).unwrap(), expected);
        }
    }

    #[test]
    fn pretty_matches_json_stringify() {
        // node -e 'console.log(JSON.stringify({a:[],b:{},c:[1,{d:"é\u0001"}]},null,2))'
        let v = json!({"a": [], "b": {}, "c": [1, {"d": "é\u{1}"}]});
        assert_eq!(to_pretty(&v), "{\n  \"a\": [],\n  \"b\": {},\n  \"c\": [\n    1,\n    {\n      \"d\": \"é\\u0001\"\n    }\n  ]\n}");
        assert_eq!(to_compact(&json!(["public", "a\"b"])), "[\"public\",\"a\\\"b\"]");
    }
}
