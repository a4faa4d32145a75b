//! `alter_column`: one column's changed properties, each as its own `ALTER TABLE … ALTER COLUMN`
//! statement, in drizzle's order: drop expression, type (with the default dropped and set again
//! around enum and dimension changes, and the sequence work of serial conversions), default,
//! identity, not null. Where drizzle-kit's statements fail on PostgreSQL (a default that cannot
//! be cast, an identity on a nullable column, an identity turned serial, a long serial name),
//! dbkit writes the statements that work; each spot says so.

use crate::diff::Alter;
use crate::model::Column;

use super::column::{brackets, column_default, identity_clause, is_serial_type, map_serial_to_int};
use super::js::{some_text, strict_equal, template, truthy};
use super::names::{qualified, quote};

/// What drizzle's `alter_column` statement knows besides the diff: whether the column's type is
/// an enum now (`isEnum`) and was one before a type change (`wasEnum`), and serial conversions.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct AlterFlags {
    pub is_enum: bool,
    pub was_enum: bool,
    pub was_serial: bool,
    pub to_serial: bool,
}

pub(crate) fn alter_column(diff: &Alter<Column>, column: &Column, flags: AlterFlags) -> Vec<String> {
    let key = qualified(&column.schema, &column.table);
    let name = quote(&column.name);
    let alter = |clause: &str| format!("ALTER TABLE {key} ALTER COLUMN {name} {clause};");
    let mut out = Vec::new();

    if diff.has("generated") && diff.right.generated.is_none() {
        out.push(alter("DROP EXPRESSION"));
    }

    let new_type = diff.has("type") || diff.has("typeSchema") || diff.has("dimensions");
    // A default cannot survive a cast to or from an enum, or to another number of dimensions:
    // drop it first and set it again after the new type. drizzle-kit stops there; PostgreSQL also
    // refuses any default it has no assignment cast for (text '1' to integer, text '{}' to jsonb),
    // so dbkit drops and sets the default around those type changes too.
    let has_old_default = some_text(&diff.left.default).is_some();
    let drizzle_recreates = new_type && (flags.is_enum || flags.was_enum || diff.has("dimensions")) && has_old_default;
    let cast_breaks_default =
        new_type && has_old_default && !flags.is_enum && !flags.was_enum && !assignment_castable(&diff.left.type_, &column.type_);
    let recreate_default = drizzle_recreates || cast_breaks_default;
    if recreate_default {
        out.push(alter("DROP DEFAULT"));
    }
    // An identity column becoming a serial gives up its sequence (same name) before the serial's
    // sequence is created; drizzle-kit drops the identity last and PostgreSQL refuses the create.
    let identity_to_serial = flags.to_serial && diff.has("identity") && diff.right.identity.is_none();
    if identity_to_serial {
        out.push(alter("DROP IDENTITY"));
    }

    if new_type {
        out.extend(set_data_type(column, &key, &name, flags));
        if recreate_default && some_text(&column.default).is_some() {
            out.push(alter(&format!("SET DEFAULT {}", column_default(column))));
        }
    }

    if diff.has("default") && !recreate_default {
        if some_text(&diff.right.default).is_some() {
            out.push(alter(&format!("SET DEFAULT {}", column_default(column))));
        } else {
            out.push(alter("DROP DEFAULT"));
        }
    }

    if diff.has("identity") && !identity_to_serial {
        if diff.left.identity.is_none() && diff.right.identity.is_some() && !diff.left.not_null {
            // PostgreSQL adds an identity only to a NOT NULL column; drizzle-kit forgets this.
            out.push(alter("SET NOT NULL"));
        }
        out.extend(alter_identity(diff, column, &key, flags.was_serial));
    }

    let identity_added = diff.has("identity") && diff.right.identity.is_some();
    if diff.has("notNull") && !(diff.right.not_null && identity_added) {
        out.push(alter(if diff.right.not_null { "SET NOT NULL" } else { "DROP NOT NULL" }));
    }
    out
}

