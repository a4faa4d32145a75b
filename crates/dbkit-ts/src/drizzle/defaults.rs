//! A column's `.default(…)` as the SQL text drizzle-kit stores (`grammar.ts`: `typeFor` picks a
//! grammar from the SQL type, then `defaultFromDrizzle` / `defaultArrayFromDrizzle`).
//!
//! Where drizzle-kit writes text PostgreSQL rejects (bare `NaN`, array elements that need quotes,
//! customType and Buffer values as bare words) dbkit writes the valid literal instead; those
//! steps are listed in `tests/cases/TS_MISMATCHES.md`.

use super::columns::ColumnKind;
use super::sql::{Source, render_inlined};
use super::util::{date_millis, elements, iso_string, js_string, json_stringify, opt_prop};
use crate::js::{HostError, Value};

/// drizzle-kit's grammar types, found from the SQL type as `typeFor` does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Grammar {
    Number,
    Numeric,
    Boolean,
    Text,
    Json,
    Time,
    TimeTz,
    Date,
    Timestamp,
    TimestampTz,
    Quoted,
    Interval,
    Vector,
    SparseVec,
    Point,
    Line,
    Geometry,
    Serial,
    Enum,
    Custom,
}

/// `(\s*\[\s*\])*\s*$` from position 0 of `s`.
fn array_tail(s: &str) -> bool {
    let mut rest = s.trim_start();
    while let Some(r) = rest.strip_prefix('[') {
        let Some(r) = r.trim_start().strip_prefix(']') else { return false };
        rest = r.trim_start();
    }
    rest.is_empty()
}

/// `(\(\d+(,\d+)?\))?` then the array tail.
fn params_then_tail(s: &str, allow_two: bool) -> bool {
    let Some(inner) = s.strip_prefix('(') else { return array_tail(s) };
    let Some(close) = inner.find(')') else { return false };
    let parts: Vec<&str> = inner[..close].split(',').collect();
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    let ok = match parts.len() {
        1 => digits(parts[0]),
        2 => allow_two && digits(parts[0]) && digits(parts[1]),
        _ => false,
    };
    ok && array_tail(&inner[close + 1..])
}

fn word_then(t: &str, word: &str, rest_ok: impl Fn(&str) -> bool) -> bool {
    t.trim_start().strip_prefix(word).is_some_and(rest_ok)
}

fn grammar_for(sql_type: &str, is_enum: bool) -> Grammar {
    if is_enum {
        return Grammar::Enum;
    }
    let t = sql_type.to_lowercase();
    let exact = |w: &str| word_then(&t, w, array_tail);
    if exact("smallint") || exact("integer") || exact("bigint") {
        return Grammar::Number;
    }
    let decimal_tail = t.find("decimal").is_some_and(|i| params_then_tail(&t[i + 7..], true));
    if t.trim_start().starts_with("numeric") || decimal_tail {
        return Grammar::Numeric;
    }
    if exact("real") || exact("double") || exact("double precision") {
        return Grammar::Number;
    }
    if exact("boolean") {
        return Grammar::Boolean;
    }
    let character_tail = |w: &str| t.find(w).is_some_and(|i| params_then_tail(&t[i + w.len()..], false));
    if t.trim_start().starts_with("char") || character_tail("character") {
        return Grammar::Text;
    }
    if t.trim_start().starts_with("varchar") || character_tail("character varying") || exact("text") {
        return Grammar::Text;
    }
    if exact("json") || exact("jsonb") {
        return Grammar::Json;
    }
    let time_like = |word: &str, space: bool| -> Option<(String, bool)> {
        let rest = t.trim_start().strip_prefix(word)?;
        // `(?:\s)?` before the precision only: without one, the space belongs to `\s+with`.
        let rest = if space && rest.starts_with(" (") { &rest[1..] } else { rest };
        let rest = match rest.strip_prefix('(') {
            Some(r) => {
                let close = r.find(')')?;
                r[..close].bytes().all(|b| b.is_ascii_digit()).then_some(())?;
                &r[close + 1..]
            }
            None => rest,
        };
        let trimmed = rest.trim_start();
        let (tz, rest) = match trimmed.strip_prefix("with time zone") {
            Some(r) if trimmed.len() < rest.len() => (true, r),
            _ => (false, rest),
        };
        let mut r = rest;
        while let Some(x) = r.strip_prefix("[]") {
            r = x;
        }
        r.trim().is_empty().then_some((String::new(), tz))
    };
    if let Some((_, tz)) = time_like("timestamp", true) {
        return if tz { Grammar::TimestampTz } else { Grammar::Timestamp };
    }
    if let Some((_, tz)) = time_like("time", false) {
        return if tz { Grammar::TimeTz } else { Grammar::Time };
    }
    if exact("uuid") {
        return Grammar::Quoted;
    }
    if t.starts_with("interval") {
        return Grammar::Interval;
    }
    if ["inet", "cidr"].iter().any(|w| t.strip_prefix(w).is_some_and(|r| params_then_tail(r, false)))
        || exact("macaddr")
        || exact("macaddr8")
    {
        return Grammar::Quoted;
    }
    if word_then(&t, "vector", |r| params_then_tail(r, false)) || word_then(&t, "halfvec", |r| params_then_tail(r, true)) {
        return Grammar::Vector;
    }
    if word_then(&t, "sparsevec", |r| params_then_tail(r, true)) {
        return Grammar::SparseVec;
    }
    if word_then(&t, "bit", |r| params_then_tail(r, true)) {
        return Grammar::Quoted;
    }
    if exact("point") {
        return Grammar::Point;
    }
    if exact("line") {
        return Grammar::Line;
    }
    if exact("date") {
        return Grammar::Date;
    }
    if t.trim_start().starts_with("geometry(point") {
        return Grammar::Geometry;
    }
    for w in ["serial", "smallserial", "bigserial"] {
        if t.strip_prefix(w).is_some_and(|r| r.is_empty() || r.starts_with([' ', '\t', '\n', '('])) {
            return Grammar::Serial;
        }
    }
    Grammar::Custom
}

