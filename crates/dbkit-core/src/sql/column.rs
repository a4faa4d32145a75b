//! Columns: a column's type text, its `DEFAULT` (with the cast drizzle adds), its identity
//! clause, and `add_column` / `drop_column` / `rename_column` / `recreate_column`. The many-sided
//! `alter_column` lives in `alter_column.rs`.

use crate::model::{Column, Obj};

use super::js::{some_text, template, truthy};
use super::names::{qualified, quote};

pub(crate) use super::alter_column::{AlterFlags, alter_column};

/// `serial`, `bigserial`, `smallserial`, in any case (drizzle's `isSerialType`).
pub fn is_serial_type(type_: &str) -> bool {
    ["serial", "bigserial", "smallserial"].iter().any(|s| type_.eq_ignore_ascii_case(s))
}

/// The integer type behind a serial (drizzle's `mapSerialToInt`). drizzle throws for anything
/// else, including upper-case spellings; we keep the type as it is instead.
pub(crate) fn map_serial_to_int(type_: &str) -> &str {
    match type_ {
        "smallserial" => "smallint",
        "serial" => "int",
        "bigserial" => "bigint",
        other => other,
    }
}

/// A type, quoted and qualified when it is an enum (`typeSchema` set), with one `[]` per dimension:
/// `varchar(256)`, `"mood"`, `"audit"."level"[]`.
pub(crate) fn type_text(type_: &str, type_schema: Option<&str>, dimensions: i64) -> String {
    let base = match type_schema {
        Some(schema) if !schema.is_empty() => qualified(schema, type_),
        _ => type_.to_string(),
    };
    format!("{base}{}", brackets(dimensions))
}

/// A column's type as `CREATE TABLE` and `ADD COLUMN` write it.
pub fn column_type(column: &Column) -> String {
    type_text(&column.type_, column.type_schema.as_deref(), column.dimensions)
}

/// `[]` repeated `dimensions` times.
pub(crate) fn brackets(dimensions: i64) -> String {
    "[]".repeat(dimensions.max(0) as usize)
}

/// A default as SQL (drizzle's `defaultToSQL`). Snapshots keep defaults without casts; enum
/// defaults get `::"enum"` (one `[]` however many dimensions) and other arrays `::type[]`.
/// Empty when there is no default.
pub fn default_to_sql(type_: &str, type_schema: Option<&str>, dimensions: i64, default: Option<&str>) -> String {
    let Some(value) = default.filter(|d| !d.is_empty()) else { return String::new() };
    let array = if dimensions > 0 { "[]" } else { "" };
    match type_schema.filter(|s| !s.is_empty()) {
        Some(schema) => {
            format!("{value}::{}{array}", qualified(schema, type_))
        }
        None if dimensions > 0 => format!("{value}::{type_}[]"),
        None => value.to_string(),
    }
}

/// [`default_to_sql`] for a column row.
pub(crate) fn column_default(column: &Column) -> String {
    default_to_sql(&column.type_, column.type_schema.as_deref(), column.dimensions, column.default.as_deref())
}

/// `GENERATED ALWAYS AS IDENTITY (sequence name "t_id_seq" INCREMENT BY 1 …)`. The sequence is
/// qualified by the table's schema; each option is written only when set (JavaScript-truthy).
pub fn identity_clause(table_schema: &str, identity: &Obj) -> String {
    let kind = if identity.str("type") == Some("always") { "ALWAYS" } else { "BY DEFAULT" };
    let sequence = qualified(table_schema, &template(identity.get("name")));
    let mut text = format!("GENERATED {kind} AS IDENTITY (sequence name {sequence}");
    for (field, keyword) in
        [("increment", "INCREMENT BY"), ("minValue", "MINVALUE"), ("maxValue", "MAXVALUE"), ("startWith", "START WITH"), ("cache", "CACHE")]
    {
        if truthy(identity.get(field)) {
            text += &format!(" {keyword} {}", template(identity.get(field)));
        }
    }
    if truthy(identity.get("cycle")) {
        text += " CYCLE";
    }
    text + ")"
}

/// ` GENERATED ALWAYS AS (<expr>) STORED`, or nothing.
pub(crate) fn generated_clause(column: &Column) -> String {
    match &column.generated {
        Some(generated) => format!(" GENERATED ALWAYS AS ({}) STORED", template(generated.get("as"))),
        None => String::new(),
    }
}

pub(crate) fn add_column(column: &Column, is_pk: bool, is_composite_pk: bool) -> String {
    let table = qualified(&column.schema, &column.table);
    let primary_key = if is_pk { " PRIMARY KEY" } else { "" };
    let default = match some_text(&column.default) {
        Some(_) => format!(" DEFAULT {}", column_default(column)),
        None => String::new(),
    };
    // A serial, identity or generated column, or a member of a composite key, gets its NOT NULL
    // from elsewhere.
    let not_null =
        column.not_null && column.identity.is_none() && column.generated.is_none() && !is_serial_type(&column.type_) && !is_composite_pk;
    let identity = match &column.identity {
        Some(identity) => format!(" {}", identity_clause(&column.schema, identity)),
        None => String::new(),
    };
    format!(
        "ALTER TABLE {table} ADD COLUMN {} {}{primary_key}{default}{}{}{identity};",
        quote(&column.name),
        column_type(column),
        generated_clause(column),
        if not_null { " NOT NULL" } else { "" },
    )
}

pub(crate) fn drop_column(column: &Column) -> String {
    format!("ALTER TABLE {} DROP COLUMN {};", qualified(&column.schema, &column.table), quote(&column.name))
}