/// `SET DATA TYPE … USING …`, with a serial's sequence dropped or created around it.
fn set_data_type(column: &Column, key: &str, name: &str, flags: AlterFlags) -> Vec<String> {
    let mut out = Vec::new();
    let schema_prefix = match column.type_schema.as_deref() {
        Some(s) if !s.is_empty() && s != "public" => format!("{}.", quote(s)),
        _ => String::new(),
    };
    let serial = is_serial_type(&column.type_);
    let dims = brackets(column.dimensions);

    if flags.was_serial && !serial {
        out.push(format!("ALTER TABLE {key} ALTER COLUMN {name} DROP DEFAULT;"));
        out.push(format!("DROP SEQUENCE {};", qualified(&column.schema, &sequence_name(column))));
    }
    if flags.to_serial {
        let sequence = sequence_name(column);
        let regclass = if column.schema == "public" { sequence.clone() } else { format!("{}.{sequence}", column.schema) };
        out.push(format!("CREATE SEQUENCE {};", qualified(&column.schema, &sequence)));
        // drizzle-kit writes this statement without its closing `;` here; we match it.
        out.push(format!("ALTER TABLE {key} ALTER COLUMN {name} SET DEFAULT nextval('{regclass}')"));
        out.push(format!(
            "ALTER SEQUENCE {} OWNED BY {}.{}.{};",
            qualified(&column.schema, &sequence),
            quote(&column.schema),
            quote(&column.table),
            quote(&column.name)
        ));
    }

    let type_ = if !schema_prefix.is_empty() {
        format!("{schema_prefix}{}", quote(&column.type_))
    } else if flags.is_enum {
        quote(&column.type_)
    } else if serial {
        map_serial_to_int(&column.type_).to_string()
    } else {
        column.type_.to_string()
    };
    // A generated column is cast implicitly; an enum reached from another enum goes through text.
    let using = if column.generated.is_some() {
        String::new()
    } else if flags.is_enum {
        let via_text = if flags.was_enum { "text::" } else { "" };
        format!(" USING {name}::{via_text}{schema_prefix}{}{dims}", quote(&column.type_))
    } else {
        let cast = if serial { map_serial_to_int(&column.type_) } else { &column.type_ };
        format!(" USING {name}::{cast}{dims}")
    };
    out.push(format!("ALTER TABLE {key} ALTER COLUMN {name} SET DATA TYPE {type_}{dims}{using};"));
    out
}

/// The sequence PostgreSQL creates for a serial: `<table>_<column>_seq`, with the longer of table
/// and column shortened until the name fits in 63 bytes (PostgreSQL's `makeObjectName`).
/// drizzle-kit uses the untruncated name, which does not exist for long names.
pub(crate) fn sequence_name(column: &Column) -> String {
    const AVAILABLE: usize = 63 - "_seq".len() - "_".len();
    let (table, col) = (column.table.as_bytes(), column.name.as_bytes());
    let (mut t, mut c) = (table.len(), col.len());
    while t + c > AVAILABLE {
        if t > c { t -= 1 } else { c -= 1 }
    }
    let clip = |s: &str, mut n: usize| {
        while !s.is_char_boundary(n) {
            n -= 1;
        }
        s[..n].to_string()
    };
    format!("{}_{}_seq", clip(&column.table, t), clip(&column.name, c))
}

/// Whether PostgreSQL has an assignment cast from `from` to `to`, which is what keeps a column
/// default valid across `SET DATA TYPE` (read off PostgreSQL 15's `pg_cast`: numbers among
/// themselves, dates and timestamps, json and jsonb, inet and cidr, macaddr and macaddr8,
/// timestamps and `interval` to `time`, `time` to `interval`, integers and numeric to money and
/// back to numeric, and anything to a string type).
fn assignment_castable(from: &str, to: &str) -> bool {
    fn base(t: &str) -> String {
        let mut out = String::new();
        let mut depth = 0;
        for ch in t.to_ascii_lowercase().chars() {
            match ch {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ if depth == 0 => out.push(ch),
                _ => {}
            }
        }
        let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
        // `interval minute`, `interval day to second`: fields restrict an interval like a typmod.
        if out.starts_with("interval") { "interval".into() } else { out }
    }
    fn family(t: &str) -> Option<&'static str> {
        Some(match t {
            "text" | "varchar" | "character varying" | "char" | "character" | "bpchar" | "citext" | "name" => "string",
            "smallint" | "integer" | "int" | "int2" | "int4" | "int8" | "bigint" | "numeric" | "decimal" | "real" | "float4" | "float8"
            | "double precision" | "serial" | "bigserial" | "smallserial" => "number",
            "date" | "timestamp" | "timestamp without time zone" | "timestamp with time zone" | "timestamptz" => "datetime",
            "time" | "time without time zone" | "time with time zone" | "timetz" => "time",
            "json" | "jsonb" => "json",
            "inet" | "cidr" => "network",
            "macaddr" | "macaddr8" => "mac",
            "bit" | "varbit" | "bit varying" => "bits",
            _ => return None,
        })
    }
    let (f, t) = (base(from), base(to));
    if f == t {
        return true;
    }
    let time_zone = |t: &str| t.contains("with time zone") || t == "timetz";
    match (family(&f), family(&t)) {
        (_, Some("string")) => true,
        (Some(a), Some(b)) if a == b => true,
        // A timestamp to a time (with a time zone only from one that has it); a date has no time.
        (Some("datetime"), Some("time")) => f != "date" && (!time_zone(&t) || time_zone(&f)),
        (Some("time"), None) => t == "interval" && !time_zone(&f),
        (None, Some("time")) => f == "interval" && !time_zone(&t),
        (Some("number"), None) => {
            t == "money"
                && matches!(f.as_str(), "integer" | "int" | "int4" | "bigint" | "int8" | "numeric" | "decimal" | "serial" | "bigserial")
        }
        (None, Some("number")) => f == "money" && matches!(t.as_str(), "numeric" | "decimal"),
        _ => false,
    }
}

