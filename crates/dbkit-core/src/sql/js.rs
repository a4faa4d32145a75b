//! How drizzle-kit's JavaScript sees the JSON values it interpolates: truthiness (`x ? … : ""`),
//! template-literal printing (`${x}`) and strict equality (`!==`).

use crate::model::CompactString;
use serde_json::Value;

/// JavaScript truthiness: missing, `null`, `false`, `0`, `NaN` and `""` are false.
pub(crate) fn truthy(value: Option<&Value>) -> bool {
    match value {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => n.as_f64().is_some_and(|f| f != 0.0 && !f.is_nan()),
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Array(_) | Value::Object(_)) => true,
    }
}

/// Truthiness of an optional string field.
pub(crate) fn some_text(value: &Option<CompactString>) -> Option<&str> {
    value.as_deref().filter(|s| !s.is_empty())
}

/// What a template literal prints for a value: strings bare, numbers the JavaScript way,
/// `null` and `undefined` (missing) spelled out.
pub(crate) fn template(value: Option<&Value>) -> String {
    match value {
        None => "undefined".to_string(),
        Some(Value::Null) => "null".to_string(),
        Some(Value::Bool(b)) => b.to_string(),
        Some(Value::Number(n)) => number(n),
        Some(Value::String(s)) => s.clone(),
        // Objects and arrays never reach SQL text in drizzle's convertor.
        Some(other) => other.to_string(),
    }
}

fn number(n: &serde_json::Number) -> String {
    if n.is_i64() || n.is_u64() {
        return n.to_string();
    }
    let f = n.as_f64().unwrap_or(f64::NAN);
    if f.fract() == 0.0 && f.abs() < 1e21 { format!("{f:.0}") } else { f.to_string() }
}

/// JavaScript `a === b` for the primitive values drizzle compares (numbers by value).
pub(crate) fn strict_equal(a: Option<&Value>, b: Option<&Value>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(Value::Number(x)), Some(Value::Number(y))) => x.as_f64() == y.as_f64(),
        (Some(Value::Array(_) | Value::Object(_)), _) | (_, Some(Value::Array(_) | Value::Object(_))) => false,
        (Some(x), Some(y)) => x == y,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn truthiness() {
        assert!(!truthy(None));
        assert!(!truthy(Some(&json!(null))));
        assert!(!truthy(Some(&json!(0))));
        assert!(!truthy(Some(&json!(""))));
        assert!(truthy(Some(&json!("0"))));
        assert!(truthy(Some(&json!(1))));
        assert!(truthy(Some(&json!({}))));
    }

    #[test]
    fn templates_print_like_javascript() {
        assert_eq!(template(Some(&json!(70))), "70");
        assert_eq!(template(Some(&json!(0.5))), "0.5");
        assert_eq!(template(Some(&json!(2.0))), "2");
        assert_eq!(template(Some(&json!(false))), "false");
        assert_eq!(template(Some(&json!("local"))), "local");
        assert_eq!(template(Some(&json!(null))), "null");
        assert_eq!(template(None), "undefined");
    }

    #[test]
    fn strict_equality() {
        assert!(strict_equal(Some(&json!(1)), Some(&json!(1.0))));
        assert!(!strict_equal(Some(&json!(null)), None));
        assert!(!strict_equal(Some(&json!("1")), Some(&json!(1))));
        assert!(!strict_equal(Some(&json!({})), Some(&json!({}))));
    }
}
