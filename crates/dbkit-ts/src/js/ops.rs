//! JavaScript's coercions and operators on values: `ToString`, `ToNumber`, `ToPrimitive`,
//! `typeof`, `==`/`===`, relational and arithmetic operators (BigInts within i128). Errors are
//! plain messages; the evaluator adds the location.

use std::cmp::Ordering;
use std::rc::Rc;

use oxc_ast::ast::BinaryOperator;

use super::buffer::Buffer;
use super::builtins::url::Url;
use super::date::Date;
use super::number::{number_to_string, string_to_number, to_int32};
use super::opaque::stand_in_message;
use super::value::Value;

pub(crate) type OpResult<T> = Result<T, String>;

/// Arrays nested deeper than this are not turned into strings (a cycle would never end).
const MAX_DEPTH: usize = 64;

fn host_error(value: &Value, what: &str) -> String {
    if let Some(message) = stand_in_message(value) {
        return message;
    }
    if value.downcast::<Date>().is_some() && what == "a string" {
        return Date::LOCAL_STRING.to_string();
    }
    format!("{} cannot be turned into {what} (dbkit reads schema files without running Node)", value.describe())
}

/// JS `ToString`.
pub(crate) fn to_string(value: &Value) -> OpResult<String> {
    to_string_at(value, 0)
}

fn to_string_at(value: &Value, depth: usize) -> OpResult<String> {
    Ok(match value {
        Value::Undefined => "undefined".into(),
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => number_to_string(*n),
        Value::BigInt(digits) => digits.clone(),
        Value::String(s) => s.to_string(),
        Value::Array(items) => {
            if depth > MAX_DEPTH {
                return Err("an array nested too deeply (or containing itself) cannot be turned into a string".into());
            }
            let items = items.borrow().clone();
            let mut parts = Vec::with_capacity(items.len());
            for item in &items {
                parts.push(if matches!(item, Value::Undefined | Value::Null) { String::new() } else { to_string_at(item, depth + 1)? });
            }
            parts.join(",")
        }
        Value::Object(_) => "[object Object]".into(),
        Value::Function(f) => f.source().to_string(),
        Value::Host(_) => match (value.downcast::<Buffer>(), value.downcast::<Url>()) {
            (Some(buffer), _) => String::from_utf8_lossy(&buffer.bytes).into_owned(),
            (_, Some(url)) => url.href(),
            _ => return Err(host_error(value, "a string")),
        },
    })
}

/// JS `ToPrimitive` with no hint: arrays, objects and functions become their string form.
pub(crate) fn to_primitive(value: &Value) -> OpResult<Value> {
    match value {
        Value::Array(_) | Value::Object(_) | Value::Function(_) => Ok(Value::string(to_string(value)?)),
        Value::Host(_) if value.downcast::<Buffer>().is_some() || value.downcast::<Url>().is_some() => Ok(Value::string(to_string(value)?)),
        Value::Host(_) => Err(host_error(value, "a string")),
        primitive => Ok(primitive.clone()),
    }
}

/// JS `ToNumber`; a BigInt is an error as in JS (`Number(x)` converts it explicitly).
pub(crate) fn to_number(value: &Value) -> OpResult<f64> {
    Ok(match value {
        Value::Undefined => f64::NAN,
        Value::Null => 0.0,
        Value::Bool(b) => f64::from(u8::from(*b)),
        Value::Number(n) => *n,
        Value::String(s) => string_to_number(s),
        Value::BigInt(_) => return Err("a BigInt cannot be mixed with numbers; convert it with `Number(x)`".into()),
        Value::Array(_) | Value::Object(_) | Value::Function(_) => string_to_number(&to_string(value)?),
        Value::Host(_) => match value.downcast::<Date>() {
            Some(date) => date.millis,
            None => return Err(host_error(value, "a number")),
        },
    })
}

/// A property key: strings as they are, numbers in their JS form.
pub(crate) fn property_key(value: &Value) -> OpResult<Rc<str>> {
    match value {
        Value::String(s) => Ok(s.clone()),
        other => Ok(Rc::from(to_string(other)?)),
    }
}

