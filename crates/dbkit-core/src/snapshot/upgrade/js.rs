//! The bits of JavaScript semantics the upgrade depends on: the order in which `Object.values`
//! walks a parsed snapshot, what `String(x)` makes of a JSON value, and the two regular
//! expressions drizzle-kit applies to 0.31 column types and defaults.

use serde_json::{Map, Value};

use crate::model::js::number_to_string;

/// The entries of a JSON object in the order JavaScript iterates them: keys that are array
/// indices (`"0"`, `"17"`) first in numeric order, then the others as written. A 0.31 map keyed by
/// a column named `2024` is therefore walked differently from the file order, as drizzle-kit does.
pub fn entries(map: &Map<String, Value>) -> Vec<(&String, &Value)> {
    let mut indices: Vec<(u32, (&String, &Value))> = Vec::new();
    let mut others = Vec::new();
    for (k, v) in map {
        match array_index(k) {
            Some(i) => indices.push((i, (k, v))),
            None => others.push((k, v)),
        }
    }
    indices.sort_by_key(|(i, _)| *i);
    indices.into_iter().map(|(_, e)| e).chain(others).collect()
}

/// The values of a JSON object (`Object.values`), or nothing when it is missing or not an object.
pub fn values(v: Option<&Value>) -> Vec<&Value> {
    v.and_then(Value::as_object).map(|m| entries(m).into_iter().map(|(_, v)| v).collect()).unwrap_or_default()
}

fn array_index(key: &str) -> Option<u32> {
    if key.is_empty() || (key.len() > 1 && key.starts_with('0')) || !key.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    key.parse::<u32>().ok().filter(|&i| i != u32::MAX)
}

/// `String(value)` for a value read from JSON.
pub fn to_js_string(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => number_to_string(n.as_f64().unwrap_or(f64::NAN)),
        Value::String(s) => s.clone(),
        // Array.prototype.toString: elements joined by commas, null as the empty string.
        Value::Array(a) => a.iter().map(|e| if e.is_null() { String::new() } else { to_js_string(e) }).collect::<Vec<_>>().join(","),
        Value::Object(_) => "[object Object]".into(),
    }
}

/// drizzle-kit's `extractBaseTypeAndDimensions`: every `[...]` group is removed from the type and
/// counted (`integer[][]` is `integer` with 2 dimensions, `numeric(8, 2)[]` is `numeric(8, 2)`).
pub fn base_type_and_dimensions(ty: &str) -> (String, i64) {
    let mut out = String::new();
    let mut count = 0;
    let mut rest = ty;
    while let Some(open) = rest.find('[') {
        match rest[open..].find(']') {
            Some(close) => {
                out.push_str(&rest[..open]);
                rest = &rest[open + close + 1..];
                count += 1;
            }
            None => break,
        }
    }
    out.push_str(rest);
    (out, count)
}

/// drizzle-kit's `trimDefaultValueSuffix`: drops one trailing `[]`, then the trailing run of casts
/// such as `::jsonb`, `::"public"."mood"`, `::character varying(20)`, `::timestamp with time zone`
/// or `::text[]` (the regex `(::["\w.\s-]+(\([^)]*\))?(\swith(out)?\stime\szone)?(\[\])?)+$`,
/// case-insensitive, leftmost match).
pub fn trim_default_suffix(value: &str) -> String {
    let value = value.strip_suffix("[]").unwrap_or(value);
    let b = value.as_bytes();
    for start in 0..b.len() {
        if b[start..].starts_with(b"::") && casts_reach_end(b, start) {
            return value[..start].to_string();
        }
    }
    value.to_string()
}

/// Whether one or more casts starting at `start` cover the rest of `b` exactly.
fn casts_reach_end(b: &[u8], start: usize) -> bool {
    let mut frontier = vec![start];
    let mut seen = vec![false; b.len() + 1];
    while let Some(at) = frontier.pop() {
        for end in cast_ends(b, at) {
            if end == b.len() {
                return true;
            }
            if !seen[end] {
                seen[end] = true;
                frontier.push(end);
            }
        }
    }
    false
}

/// Every position where one cast that starts at `at` can end.
fn cast_ends(b: &[u8], at: usize) -> Vec<usize> {
    if !b[at..].starts_with(b"::") {
        return Vec::new();
    }
    let name_char = |c: u8| c == b'"' || c == b'.' || c == b'-' || c == b'_' || c.is_ascii_alphanumeric() || is_js_space(c);
    let mut ends = Vec::new();
    let mut i = at + 2;
    while i < b.len() && name_char(b[i]) {
        i += 1;
        // The type name may stop at any of its characters (the regex backtracks).
        let mut after_name = vec![i];
        if b.get(i) == Some(&b'(')
            && let Some(close) = b[i + 1..].iter().position(|&c| c == b')')
        {
            after_name.push(i + 1 + close + 1);
        }
        for p in after_name {
            let mut after_tz = vec![p];
            after_tz.extend(time_zone_end(b, p));
            for q in after_tz {
                ends.push(q);
                if b[q..].starts_with(b"[]") {
                    ends.push(q + 2);
                }
            }
        }
    }
    ends
}

