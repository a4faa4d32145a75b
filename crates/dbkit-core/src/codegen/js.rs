//! The JavaScript semantics drizzle-kit's TypeScript writer relies on: `Number(text)`, how a
//! number prints, and JSON defaults read with big integers kept exact (drizzle-kit's
//! `when-json-met-bigint`) and written back compactly with `123n` for those.

/// `Number(text)`: `None` for `NaN`.
pub(super) fn number(text: &str) -> Option<f64> {
    let t = text.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    if t.is_empty() {
        return Some(0.0);
    }
    for (prefix, radix) in [("0x", 16), ("0X", 16), ("0o", 8), ("0O", 8), ("0b", 2), ("0B", 2)] {
        if let Some(digits) = t.strip_prefix(prefix) {
            if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
                return None;
            }
            return Some(digits.chars().fold(0.0, |acc, c| acc * f64::from(radix) + f64::from(c.to_digit(radix).unwrap_or(0))));
        }
    }
    let unsigned = t.strip_prefix(['+', '-']).unwrap_or(t);
    if unsigned == "Infinity" {
        return Some(if t.starts_with('-') { f64::NEG_INFINITY } else { f64::INFINITY });
    }
    is_decimal_literal(unsigned).then(|| t.parse::<f64>().ok()).flatten()
}

/// `digits[.digits][e[+-]digits]` or `.digits[…]` (what `Number()` accepts after the sign).
fn is_decimal_literal(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    let int = b.iter().take_while(|c| c.is_ascii_digit()).count();
    i += int;
    let mut frac = 0;
    if b.get(i) == Some(&b'.') {
        i += 1;
        frac = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        i += frac;
    }
    if int + frac == 0 {
        return false;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if exp == 0 {
            return false;
        }
        i += exp;
    }
    i == b.len()
}

/// `Number.MAX_SAFE_INTEGER`
pub(super) const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

use crate::model::js::json_quote as quote;
pub(super) use crate::model::js::number_to_string;

/// A JSON value as drizzle-kit's parser gives it: numbers are JavaScript numbers unless they
/// are integers beyond `Number.MAX_SAFE_INTEGER` (then big integers, kept as written).
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Json {
    Null,
    Bool(bool),
    Number(f64),
    BigInt(String),
    String(String),
    Array(Vec<Json>),
    /// In JavaScript's property order: integer-like keys ascending, then the others as first
    /// seen (a repeated key keeps its first place and its last value).
    Object(Vec<(String, Json)>),
}

/// Parses JSON text (`None` on a syntax error).
pub(super) fn parse_json(text: &str) -> Option<Json> {
    let mut p = Parser { s: text.as_bytes(), i: 0, text };
    let v = p.value()?;
    p.ws();
    (p.i == p.s.len()).then_some(v)
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
    text: &'a str,
}