pub(crate) fn type_of(value: &Value) -> OpResult<&'static str> {
    Ok(match value {
        Value::Undefined => "undefined",
        Value::Null | Value::Array(_) | Value::Object(_) => "object",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::BigInt(_) => "bigint",
        Value::String(_) => "string",
        Value::Function(_) => "function",
        Value::Host(_) => match stand_in_message(value) {
            Some(message) => return Err(message),
            None => "object",
        },
    })
}

fn same_reference(a: &Value, b: &Value) -> Option<bool> {
    Some(match (a, b) {
        (Value::Array(x), Value::Array(y)) => Rc::ptr_eq(x, y),
        (Value::Object(x), Value::Object(y)) => Rc::ptr_eq(x, y),
        (Value::Function(x), Value::Function(y)) => std::ptr::addr_eq(Rc::as_ptr(x), Rc::as_ptr(y)),
        (Value::Host(x), Value::Host(y)) => std::ptr::addr_eq(Rc::as_ptr(x), Rc::as_ptr(y)),
        _ => return None,
    })
}

/// JS `===`: objects, arrays, functions and host objects by identity.
pub(crate) fn strict_equals(a: &Value, b: &Value) -> bool {
    if let Some(same) = same_reference(a, b) {
        return same;
    }
    match (a, b) {
        (Value::Undefined, Value::Undefined) | (Value::Null, Value::Null) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Number(x), Value::Number(y)) => x == y,
        (Value::String(x), Value::String(y)) => x == y,
        (Value::BigInt(x), Value::BigInt(y)) => bigint_cmp(x, y) == Some(Ordering::Equal),
        _ => false,
    }
}

/// `SameValueZero` (`includes`): `===` except that NaN equals NaN.
pub(crate) fn same_value_zero(a: &Value, b: &Value) -> bool {
    matches!((a, b), (Value::Number(x), Value::Number(y)) if x.is_nan() && y.is_nan()) || strict_equals(a, b)
}

fn is_object_like(value: &Value) -> bool {
    matches!(value, Value::Array(_) | Value::Object(_) | Value::Function(_))
}

/// JS `==`.
pub(crate) fn loose_equals(a: &Value, b: &Value) -> OpResult<bool> {
    let nullish = |v: &Value| matches!(v, Value::Undefined | Value::Null);
    Ok(match (a, b) {
        _ if nullish(a) || nullish(b) => nullish(a) && nullish(b),
        (Value::Number(x), Value::String(_)) => *x == to_number(b)?,
        (Value::String(_), Value::Number(y)) => to_number(a)? == *y,
        (Value::BigInt(x), Value::String(s)) | (Value::String(s), Value::BigInt(x)) => bigint_cmp(x, s.trim()) == Some(Ordering::Equal),
        (Value::BigInt(x), Value::Number(n)) | (Value::Number(n), Value::BigInt(x)) => x.parse::<f64>().is_ok_and(|x| x == *n),
        (Value::Bool(x), _) => loose_equals(&Value::Number(f64::from(u8::from(*x))), b)?,
        (_, Value::Bool(y)) => loose_equals(a, &Value::Number(f64::from(u8::from(*y))))?,
        _ if is_object_like(a) && !is_object_like(b) && !matches!(b, Value::Host(_)) => loose_equals(&to_primitive(a)?, b)?,
        _ if is_object_like(b) && !is_object_like(a) && !matches!(a, Value::Host(_)) => loose_equals(a, &to_primitive(b)?)?,
        _ => strict_equals(a, b),
    })
}

fn bigint(digits: &str) -> Option<i128> {
    digits.parse().ok()
}

fn bigint_cmp(a: &str, b: &str) -> Option<Ordering> {
    Some(bigint(a)?.cmp(&bigint(b)?))
}

/// `-x` for a BigInt.
pub(crate) fn negate_bigint(digits: &str) -> Value {
    match digits.strip_prefix('-') {
        Some(positive) => Value::BigInt(positive.to_string()),
        None if digits == "0" => Value::BigInt(digits.to_string()),
        None => Value::BigInt(format!("-{digits}")),
    }
}

