//! JavaScript number semantics shared by the schema interpreter and the config evaluator: string →
//! number (`Number`, `parseInt`, `parseFloat`) and number → string (`String(n)`, template
//! literals, `+` concatenation, `toFixed`).

/// JS `StrWhiteSpaceChar`: WhiteSpace plus LineTerminator (what `Number(' 5 ')` trims).
pub(crate) fn is_js_whitespace(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\u{b}' | '\u{c}' | '\r' | ' ' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}' | '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}' | '\u{3000}' | '\u{feff}'
    )
}

/// Splits an optional leading `+`/`-`; returns (negative, rest).
fn split_sign(s: &str) -> (bool, &str) {
    match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    }
}

fn apply_sign(negative: bool, value: f64) -> f64 {
    if negative { -value } else { value }
}

/// Value of `digits` (all valid in `radix`) accumulated as a double.
fn digits_value(digits: &str, radix: u32) -> f64 {
    if radix == 10 {
        // Decimal goes through the correctly rounded parser.
        return digits.parse().unwrap_or(f64::NAN);
    }
    digits.chars().fold(0.0, |acc, c| acc * f64::from(radix) + f64::from(c.to_digit(radix).unwrap_or(0)))
}

/// Length of the longest prefix of `s` that is a `StrUnsignedDecimalLiteral` without
/// `Infinity` (`12`, `1.5`, `.5`, `5.`, `1e3`); 0 when there is none.
fn decimal_prefix_len(s: &str) -> usize {
    let b = s.as_bytes();
    let digits_from = |mut i: usize| {
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        i
    };
    let int_end = digits_from(0);
    let mut end = int_end;
    let mut any_digit = int_end > 0;
    if b.get(end) == Some(&b'.') {
        let frac_end = digits_from(end + 1);
        any_digit |= frac_end > end + 1;
        end = frac_end;
    }
    if !any_digit {
        return 0;
    }
    if matches!(b.get(end), Some(b'e' | b'E')) {
        let mut i = end + 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp_end = digits_from(i);
        if exp_end > i {
            end = exp_end;
        }
    }
    end
}

/// `Number(string)` / unary `+string`.
pub(crate) fn string_to_number(s: &str) -> f64 {
    let t = s.trim_matches(is_js_whitespace);
    if t.is_empty() {
        return 0.0;
    }
    for (prefix, radix) in [("0x", 16), ("0X", 16), ("0o", 8), ("0O", 8), ("0b", 2), ("0B", 2)] {
        if let Some(digits) = t.strip_prefix(prefix) {
            let valid = !digits.is_empty() && digits.chars().all(|c| c.is_digit(radix));
            return if valid { digits_value(digits, radix) } else { f64::NAN };
        }
    }
    let (negative, body) = split_sign(t);
    if body == "Infinity" {
        return apply_sign(negative, f64::INFINITY);
    }
    if !body.is_empty() && decimal_prefix_len(body) == body.len() {
        return apply_sign(negative, body.parse().unwrap_or(f64::NAN));
    }
    f64::NAN
}

/// `parseFloat(string)`: the longest decimal prefix after leading whitespace.
pub(crate) fn parse_float(s: &str) -> f64 {
    let (negative, body) = split_sign(s.trim_start_matches(is_js_whitespace));
    if body.starts_with("Infinity") {
        return apply_sign(negative, f64::INFINITY);
    }
    match decimal_prefix_len(body) {
        0 => f64::NAN,
        len => apply_sign(negative, body[..len].parse().unwrap_or(f64::NAN)),
    }
}

/// JS `ToInt32` (used for the radix of `parseInt`).
pub(crate) fn to_int32(n: f64) -> i32 {
    if n.is_finite() {
        // Truncate, then keep the low 32 bits (the cast through i64 saturates only far beyond
        // any radix anyone writes).
        n.trunc() as i64 as i32
    } else {
        0
    }
}

/// `parseInt(string, radix)`; `radix` is already `ToInt32`-converted (0 when absent).
pub(crate) fn parse_int(s: &str, radix: i32) -> f64 {
    let (negative, mut body) = split_sign(s.trim_start_matches(is_js_whitespace));
    let mut radix = radix;
    let mut strip_hex_prefix = true;
    if radix != 0 {
        if !(2..=36).contains(&radix) {
            return f64::NAN;
        }
        strip_hex_prefix = radix == 16;
    } else {
        radix = 10;
    }
    if strip_hex_prefix && (body.starts_with("0x") || body.starts_with("0X")) {
        body = &body[2..];
        radix = 16;
    }
    let radix = radix.unsigned_abs();
    let end = body.find(|c: char| !c.is_digit(radix)).unwrap_or(body.len());
    if end == 0 {
        return f64::NAN;
    }
    apply_sign(negative, digits_value(&body[..end], radix))
}

/// JS `Number::toString(10)`: `5433`, `0.1`, `1e+21`, `1.5e-7`, `NaN`, `-Infinity`.
pub(crate) use dbkit_core::model::js::number_to_string;