pub(crate) fn rename_column(from: &Column, to: &Column) -> String {
    format!("ALTER TABLE {} RENAME COLUMN {} TO {};", qualified(&from.schema, &from.table), quote(&from.name), quote(&to.name))
}

/// A changed generated expression: the column is dropped and added again (never as part of a
/// composite key, whatever the table has).
pub(crate) fn recreate_column(column: &Column, is_pk: bool) -> Vec<String> {
    vec![drop_column(column), add_column(column, is_pk, false)]
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::Entity;
    use serde_json::Value;

    /// A column row from snapshot JSON.
    pub(crate) fn col(json: &str) -> Column {
        let v: Value = serde_json::from_str(json).unwrap();
        Column::from_json(v.as_object().unwrap()).unwrap()
    }

    #[test]
    fn defaults_get_drizzles_casts() {
        // /work/shared/peer/v1/generate/drizzle/*_perpetual_captain_universe: `DEFAULT 'pending'::"order_status"`,
        // `DEFAULT '{"source":"web"}'` and `DEFAULT '0'` without casts.
        assert_eq!(default_to_sql("order_status", Some("public"), 0, Some("'pending'")), r#"'pending'::"order_status""#);
        assert_eq!(default_to_sql("jsonb", None, 0, Some(r#"'{"source":"web"}'"#)), r#"'{"source":"web"}'"#);
        assert_eq!(default_to_sql("numeric(10,2)", None, 0, Some("'0'")), "'0'");
        // drizzle's real output for array and schema-qualified enum defaults (testdata case create_table_full)
        assert_eq!(default_to_sql("text", None, 1, Some("'{}'")), "'{}'::text[]");
        assert_eq!(default_to_sql("level", Some("audit"), 2, Some("'{{lo}}'")), r#"'{{lo}}'::"audit"."level"[]"#);
        assert_eq!(default_to_sql("text", None, 0, None), "");
    }

    #[test]
    fn types() {
        assert_eq!(type_text("numeric(10,2)", None, 0), "numeric(10,2)");
        assert_eq!(type_text("mood", Some("public"), 1), r#""mood"[]"#);
        assert_eq!(type_text("level", Some("audit"), 2), r#""audit"."level"[][]"#);
        assert!(is_serial_type("BIGSERIAL"));
        assert_eq!(map_serial_to_int("serial"), "int");
    }

    #[test]
    fn add_column_from_real_output() {
        // tests/cases/tables/basic/expected/s2: the create delta row of `email`
        let email = col(
            r#"{"schema":"public","table":"users","name":"email","type":"text","typeSchema":null,"notNull":false,"dimensions":0,"default":null,"generated":null,"identity":null,"entityType":"columns"}"#,
        );
        assert_eq!(add_column(&email, false, false), r#"ALTER TABLE "users" ADD COLUMN "email" text;"#);
        // spec §6.5 [V1]
        let role = col(
            r#"{"schema":"public","table":"users","name":"role","type":"role","typeSchema":"public","notNull":true,"dimensions":0,"default":"'user'","generated":null,"identity":null}"#,
        );
        assert_eq!(add_column(&role, false, false), r#"ALTER TABLE "users" ADD COLUMN "role" "role" DEFAULT 'user'::"role" NOT NULL;"#);
        // testdata case add_columns
        let ident = col(
            r#"{"schema":"s","table":"t","name":"ident","type":"bigint","typeSchema":null,"notNull":true,"dimensions":0,"default":null,"generated":null,
            "identity":{"type":"byDefault","name":"t_ident_seq","increment":"1","startWith":"1","minValue":"1","maxValue":"9223372036854775807","cache":1,"cycle":true}}"#,
        );
        assert_eq!(
            add_column(&ident, false, false),
            r#"ALTER TABLE "s"."t" ADD COLUMN "ident" bigint GENERATED BY DEFAULT AS IDENTITY (sequence name "s"."t_ident_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 CYCLE);"#
        );
        let serial = col(r#"{"schema":"public","table":"users","name":"id","type":"serial","notNull":true,"dimensions":0}"#);
        assert_eq!(add_column(&serial, false, true), r#"ALTER TABLE "users" ADD COLUMN "id" serial;"#);
    }

    #[test]
    fn drop_rename_recreate() {
        let b = col(r#"{"schema":"public","table":"users","name":"b","type":"text","notNull":false,"dimensions":0}"#);
        assert_eq!(drop_column(&b), r#"ALTER TABLE "users" DROP COLUMN "b";"#);
        let c = col(r#"{"schema":"s","table":"t","name":"c","type":"text","notNull":false,"dimensions":0}"#);
        let mut b_in_s = c.clone();
        b_in_s.name = "b".into();
        assert_eq!(rename_column(&b_in_s, &c), r#"ALTER TABLE "s"."t" RENAME COLUMN "b" TO "c";"#);
        // testdata case recreate_column
        let p = col(
            r#"{"schema":"public","table":"users","name":"p","type":"text","notNull":true,"dimensions":0,"generated":{"as":"(\"a\" + 1)::text","type":"stored"}}"#,
        );
        assert_eq!(
            recreate_column(&p, true),
            [
                r#"ALTER TABLE "users" DROP COLUMN "p";"#,
                r#"ALTER TABLE "users" ADD COLUMN "p" text PRIMARY KEY GENERATED ALWAYS AS (("a" + 1)::text) STORED;"#
            ]
        );
    }
}
