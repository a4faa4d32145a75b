//! The evaluator's small JavaScript value model and the JS coercions on it (truthiness,
//! `ToNumber`, `ToString`, `+`, `==`/`===`).

use oxc_span::Span;

use crate::js::number::{number_to_string, string_to_number};

/// A JavaScript value as far as a config file needs one.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    Undefined,
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Val>),
    /// Properties in insertion order (JS order for non-index keys).
    Object(Vec<(String, Val)>),
}

/// A value plus where it came from, so an `undefined` or `NaN` that reaches the output can be
/// reported at the expression that produced it (`process.env.DATABASE_URL`, `parseInt(...)`).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Val {
    pub value: Value,
    /// The expression that produced the value (pass-through forms like `a || b`, `x!` or a
    /// `const` reference keep the origin of the operand they return).
    pub origin: Span,
    /// Environment variables read while computing a non-finite number (for the error hint).
    pub env_reads: Vec<String>,
}

impl Val {
    pub fn new(value: Value, origin: Span) -> Self {
        Self { value, origin, env_reads: Vec::new() }
    }
}

impl Value {
    /// JS `typeof`-like noun for messages: "a string", "an array", "undefined".
    pub fn describe(&self) -> &'static str {
        match self {
            Value::Undefined => "undefined",
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "an array",
            Value::Object(_) => "an object",
        }
    }

    pub fn is_nullish(&self) -> bool {
        matches!(self, Value::Undefined | Value::Null)
    }

    /// JS `ToBoolean`.
    pub fn truthy(&self) -> bool {
        match self {
            Value::Undefined | Value::Null => false,
            Value::Bool(b) => *b,
            Value::Number(n) => *n != 0.0 && !n.is_nan(),
            Value::String(s) => !s.is_empty(),
            Value::Array(_) | Value::Object(_) => true,
        }
    }

    /// JS `ToNumber` (arrays and objects go through their string form, as `ToPrimitive` does).
    pub fn to_number(&self) -> f64 {
        match self {
            Value::Undefined => f64::NAN,
            Value::Null => 0.0,
            Value::Bool(b) => f64::from(u8::from(*b)),
            Value::Number(n) => *n,
            Value::String(s) => string_to_number(s),
            Value::Array(_) | Value::Object(_) => string_to_number(&self.to_js_string()),
        }
    }

    /// JS `ToString`.
    pub fn to_js_string(&self) -> String {
        match self {
            Value::Undefined => "undefined".into(),
            Value::Null => "null".into(),
            Value::Bool(b) => b.to_string(),
            Value::Number(n) => number_to_string(*n),
            Value::String(s) => s.clone(),
            Value::Array(items) => items
                .iter()
                .map(|item| match &item.value {
                    v if v.is_nullish() => String::new(),
                    v => v.to_js_string(),
                })
                .collect::<Vec<_>>()
                .join(","),
            Value::Object(_) => "[object Object]".into(),
        }
    }

    /// JS `ToPrimitive` with no hint: arrays and objects become their string form.
    fn to_primitive(&self) -> Value {
        match self {
            Value::Array(_) | Value::Object(_) => Value::String(self.to_js_string()),
            other => other.clone(),
        }
    }

    /// JS binary `+`: string concatenation if either side is a string after `ToPrimitive`,
    /// numeric addition otherwise.
    pub fn add(&self, other: &Value) -> Value {
        let (a, b) = (self.to_primitive(), other.to_primitive());
        if matches!(a, Value::String(_)) || matches!(b, Value::String(_)) {
            Value::String(a.to_js_string() + &b.to_js_string())
        } else {
            Value::Number(a.to_number() + b.to_number())
        }
    }

    /// JS `===` on primitives (callers reject arrays and objects, which compare by identity).
    pub fn strict_equals(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Undefined, Value::Undefined) | (Value::Null, Value::Null) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Number(a), Value::Number(b)) => a == b,
            (Value::String(a), Value::String(b)) => a == b,
            _ => false,
        }
    }

    /// JS `==` on primitives.
    pub fn loose_equals(&self, other: &Value) -> bool {
        match (self, other) {
            (a, b) if a.is_nullish() || b.is_nullish() => a.is_nullish() && b.is_nullish(),
            (Value::Number(a), Value::String(_)) => *a == other.to_number(),
            (Value::String(_), Value::Number(b)) => self.to_number() == *b,
            (Value::Bool(_), _) => Value::Number(self.to_number()).loose_equals(other),
            (_, Value::Bool(_)) => self.loose_equals(&Value::Number(other.to_number())),
            _ => self.strict_equals(other),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &str) -> Value {
        Value::String(v.into())
    }

    #[test]
    fn truthiness() {
        assert!(!Value::Undefined.truthy());
        assert!(!Value::Null.truthy());
        assert!(!s("").truthy());
        assert!(s("0").truthy());
        assert!(!Value::Number(0.0).truthy());
        assert!(!Value::Number(f64::NAN).truthy());
        assert!(Value::Number(-1.0).truthy());
        assert!(Value::Array(vec![]).truthy());
        assert!(Value::Object(vec![]).truthy());
    }

    #[test]
    fn addition_coerces_like_js() {
        assert_eq!(s("a").add(&Value::Number(1.0)), s("a1"));
        assert_eq!(Value::Number(1.0).add(&s("2")), s("12"));
        assert_eq!(Value::Number(1.0).add(&Value::Number(2.0)), Value::Number(3.0));
        assert_eq!(Value::Bool(true).add(&Value::Number(1.0)), Value::Number(2.0));
        assert_eq!(s("x").add(&Value::Undefined), s("xundefined"));
        assert_eq!(s("x").add(&Value::Null), s("xnull"));
        let arr = Value::Array(vec![
            Val::new(Value::Number(1.0), Span::default()),
            Val::new(Value::Null, Span::default()),
            Val::new(s("b"), Span::default()),
        ]);
        assert_eq!(arr.add(&s("")), s("1,,b"));
        assert_eq!(Value::Object(vec![]).add(&s("")), s("[object Object]"));
        assert!(matches!(Value::Undefined.add(&Value::Number(1.0)), Value::Number(n) if n.is_nan()));
    }

    #[test]
    fn equality_like_js() {
        assert!(Value::Null.loose_equals(&Value::Undefined));
        assert!(!Value::Null.strict_equals(&Value::Undefined));
        assert!(Value::Number(1.0).loose_equals(&s("1")));
        assert!(!Value::Number(1.0).strict_equals(&s("1")));
        assert!(Value::Bool(true).loose_equals(&s("1")));
        assert!(Value::Bool(false).loose_equals(&s("")));
        assert!(!Value::Null.loose_equals(&Value::Number(0.0)));
        assert!(!Value::Number(f64::NAN).loose_equals(&Value::Number(f64::NAN)));
        assert!(s("production").strict_equals(&s("production")));
    }
}
