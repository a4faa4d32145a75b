//! How drizzle-kit 1.0 spells what PostgreSQL prints: column types, defaults, serial columns,
//! index expression lists, view definitions and options, foreign key actions.
//!
//! The rules are drizzle-kit's (`src/dialects/postgres/grammar.ts` and `introspect.ts`); the few
//! places where its result is lossy or invalid are marked "dbkit differs".

use std::sync::LazyLock;

use regex::Regex;
use serde_json::Value;

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("the grammar's patterns are valid")
}

/// JavaScript's `\w`, for patterns ported from drizzle-kit (Rust's `\w` is Unicode-aware).
macro_rules! w {
    () => {
        "A-Za-z0-9_"
    };
}

/// drizzle-kit's `trimChar`: removes one `c` from both ends when the text starts and ends with it.
pub fn trim_char(s: &str, c: char) -> &str {
    if s.chars().count() >= 2 && s.starts_with(c) && s.ends_with(c) { &s[c.len_utf8()..s.len() - c.len_utf8()] } else { s }
}

/// The `type` of a table column: `format_type()` without array brackets and with drizzle-kit's
/// short spellings (`varchar(40)`, `char(3)`, `timestamp(3)`, `geometry(point,4326)`).
pub fn column_type(format_type: &str) -> String {
    static VARCHAR: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)character varying(?-u:\b)"));
    static NO_TZ: LazyLock<Regex> = LazyLock::new(|| re(r" without time zone(?-u:\b)"));
    static CHAR: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)character(?-u:\b)"));
    static POINT: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)geometry\(Point(?-u:\b)"));
    let t = format_type.replace("[]", "");
    let t = VARCHAR.replacen(&t, 1, "varchar");
    let t = NO_TZ.replacen(&t, 1, "");
    let t = CHAR.replacen(&t, 1, "char");
    let t = POINT.replacen(&t, 1, "geometry(point");
    trim_char(&t, '"').to_string()
}

/// The `type` of a view column (drizzle-kit spells these a little differently: only the first
/// `[]` is removed, numeric gets `, `, and the brackets come back per dimension).
pub fn view_column_type(format_type: &str, dimensions: i32) -> String {
    static VARCHAR: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)character varying(?-u:\b)"));
    static NO_TZ: LazyLock<Regex> = LazyLock::new(|| re(r" without time zone(?-u:\b)"));
    static CHAR: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)character(?-u:\b)"));
    let t = format_type.replacen("[]", "", 1);
    let mut t = trim_char(&t, '"').to_string();
    if t.starts_with("numeric(") {
        t = t.replacen(',', ", ", 1);
    }
    let t = VARCHAR.replacen(&t, 1, "varchar");
    let t = NO_TZ.replacen(&t, 1, "");
    let t = CHAR.replacen(&t, 1, "char");
    let t = t.replacen("geometry(Point)", "geometry(point)", 1);
    format!("{t}{}", "[]".repeat(dimensions.max(0) as usize))
}

