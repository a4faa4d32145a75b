//! The value rules the diff applies before calling two columns different: defaults that are
//! spelled differently but mean the same (`(x)` vs `x`, equal JSON, equal instants), numeric vs
//! decimal, serial types. These follow drizzle-kit 1.0's grammar so both tools agree on "no change".

use serde_json::Value;

/// `serial`, `bigserial`, `smallserial` (any case).
pub fn is_serial(ty: &str) -> bool {
    matches!(ty.to_ascii_lowercase().as_str(), "serial" | "bigserial" | "smallserial")
}

/// drizzle's `trimChar`: strips one `c` from both ends when the text starts and ends with it.
pub fn trim_char(s: &str, c: char) -> &str {
    if s.chars().count() >= 2 && s.starts_with(c) && s.ends_with(c) { &s[c.len_utf8()..s.len() - c.len_utf8()] } else { s }
}

/// Two json/jsonb defaults that parse to the same value are not a change.
pub fn same_json_default(from: &str, to: &str) -> bool {
    let parse = |s: &str| serde_json::from_str::<Value>(trim_char(s, '\'')).ok();
    match (parse(from), parse(to)) {
        (Some(a), Some(b)) => crate::model::js::js_equal(Some(&a), Some(&b)),
        _ => false,
    }
}

/// drizzle's `defaultsCommutative`: two defaults of a column of `ty` that mean the same.
pub fn defaults_commutative(from: Option<&str>, to: Option<&str>, ty: &str, dimensions: i64) -> bool {
    if from == to {
        return true;
    }
    let (Some(from), Some(to)) = (from, to) else { return false };
    if from == format!("({to})") || to == format!("({from})") {
        return true;
    }
    let with_tz = ty.contains("with time zone");
    if ty.starts_with("timestamp") && with_tz {
        return same_under(trim_char(from, '\''), trim_char(to, '\''), dimensions, timestamptz_key);
    }
    if ty.starts_with("time") && with_tz {
        return same_under(trim_char(from, '\''), trim_char(to, '\''), dimensions, |v| timestamptz_key(&format!("1970-01-01 {v}")));
    }
    if ty.starts_with("vector") && from.replace(".0", "") == to {
        return true;
    }
    false
}

/// Compares two values (or PostgreSQL array literals of values) after normalising each element.
fn same_under(from: &str, to: &str, dimensions: i64, key: impl Fn(&str) -> Option<String>) -> bool {
    let norm = |v: &str| key(v).unwrap_or_else(|| v.to_string());
    if dimensions > 0 {
        return match (parse_pg_array(from), parse_pg_array(to)) {
            (Some(a), Some(b)) => a.flatten_map(&norm) == b.flatten_map(&norm),
            _ => false,
        };
    }
    norm(from) == norm(to)
}

/// A timestamp with an offset as a UTC instant (`YYYY-MM-DDTHH:MM:SS[.fff]`), or `None` when it
/// is not one (drizzle compares those texts as they are).
pub fn timestamptz_key(s: &str) -> Option<String> {
    let s = s.trim();
    let (date, rest) = s.split_at_checked(10)?;
    let rest = rest.strip_prefix(['T', ' '])?;
    let date = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
    let off_at = rest.find(['+', '-', 'Z', 'z']).unwrap_or(rest.len());
    let (time, offset) = rest.split_at(off_at);
    let time = chrono::NaiveTime::parse_from_str(time, "%H:%M:%S%.f").ok()?;
    let seconds = match offset {
        "" => return None,
        "Z" | "z" => 0,
        o => {
            let sign = if o.starts_with('-') { -1 } else { 1 };
            let digits: String = o[1..].chars().filter(char::is_ascii_digit).collect();
            let (h, m) = match digits.len() {
                2 => (digits.parse::<i64>().ok()?, 0),
                4 => (digits[..2].parse::<i64>().ok()?, digits[2..].parse::<i64>().ok()?),
                _ => return None,
            };
            sign * (h * 3600 + m * 60)
        }
    };
    let utc = date.and_time(time) - chrono::Duration::seconds(seconds);
    Some(utc.format("%Y-%m-%dT%H:%M:%S%.f").to_string())
}