/// JS `Number.prototype.toFixed(digits)` (0 ≤ digits ≤ 100): the exact decimal value rounded
/// half up, as the spec asks (Rust's formatting rounds exact halves to even).
pub(crate) fn to_fixed(n: f64, digits: usize) -> String {
    if !n.is_finite() || n.abs() >= 1e21 {
        return number_to_string(n);
    }
    let sign = if n < 0.0 { "-" } else { "" };
    // 1100 places hold every double's exact expansion.
    let exact = format!("{:.1100}", n.abs());
    let (int, frac) = exact.split_once('.').unwrap_or((&exact, ""));
    let mut kept: Vec<u8> = format!("{int}{}", &frac[..digits]).into_bytes();
    if frac.as_bytes()[digits] >= b'5' {
        let mut i = kept.len();
        loop {
            if i == 0 {
                kept.insert(0, b'1');
                break;
            }
            i -= 1;
            if kept[i] == b'9' {
                kept[i] = b'0';
            } else {
                kept[i] += 1;
                break;
            }
        }
    }
    let kept = String::from_utf8(kept).unwrap_or_default();
    let (int, frac) = kept.split_at(kept.len() - digits);
    if digits == 0 { format!("{sign}{int}") } else { format!("{sign}{int}.{frac}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(a: f64, b: f64) -> bool {
        (a.is_nan() && b.is_nan()) || a == b
    }

    #[test]
    fn number_of_strings() {
        for (s, want) in [
            ("", 0.0),
            ("  42  ", 42.0),
            ("\n\t5433\r\n", 5433.0),
            ("-1.5", -1.5),
            ("+7", 7.0),
            (".5", 0.5),
            ("5.", 5.0),
            ("1e3", 1000.0),
            ("0x1F", 31.0),
            ("0b101", 5.0),
            ("0o17", 15.0),
            ("Infinity", f64::INFINITY),
            ("-Infinity", f64::NEG_INFINITY),
            ("5433abc", f64::NAN),
            ("inf", f64::NAN),
            ("nan", f64::NAN),
            ("1_000", f64::NAN),
            ("-0x10", f64::NAN),
            ("0x", f64::NAN),
            (".", f64::NAN),
            ("e5", f64::NAN),
        ] {
            assert!(same(string_to_number(s), want), "Number({s:?}) = {}", string_to_number(s));
        }
    }

    #[test]
    fn parse_int_like_js() {
        for (s, radix, want) in [
            ("5433abc", 0, 5433.0),
            ("  -12px", 0, -12.0),
            ("0x1f", 0, 31.0),
            ("0x1f", 16, 31.0),
            ("0x1f", 10, 0.0),
            ("1f", 16, 31.0),
            ("12.9", 0, 12.0),
            ("abc", 0, f64::NAN),
            ("", 0, f64::NAN),
            ("undefined", 0, f64::NAN),
            ("101", 2, 5.0),
            ("7", 1, f64::NAN),
            ("7", 37, f64::NAN),
            ("z", 36, 35.0),
            ("1e3", 0, 1.0),
        ] {
            assert!(same(parse_int(s, radix), want), "parseInt({s:?}, {radix})");
        }
        assert_eq!(to_int32(10.9), 10);
        assert_eq!(to_int32(f64::NAN), 0);
    }

    #[test]
    fn parse_float_like_js() {
        for (s, want) in [
            ("2.5abc", 2.5),
            ("  -2.5e3x", -2500.0),
            ("1e", 1.0),
            ("1e+", 1.0),
            (".5.5", 0.5),
            ("Infinityx", f64::INFINITY),
            ("-Infinity", f64::NEG_INFINITY),
            ("x1", f64::NAN),
            ("", f64::NAN),
        ] {
            assert!(same(parse_float(s), want), "parseFloat({s:?})");
        }
    }

    #[test]
    fn to_fixed_like_js() {
        for (n, digits, want) in [
            (1.005, 2, "1.00"),
            (1.5, 0, "2"),
            (2.5, 0, "3"),
            (0.125, 2, "0.13"),
            (-1.5, 0, "-2"),
            (9.995, 2, "9.99"),
            (99.5, 0, "100"),
            (0.0, 2, "0.00"),
            (-0.001, 2, "-0.00"),
            (1234.5678, 1, "1234.6"),
            (1e21, 2, "1e+21"),
        ] {
            assert_eq!(to_fixed(n, digits), want, "({n}).toFixed({digits})");
        }
    }

    #[test]
    fn numbers_print_like_js() {
        for (n, want) in [
            (0.0, "0"),
            (-0.0, "0"),
            (5433.0, "5433"),
            (-12.0, "-12"),
            (0.1, "0.1"),
            (1.5, "1.5"),
            (123.456, "123.456"),
            (1e21, "1e+21"),
            (1.5e21, "1.5e+21"),
            (1e20, "100000000000000000000"),
            (0.000001, "0.000001"),
            (1e-7, "1e-7"),
            (1.5e-7, "1.5e-7"),
            (0.1 + 0.2, "0.30000000000000004"),
            (f64::NAN, "NaN"),
            (f64::INFINITY, "Infinity"),
            (f64::NEG_INFINITY, "-Infinity"),
        ] {
            assert_eq!(number_to_string(n), want, "String({n})");
        }
    }
}
