//! Each column type's builder, options and default in TypeScript, as drizzle-kit 1.0's postgres
//! grammar (`typeFor(type).toTs / toArrayTs`) writes them: `numeric({ mode: 'number', precision:
//! 12, scale: 2 }).default(9.99)`, `timestamp().default(new Date('…'))`, `text().array().default([])`,
//! and `sql\`…\`` for every default that is not a literal of the type. Where drizzle-kit's literal
//! reads back as another default (`1.50`, `new Date(…)` of a timestamp, a customType's SQL as a
//! string), dbkit writes `sql\`…\`` instead, marked "dbkit differs" below.

use std::sync::LazyLock;

use regex::Regex;

use super::js;
use super::names::string;
use super::pg_array;
use super::temporal::{date_reads_back, is_date, is_time, is_valid_js_date};

/// The grammar of one column type (drizzle-kit's `SmallInt`, `Int`, … `Custom`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Grammar {
    SmallInt,
    Int,
    BigInt,
    Numeric,
    Real,
    Double,
    Boolean,
    Char,
    Varchar,
    Text,
    Json,
    Jsonb,
    Time,
    TimeTz,
    Timestamp,
    TimestampTz,
    Uuid,
    Interval,
    Inet,
    Cidr,
    MacAddr,
    MacAddr8,
    Vector,
    HalfVec,
    SparseVec,
    Bit,
    Point,
    Line,
    Date,
    GeometryPoint,
    Serial,
    SmallSerial,
    BigSerial,
    Enum,
    Custom,
}

/// The order drizzle-kit tries the types in, with its patterns (some match more than their name:
/// `^\s*char|character…` takes every type starting with `char`).
static PATTERNS: LazyLock<Vec<(Grammar, Regex)>> = LazyLock::new(|| {
    const ARR: &str = r"(?:\s*\[\s*\])*\s*$";
    let p = |g: Grammar, pattern: String| (g, Regex::new(&format!("(?i){pattern}")).expect("the type patterns are valid"));
    vec![
        p(Grammar::SmallInt, format!(r"^\s*smallint{ARR}")),
        p(Grammar::Int, format!(r"^\s*integer{ARR}")),
        p(Grammar::BigInt, format!(r"^\s*bigint{ARR}")),
        p(Grammar::Numeric, format!(r"^\s*numeric|decimal(?:\([0-9]+(?:,[0-9]+)?\))?{ARR}")),
        p(Grammar::Real, format!(r"^\s*real{ARR}")),
        p(Grammar::Double, format!(r"^\s*(?:double|double precision){ARR}")),
        p(Grammar::Boolean, format!(r"^\s*boolean{ARR}")),
        p(Grammar::Char, format!(r"^\s*char|character(?:\([0-9]+\))?{ARR}")),
        p(Grammar::Varchar, format!(r"^\s*varchar|character varying(?:\([0-9]+\))?{ARR}")),
        p(Grammar::Text, format!(r"^\s*text{ARR}")),
        p(Grammar::Json, format!(r"^\s*json{ARR}")),
        p(Grammar::Jsonb, format!(r"^\s*jsonb{ARR}")),
        p(Grammar::Time, r"^\s*time(?:\([0-9]+\))?(?:\[\])*?\s*$".into()),
        p(Grammar::TimeTz, r"^\s*time(?:\([0-9]+\))?\s+with time zone(?:\[\])*?\s*$".into()),
        p(Grammar::Timestamp, r"^\s*timestamp(?:\s)?(?:\([0-9]+\))?(?:\[\])*?\s*$".into()),
        p(Grammar::TimestampTz, r"^\s*timestamp(?:\s)?(?:\([0-9]+\))?\s+with time zone(?:\[\])*?\s*$".into()),
        p(Grammar::Uuid, format!(r"^\s*uuid{ARR}")),
        p(
            Grammar::Interval,
            format!(r"^interval(\s+(year|month|day|hour|minute|second)(\s+to\s+(month|day|hour|minute|second))?)?(?:\(([0-9]+)\))?{ARR}"),
        ),
        p(Grammar::Inet, r"^inet(?:\(([0-9]+)\))?(\[\])?$".into()),
        p(Grammar::Cidr, r"^cidr(?:\(([0-9]+)\))?(\[\])?$".into()),
        p(Grammar::MacAddr, format!(r"^macaddr{ARR}")),
        p(Grammar::MacAddr8, format!(r"^macaddr8{ARR}")),
        p(Grammar::Vector, format!(r"^\s*vector(?:\([0-9]+\))?{ARR}")),
        p(Grammar::HalfVec, format!(r"^\s*halfvec(?:\([0-9]+(?:,[0-9]+)?\))?{ARR}")),
        p(Grammar::SparseVec, format!(r"^\s*sparsevec(?:\([0-9]+(?:,[0-9]+)?\))?{ARR}")),
        p(Grammar::Bit, format!(r"^\s*bit(?:\([0-9]+(?:,[0-9]+)?\))?{ARR}")),
        p(Grammar::Point, format!(r"^\s*point{ARR}")),
        p(Grammar::Line, format!(r"^\s*line{ARR}")),
        p(Grammar::Date, format!(r"^\s*date{ARR}")),
        p(Grammar::GeometryPoint, r"^\s*geometry\(point(?:,[0-9]+)?\)(?:\[\s*\])*\s*$".into()),
        p(Grammar::Serial, r"^(?:serial)(?:[\s(].*)?$".into()),
        p(Grammar::SmallSerial, r"^(?:smallserial)(?:[\s(].*)?$".into()),
        p(Grammar::BigSerial, r"^(?:bigserial)(?:[\s(].*)?$".into()),
    ]
});

