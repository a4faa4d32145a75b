//! JavaScript value semantics the engine must reproduce: drizzle-kit compares rows with a deep,
//! key-order-insensitive equality (`isEqual`) and writes JSON with `JSON.stringify`.

use serde_json::Value;

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

fn value_equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Null, Value::Null) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::String(x), Value::String(y)) => x == y,
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(x, y)| value_equal(x, y)),
        (Value::Object(x), Value::Object(y)) => x.iter().all(|(k, v)| js_equal(Some(v), y.get(k))) && y.keys().all(|k| x.contains_key(k)),
        _ => false,
    }
}

/// `JSON.stringify(x, null, 2)`: two-space indentation, no trailing newline. serde_json's pretty
/// printer produces the same bytes for the values snapshots hold (strings, integers, booleans,
/// nulls, arrays and objects in insertion order).
pub fn to_pretty(value: &Value) -> String {
    serde_json::to_string_pretty(value).expect("JSON values always serialize")
}

/// `JSON.stringify(x)` without spaces, as drizzle-kit builds identity keys.
pub fn to_compact(value: &Value) -> String {
    serde_json::to_string(value).expect("JSON values always serialize")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn equality_ignores_key_order_but_not_missing_keys() {
        assert!(js_equal(Some(&json!({"a": 1, "b": [true, null]})), Some(&json!({"b": [true, null], "a": 1.0}))));
        assert!(!js_equal(Some(&json!({"a": 1})), Some(&json!({"a": 1, "b": null}))));
        assert!(!js_equal(Some(&json!(null)), None));
        assert!(js_equal(None, None));
    }

    #[test]
    fn pretty_matches_json_stringify() {
        // node -e 'console.log(JSON.stringify({a:[],b:{},c:[1,{d:"é\u0001"}]},null,2))'
        let v = json!({"a": [], "b": {}, "c": [1, {"d": "é\u{1}"}]});
        assert_eq!(to_pretty(&v), "{\n  \"a\": [],\n  \"b\": {},\n  \"c\": [\n    1,\n    {\n      \"d\": \"é\\u0001\"\n    }\n  ]\n}");
        assert_eq!(to_compact(&json!(["public", "a\"b"])), "[\"public\",\"a\\\"b\"]");
    }
}