/// drizzle-kit's `trimDefaultValueSuffix`: drops trailing casts (`'x'::text`, `'{}'::text[]`,
/// `'2020-01-01'::timestamp without time zone`).
pub fn trim_default_value_suffix(value: &str) -> String {
    static CASTS: LazyLock<Regex> =
        LazyLock::new(|| re(concat!(r#"(?i)(::["#, r#"""#, w!(), r#".\s-]+(?:\([^)]*\))?(?:\swith(?:out)?\stime\szone)?(?:\[\])?)+$"#)));
    let v = value.strip_suffix("[]").unwrap_or(value);
    CASTS.replace_all(v, "").into_owned()
}

/// How drizzle-kit's grammar turns a default of a type into the snapshot's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DefaultRule {
    /// smallint, integer, bigint, real, double precision, boolean: `'7'` becomes `7`.
    Unquote,
    /// numeric: always quoted, `1.50` becomes `'1.50'`.
    Quote,
    /// jsonb: PostgreSQL's `": "` becomes `":"`.
    CompactJson,
    /// Every other type: the text as PostgreSQL prints it (casts trimmed).
    AsIs,
}

/// drizzle-kit's `typeFor(type).defaultFromIntrospect`, reduced to the rule it applies. Its type
/// tests are regular expressions tried in a fixed order; they are kept as written, including
/// their loose anchoring (any type starting with `numeric` or `char` counts as one).
fn default_rule(ty: &str) -> DefaultRule {
    const ARRAY: &str = r"(?:\s*\[\s*\])*\s*$";
    static RULES: LazyLock<Vec<(Regex, DefaultRule)>> = LazyLock::new(|| {
        let exact = |name: &str| re(&format!(r"(?i)^\s*{name}{ARRAY}"));
        vec![
            (exact("smallint"), DefaultRule::Unquote),
            (exact("integer"), DefaultRule::Unquote),
            (exact("bigint"), DefaultRule::Unquote),
            (re(&format!(r"(?i)^\s*numeric|decimal(?:\(\d+(?:,\d+)?\))?{ARRAY}")), DefaultRule::Quote),
            (exact("real"), DefaultRule::Unquote),
            (exact("(?:double|double precision)"), DefaultRule::Unquote),
            (exact("boolean"), DefaultRule::Unquote),
            (re(&format!(r"(?i)^\s*char|character(?:\(\d+\))?{ARRAY}")), DefaultRule::AsIs),
            (re(&format!(r"(?i)^\s*varchar|character varying(?:\(\d+\))?{ARRAY}")), DefaultRule::AsIs),
            (exact("text"), DefaultRule::AsIs),
            (exact("json"), DefaultRule::AsIs),
            (exact("jsonb"), DefaultRule::CompactJson),
        ]
    });
    RULES.iter().find(|(re, _)| re.is_match(ty)).map_or(DefaultRule::AsIs, |(_, rule)| *rule)
}

/// drizzle-kit's `defaultForColumn`: the snapshot's `default` for a column of `ty` (the mapped
/// type) whose default expression PostgreSQL prints as `expression`.
pub fn column_default(ty: &str, expression: Option<&str>, dimensions: i32, is_enum: bool) -> Option<String> {
    let expression = expression?;
    if matches!(ty, "serial" | "smallserial" | "bigserial") {
        return None;
    }
    let value = trim_default_value_suffix(expression);
    if dimensions > 0 || is_enum {
        return Some(value);
    }
    Some(match default_rule(ty) {
        DefaultRule::Unquote => trim_char(&value, '\'').to_string(),
        DefaultRule::Quote => format!("'{}'", trim_char(&value, '\'')),
        DefaultRule::CompactJson => value.replace("\": \"", "\":\""),
        DefaultRule::AsIs => value,
    })
}

/// drizzle-kit's test for a serial column's default: `nextval('<schema.>…_seq'::regclass)`.
/// (dbkit also requires the column to own the sequence; see `build::columns`.)
pub fn is_serial_expression(expression: &str, schema: &str) -> bool {
    static TAIL: LazyLock<Regex> = LazyLock::new(|| re(r#"_seq\d*"?'::regclass\)$"#));
    let prefix = if schema == "public" { "" } else { schema };
    let quoted = format!("nextval('\"{prefix}\"{}", if prefix.is_empty() { "" } else { "." });
    (expression.starts_with(&format!("nextval('{prefix}")) || expression.starts_with(&quoted)) && TAIL.is_match(expression)
}

/// `serial`, `bigserial` or `smallserial` for the integer type of a serial column.
pub fn serial_type(ty: &str) -> Option<&'static str> {
    match ty {
        "integer" => Some("serial"),
        "bigint" => Some("bigserial"),
        "smallint" => Some("smallserial"),
        _ => None,
    }
}

/// drizzle-kit's `splitExpressions`: an index's expression list split on top-level commas.
pub fn split_expressions(input: Option<&str>) -> Vec<String> {
    let Some(input) = input else { return Vec::new() };
    let chars: Vec<(usize, char)> = input.char_indices().collect();
    let (mut parens, mut brackets) = (0usize, 0usize);
    let (mut single, mut double) = (false, false);
    let mut start = 0;
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        let next = chars.get(i + 1).map(|x| x.1);
        if (c == '\'' && next == Some('\'')) || (c == '"' && next == Some('"')) {
            i += 2;
            continue;
        }
        match c {
            '\'' if !double => single = !single,
            '"' if !single => double = !double,
            '\'' | '"' => {}
            _ if single || double => {}
            '(' => parens += 1,
            ')' => parens = parens.saturating_sub(1),
            '[' => brackets += 1,
            ']' => brackets = brackets.saturating_sub(1),
            ',' if parens == 0 && brackets == 0 => {
                out.push(input[start..chars[i].0].trim().to_string());
                start = chars[i].0 + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start < input.len() {
        out.push(input[start..].trim().to_string());
    }
    out.retain(|s| !s.is_empty());
    out
}

/// A view's definition as drizzle-kit keeps it: one line, whitespace runs collapsed, no `;`.
///
/// dbkit differs: drizzle-kit collapses whitespace and deletes the first `;` everywhere, string
/// literals and quoted names included (`'a;b'` becomes `'ab'`); dbkit leaves quoted text alone
/// and removes only the final `;`. The two agree whenever quoted text holds neither.
pub fn view_definition(text: Option<&str>) -> Option<String> {
    let text = text.filter(|t| !t.is_empty())?;
    let mut out = String::with_capacity(text.len());
    let mut quote: Option<char> = None;
    let mut in_space = false;
    for c in text.chars() {
        match quote {
            Some(q) => {
                out.push(c);
                if c == q {
                    quote = None;
                }
            }
            None if c.is_whitespace() => {
                if !in_space {
                    out.push(' ');
                }
                in_space = true;
                continue;
            }
            None => {
                if c == '\'' || c == '"' {
                    quote = Some(c);
                }
                out.push(c);
            }
        }
        in_space = false;
    }
    let trimmed = out.trim();
    let trimmed = trimmed.strip_suffix(';').unwrap_or(trimmed).trim();
    Some(trimmed.to_string())
}

/// drizzle-kit's `parseOnType`: a foreign key action letter as SQL.
pub fn fk_action(code: &str) -> Option<String> {
    Some(
        match code {
            "a" => "NO ACTION",
            "r" => "RESTRICT",
            "n" => "SET NULL",
            "c" => "CASCADE",
            "d" => "SET DEFAULT",
            _ => return None,
        }
        .to_string(),
    )
}

/// A number as JavaScript's `Number(text)` then `JSON.stringify` writes it (`50`, `0.2`, `-1`).
pub fn js_number(text: &str) -> Option<Value> {
    let t = text.trim();
    if let Ok(i) = t.parse::<i64>()
        && i.unsigned_abs() <= (1u64 << 53)
    {
        return Some(Value::from(i));
    }
    let f: f64 = t.parse().ok().filter(|f: &f64| f.is_finite())?;
    if f.fract() == 0.0 && f.abs() < 1e21 { Some(Value::from(f as i64)) } else { serde_json::Number::from_f64(f).map(Value::Number) }
}

/// The view options drizzle-kit knows, in the order it writes them, with how each is read.
const VIEW_OPTIONS: [(&str, &str, OptionKind); 21] = [
    ("check_option", "checkOption", OptionKind::Literal(&["local", "cascaded"])),
    ("security_barrier", "securityBarrier", OptionKind::Bool),
    ("security_invoker", "securityInvoker", OptionKind::Bool),
    ("fillfactor", "fillfactor", OptionKind::Number),
    ("toast_tuple_target", "toastTupleTarget", OptionKind::Number),
    ("parallel_workers", "parallelWorkers", OptionKind::Number),
    ("autovacuum_enabled", "autovacuumEnabled", OptionKind::Bool),
    ("vacuum_index_cleanup", "vacuumIndexCleanup", OptionKind::Literal(&["auto", "on", "off"])),
    ("vacuum_truncate", "vacuumTruncate", OptionKind::Bool),
    ("autovacuum_vacuum_threshold", "autovacuumVacuumThreshold", OptionKind::Number),
    ("autovacuum_vacuum_scale_factor", "autovacuumVacuumScaleFactor", OptionKind::Number),
    ("autovacuum_vacuum_cost_delay", "autovacuumVacuumCostDelay", OptionKind::Number),
    ("autovacuum_vacuum_cost_limit", "autovacuumVacuumCostLimit", OptionKind::Number),
    ("autovacuum_freeze_min_age", "autovacuumFreezeMinAge", OptionKind::Number),
    ("autovacuum_freeze_max_age", "autovacuumFreezeMaxAge", OptionKind::Number),
    ("autovacuum_freeze_table_age", "autovacuumFreezeTableAge", OptionKind::Number),
    ("autovacuum_multixact_freeze_min_age", "autovacuumMultixactFreezeMinAge", OptionKind::Number),
    ("autovacuum_multixact_freeze_max_age", "autovacuumMultixactFreezeMaxAge", OptionKind::Number),
    ("autovacuum_multixact_freeze_table_age", "autovacuumMultixactFreezeTableAge", OptionKind::Number),
    ("log_autovacuum_min_duration", "logAutovacuumMinDuration", OptionKind::Number),
    ("user_catalog_table", "userCatalogTable", OptionKind::Bool),
];

#[derive(Clone, Copy)]
enum OptionKind {
    Bool,
    Number,
    Literal(&'static [&'static str]),
}

fn option_value(kind: OptionKind, raw: &str) -> Option<Value> {
    match kind {
        // PostgreSQL accepts any case for booleans; drizzle-kit only lower case (and throws).
        OptionKind::Bool => match raw.to_ascii_lowercase().as_str() {
            "true" | "1" | "on" | "yes" => Some(Value::Bool(true)),
            "false" | "0" | "off" | "no" => Some(Value::Bool(false)),
            _ => None,
        },
        OptionKind::Number => js_number(raw),
        OptionKind::Literal(allowed) => allowed.contains(&raw).then(|| Value::String(raw.to_string())),
    }
}

/// A view's `with` object from `reloptions` (`["check_option=local", …]`): every option drizzle-kit
/// knows, `null` when unset, or no object at all when none is set. Options it does not know (and
/// values it cannot read) are left out.
pub fn view_options(options: Option<&[String]>) -> Option<dbkit_core::model::Obj> {
    let options = options?;
    let mut set = serde_json::Map::new();
    for (snake, camel, kind) in &VIEW_OPTIONS {
        let raw = options.iter().find_map(|o| {
            let (k, v) = o.split_once('=')?;
            (k.trim() == *snake).then(|| v.trim())
        });
        set.insert(camel.to_string(), raw.and_then(|r| option_value(*kind, r)).unwrap_or(Value::Null));
    }
    set.values().any(|v| !v.is_null()).then_some(dbkit_core::model::Obj::from(set))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_are_spelled_like_drizzle() {
        assert_eq!(column_type("character varying(40)"), "varchar(40)");
        assert_eq!(column_type("character varying[]"), "varchar");
        assert_eq!(column_type("timestamp(3) without time zone"), "timestamp(3)");
        assert_eq!(column_type("timestamp with time zone"), "timestamp with time zone");
        assert_eq!(column_type("character(3)"), "char(3)");
        assert_eq!(column_type("\"char\""), "char");
        assert_eq!(column_type("\"My Type\"[]"), "My Type");
        assert_eq!(column_type("my_character"), "my_character");
        assert_eq!(column_type("geometry(Point,4326)"), "geometry(point,4326)");
        assert_eq!(view_column_type("numeric(10,2)", 0), "numeric(10, 2)");
        assert_eq!(view_column_type("integer[]", 1), "integer[]");
        assert_eq!(view_column_type("timestamp(3) without time zone", 0), "timestamp(3)");
    }

    #[test]
    fn defaults_are_normalised_like_drizzle() {
        assert_eq!(trim_default_value_suffix("'{}'::text[]"), "'{}'");
        assert_eq!(trim_default_value_suffix("'2020-01-01 00:00:00'::timestamp without time zone"), "'2020-01-01 00:00:00'");
        assert_eq!(trim_default_value_suffix("'a'::character varying(10)"), "'a'");
        assert_eq!(trim_default_value_suffix("('a'::text || 'b'::text)"), "('a'::text || 'b'::text)");
        assert_eq!(trim_default_value_suffix("nextval('s'::regclass)"), "nextval('s'::regclass)");
        assert_eq!(trim_default_value_suffix("'x'::\"My Type\""), "'x'");
        let d = |ty: &str, e: &str| column_default(ty, Some(e), 0, false).unwrap();
        assert_eq!(d("integer", "'7'::integer"), "7");
        assert_eq!(d("numeric(10,2)", "1.50"), "'1.50'");
        assert_eq!(d("numeric", "'9.99'::numeric"), "'9.99'");
        assert_eq!(d("jsonb", r#"'{"a": 1, "b": "c"}'::jsonb"#), r#"'{"a": 1, "b":"c"}'"#);
        assert_eq!(d("text", "'it''s'::text"), "'it''s'");
        assert_eq!(d("boolean", "true"), "true");
        assert_eq!(column_default("integer", Some("'{1,2}'::integer[]"), 1, false).unwrap(), "'{1,2}'");
        assert_eq!(column_default("serial", Some("nextval('t_id_seq'::regclass)"), 0, false), None);
    }

    #[test]
    fn serial_defaults_by_schema() {
        assert!(is_serial_expression("nextval('users_id_seq'::regclass)", "public"));
        assert!(is_serial_expression("nextval('app.items_id_seq'::regclass)", "app"));
        assert!(is_serial_expression("nextval('\"My\".\"T_id_seq\"'::regclass)", "My"));
        assert!(!is_serial_expression("nextval('counter_seq'::regclass)", "app"));
        assert!(!is_serial_expression("nextval('counter'::regclass)", "public"));
    }

    #[test]
    fn expressions_split_on_top_level_commas() {
        assert_eq!(split_expressions(Some("lower(title), (score + 1)")), ["lower(title)", "(score + 1)"]);
        assert_eq!(split_expressions(Some("COALESCE(body, 'a,b'::text), (data ->> 'k'::text)")).len(), 2);
        assert_eq!(split_expressions(Some("(a[1]), \"x,y\"")), ["(a[1])", "\"x,y\""]);
        assert!(split_expressions(None).is_empty());
    }

    #[test]
    fn view_text_keeps_quoted_text() {
        assert_eq!(view_definition(Some(" SELECT a,\n    b\n   FROM t;")).unwrap(), "SELECT a, b FROM t");
        assert_eq!(view_definition(Some(" SELECT 'a;b'::text AS x\n   FROM t;")).unwrap(), "SELECT 'a;b'::text AS x FROM t");
        assert_eq!(view_definition(Some("SELECT 'two  spaces'::text AS \"a  b\";")).unwrap(), "SELECT 'two  spaces'::text AS \"a  b\"");
        assert_eq!(view_definition(None), None);
    }

    #[test]
    fn view_options_are_all_or_nothing() {
        assert!(view_options(None).is_none());
        assert!(view_options(Some(&["toast.autovacuum_enabled=false".to_string()])).is_none());
        let o = view_options(Some(&[
            "check_option=local".to_string(),
            "fillfactor=50".to_string(),
            "autovacuum_vacuum_scale_factor=0.2".to_string(),
        ]))
        .unwrap();
        assert_eq!(o.iter().count(), 21);
        assert_eq!(o.str("checkOption"), Some("local"));
        assert_eq!(serde_json::to_string(o.get("fillfactor").unwrap()).unwrap(), "50");
        assert_eq!(serde_json::to_string(o.get("autovacuumVacuumScaleFactor").unwrap()).unwrap(), "0.2");
        assert_eq!(o.iter().next().unwrap().0, "checkOption");
    }
}