/// drizzle-kit's `typeFor`.
pub(super) fn type_for(type_: &str, is_enum: bool) -> Grammar {
    if is_enum {
        return Grammar::Enum;
    }
    PATTERNS.iter().find(|(_, re)| re.is_match(type_)).map_or(Grammar::Custom, |(g, _)| *g)
}

/// An option value: strings print in single quotes.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Opt {
    Str(String),
    Num(f64),
    Bool(bool),
}

/// A column builder's options and default, as the grammar gives them.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct Ts {
    pub options: Vec<(&'static str, Opt)>,
    /// The argument of `.default(…)`, or a whole `.defaultRandom()`; empty for none.
    pub default: String,
    /// The SQL type of a `customType`.
    pub custom_type: Option<String>,
}

/// drizzle-kit's `inspect`: `{ mode: 'number', precision: 10 }`, or nothing.
pub(super) fn inspect(options: &[(&str, Opt)]) -> String {
    if options.is_empty() {
        return String::new();
    }
    let items: Vec<String> = options
        .iter()
        .map(|(k, v)| match v {
            Opt::Str(s) => format!("{k}: '{s}'"),
            Opt::Num(n) => format!("{k}: {}", js::number_to_string(*n)),
            Opt::Bool(b) => format!("{k}: {b}"),
        })
        .collect();
    format!("{{ {} }}", items.join(", "))
}

/// `sql\`…\`` with `\`, `` ` `` and `${` escaped (drizzle-kit's `escapeForSqlTemplate`).
pub(super) fn sql_template(text: &str) -> String {
    format!("sql`{}`", escape_sql_template(text))
}

pub(super) fn escape_sql_template(text: &str) -> String {
    text.replace('\\', "\\\\").replace('`', "\\`").replace("${", "\\${")
}

/// drizzle-kit's `trimChar(text, c)`: one `c` off both ends when it is at both ends.
pub(super) fn trim_char(s: &str, c: char) -> &str {
    if s.chars().count() >= 2 && s.starts_with(c) && s.ends_with(c) { &s[c.len_utf8()..s.len() - c.len_utf8()] } else { s }
}

/// `trimChar(value, ["(", ")"])` then `trimChar(…, "'")`: the text of an array default.
fn array_text(value: &str) -> &str {
    let v = if value.chars().count() >= 2 && value.starts_with('(') && value.ends_with(')') { &value[1..value.len() - 1] } else { value };
    trim_char(v, '\'')
}