/// The end of `\swith(out)?\stime\szone` at `p`, case-insensitive.
fn time_zone_end(b: &[u8], p: usize) -> Option<usize> {
    let space = |i: usize| b.get(i).is_some_and(|&c| is_js_space(c));
    let word = |i: usize, w: &str| b.get(i..i + w.len()).is_some_and(|s| s.eq_ignore_ascii_case(w.as_bytes()));
    if !space(p) || !word(p + 1, "with") {
        return None;
    }
    let mut i = p + 5;
    if word(i, "out") {
        i += 3;
    }
    (space(i) && word(i + 1, "time") && space(i + 5) && word(i + 6, "zone")).then_some(i + 10)
}

/// `\s` for the ASCII range (non-ASCII whitespace never occurs in a cast drizzle wrote).
fn is_js_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// `s.slice(0, n)` on UTF-16 code units, as JavaScript cuts strings.
pub fn slice_utf16(s: &str, n: usize) -> String {
    let units: Vec<u16> = s.encode_utf16().take(n).collect();
    String::from_utf16_lossy(&units)
}

/// `s.length` in UTF-16 code units.
pub fn len_utf16(s: &str) -> usize {
    s.encode_utf16().count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn objects_iterate_index_keys_first() {
        let v = json!({"b": 1, "10": 2, "a": 3, "2": 4, "01": 5});
        let keys: Vec<&str> = entries(v.as_object().unwrap()).into_iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["2", "10", "b", "a", "01"]);
    }

    #[test]
    fn js_string_of_json_values() {
        // node -e 'for (const v of [18, 1.5, 1e21, 1e-7, 0.000001, -0.5, 123456789012, true, null, [1,null,"a"], {}]) console.log(String(v))'
        let cases = [
            (json!(18), "18"),
            (json!(1.5), "1.5"),
            (json!(1e21), "1e+21"),
            (json!(1e-7), "1e-7"),
            (json!(0.000001), "0.000001"),
            (json!(-0.5), "-0.5"),
            (json!(123456789012_i64), "123456789012"),
            (json!(1.2345e25), "1.2345e+25"),
            (json!(true), "true"),
            (json!(null), "null"),
            (json!([1, null, "a"]), "1,,a"),
            (json!({}), "[object Object]"),
        ];
        for (v, s) in cases {
            assert_eq!(to_js_string(&v), s, "{v}");
        }
    }

    #[test]
    fn dimensions_are_counted_and_removed() {
        assert_eq!(base_type_and_dimensions("integer[][]"), ("integer".into(), 2));
        assert_eq!(base_type_and_dimensions("numeric(8, 2)[]"), ("numeric(8, 2)".into(), 1));
        assert_eq!(base_type_and_dimensions("text[5]"), ("text".into(), 1));
        assert_eq!(base_type_and_dimensions("odd[x"), ("odd[x".into(), 0));
        assert_eq!(base_type_and_dimensions("timestamp (3) with time zone"), ("timestamp (3) with time zone".into(), 0));
    }

    #[test]
    fn default_casts_are_trimmed_like_drizzles_regex() {
        let cases = [
            ("'{}'::jsonb", "'{}'"),
            ("'{}'::text[]", "'{}'"),
            ("'ok'::\"public\".\"mood\"", "'ok'"),
            ("'a'::character varying(20)", "'a'"),
            ("'2024-01-01'::timestamp with time zone", "'2024-01-01'"),
            ("'x'::TIME WITHOUT TIME ZONE", "'x'"),
            ("(0)::numeric", "(0)"),
            ("now()", "now()"),
            ("'{a,b}'::text[]", "'{a,b}'"),
            ("1::int::bigint", "1"),
            ("'a::b'", "'a::b'"),
            ("'{}'", "'{}'"),
            ("x[]", "x"),
            ("'a'::varchar(3", "'a'::varchar(3"),
        ];
        for (input, out) in cases {
            assert_eq!(trim_default_suffix(input), out, "{input}");
        }
    }

    #[test]
    fn utf16_cuts() {
        assert_eq!(slice_utf16("ab😀c", 3), "ab\u{fffd}");
        assert_eq!(len_utf16("ab😀"), 4);
    }
}