fn quote(s: &str) -> String {
    format!("'{s}'")
}

/// `wrapWith(s, c)`: adds `c` around `s` unless it already starts and ends with it.
fn wrap(s: &str, c: char) -> String {
    if s.starts_with(c) && s.ends_with(c) && !s.is_empty() { s.to_string() } else { format!("{c}{s}{c}") }
}

fn has_tz_suffix(s: &str) -> bool {
    let b = s.as_bytes();
    if s.ends_with(['Z', 'z']) {
        return true;
    }
    let sign_at = |i: usize| b.get(i).is_some_and(|c| *c == b'+' || *c == b'-');
    let digits = |r: std::ops::Range<usize>| r.clone().all(|i| b.get(i).is_some_and(u8::is_ascii_digit));
    let n = b.len();
    (n >= 3 && sign_at(n - 3) && digits(n - 2..n))
        || (n >= 6 && sign_at(n - 6) && digits(n - 5..n - 3) && b[n - 3] == b':' && digits(n - 2..n))
}

fn number_text(v: &Value) -> String {
    match v {
        // drizzle-kit writes these bare, which PostgreSQL reads as column names; quoted they are
        // the float values.
        Value::Number(n) if !n.is_finite() => quote(&js_string(v)),
        _ => js_string(v),
    }
}

/// `'{…}'` element text for strings, quoted when PostgreSQL's array parser needs it.
fn array_string_element(s: &str, escape_quote: bool) -> String {
    let escaped = {
        let e = s.replace('\'', "''").replace('\\', "\\\\");
        if escape_quote { e.replace('"', "\\\"") } else { e }
    };
    // drizzle-kit quotes on `\`, `"`, `,` and the empty string; braces, edge whitespace and the word
    // NULL need quotes too, or PostgreSQL reads another value.
    let needs = s.is_empty()
        || s.contains(['\\', '"', ',', '{', '}'])
        || s.starts_with(char::is_whitespace)
        || s.ends_with(char::is_whitespace)
        || s.eq_ignore_ascii_case("null");
    if needs { format!("\"{escaped}\"") } else { escaped }
}

/// drizzle-kit's `stringifyArray(value, "sql", cb)`.
fn stringify_array(v: &Value, cb: &dyn Fn(&Value) -> Result<String, HostError>) -> Result<String, HostError> {
    match elements(v) {
        None => cb(v),
        Some(items) => {
            let parts: Result<Vec<String>, HostError> = items.iter().map(|e| stringify_array(e, cb)).collect();
            Ok(format!("{{{}}}", parts?.join(",")))
        }
    }
}

/// `stringifyTuplesArray`: arrays of arrays down to the innermost tuple, which `cb` writes.
fn stringify_tuples(v: &Value, cb: &dyn Fn(&Value) -> String) -> String {
    let items = elements(v).unwrap_or_default();
    if !items.iter().any(|i| elements(i).is_some()) {
        return cb(v);
    }
    let parts: Vec<String> = items
        .iter()
        .map(|e| match elements(e) {
            Some(inner) if inner.iter().any(|i| elements(i).is_some()) => stringify_tuples(e, cb),
            _ => cb(e),
        })
        .collect();
    format!("{{{}}}", parts.join(","))
}