/// `wrapWith(text, c)`: `c` around the text unless it already starts and ends with it.
fn wrap_with(s: &str, c: char) -> String {
    if s.starts_with(c) && s.ends_with(c) { s.to_string() } else { format!("{c}{s}{c}") }
}

/// drizzle-kit's `parseParams`: the numbers in the first `(…)` of a type (`numeric(12,4)`).
fn params(type_: &str) -> Vec<String> {
    static PARAMS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\(((?:[0-9]+(?:\s*,\s*[0-9]+)*)|max)\)").expect("valid"));
    PARAMS.captures(type_).map(|c| c[1].split(',').map(|p| p.trim().to_string()).collect()).unwrap_or_default()
}

fn num(text: &str) -> Opt {
    Opt::Num(js::number(text).unwrap_or(f64::NAN))
}

/// The interval's fields (`day to second`), as `parseIntervalFields` finds them.
fn interval_fields(type_: &str) -> Option<String> {
    const FIELDS: [&str; 13] = [
        "year",
        "month",
        "day",
        "hour",
        "minute",
        "second",
        "year to month",
        "day to hour",
        "day to minute",
        "day to second",
        "hour to minute",
        "hour to second",
        "minute to second",
    ];
    let (_, rest) = type_.split_once(' ')?;
    if FIELDS.contains(&rest) {
        return Some(rest.to_string());
    }
    FIELDS.iter().find(|f| rest.starts_with(&format!("{f}("))).map(|f| f.to_string())
}

/// drizzle-kit's `numberForTs`: `(mode, text)` of a number default.
fn number_for_ts(value: &str) -> (&'static str, String) {
    match js::number(value) {
        None => ("number", sql_template(value)),
        Some(x) if x.abs() <= js::MAX_SAFE_INTEGER => ("number", value.to_string()),
        Some(_) => ("bigint", format!("{value}n")),
    }
}

/// Whether `text` is a number literal JavaScript prints back the same (`7`, `-0.5`; not `1.50`,
/// `1e3` or `(1 + 2)`): written bare, it reads back as the same default.
fn exact_number(text: &str) -> bool {
    js::number(text).is_some_and(|x| js::number_to_string(x) == text)
}

/// A numeric default as `(mode, text)`: drizzle-kit's `numberForTs`, except that a number that
/// would not print back the same (`'1.50'` is `1.5` in JavaScript, and `.default(1.5)` is
/// `'1.5'`) or a fraction beyond the safe integers (`123.45678901234567890n` is no bigint) is
/// written as the SQL it is, in the mode drizzle-kit picks.
fn numeric_for_ts(value: &str) -> (&'static str, String) {
    let trimmed = trim_char(value, '\'');
    let integer = |t: &str| {
        let digits = t.strip_prefix('-').unwrap_or(t);
        !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) && (digits == "0" || !digits.starts_with('0'))
    };
    match js::number(trimmed) {
        None => ("number", sql_template(value)),
        Some(x) if x.abs() <= js::MAX_SAFE_INTEGER => {
            ("number", if exact_number(trimmed) { trimmed.to_string() } else { sql_template(value) })
        }
        Some(_) => ("bigint", if integer(trimmed) && trimmed != "-0" { format!("{trimmed}n") } else { sql_template(value) }),
    }
}

/// drizzle-kit's `unescapeFromSqlDefault`: `\"` and `\\` unescaped, and `''` too unless in an array.
fn unescape_sql(input: &str, in_array: bool) -> String {
    let res = input.replace("\\\"", "\"").replace("\\\\", "\\");
    if in_array { res } else { res.replace("''", "'") }
}

/// An array default through drizzle-kit's `parseArray` and `stringifyArray(…, "ts", cb)`.
fn array_default(value: &str, cb: &mut dyn FnMut(Option<&str>) -> Option<String>) -> Option<String> {
    pg_array::parse(array_text(value)).and_then(|items| pg_array::to_ts(&items, cb))
}