fn bigint_arithmetic(op: BinaryOperator, a: &str, b: &str) -> OpResult<Value> {
    use BinaryOperator as Op;
    let too_large = || "the BigInt is too large for dbkit's schema reader".to_string();
    let (x, y) = (bigint(a).ok_or_else(too_large)?, bigint(b).ok_or_else(too_large)?);
    if matches!(op, Op::Division | Op::Remainder) && y == 0 {
        return Err("BigInt division by zero".into());
    }
    let result = match op {
        Op::Addition => x.checked_add(y),
        Op::Subtraction => x.checked_sub(y),
        Op::Multiplication => x.checked_mul(y),
        Op::Division => x.checked_div(y),
        Op::Remainder => x.checked_rem(y),
        Op::Exponential => match u32::try_from(y) {
            Ok(exponent) => x.checked_pow(exponent),
            Err(_) => return Err("a BigInt exponent must be a small non-negative number".into()),
        },
        _ => return Err(format!("the `{}` operator on BigInts is not supported by dbkit", op.as_str())),
    };
    result.map(|n| Value::BigInt(n.to_string())).ok_or_else(too_large)
}

/// Binary operators other than `in`, `instanceof` and the logical ones.
pub(crate) fn binary(op: BinaryOperator, a: &Value, b: &Value) -> OpResult<Value> {
    use BinaryOperator as Op;
    match op {
        Op::StrictEquality => return Ok(Value::Bool(strict_equals(a, b))),
        Op::StrictInequality => return Ok(Value::Bool(!strict_equals(a, b))),
        Op::Equality => return Ok(Value::Bool(loose_equals(a, b)?)),
        Op::Inequality => return Ok(Value::Bool(!loose_equals(a, b)?)),
        Op::LessThan | Op::LessEqualThan | Op::GreaterThan | Op::GreaterEqualThan => return compare(op, a, b),
        _ => {}
    }
    let (a, b) = if op == Op::Addition { (to_primitive(a)?, to_primitive(b)?) } else { (a.clone(), b.clone()) };
    if op == Op::Addition && (matches!(a, Value::String(_)) || matches!(b, Value::String(_))) {
        return Ok(Value::string(to_string(&a)? + &to_string(&b)?));
    }
    if let (Value::BigInt(x), Value::BigInt(y)) = (&a, &b) {
        return bigint_arithmetic(op, x, y);
    }
    let (x, y) = (to_number(&a)?, to_number(&b)?);
    let shift = |n: f64| (to_int32(n) as u32) & 31;
    Ok(Value::Number(match op {
        Op::Addition => x + y,
        Op::Subtraction => x - y,
        Op::Multiplication => x * y,
        Op::Division => x / y,
        Op::Remainder => x % y,
        // JS: `1 ** NaN` and `(±1) ** ±Infinity` are NaN (Rust's powf says 1).
        Op::Exponential if y.is_nan() || (x.abs() == 1.0 && y.is_infinite()) => f64::NAN,
        Op::Exponential => x.powf(y),
        Op::BitwiseOR => f64::from(to_int32(x) | to_int32(y)),
        Op::BitwiseAnd => f64::from(to_int32(x) & to_int32(y)),
        Op::BitwiseXOR => f64::from(to_int32(x) ^ to_int32(y)),
        Op::ShiftLeft => f64::from(to_int32(x).wrapping_shl(shift(y))),
        Op::ShiftRight => f64::from(to_int32(x).wrapping_shr(shift(y))),
        Op::ShiftRightZeroFill => f64::from((to_int32(x) as u32).wrapping_shr(shift(y))),
        _ => return Err(format!("the `{}` operator is not supported by dbkit", op.as_str())),
    }))
}