fn json_text(v: &Value) -> String {
    json_stringify(v, &|s| s.replace('\'', "''")).unwrap_or_else(|| "undefined".into())
}

fn date_text(v: &Value) -> Result<String, HostError> {
    match v {
        Value::String(s) => Ok(s.to_string()),
        _ => date_millis(v)
            .map(|ms| iso_string(ms)[..10].to_string())
            .ok_or_else(|| HostError("a date default must be a Date or a string".into())),
    }
}

fn timestamp_text(v: &Value, tz: bool) -> Result<String, HostError> {
    match v {
        Value::String(s) if tz && !has_tz_suffix(s) => Ok(format!("{s}+00")),
        Value::String(s) => Ok(s.to_string()),
        _ => {
            let ms = date_millis(v).ok_or("a timestamp default must be a Date or a string")?;
            let iso = iso_string(ms).replacen('T', " ", 1);
            Ok(if tz { iso.replacen('Z', "+00", 1) } else { iso.replacen('Z', " ", 1).chars().take(23).collect() })
        }
    }
}

fn field(v: &Value, i: usize, key: &str) -> String {
    match v {
        Value::Array(a) => a.borrow().get(i).map(js_string).unwrap_or_else(|| "undefined".into()),
        _ => opt_prop(v, key).map(|x| js_string(&x)).unwrap_or_else(|| "undefined".into()),
    }
}

fn is_empty_shape(v: &Value) -> bool {
    match v {
        Value::Array(a) => a.borrow().is_empty(),
        Value::Object(o) => o.borrow().props.is_empty(),
        _ => false,
    }
}

fn point_text(v: &Value) -> String {
    format!("({},{})", field(v, 0, "x"), field(v, 1, "y"))
}

fn line_text(v: &Value) -> String {
    format!("{{{},{},{}}}", field(v, 0, "a"), field(v, 1, "b"), field(v, 2, "c"))
}

fn geometry_text(v: &Value, srid: &Option<String>) -> String {
    let prefix = srid.as_ref().filter(|s| s.as_str() != "0").map_or(String::new(), |s| format!("SRID={s};"));
    format!("{prefix}POINT({} {})", field(v, 0, "x"), field(v, 1, "y"))
}

/// A literal for values of a type drizzle-kit knows nothing about (customType, bytea): what the
/// value means, written as SQL (drizzle-kit writes `String(value)` bare).
fn generic_literal(v: &Value) -> String {
    match v {
        Value::Number(_) | Value::Bool(_) | Value::BigInt(_) => number_text(v),
        Value::Array(_) => quote(&stringify_array(v, &|e| Ok(generic_element(e))).unwrap_or_default().replace('\'', "''")),
        Value::Object(_) => quote(&json_text(v)),
        _ => quote(&js_string(v).replace('\'', "''")),
    }
}

fn generic_element(v: &Value) -> String {
    match v {
        Value::String(s) => array_string_element(s, true).replace("''", "'"),
        Value::Null => "NULL".into(),
        other => js_string(other),
    }
}

/// The stored default of a column (`None`: no default).
pub(crate) fn default_text(kind: &ColumnKind, value: &Value, dimensions: usize) -> Result<Option<String>, HostError> {
    if matches!(value, Value::Undefined) {
        return Ok(None);
    }
    if value.downcast::<super::sql::Sql>().is_some() {
        return Ok(Some(trim_default_suffix(&render_inlined(value, Source::Qualified)?)));
    }
    let grammar = grammar_for(&kind.sql_type(), matches!(kind, ColumnKind::Enum { .. }));
    if matches!(value, Value::Null) {
        // On a json column drizzle-kit writes JSON's null (`'null'`, what pull writes back as
        // `.default(null)`); elsewhere it crashes, and dbkit reads a NULL default as no default.
        return Ok((grammar == Grammar::Json && dimensions == 0).then(|| "'null'".to_string()));
    }
    let is_array = dimensions > 0 && elements(value).is_some();
    if is_array && super::columns::all_empty(value) {
        return Ok(Some("'{}'".into()));
    }
    let text = if is_array { array_default(grammar, kind, value, dimensions)? } else { scalar_default(grammar, kind, value)? };
    Ok(Some(text))
}