impl Grammar {
    /// The builder's name in `drizzle-orm/pg-core`.
    pub fn import(self) -> &'static str {
        use Grammar::*;
        match self {
            SmallInt => "smallint",
            Int => "integer",
            BigInt => "bigint",
            Numeric => "numeric",
            Real => "real",
            Double => "doublePrecision",
            Boolean => "boolean",
            Char => "char",
            Varchar => "varchar",
            Text => "text",
            Json => "json",
            Jsonb => "jsonb",
            Time | TimeTz => "time",
            Timestamp | TimestampTz => "timestamp",
            Uuid => "uuid",
            Interval => "interval",
            Inet => "inet",
            Cidr => "cidr",
            MacAddr => "macaddr",
            MacAddr8 => "macaddr8",
            Vector => "vector",
            HalfVec => "halfvec",
            SparseVec => "sparsevec",
            Bit => "bit",
            Point => "point",
            Line => "line",
            Date => "date",
            GeometryPoint => "geometry",
            Serial => "serial",
            SmallSerial => "smallserial",
            BigSerial => "bigserial",
            Enum => "pgEnum",
            Custom => "customType",
        }
    }

    /// The options a column of this type always carries, before its default is looked at.
    fn base_options(self, type_: &str) -> Vec<(&'static str, Opt)> {
        use Grammar::*;
        let p = params(type_);
        let first = |key: &'static str| p.first().filter(|s| !s.is_empty()).map(|v| (key, num(v)));
        let mut out = Vec::new();
        match self {
            Numeric => {
                out.extend(first("precision"));
                out.extend(p.get(1).filter(|s| !s.is_empty()).map(|v| ("scale", num(v))));
            }
            Char | Varchar | Text | Enum => out.extend(first("length")),
            Time | Timestamp => out.extend(first("precision")),
            TimeTz | TimestampTz => {
                out.extend(first("precision"));
                out.push(("withTimezone", Opt::Bool(true)));
            }
            Interval => {
                out.extend(first("precision"));
                out.extend(interval_fields(type_).map(|f| ("fields", Opt::Str(f))));
            }
            Vector | HalfVec | SparseVec | Bit => out.extend(first("dimensions")),
            BigSerial => out.push(("mode", Opt::Str("number".into()))),
            _ => {}
        }
        out
    }

    /// `toTs(type, default)`: a scalar column.
    pub fn to_ts(self, type_: &str, value: Option<&str>) -> Ts {
        use Grammar::*;
        let mut ts = Ts { options: self.base_options(type_), ..Ts::default() };
        if self == Custom {
            ts.custom_type = Some(type_.to_string());
        }
        if self == BigInt {
            ts.options.push(("mode", Opt::Str("number".into())));
        }
        let Some(value) = value.filter(|v| !v.is_empty()) else {
            if self == GeometryPoint {
                ts.options.clear();
            }
            return ts;
        };
        ts.default = match self {
            // dbkit differs: drizzle-kit writes any text `Number()` reads bare, and an expression
            // as it is (`(1 > 0)`, which JavaScript evaluates); both read back as another default.
            SmallInt | Int | Real | Double => {
                if exact_number(value) {
                    value.to_string()
                } else {
                    sql_template(value)
                }
            }
            Boolean => {
                if value == "true" || value == "false" {
                    value.to_string()
                } else {
                    sql_template(value)
                }
            }
            BigInt => {
                let (mode, def) = number_for_ts(value);
                ts.options = vec![("mode", Opt::Str(mode.into()))];
                def
            }
            Numeric => {
                let (mode, def) = numeric_for_ts(value);
                ts.options.insert(0, ("mode", Opt::Str(mode.into())));
                def
            }
            // dbkit differs: a string default is written with its backslashes doubled (as drizzle-kit
            // writes `.default("a\\b")`), so a backslash in the text is written as the SQL it is.
            Char | Varchar | Text => {
                if (!value.starts_with('\'') && !value.ends_with('\'')) || value.contains('\\') {
                    sql_template(value)
                } else {
                    string(&unescape_sql(trim_char(value, '\''), false))
                }
            }
            Json | Jsonb => match js::parse_json(trim_char(value, '\'')) {
                Some(json) => json.to_ts(&|s| s.replace("''", "'")),
                None => sql_template(value),
            },
            Time | TimeTz => {
                if is_time(trim_char(value, '\'')) {
                    value.to_string()
                } else {
                    sql_template(value)
                }
            }
            Date => {
                if is_date(trim_char(value, '\'')) {
                    value.to_string()
                } else {
                    sql_template(value)
                }
            }
            // dbkit differs: drizzle-kit writes every valid date as `new Date(…)`, which reads back
            // as milliseconds: a timestamp's `'2020-01-01 00:00:00'` becomes `'… 00:00:00.000'`,
            // and microseconds are cut. Those are written as the SQL they are.
            Timestamp => {
                let trimmed = trim_char(value, '\'');
                let patched = if trimmed.contains('T') { trimmed.to_string() } else { format!("{}Z", trimmed.replacen(' ', "T", 1)) };
                if is_valid_js_date(&patched) && date_reads_back(trimmed, false) {
                    format!("new Date('{patched}')")
                } else {
                    sql_template(value)
                }
            }
            TimestampTz => {
                let patched = trim_char(value, '\'');
                if is_valid_js_date(patched) && date_reads_back(patched, true) {
                    format!("new Date('{patched}')")
                } else {
                    sql_template(value)
                }
            }
            Uuid => {
                let v = trim_char(value, '\'');
                if v == "gen_random_uuid()" {
                    ".defaultRandom()".to_string()
                } else if !v.starts_with('\'') && !v.ends_with('\'') && v.ends_with("()") {
                    sql_template(v)
                } else {
                    format!("\"{}\"", trim_char(v, '\''))
                }
            }
            // dbkit differs: drizzle-kit writes any interval default as a string, so an
            // expression (`make_interval(days => 3)`) becomes a literal PostgreSQL rejects.
            Interval if !(value.starts_with('\'') && value.ends_with('\'')) => sql_template(value),
            Interval | Inet | Cidr | MacAddr | MacAddr8 => format!("\"{}\"", trim_char(value, '\'')),
            Vector | HalfVec => trim_char(value, '\'').to_string(),
            SparseVec => value.to_string(),
            Bit => {
                static BITS: LazyLock<Regex> = LazyLock::new(|| Regex::new("^'[01]+'$").expect("valid"));
                if BITS.is_match(value) { value.to_string() } else { sql_template(value) }
            }
            Point => {
                static POINT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^'\([0-9]+,[0-9]+\)'$").expect("valid"));
                if POINT.is_match(value) { trim_char(value, '\'').replacen('(', "[", 1).replacen(')', "]", 1) } else { sql_template(value) }
            }
            Line => {
                static LINE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^'\{[0-9]+,[0-9]+,[0-9]+\}'$").expect("valid"));
                if LINE.is_match(value) { trim_char(value, '\'').replacen('{', "[", 1).replacen('}', "]", 1) } else { sql_template(value) }
            }
            GeometryPoint => {
                ts.options = geometry_options(type_);
                geometry_default(type_, value)
            }
            Enum => string(&trim_char(value, '\'').replace("''", "'")),
            Serial | SmallSerial | BigSerial => String::new(),
            // dbkit differs: drizzle-kit writes the SQL text as a string (`.default("'101'")`), which
            // dbkit's reader takes as the value it is (`'''101'''`); the SQL is written as SQL.
            Custom => {
                ts.options.clear();
                sql_template(value)
            }
        };
        ts
    }

    /// `toArrayTs(type, default)`: an array column.
    pub fn to_array_ts(self, type_: &str, value: Option<&str>) -> Ts {
        use Grammar::*;
        let mut ts = Ts { options: self.base_options(type_), ..Ts::default() };
        if self == Custom {
            ts.custom_type = Some(type_.to_string());
        }
        if self == BigInt {
            ts.options.push(("mode", Opt::Str("number".into())));
        }
        if self == Enum {
            ts.options.clear();
        }
        let Some(value) = value.filter(|v| !v.is_empty()) else {
            // drizzle-kit returns no options at all here for these.
            if matches!(self, Bit | GeometryPoint) {
                ts.options.clear();
            }
            return ts;
        };
        let fallback = || sql_template(value);
        let unescaped = || format!("sql`{value}`");
        let quoted = |v: Option<&str>| Some(format!("\"{}\"", v.unwrap_or("null")));
        ts.default = match self {
            SmallInt | Int | Real | Double => array_default(value, &mut |v| Some(v.unwrap_or("null").to_string())).unwrap_or_else(fallback),
            BigInt => {
                ts.options = vec![("mode", Opt::Str("bigint".into()))];
                array_default(value, &mut |v| Some(format!("{}n", v.unwrap_or("null")))).unwrap_or_else(fallback)
            }
            Numeric | Json | Jsonb => fallback(),
            Boolean => {
                array_default(value, &mut |v| Some(if v == Some("t") { "true" } else { "false" }.to_string())).unwrap_or_else(fallback)
            }
            Char | Varchar | Text => {
                array_default(value, &mut |v| v.map(|v| string(&unescape_sql(trim_char(v, '\''), true)))).unwrap_or_else(fallback)
            }
            Enum => array_default(value, &mut |v| v.map(|v| string(&unescape_sql(trim_char(v, '\''), false)))).unwrap_or_else(fallback),
            Time => array_default(value, &mut |v| {
                let trimmed = trim_char(v?, '\'');
                Some(if is_time(trimmed) { wrap_with(v?, '\'') } else { format!("sql`{trimmed}`") })
            })
            .unwrap_or_else(fallback),
            TimeTz => flagged(value, |v| {
                let v = v?;
                Some((wrap_with(v, '\''), !is_time(trim_char(v, '\''))))
            })
            .map_or_else(fallback, |(def, sql)| if sql { unescaped() } else { def }),
            // drizzle-kit's test is inverted here: an array of dates is written as `sql`, an array
            // holding something else as the literal.
            Date => flagged(value, |v| {
                let v = v?;
                Some((wrap_with(v, '\''), !is_date(trim_char(v, '\''))))
            })
            .map_or_else(fallback, |(def, sql)| if sql { def } else { unescaped() }),
            // dbkit differs as for a scalar timestamp: dates that would not read back the same
            // make the array SQL.
            Timestamp => flagged(value, |v| {
                let v = v?;
                let patched = if v.contains('T') { v.to_string() } else { format!("{}Z", v.replacen(' ', "T", 1)) };
                Some((format!("new Date(\"{patched}\")"), !is_valid_js_date(&patched) || !date_reads_back(v, false)))
            })
            .map_or_else(fallback, |(def, sql)| if sql { unescaped() } else { def }),
            TimestampTz => flagged(value, |v| {
                let trimmed = trim_char(v?, '\'');
                Some((format!("new Date(\"{trimmed}\")"), !is_valid_js_date(trimmed) || !date_reads_back(trimmed, true)))
            })
            .map_or_else(fallback, |(def, sql)| if sql { unescaped() } else { def }),
            Uuid | Interval | Inet | Cidr | MacAddr | MacAddr8 => array_default(value, &mut |v| quoted(v)).unwrap_or_else(fallback),
            Vector | HalfVec => array_default(value, &mut |v| Some(v.unwrap_or("").to_string())).unwrap_or_else(fallback),
            SparseVec => array_default(value, &mut |v| Some(wrap_with(v?, '\''))).unwrap_or_else(fallback),
            Bit => {
                static BITS: LazyLock<Regex> = LazyLock::new(|| Regex::new("^[01]+$").expect("valid"));
                flagged(value, |v| Some((format!("\"{}\"", v.unwrap_or("null")), !BITS.is_match(v.unwrap_or("null")))))
                    .map_or_else(fallback, |(def, sql)| if sql { unescaped() } else { def })
            }
            Point | Line => {
                let (open, close, pattern) =
                    if self == Point { ('(', ')', r"^\([0-9]+,[0-9]+\)$") } else { ('{', '}', r"^\{[0-9]+,[0-9]+,[0-9]+\}$") };
                let re = Regex::new(pattern).expect("valid");
                flagged(value, |v| {
                    let sql = !re.is_match(v.unwrap_or("null"));
                    Some((v?.replacen(open, "[", 1).replacen(close, "]", 1), sql))
                })
                .map_or_else(fallback, |(def, sql)| if sql { unescaped() } else { def })
            }
            GeometryPoint => {
                ts.options = geometry_options(type_);
                if value == "'{}'" { "[]".to_string() } else { fallback() }
            }
            Serial | SmallSerial | BigSerial => String::new(),
            Custom => array_default(value, &mut |v| Some(v.map_or_else(|| "null".to_string(), string))).unwrap_or_else(fallback),
        };
        ts
    }
}