fn compare(op: BinaryOperator, a: &Value, b: &Value) -> OpResult<Value> {
    use BinaryOperator as Op;
    let (a, b) = (to_primitive(a)?, to_primitive(b)?);
    let ordering = match (&a, &b) {
        (Value::String(x), Value::String(y)) => Some(x.encode_utf16().cmp(y.encode_utf16())),
        (Value::BigInt(x), Value::BigInt(y)) => bigint_cmp(x, y),
        (Value::BigInt(x), other) | (other, Value::BigInt(x)) => {
            let big: f64 = x.parse().unwrap_or(f64::NAN);
            let n = to_number(other)?;
            let ordering = big.partial_cmp(&n);
            if matches!(a, Value::BigInt(_)) { ordering } else { ordering.map(Ordering::reverse) }
        }
        _ => to_number(&a)?.partial_cmp(&to_number(&b)?),
    };
    // Any comparison with NaN is false.
    Ok(Value::Bool(ordering.is_some_and(|o| match op {
        Op::LessThan => o == Ordering::Less,
        Op::LessEqualThan => o != Ordering::Greater,
        Op::GreaterThan => o == Ordering::Greater,
        _ => o != Ordering::Less,
    })))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &str) -> Value {
        Value::string(v)
    }

    fn n(v: f64) -> Value {
        Value::Number(v)
    }

    #[test]
    fn strings_like_js() {
        assert_eq!(to_string(&Value::array(vec![n(1.0), Value::Null, s("b")])).unwrap(), "1,,b");
        assert_eq!(to_string(&Value::object(vec![])).unwrap(), "[object Object]");
        assert_eq!(to_string(&n(0.1 + 0.2)).unwrap(), "0.30000000000000004");
        assert_eq!(to_string(&Value::BigInt("12".into())).unwrap(), "12");
    }

    #[test]
    fn addition_and_arithmetic() {
        assert_eq!(to_string(&binary(BinaryOperator::Addition, &s("a"), &n(1.0)).unwrap()).unwrap(), "a1");
        assert_eq!(to_string(&binary(BinaryOperator::Addition, &n(1.0), &Value::Bool(true)).unwrap()).unwrap(), "2");
        assert_eq!(to_string(&binary(BinaryOperator::Addition, &Value::array(vec![]), &n(1.0)).unwrap()).unwrap(), "1");
        assert_eq!(to_string(&binary(BinaryOperator::ShiftLeft, &n(1.0), &n(33.0)).unwrap()).unwrap(), "2");
        let big = binary(BinaryOperator::Multiplication, &Value::BigInt("3".into()), &Value::BigInt("-4".into())).unwrap();
        assert_eq!(to_string(&big).unwrap(), "-12");
        assert!(binary(BinaryOperator::Addition, &Value::BigInt("3".into()), &n(1.0)).is_err());
    }

    #[test]
    fn equality_like_js() {
        assert!(loose_equals(&Value::Null, &Value::Undefined).unwrap());
        assert!(!strict_equals(&Value::Null, &Value::Undefined));
        assert!(loose_equals(&n(1.0), &s("1")).unwrap());
        assert!(loose_equals(&Value::Bool(true), &s("1")).unwrap());
        assert!(!loose_equals(&Value::Null, &n(0.0)).unwrap());
        assert!(loose_equals(&Value::array(vec![n(1.0), n(2.0)]), &s("1,2")).unwrap());
        let a = Value::array(vec![]);
        assert!(strict_equals(&a, &a.clone()));
        assert!(!strict_equals(&a, &Value::array(vec![])));
        assert!(!strict_equals(&n(f64::NAN), &n(f64::NAN)));
        assert!(same_value_zero(&n(f64::NAN), &n(f64::NAN)));
        assert!(strict_equals(&Value::BigInt("5".into()), &Value::BigInt("5".into())));
        assert!(loose_equals(&Value::BigInt("5".into()), &n(5.0)).unwrap());
    }

    #[test]
    fn comparisons() {
        let lt = |a: &Value, b: &Value| binary(BinaryOperator::LessThan, a, b).unwrap().truthy();
        assert!(lt(&s("a"), &s("b")));
        assert!(lt(&s("10"), &s("9")));
        assert!(!lt(&s("10"), &n(9.0)));
        assert!(!lt(&n(f64::NAN), &n(1.0)));
        assert!(lt(&Value::BigInt("1".into()), &n(1.5)));
    }
}