fn scalar_default(g: Grammar, kind: &ColumnKind, v: &Value) -> Result<String, HostError> {
    Ok(match g {
        Grammar::Number | Grammar::Boolean => number_text(v),
        Grammar::Numeric | Grammar::Quoted | Grammar::Interval => quote(&js_string(v)),
        Grammar::Text => quote(&js_string(v).replace('\\', "\\\\").replace('\'', "''")),
        Grammar::Json => quote(&json_text(v)),
        Grammar::Time => wrap(&js_string(v), '\''),
        Grammar::TimeTz => {
            let s = js_string(v);
            wrap(&if has_tz_suffix(&s) { s } else { format!("{s}+00") }, '\'')
        }
        Grammar::Date => wrap(&date_text(v)?, '\''),
        Grammar::Timestamp => wrap(&timestamp_text(v, false)?, '\''),
        Grammar::TimestampTz => wrap(&timestamp_text(v, true)?, '\''),
        Grammar::Vector => quote(&format!("[{}]", js_string(v).replace(' ', ""))),
        Grammar::SparseVec => wrap(&js_string(v), '\''),
        Grammar::Enum => match v {
            Value::String(s) if s.is_empty() => String::new(),
            _ => quote(&js_string(v).replace('\'', "''")),
        },
        Grammar::Serial => return Err(HostError(format!("a serial column cannot have a default ({})", js_string(v)))),
        Grammar::Point | Grammar::Line | Grammar::Geometry if !v.truthy() || is_empty_shape(v) => String::new(),
        Grammar::Point => quote(&point_text(v)),
        Grammar::Line => quote(&line_text(v)),
        Grammar::Geometry => match kind {
            ColumnKind::Geometry { srid, .. } => quote(&geometry_text(v, srid)),
            _ => quote(&geometry_text(v, &None)),
        },
        Grammar::Custom => match kind {
            ColumnKind::Bytea => bytea_literal(v),
            _ => generic_literal(v),
        },
    })
}

fn bytea_literal(v: &Value) -> String {
    // A Buffer is an array-like of bytes; drizzle-kit writes its text bare.
    if let Some(bytes) = elements(v) {
        let hex: String = bytes.iter().map(|b| format!("{:02x}", js_string(b).parse::<u32>().unwrap_or(0) as u8)).collect();
        return format!("'\\x{hex}'");
    }
    generic_literal(v)
}

fn array_default(g: Grammar, kind: &ColumnKind, v: &Value, dims: usize) -> Result<String, HostError> {
    let plain = |e: &Value| Ok(js_string(e));
    Ok(match g {
        Grammar::Number | Grammar::Numeric | Grammar::Quoted | Grammar::Time => quote(&stringify_array(v, &plain)?),
        Grammar::Boolean => quote(&stringify_array(v, &|e| Ok(if matches!(e, Value::Bool(true)) { "t".into() } else { "f".into() }))?),
        Grammar::Text => quote(&stringify_array(v, &|e| match e {
            Value::String(s) => Ok(array_string_element(s, true)),
            _ => Err(HostError(format!("a text array default holds strings, not {}", e.describe()))),
        })?),
        Grammar::Enum => quote(&stringify_array(v, &|e| match e {
            Value::String(s) => Ok(array_string_element(s, true)),
            _ => Err(HostError(format!("an enum array default holds strings, not {}", e.describe()))),
        })?),
        Grammar::Json => quote(&json_array(v, dims, 0)),
        Grammar::TimeTz => quote(&stringify_array(v, &|e| {
            let s = js_string(e);
            Ok(if has_tz_suffix(&s) { s } else { format!("{s}+00") })
        })?),
        Grammar::Date => wrap(&stringify_array(v, &date_text)?, '\''),
        Grammar::Timestamp => wrap(&stringify_array(v, &|e| Ok(wrap(&timestamp_text(e, false)?, '"')))?, '\''),
        Grammar::TimestampTz => wrap(&stringify_array(v, &|e| Ok(wrap(&timestamp_text(e, true)?, '"')))?, '\''),
        Grammar::Interval => quote(&stringify_array(v, &|e| Ok(format!("\"{}\"", js_string(e))))?),
        Grammar::Vector => {
            let s = stringify_tuples(v, &|x| {
                if is_empty_shape(x) { "\"[]\"".into() } else { format!("\"[{}]\"", js_string(x).replace(' ', "")) }
            });
            wrap(&s.replace(' ', ""), '\'')
        }
        Grammar::SparseVec => wrap(&stringify_array(v, &|e| Ok(format!("\"{}\"", js_string(e).replace(' ', ""))))?, '\''),
        Grammar::Point | Grammar::Line => {
            let tuple = matches!(kind, ColumnKind::Point { xy: false } | ColumnKind::Line { abc: false });
            let cell = |x: &Value| {
                if is_empty_shape(x) {
                    "\"{}\"".to_string()
                } else if g == Grammar::Point {
                    format!("\"{}\"", point_text(x))
                } else {
                    format!("\"{}\"", line_text(x))
                }
            };
            let s = if tuple { stringify_tuples(v, &cell) } else { stringify_array(v, &|x| Ok(cell(x)))? };
            wrap(&s, '\'')
        }
        Grammar::Geometry => {
            let srid = match kind {
                ColumnKind::Geometry { srid, .. } => srid.clone(),
                _ => None,
            };
            let cell = |x: &Value| format!("'{}'", geometry_text(x, &srid));
            let s = match kind {
                ColumnKind::Geometry { object: true, .. } => stringify_array(v, &|x| Ok(cell(x)))?,
                _ => stringify_tuples(v, &cell),
            };
            s.replacen('{', "ARRAY[", 1).chars().rev().collect::<String>().replacen('}', "]", 1).chars().rev().collect()
        }
        Grammar::Serial => return Err("a serial column cannot have a default".into()),
        Grammar::Custom => generic_literal(v),
    })
}

