//! The node tokens of a footprint: `<mark>|<kind>|<dotted.path>`, and the fixed bundles of them
//! drizzle-kit 1.0 writes for an object that is created, renamed or altered.
//!
//! The mark says what a statement touches: `s` the object itself, `n` its name (two objects
//! cannot share one), `e` its existence. Some kinds share a namespace in PostgreSQL (tables,
//! views, sequences and indexes are all relations; tables, views and enums are all types;
//! constraints of a table share names), so creating one also claims the shared names.

use crate::model::{Column, CompactString, Obj};

/// `s|kind|a.b.c`: the object itself.
pub fn self_(kind: &str, path: &[&str]) -> String {
    token('s', kind, path)
}

/// `n|kind|a.b.c`: the object's name.
pub fn name(kind: &str, path: &[&str]) -> String {
    token('n', kind, path)
}

/// `e|kind|a.b.c`: that the object exists.
pub fn exist(kind: &str, path: &[&str]) -> String {
    token('e', kind, path)
}

fn token(mark: char, kind: &str, path: &[&str]) -> String {
    format!("{mark}|{kind}|{}", path.join("."))
}

/// The names in PostgreSQL's shared namespaces that an object of `kind` occupies.
///
/// A unique constraint is backed by an index, so it claims a relation name in the schema
/// (`path` is `[schema, table, name]`, the relation is `schema.name`).
pub fn shared_names(kind: &str, path: &[&str]) -> Vec<String> {
    match kind {
        "tbl" | "view" => vec![name("rel", path), name("type", path)],
        "seq" | "idx" => vec![name("rel", path)],
        "enum" => vec![name("type", path)],
        "uq" => vec![name("con", path), name("rel", &[path[0], path[2]])],
        "ck" | "fk" => vec![name("con", path)],
        _ => Vec::new(),
    }
}

/// The names a primary key constraint `pk` of `schema.table` occupies: those of a unique constraint.
pub fn pk_names(schema: &str, table: &str, pk: &str) -> Vec<String> {
    shared_names("uq", &[schema, table, pk])
}

/// What creating or dropping an object writes: itself, its name, its existence, shared names.
pub fn created(kind: &str, path: &[&str]) -> Vec<String> {
    let mut out = vec![self_(kind, path), name(kind, path), exist(kind, path)];
    out.extend(shared_names(kind, path));
    out
}

/// One side of a rename or move: the object and its names, but not its existence.
pub fn endpoint(kind: &str, path: &[&str]) -> Vec<String> {
    let mut out = vec![self_(kind, path), name(kind, path)];
    out.extend(shared_names(kind, path));
    out
}

/// What altering an object in place writes: only the object itself.
pub fn altered(kind: &str, path: &[&str]) -> Vec<String> {
    vec![self_(kind, path)]
}

/// A statement on something inside a table reads the table's and the schema's names.
pub fn under_table(schema: &str, table: &str) -> Vec<String> {
    vec![name("tbl", &[schema, table]), name("sch", &[schema])]
}

/// Dropping or renaming an index only needs its table to exist (not to keep its name).
pub fn index_home(schema: &str, table: &str) -> Vec<String> {
    vec![exist("tbl", &[schema, table]), name("sch", &[schema])]
}

/// A column of an enum type reads the enum's name (`pg_catalog` types are not enums).
pub fn column_enum(column: &Column) -> Option<String> {
    let schema = column.type_schema.as_deref().filter(|s| !s.is_empty() && *s != "pg_catalog")?;
    (!column.type_.is_empty()).then(|| name("enum", &[schema, &column.type_]))
}

/// `e|uniqueness|schema.table.a.b`: that a set of columns is unique (what a foreign key needs),
/// with the columns in JavaScript's default sort order.
pub fn uniqueness<S: AsRef<str>>(schema: &str, table: &str, columns: &[S]) -> String {
    let mut cols: Vec<&str> = columns.iter().map(AsRef::as_ref).collect();
    cols.sort_by(|a, b| a.encode_utf16().cmp(b.encode_utf16()));
    let mut path = vec![schema, table];
    path.extend(cols);
    exist("uniqueness", &path)
}

/// The plain (non-expression) columns of an index, in index order.
pub fn index_columns(columns: &[Obj]) -> Vec<&str> {
    columns.iter().filter(|c| !is_expression(c)).map(|c| c.str("value").unwrap_or_default()).collect()
}

/// The uniqueness an index provides: only a unique index without a `WHERE` over plain columns.
pub fn index_uniqueness(index: &crate::model::Index) -> Vec<String> {
    let plain = index.columns.iter().all(|c| !is_expression(c));
    if index.is_unique && index.where_.as_deref().is_none_or(str::is_empty) && plain {
        let cols: Vec<&str> = index.columns.iter().map(|c| c.str("value").unwrap_or_default()).collect();
        vec![uniqueness(&index.schema, &index.table, &cols)]
    } else {
        Vec::new()
    }
}

fn is_expression(column: &Obj) -> bool {
    // JavaScript truthiness of `isExpression`: a missing or null flag is a plain column.
    match column.get("isExpression") {
        None | Some(serde_json::Value::Null) => false,
        Some(serde_json::Value::Bool(b)) => *b,
        Some(serde_json::Value::Number(n)) => n.as_f64().is_some_and(|f| f != 0.0),
        Some(serde_json::Value::String(s)) => !s.is_empty(),
        Some(_) => true,
    }
}

/// The roles a policy names, without PostgreSQL's built-in pseudo-roles.
pub fn policy_roles(roles: &[CompactString]) -> Vec<String> {
    const BUILTIN: [&str; 4] = ["current_user", "current_role", "session_user", "public"];
    roles.iter().filter(|r| !BUILTIN.contains(&r.as_str())).map(|r| name("role", &[r])).collect()
}

/// The privilege types `ALL` stands for, `ALL` itself first (drizzle's `privilegeTypes`).
pub const PRIVILEGE_TYPES: [&str; 8] = ["ALL", "SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundles_follow_the_shared_namespaces() {
        assert_eq!(created("sch", &["audit"]), ["s|sch|audit", "n|sch|audit", "e|sch|audit"]);
        assert_eq!(
            created("enum", &["public", "mood"]),
            ["s|enum|public.mood", "n|enum|public.mood", "e|enum|public.mood", "n|type|public.mood"]
        );
        assert_eq!(endpoint("tbl", &["s", "t"]), ["s|tbl|s.t", "n|tbl|s.t", "n|rel|s.t", "n|type|s.t"]);
        assert_eq!(
            created("uq", &["s", "t", "t_a_key"]),
            ["s|uq|s.t.t_a_key", "n|uq|s.t.t_a_key", "e|uq|s.t.t_a_key", "n|con|s.t.t_a_key", "n|rel|s.t_a_key"]
        );
        assert_eq!(pk_names("s", "t", "t_pkey"), ["n|con|s.t.t_pkey", "n|rel|s.t_pkey"]);
    }

    #[test]
    fn uniqueness_sorts_like_javascript() {
        assert_eq!(uniqueness("p", "t", &["b", "a", "B"]), "e|uniqueness|p.t.B.a.b");
        // UTF-16 order puts an astral character (surrogates 0xD8xx) before U+FF01.
        assert_eq!(uniqueness("p", "t", &["\u{FF01}", "\u{1F600}"]), "e|uniqueness|p.t.\u{1F600}.\u{FF01}");
    }
}