fn alter_identity(diff: &Alter<Column>, column: &Column, key: &str, was_serial: bool) -> Vec<String> {
    let name = quote(&column.name);
    let alter = |clause: String| format!("ALTER TABLE {key} ALTER COLUMN {name} {clause};");
    match (&diff.left.identity, &diff.right.identity) {
        (None, _) => {
            let mut out = Vec::new();
            if let Some(identity) = &column.identity {
                out.push(alter(format!("ADD {}", identity_clause(&column.schema, identity))));
                if was_serial {
                    // drizzle-kit always reads `MAX(id)`, whatever the column is called; we match it.
                    out.push(format!(
                        "SELECT setval('{}'::regclass, (SELECT COALESCE(MAX(id), 1) FROM {key}), false);",
                        template(identity.get("name"))
                    ));
                }
            }
            out
        }
        (Some(_), None) => vec![alter("DROP IDENTITY".to_string())],
        (Some(from), Some(to)) => {
            let mut out = Vec::new();
            let changed = |field: &str| !strict_equal(from.get(field), to.get(field));
            if changed("type") {
                out.push(alter(format!("SET GENERATED {}", if to.str("type") == Some("always") { "ALWAYS" } else { "BY DEFAULT" })));
            }
            // A field the new identity lacks prints as `undefined` (`SET MINVALUE undefined`), which
            // PostgreSQL rejects; drizzle-kit writes that and we match it.
            for (field, keyword) in [
                ("minValue", "MINVALUE"),
                ("maxValue", "MAXVALUE"),
                ("increment", "INCREMENT BY"),
                ("startWith", "START WITH"),
                ("cache", "CACHE"),
            ] {
                if changed(field) {
                    out.push(alter(format!("SET {keyword} {}", template(to.get(field)))));
                }
            }
            if changed("cycle") {
                out.push(alter(format!("SET {}", if truthy(to.get("cycle")) { "CYCLE" } else { "NO CYCLE" })));
            }
            out
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sql::column::tests::col;

    fn alter(left: &str, right: &str, flags: AlterFlags) -> Vec<String> {
        let diff = Alter::between(col(left), col(right));
        alter_column(&diff, &diff.right.clone(), flags)
    }

    #[test]
    fn type_and_default_from_the_golden_corpus() {
        // tests/cases/tables/basic/expected/s2 (rows of s1 and the alter deltas of s2)
        let name = r#"{"schema":"public","table":"users","name":"name","type":"text","typeSchema":null,"notNull":true,"dimensions":0,"default":null,"generated":null,"identity":null}"#;
        assert_eq!(
            alter(name, &name.replace(r#""text""#, r#""varchar(100)""#), AlterFlags::default()),
            [r#"ALTER TABLE "users" ALTER COLUMN "name" SET DATA TYPE varchar(100) USING "name"::varchar(100);"#]
        );
        let age = r#"{"schema":"public","table":"users","name":"age","type":"integer","typeSchema":null,"notNull":false,"dimensions":0,"default":null,"generated":null,"identity":null}"#;
        assert_eq!(
            alter(age, &age.replace(r#""default":null"#, r#""default":"18""#), AlterFlags::default()),
            [r#"ALTER TABLE "users" ALTER COLUMN "age" SET DEFAULT 18;"#]
        );
    }

    #[test]
    fn interval_fields_keep_the_default() {
        // tests/projects/booking-calendar s3: `interval` becomes `interval minute` and the default
        // changes; an interval casts to an interval with fields, so drizzle-kit's plain
        // SET DATA TYPE + SET DEFAULT works and dbkit writes the same.
        let left = r#"{"schema":"public","table":"resources","name":"buffer_after","type":"interval","notNull":true,"dimensions":0,"default":"'0'"}"#;
        let right = left.replace(r#""interval""#, r#""interval minute""#).replace("'0'", "'0 minutes'");
        assert_eq!(
            alter(left, &right, AlterFlags::default()),
            [
                r#"ALTER TABLE "resources" ALTER COLUMN "buffer_after" SET DATA TYPE interval minute USING "buffer_after"::interval minute;"#,
                r#"ALTER TABLE "resources" ALTER COLUMN "buffer_after" SET DEFAULT '0 minutes';"#,
            ]
        );
        assert!(!assignment_castable("interval", "integer"));
        assert!(assignment_castable("interval day to second", "interval(3)"));
    }

    /// The pairs PostgreSQL 15's `pg_cast` casts by assignment beyond the families (found by the
    /// drone-survey and travel-itineraries projects: drizzle-kit keeps the default, and its SQL
    /// applies), and the ones it does not.
    #[test]
    fn assignment_casts_read_off_pg_cast() {
        for (from, to) in [
            ("macaddr", "macaddr8"),
            ("macaddr8", "macaddr"),
            ("time", "interval"),
            ("interval", "time(3)"),
            ("integer", "money"),
            ("bigint", "money"),
            ("numeric(10, 2)", "money"),
            ("money", "numeric"),
            ("timestamp with time zone", "time with time zone"),
            ("timestamp", "time"),
        ] {
            assert!(assignment_castable(from, to), "{from} -> {to}");
        }
        for (from, to) in [("date", "time"), ("timestamp", "timetz"), ("real", "money"), ("money", "integer"), ("timetz", "interval")] {
            assert!(!assignment_castable(from, to), "{from} -> {to}");
        }
    }

    #[test]
    fn enum_changes_drop_and_set_the_default_around_the_type() {
        // spec §6.5 and testdata case alter_columns_enum
        let left = r#"{"schema":"public","table":"users","name":"c5","type":"mood","typeSchema":"public","notNull":false,"dimensions":0,"default":"'a'"}"#;
        let right = r#"{"schema":"public","table":"users","name":"c5","type":"mood","typeSchema":"public","notNull":false,"dimensions":1,"default":"'{a}'"}"#;
        assert_eq!(
            alter(left, right, AlterFlags { is_enum: true, was_enum: true, ..Default::default() }),
            [
                r#"ALTER TABLE "users" ALTER COLUMN "c5" DROP DEFAULT;"#,
                r#"ALTER TABLE "users" ALTER COLUMN "c5" SET DATA TYPE "mood"[] USING "c5"::text::"mood"[];"#,
                r#"ALTER TABLE "users" ALTER COLUMN "c5" SET DEFAULT '{a}'::"mood"[];"#,
            ]
        );
    }

    #[test]
    fn serial_to_integer_and_back() {
        // testdata case alter_columns_serial
        let int = r#"{"schema":"s","table":"u","name":"n","type":"integer","notNull":true,"dimensions":0}"#;
        assert_eq!(
            alter(int, &int.replace("integer", "serial"), AlterFlags { to_serial: true, ..Default::default() }),
            [
                r#"CREATE SEQUENCE "s"."u_n_seq";"#,
                r#"ALTER TABLE "s"."u" ALTER COLUMN "n" SET DEFAULT nextval('s.u_n_seq')"#,
                r#"ALTER SEQUENCE "s"."u_n_seq" OWNED BY "s"."u"."n";"#,
                r#"ALTER TABLE "s"."u" ALTER COLUMN "n" SET DATA TYPE int USING "n"::int;"#,
            ]
        );
        let serial = r#"{"schema":"public","table":"t","name":"ident","type":"serial","notNull":true,"dimensions":0,"identity":null}"#;
        let ident = r#"{"schema":"public","table":"t","name":"ident","type":"integer","notNull":true,"dimensions":0,
            "identity":{"type":"always","name":"t_ident_seq","increment":"1","startWith":"1","minValue":"1","maxValue":"2147483647","cache":1,"cycle":false}}"#;
        assert_eq!(
            alter(serial, ident, AlterFlags { was_serial: true, ..Default::default() }),
            [
                r#"ALTER TABLE "t" ALTER COLUMN "ident" DROP DEFAULT;"#,
                r#"DROP SEQUENCE "t_ident_seq";"#,
                r#"ALTER TABLE "t" ALTER COLUMN "ident" SET DATA TYPE integer USING "ident"::integer;"#,
                r#"ALTER TABLE "t" ALTER COLUMN "ident" ADD GENERATED ALWAYS AS IDENTITY (sequence name "t_ident_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1);"#,
                r#"SELECT setval('t_ident_seq'::regclass, (SELECT COALESCE(MAX(id), 1) FROM "t"), false);"#,
            ]
        );
    }

    #[test]
    fn identity_options_one_statement_each() {
        // testdata case alter_columns_identity
        let left = r#"{"schema":"public","table":"t","name":"c","type":"integer","notNull":true,"dimensions":0,
            "identity":{"type":"always","name":"t_c_seq","increment":"1","startWith":"1","minValue":"1","maxValue":"2147483647","cache":1,"cycle":false}}"#;
        let right = r#"{"schema":"public","table":"t","name":"c","type":"integer","notNull":true,"dimensions":0,
            "identity":{"type":"byDefault","name":"t_c_seq","increment":"2","startWith":"3","minValue":"2","maxValue":"1000","cache":5,"cycle":true}}"#;
        assert_eq!(
            alter(left, right, AlterFlags::default()),
            [
                r#"ALTER TABLE "t" ALTER COLUMN "c" SET GENERATED BY DEFAULT;"#,
                r#"ALTER TABLE "t" ALTER COLUMN "c" SET MINVALUE 2;"#,
                r#"ALTER TABLE "t" ALTER COLUMN "c" SET MAXVALUE 1000;"#,
                r#"ALTER TABLE "t" ALTER COLUMN "c" SET INCREMENT BY 2;"#,
                r#"ALTER TABLE "t" ALTER COLUMN "c" SET START WITH 3;"#,
                r#"ALTER TABLE "t" ALTER COLUMN "c" SET CACHE 5;"#,
                r#"ALTER TABLE "t" ALTER COLUMN "c" SET CYCLE;"#,
            ]
        );
        let with_identity = col(right);
        let without = Column { identity: None, ..with_identity.clone() };
        let diff = Alter::between(with_identity, without);
        assert_eq!(alter_column(&diff, &diff.right, AlterFlags::default()), [r#"ALTER TABLE "t" ALTER COLUMN "c" DROP IDENTITY;"#]);
    }

    #[test]
    fn drop_expression_and_not_null() {
        // testdata case alter_columns_basic
        let g = r#"{"schema":"public","table":"users","name":"g","type":"integer","notNull":false,"dimensions":0,"generated":{"as":"1","type":"stored"}}"#;
        assert_eq!(
            alter(g, &g.replace(r#"{"as":"1","type":"stored"}"#, "null"), AlterFlags::default()),
            [r#"ALTER TABLE "users" ALTER COLUMN "g" DROP EXPRESSION;"#]
        );
        let x = r#"{"schema":"public","table":"users","name":"x","type":"integer","notNull":true,"dimensions":0,"default":null}"#;
        assert_eq!(
            alter(x, &x.replace("true", "false").replace(r#""default":null"#, r#""default":"18""#), AlterFlags::default()),
            [r#"ALTER TABLE "users" ALTER COLUMN "x" SET DEFAULT 18;"#, r#"ALTER TABLE "users" ALTER COLUMN "x" DROP NOT NULL;"#]
        );
        // A generated column changes type without USING (testdata case alter_columns_generated_type).
        assert_eq!(
            alter(g, &g.replace("integer", "bigint"), AlterFlags::default()),
            [r#"ALTER TABLE "users" ALTER COLUMN "g" SET DATA TYPE bigint;"#]
        );
    }
}