/// drizzle-kit's `toDefaultArray` for json arrays: each element is JSON text in double quotes.
fn json_array(v: &Value, dims: usize, depth: usize) -> String {
    if depth == dims {
        let res = json_text(v);
        return format!("\"{}\"", res.replace('"', "\\\""));
    }
    match elements(v) {
        Some(items) => {
            let inner: Vec<String> = items.iter().map(|i| json_array(i, dims, depth + 1)).collect();
            if depth == 0 { format!("{{{}}}", inner.join(",")) } else { inner.join(",") }
        }
        None => json_text(v),
    }
}

/// drizzle-kit's `trimDefaultValueSuffix`: drops a trailing `[]` and trailing `::type` casts.
pub(crate) fn trim_default_suffix(value: &str) -> String {
    let mut s = value.strip_suffix("[]").unwrap_or(value).to_string();
    while let Some(at) = s.rfind("::").filter(|at| is_cast_body(&s[at + 2..])) {
        s.truncate(at);
    }
    s
}

/// `["\w.\s-]+(\([^)]*\))?(\swith(out)?\stime\szone)?(\[\])?` spanning all of `s`.
fn is_cast_body(s: &str) -> bool {
    let body_char = |c: char| c == '"' || c == '.' || c == '-' || c == '_' || c.is_whitespace() || c.is_ascii_alphanumeric();
    let end = s.find(|c: char| !body_char(c)).unwrap_or(s.len());
    if end == 0 {
        return false;
    }
    let mut rest = &s[end..];
    if let Some(r) = rest.strip_prefix('(') {
        let Some(close) = r.find(')') else { return false };
        rest = &r[close + 1..];
        for tz in [" with time zone", " without time zone"] {
            if let Some(r) = rest.strip_prefix(tz) {
                rest = r;
                break;
            }
        }
    }
    let rest = rest.strip_prefix("[]").unwrap_or(rest);
    rest.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grammar_follows_drizzle_kits_type_tests() {
        assert_eq!(grammar_for("numeric(10, 2)", false), Grammar::Numeric);
        assert_eq!(grammar_for("timestamp (3) with time zone", false), Grammar::TimestampTz);
        assert_eq!(grammar_for("timestamp(3)", false), Grammar::Timestamp);
        assert_eq!(grammar_for("time with time zone", false), Grammar::TimeTz);
        assert_eq!(grammar_for("varchar(12)", false), Grammar::Text);
        assert_eq!(grammar_for("citext", false), Grammar::Custom);
        assert_eq!(grammar_for("interval day to second", false), Grammar::Interval);
        assert_eq!(grammar_for("geometry(point,4326)", false), Grammar::Geometry);
    }

    #[test]
    fn casts_are_trimmed() {
        assert_eq!(trim_default_suffix("'{}'::text[]"), "'{}'");
        assert_eq!(trim_default_suffix("'a'::character varying"), "'a'");
        assert_eq!(trim_default_suffix("now()"), "now()");
        assert_eq!(trim_default_suffix("'1'::numeric(10,2)"), "'1'");
    }
}
