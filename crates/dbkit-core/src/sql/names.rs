//! Identifiers as drizzle-kit 1.0 writes them: always double-quoted and qualified by their schema
//! unless it is `public` — except that dbkit doubles an embedded `"`.
//!
//! drizzle-kit writes `CREATE TABLE "my"table"`, which PostgreSQL rejects; dbkit writes
//! `"my""table"`. Names without a `"` (all real-world ones) come out byte-identical.

use crate::model::CompactString;

/// `"name"`, with an embedded `"` doubled (drizzle-kit does not double it and writes invalid SQL).
pub(crate) fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// `"name"` in `public`, `"schema"."name"` in any other schema.
pub(crate) fn qualified(schema: &str, name: &str) -> String {
    if schema == "public" { quote(name) } else { format!("{}.{}", quote(schema), quote(name)) }
}

/// `"a","b"`: each name quoted, joined without spaces (an empty list gives nothing), as in
/// foreign key and index column lists.
pub(crate) fn quoted_list(names: &[CompactString]) -> String {
    names.iter().map(|n| quote(n)).collect::<Vec<_>>().join(",")
}

/// `"a","b"` written as one quoted join (drizzle's `"${columns.join('","')}"`), as in primary key
/// and unique column lists. It differs from [`quoted_list`] only for an empty list, which gives
/// `""` here.
pub(crate) fn joined_quoted(names: &[CompactString]) -> String {
    format!("\"{}\"", names.iter().map(|n| n.replace('"', "\"\"")).collect::<Vec<_>>().join("\",\""))
}

/// drizzle's `escapeSingleQuotes` / `replaceAll("'", "''")`.
pub(crate) fn escape_single_quotes(text: &str) -> String {
    text.replace('\'', "''")
}

/// drizzle's `String.prototype.snake_case`: every ASCII capital becomes `_` and its lower case.
pub(crate) fn snake_case(key: &str) -> String {
    let mut out = String::with_capacity(key.len() + 4);
    for c in key.chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_is_left_out_and_embedded_quotes_are_doubled() {
        assert_eq!(qualified("public", "users"), r#""users""#);
        assert_eq!(qualified("audit", "log"), r#""audit"."log""#);
        // drizzle-kit writes "we"ird", which PostgreSQL rejects
        assert_eq!(quote(r#"we"ird"#), r#""we""ird""#);
    }

    #[test]
    fn column_lists() {
        let cols: Vec<CompactString> = vec!["a".into(), "b".into()];
        assert_eq!(quoted_list(&cols), r#""a","b""#);
        assert_eq!(joined_quoted(&cols), r#""a","b""#);
        assert_eq!(quoted_list(&[]), "");
        assert_eq!(joined_quoted(&[]), r#""""#);
    }

    #[test]
    fn snake_case_matches_drizzle() {
        assert_eq!(snake_case("autovacuumVacuumScaleFactor"), "autovacuum_vacuum_scale_factor");
        assert_eq!(snake_case("fillfactor"), "fillfactor");
        assert_eq!(snake_case("checkOption"), "check_option");
    }
}