/// An array default whose callback also raises a flag (drizzle-kit's `isDrizzleSql`): the text
/// and whether any item raised it.
fn flagged(value: &str, mut cb: impl FnMut(Option<&str>) -> Option<(String, bool)>) -> Option<(String, bool)> {
    let mut any = false;
    let text = array_default(value, &mut |v| {
        let (text, flag) = cb(v)?;
        any |= flag;
        Some(text)
    })?;
    Some((text, any))
}

/// `geometry(point,4326)`: `{ type: 'point', srid: 4326 }`.
fn geometry_options(type_: &str) -> Vec<(&'static str, Opt)> {
    let mut out = vec![("type", Opt::Str("point".into()))];
    if let Some(srid) = geometry_srid(type_) {
        out.push(("srid", num(&srid)));
    }
    out
}

fn geometry_srid(type_: &str) -> Option<String> {
    let inner = type_.replace("[]", "");
    let open = inner.find('(')?;
    let close = inner.rfind(')')?;
    inner.get(open + 1..close)?.replace(", ", ",").split(',').nth(1).filter(|s| !s.is_empty()).map(str::to_string)
}

/// A geometry point default: `[x,y]` from `'POINT(x y)'`, `sql\`…\`` otherwise.
fn geometry_default(type_: &str, value: &str) -> String {
    if !value.contains("POINT(") {
        return sql_template(value);
    }
    if geometry_srid(type_).is_none() && value.starts_with("'SRID=") {
        return sql_template(value);
    }
    let inner = value.split("POINT(").nth(1).and_then(|s| s.split(')').next()).unwrap_or("");
    let mut parts = inner.split(' ');
    format!("[{},{}]", parts.next().unwrap_or("undefined"), parts.next().unwrap_or("undefined"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_map_to_drizzle_kits_grammars() {
        assert_eq!(type_for("numeric(12,4)", false), Grammar::Numeric);
        assert_eq!(type_for("timestamp(3) with time zone", false), Grammar::TimestampTz);
        assert_eq!(type_for("timestamp", false), Grammar::Timestamp);
        assert_eq!(type_for("time with time zone", false), Grammar::TimeTz);
        assert_eq!(type_for("interval day to second", false), Grammar::Interval);
        assert_eq!(type_for("bit varying(16)", false), Grammar::Custom);
        assert_eq!(type_for("char(1)", false), Grammar::Char);
        assert_eq!(type_for("bpchar", false), Grammar::Custom);
        assert_eq!(type_for("status", true), Grammar::Enum);
    }

    #[test]
    fn defaults_are_written_as_drizzle_kit_writes_them() {
        let ts = |t: &str, v: &str| {
            let g = type_for(t, false);
            let r = g.to_ts(t, Some(v));
            format!("{}|{}", inspect(&r.options), r.default)
        };
        assert_eq!(ts("numeric(10,2)", "'9.99'"), "{ mode: 'number', precision: 10, scale: 2 }|9.99");
        assert_eq!(ts("bigint", "9007199254740993"), "{ mode: 'bigint' }|9007199254740993n");
        assert_eq!(ts("text", "'it''s'"), "|\"it's\"");
        assert_eq!(ts("text", "md5((random())::text)"), "|sql`md5((random())::text)`");
        assert_eq!(ts("timestamp", "'2020-01-01 12:30:45.123'"), "|new Date('2020-01-01T12:30:45.123Z')");
        assert_eq!(ts("timestamp with time zone", "'2020-01-01 00:00:00+00'"), "{ withTimezone: true }|new Date('2020-01-01 00:00:00+00')");
        assert_eq!(ts("jsonb", "'{\"a\":1,\"b\":\"it''s\"}'"), "|{\"a\":1,\"b\":\"it's\"}");
        assert_eq!(ts("uuid", "gen_random_uuid()"), "|.defaultRandom()");
        assert_eq!(ts("interval hour to minute", "'02:00:00'"), "{ fields: 'hour to minute' }|\"02:00:00\"");
        let arr = |t: &str, v: &str| type_for(t, false).to_array_ts(t, Some(v)).default;
        assert_eq!(arr("bigint", "'{1,2,3}'"), "[1n,2n,3n]");
        assert_eq!(arr("text", "'{}'"), "[]");
        assert_eq!(arr("boolean", "'{t,f}'"), "[true,false]");
        assert_eq!(arr("timestamp", "'{\"2020-01-01 00:00:00.250\"}'"), "[new Date(\"2020-01-01T00:00:00.250Z\")]");
        assert_eq!(arr("date", "ARRAY[CURRENT_DATE]"), "sql`ARRAY[CURRENT_DATE]`");
    }

    #[test]
    fn defaults_that_would_read_back_otherwise_are_sql() {
        let ts = |t: &str, v: &str| {
            let r = type_for(t, false).to_ts(t, Some(v));
            format!("{}|{}", inspect(&r.options), r.default)
        };
        assert_eq!(ts("numeric", "'1.50'"), "{ mode: 'number' }|sql`'1.50'`");
        assert_eq!(ts("numeric(5,2)", "'0.00'"), "{ mode: 'number', precision: 5, scale: 2 }|sql`'0.00'`");
        assert_eq!(ts("numeric", "'-0.5'"), "{ mode: 'number' }|-0.5");
        assert_eq!(ts("numeric", "'12345678901234567890'"), "{ mode: 'bigint' }|12345678901234567890n");
        assert_eq!(ts("numeric", "'12345678901234567890.5'"), "{ mode: 'bigint' }|sql`'12345678901234567890.5'`");
        assert_eq!(ts("boolean", "(1 > 0)"), "|sql`(1 > 0)`");
        assert_eq!(ts("boolean", "true"), "|true");
        assert_eq!(ts("double precision", "-35000000000"), "|-35000000000");
        assert_eq!(ts("integer", "(1 + 2)"), "|sql`(1 + 2)`");
        assert_eq!(ts("text", "'a\\b'"), "|sql`'a\\\\b'`");
        assert_eq!(ts("bit varying", "'101'"), "|sql`'101'`");
        assert_eq!(ts("bytea", "'\\xdeadbeef'"), "|sql`'\\\\xdeadbeef'`");
        assert_eq!(ts("timestamp", "'2020-01-01 00:00:00'"), "|sql`'2020-01-01 00:00:00'`");
        assert_eq!(
            ts("timestamp with time zone", "'2020-01-01 12:30:45.123456+00'"),
            "{ withTimezone: true }|sql`'2020-01-01 12:30:45.123456+00'`"
        );
        let arr = |t: &str, v: &str| type_for(t, false).to_array_ts(t, Some(v)).default;
        assert_eq!(arr("timestamp", "'{\"2020-01-01 00:00:00\"}'"), "sql`'{\"2020-01-01 00:00:00\"}'`");
    }
}