/// A PostgreSQL array literal (`{a,"b c",NULL,{1,2}}`), parsed.
#[derive(Debug, Clone, PartialEq)]
pub enum PgArray {
    Item(Option<String>),
    List(Vec<PgArray>),
}

impl PgArray {
    fn flatten_map(&self, f: &impl Fn(&str) -> String) -> PgArray {
        match self {
            PgArray::Item(v) => PgArray::Item(v.as_deref().map(f)),
            PgArray::List(items) => PgArray::List(items.iter().map(|i| i.flatten_map(f)).collect()),
        }
    }
}

pub fn parse_pg_array(s: &str) -> Option<PgArray> {
    let chars: Vec<char> = s.trim().chars().collect();
    let mut i = 0;
    let v = parse_list(&chars, &mut i)?;
    (i == chars.len()).then_some(v)
}

fn parse_list(c: &[char], i: &mut usize) -> Option<PgArray> {
    if c.get(*i) != Some(&'{') {
        return None;
    }
    *i += 1;
    let mut items = Vec::new();
    if c.get(*i) == Some(&'}') {
        *i += 1;
        return Some(PgArray::List(items));
    }
    loop {
        match c.get(*i)? {
            '{' => items.push(parse_list(c, i)?),
            '"' => {
                *i += 1;
                let mut s = String::new();
                loop {
                    match c.get(*i)? {
                        '\\' => {
                            s.push(*c.get(*i + 1)?);
                            *i += 2;
                        }
                        '"' => {
                            *i += 1;
                            break;
                        }
                        ch => {
                            s.push(*ch);
                            *i += 1;
                        }
                    }
                }
                items.push(PgArray::Item(Some(s)));
            }
            _ => {
                let start = *i;
                while !matches!(c.get(*i), Some(',' | '}') | None) {
                    *i += 1;
                }
                let raw: String = c[start..*i].iter().collect();
                let raw = raw.trim();
                items.push(PgArray::Item(if raw.eq_ignore_ascii_case("null") { None } else { Some(raw.replace("''", "'")) }));
            }
        }
        match c.get(*i)? {
            ',' => *i += 1,
            '}' => {
                *i += 1;
                return Some(PgArray::List(items));
            }
            _ => return None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_that_mean_the_same() {
        assert!(defaults_commutative(Some("(now())"), Some("now()"), "timestamp", 0));
        assert!(!defaults_commutative(Some("1"), Some("2"), "integer", 0));
        assert!(defaults_commutative(Some("'2024-01-01 00:00:00+00'"), Some("'2024-01-01T02:00:00+02:00'"), "timestamp with time zone", 0));
        assert!(defaults_commutative(
            Some("'{\"2024-01-01 00:00:00Z\"}'"),
            Some("'{\"2024-01-01 00:00:00+00\"}'"),
            "timestamp with time zone",
            1
        ));
        assert!(defaults_commutative(Some("'[1.0,2.0]'"), Some("'[1,2]'"), "vector(2)", 0));
        assert!(!defaults_commutative(None, Some("1"), "integer", 0));
    }

    #[test]
    fn json_defaults_compare_by_value() {
        assert!(same_json_default("'{\"a\":1,\"b\":[2]}'", "'{\"b\":[2],\"a\":1}'"));
        assert!(!same_json_default("'{\"a\":1}'", "'{\"a\":2}'"));
    }

    #[test]
    fn pg_arrays() {
        assert_eq!(
            parse_pg_array(r#"{a,"b c",NULL,{1,2}}"#),
            Some(PgArray::List(vec![
                PgArray::Item(Some("a".into())),
                PgArray::Item(Some("b c".into())),
                PgArray::Item(None),
                PgArray::List(vec![PgArray::Item(Some("1".into())), PgArray::Item(Some("2".into()))]),
            ]))
        );
        assert_eq!(parse_pg_array("{}"), Some(PgArray::List(vec![])));
        assert_eq!(parse_pg_array("{a"), None);
    }

    #[test]
    fn serial_and_trim() {
        assert!(is_serial("BigSerial"));
        assert!(!is_serial("integer"));
        assert_eq!(trim_char("'x'", '\''), "x");
        assert_eq!(trim_char("'", '\''), "'");
    }
}
