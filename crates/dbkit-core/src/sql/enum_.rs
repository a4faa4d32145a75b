//! Enum types: create, drop, rename, move to another schema, add values, and the recreation that
//! removing a value needs (columns go through `text`, the type is dropped and created again).

use crate::diff::{EnumColumn, ValueChange};
use crate::model::Enum;

use super::column::{brackets, default_to_sql};
use super::names::{escape_single_quotes, qualified, quote};

/// A value as a literal: quotes doubled, then wrapped in `'…'` unless the escaped text already
/// starts and ends with a quote (drizzle's `wrapWith`). So a value that is itself quoted, or a
/// lone `'`, comes out as a different literal than it should; drizzle-kit writes that and we
/// match it.
fn enum_literal(value: &str) -> String {
    let escaped = escape_single_quotes(value);
    if escaped.starts_with('\'') && escaped.ends_with('\'') { escaped } else { format!("'{escaped}'") }
}

pub(crate) fn create_enum(e: &Enum) -> String {
    let values: Vec<String> = e.values.iter().map(|v| enum_literal(v)).collect();
    format!("CREATE TYPE {} AS ENUM({});", qualified(&e.schema, &e.name), values.join(", "))
}

pub(crate) fn drop_enum(e: &Enum) -> String {
    format!("DROP TYPE {};", qualified(&e.schema, &e.name))
}

pub(crate) fn rename_enum(schema: &str, from: &str, to: &str) -> String {
    format!("ALTER TYPE {} RENAME TO {};", qualified(schema, from), quote(to))
}

pub(crate) fn move_enum(from: &Enum, to: &Enum) -> String {
    let target = if to.schema.is_empty() { "public" } else { &to.schema };
    format!("ALTER TYPE {} SET SCHEMA {};", qualified(&from.schema, &from.name), quote(target))
}

/// One `ADD VALUE` per added value, placed `BEFORE` the value that follows it when it is not
/// appended. drizzle-kit does not escape quotes in these literals (unlike `CREATE TYPE`); we
/// match it.
pub(crate) fn alter_enum(diff: &[ValueChange], to: &Enum) -> Vec<String> {
    let key = qualified(&to.schema, &to.name);
    diff.iter()
        .filter_map(|change| match change {
            ValueChange::Added { value, before: Some(before) } if !before.is_empty() => {
                Some(format!("ALTER TYPE {key} ADD VALUE '{value}' BEFORE '{before}';"))
            }
            ValueChange::Added { value, .. } => Some(format!("ALTER TYPE {key} ADD VALUE '{value}';")),
            _ => None,
        })
        .collect()
}