impl Parser<'_> {
    fn ws(&mut self) {
        while matches!(self.s.get(self.i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn eat(&mut self, lit: &str) -> bool {
        if self.s[self.i..].starts_with(lit.as_bytes()) {
            self.i += lit.len();
            true
        } else {
            false
        }
    }

    fn value(&mut self) -> Option<Json> {
        self.ws();
        match *self.s.get(self.i)? {
            b'{' => self.object(),
            b'[' => self.array(),
            b'"' => self.string().map(Json::String),
            b'-' | b'0'..=b'9' => self.number(),
            _ if self.eat("true") => Some(Json::Bool(true)),
            _ if self.eat("false") => Some(Json::Bool(false)),
            _ if self.eat("null") => Some(Json::Null),
            _ => None,
        }
    }

    fn object(&mut self) -> Option<Json> {
        self.i += 1;
        let mut members: Vec<(String, Json)> = Vec::new();
        self.ws();
        if self.eat("}") {
            return Some(Json::Object(members));
        }
        loop {
            self.ws();
            if self.s.get(self.i) != Some(&b'"') {
                return None;
            }
            let key = self.string()?;
            self.ws();
            if !self.eat(":") {
                return None;
            }
            let value = self.value()?;
            match members.iter_mut().find(|(k, _)| *k == key) {
                Some(slot) => slot.1 = value,
                None => members.push((key, value)),
            }
            self.ws();
            if self.eat("}") {
                break;
            }
            if !self.eat(",") {
                return None;
            }
        }
        // JavaScript objects list integer-like keys first, in ascending order.
        let index = |k: &str| k.parse::<u32>().ok().filter(|n| *n != u32::MAX && n.to_string() == k);
        members.sort_by_key(|(k, _)| index(k).map_or((1, 0), |n| (0, n)));
        Some(Json::Object(members))
    }

    fn array(&mut self) -> Option<Json> {
        self.i += 1;
        let mut items = Vec::new();
        self.ws();
        if self.eat("]") {
            return Some(Json::Array(items));
        }
        loop {
            items.push(self.value()?);
            self.ws();
            if self.eat("]") {
                return Some(Json::Array(items));
            }
            if !self.eat(",") {
                return None;
            }
        }
    }

    fn string(&mut self) -> Option<String> {
        let start = self.i;
        self.i += 1;
        loop {
            match *self.s.get(self.i)? {
                b'"' => break,
                b'\\' => self.i += 2,
                c if c < 0x20 => return None,
                _ => self.i += 1,
            }
        }
        self.i += 1;
        serde_json::from_str(&self.text[start..self.i]).ok()
    }

    fn number(&mut self) -> Option<Json> {
        let start = self.i;
        self.eat("-");
        let int = self.s[self.i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if int == 0 || (int > 1 && self.s[self.i] == b'0') {
            return None;
        }
        self.i += int;
        let mut decimal = false;
        if self.eat(".") {
            let frac = self.s[self.i..].iter().take_while(|c| c.is_ascii_digit()).count();
            if frac == 0 {
                return None;
            }
            self.i += frac;
            decimal = true;
        }
        if matches!(self.s.get(self.i), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.s.get(self.i), Some(b'+' | b'-')) {
                self.i += 1;
            }
            let exp = self.s[self.i..].iter().take_while(|c| c.is_ascii_digit()).count();
            if exp == 0 {
                return None;
            }
            self.i += exp;
            decimal = true;
        }
        let text = &self.text[start..self.i];
        let x: f64 = text.parse().ok()?;
        if decimal || (x.abs() <= MAX_SAFE_INTEGER && x.fract() == 0.0) {
            Some(Json::Number(x))
        } else {
            Some(Json::BigInt(text.trim_start_matches('-').to_string()).negated_if(text.starts_with('-')))
        }
    }
}

impl Json {
    fn negated_if(self, negative: bool) -> Json {
        match self {
            Json::BigInt(digits) if negative => Json::BigInt(format!("-{digits}")),
            other => other,
        }
    }

    /// Compact JSON with big integers as `123n`, each string passed through `string` first
    /// (drizzle-kit's `stringify(value, replacer, undefined, true)`).
    pub(super) fn to_ts(&self, string: &dyn Fn(&str) -> String) -> String {
        match self {
            Json::Null => "null".into(),
            Json::Bool(b) => b.to_string(),
            Json::Number(x) if x.is_finite() => number_to_string(*x),
            Json::Number(_) => "null".into(),
            Json::BigInt(digits) => format!("{digits}n"),
            Json::String(s) => quote(&string(s)),
            Json::Array(items) => format!("[{}]", items.iter().map(|v| v.to_ts(string)).collect::<Vec<_>>().join(",")),
            Json::Object(members) => {
                format!("{{{}}}", members.iter().map(|(k, v)| format!("{}:{}", quote(k), v.to_ts(string))).collect::<Vec<_>>().join(","))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_print_as_in_javascript() {
        for (x, expected) in [
            (1.5, "1.5"),
            (-35000000000.0, "-35000000000"),
            (1e21, "1e+21"),
            (1.25e-7, "1.25e-7"),
            (0.000001, "0.000001"),
            (123456789012345680000.0, "123456789012345680000"),
            (0.2, "0.2"),
            (-0.5, "-0.5"),
        ] {
            assert_eq!(number_to_string(x), expected);
        }
    }

    #[test]
    fn number_parses_as_javascript_does() {
        assert_eq!(number(" 12 "), Some(12.0));
        assert_eq!(number("1.50"), Some(1.5));
        assert_eq!(number("-3.5e10"), Some(-3.5e10));
        assert_eq!(number("0x1F"), Some(31.0));
        assert_eq!(number(""), Some(0.0));
        assert_eq!(number("(1 + 2)"), None);
        assert_eq!(number("inf"), None);
        assert_eq!(number("1."), Some(1.0));
    }

    #[test]
    fn json_keeps_big_integers_and_javascript_key_order() {
        let v = parse_json(r#"{"b": 1, "2": [true, null], "a": 9007199254740993, "1": 1.50, "b": 2}"#).unwrap();
        assert_eq!(v.to_ts(&|s| s.to_string()), r#"{"1":1.5,"2":[true,null],"b":2,"a":9007199254740993n}"#);
        assert_eq!(parse_json("[1, 2] x"), None);
        assert_eq!(parse_json(r#""it''s""#).unwrap().to_ts(&|s| s.replace("''", "'")), r#""it's""#);
    }
}