/// Every column of the type is turned into text (losing its default), the type is dropped and
/// created with the new values, then the columns are cast back and get their new defaults.
pub(crate) fn recreate_enum(to: &Enum, columns: &[EnumColumn]) -> Vec<String> {
    let mut out = Vec::new();
    for EnumColumn { column, default_left, .. } in columns {
        let key = qualified(&column.schema, &column.table);
        let name = quote(&column.name);
        out.push(format!("ALTER TABLE {key} ALTER COLUMN {name} SET DATA TYPE text{};", brackets(column.dimensions)));
        if default_left.as_deref().is_some_and(|d| !d.is_empty()) {
            out.push(format!("ALTER TABLE {key} ALTER COLUMN {name} DROP DEFAULT;"));
        }
    }
    out.push(drop_enum(to));
    out.push(create_enum(to));
    let enum_type = qualified(&to.schema, &to.name);
    for EnumColumn { column, default_right, .. } in columns {
        let key = qualified(&column.schema, &column.table);
        let name = quote(&column.name);
        let dims = brackets(column.dimensions);
        out.push(format!("ALTER TABLE {key} ALTER COLUMN {name} SET DATA TYPE {enum_type}{dims} USING {name}::{enum_type}{dims};"));
        if let Some(default) = default_right.as_deref().filter(|d| !d.is_empty()) {
            let sql = default_to_sql(&column.type_, column.type_schema.as_deref(), column.dimensions, Some(default));
            out.push(format!("ALTER TABLE {key} ALTER COLUMN {name} SET DEFAULT {sql};"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sql::column::tests::col;

    fn enum_(schema: &str, name: &str, values: &[&str]) -> Enum {
        Enum { schema: schema.into(), name: name.into(), values: values.iter().map(|&v| v.into()).collect() }
    }

    #[test]
    fn create_and_add_values_from_real_output() {
        // /work/shared/peer/v1/generate/drizzle/*_perpetual_captain_universe and *_schema_b
        let status = enum_("public", "order_status", &["pending", "paid", "shipped", "cancelled"]);
        assert_eq!(create_enum(&status), r#"CREATE TYPE "order_status" AS ENUM('pending', 'paid', 'shipped', 'cancelled');"#);
        let diff = vec![
            ValueChange::Same("pending".into()),
            ValueChange::Same("paid".into()),
            ValueChange::Added { value: "processing".into(), before: Some("shipped".into()) },
            ValueChange::Same("shipped".into()),
            ValueChange::Same("cancelled".into()),
            ValueChange::Added { value: "refunded".into(), before: None },
        ];
        assert_eq!(
            alter_enum(&diff, &status),
            [r#"ALTER TYPE "order_status" ADD VALUE 'processing' BEFORE 'shipped';"#, r#"ALTER TYPE "order_status" ADD VALUE 'refunded';"#]
        );
    }

    #[test]
    fn quoting_quirks_match_drizzle() {
        // testdata cases enums_create_drop, enum_quirks
        assert_eq!(
            create_enum(&enum_("public", "mood", &["sad", "it's ok", "happy"])),
            r#"CREATE TYPE "mood" AS ENUM('sad', 'it''s ok', 'happy');"#
        );
        assert_eq!(create_enum(&enum_("public", "q", &["'quoted'", "a'b", "'"])), r#"CREATE TYPE "q" AS ENUM(''quoted'', 'a''b', '');"#);
        let added = [ValueChange::Same("sad".into()), ValueChange::Added { value: "it's".into(), before: None }];
        assert_eq!(alter_enum(&added, &enum_("public", "mood", &[])), [r#"ALTER TYPE "mood" ADD VALUE 'it's';"#]);
    }

    #[test]
    fn drop_rename_move() {
        // testdata cases enums_create_drop, enums_rename*, enums_move
        assert_eq!(drop_enum(&enum_("public", "gone", &[])), r#"DROP TYPE "gone";"#);
        assert_eq!(rename_enum("s", "a", "b"), r#"ALTER TYPE "s"."a" RENAME TO "b";"#);
        assert_eq!(move_enum(&enum_("public", "a", &[]), &enum_("s", "a", &[])), r#"ALTER TYPE "a" SET SCHEMA "s";"#);
        assert_eq!(move_enum(&enum_("s", "c", &[]), &enum_("public", "c", &[])), r#"ALTER TYPE "s"."c" SET SCHEMA "public";"#);
    }

    #[test]
    fn recreate_goes_through_text() {
        // testdata case enums_recreate (the `s.e` enum)
        let column =
            col(r#"{"schema":"s","table":"t","name":"e","type":"e","typeSchema":"s","notNull":false,"dimensions":2,"default":"'{{a}}'"}"#);
        let columns = [EnumColumn { column, default_left: Some("'{{a}}'".into()), default_right: Some("'{{b}}'".into()) }];
        assert_eq!(
            recreate_enum(&enum_("s", "e", &["b"]), &columns),
            [
                r#"ALTER TABLE "s"."t" ALTER COLUMN "e" SET DATA TYPE text[][];"#,
                r#"ALTER TABLE "s"."t" ALTER COLUMN "e" DROP DEFAULT;"#,
                r#"DROP TYPE "s"."e";"#,
                r#"CREATE TYPE "s"."e" AS ENUM('b');"#,
                r#"ALTER TABLE "s"."t" ALTER COLUMN "e" SET DATA TYPE "s"."e"[][] USING "e"::"s"."e"[][];"#,
                r#"ALTER TABLE "s"."t" ALTER COLUMN "e" SET DEFAULT '{{b}}'::"s"."e"[];"#,
            ]
        );
    }
}
