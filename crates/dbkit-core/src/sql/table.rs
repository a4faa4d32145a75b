//! Tables: `CREATE TABLE` with its columns, primary key, uniques and checks inline (foreign keys
//! and indexes come as their own statements), `DROP TABLE` with its policies, renames, schema
//! moves and row-level security.

use crate::diff::TableDef;
use crate::model::{Column, Pk, Unique};

use super::column::{column_default, column_type, generated_clause, identity_clause, is_serial_type};
use super::js::some_text;
use super::names::{joined_quoted, qualified, quote};
use super::policy::drop_policy;

/// drizzle's default primary key name, `<table>_pkey`: only a key with this name is written
/// inline on its column.
fn default_pk_name(table: &str) -> String {
    format!("{table}_pkey")
}

pub(crate) fn create_table(def: &TableDef) -> Vec<String> {
    let table = &def.table;
    let pk = def.pk.as_ref();
    let mut text = format!("CREATE TABLE {} (\n", qualified(&table.schema, &table.name));
    let columns: Vec<String> = def.columns.iter().map(|c| format!("\t{}", column_definition(c, pk, &def.uniques))).collect();
    text += &columns.join(",\n");

    let mut constraints = Vec::new();
    if let Some(pk) = pk.filter(|pk| pk.columns.len() > 1 || pk.name != default_pk_name(&table.name)) {
        constraints.push(format!("\tCONSTRAINT {} PRIMARY KEY({})", quote(&pk.name), joined_quoted(&pk.columns)));
    }
    for unique in def.uniques.iter().filter(|u| u.columns.len() > 1) {
        constraints.push(format!(
            "\tCONSTRAINT {} UNIQUE{}({})",
            quote(&unique.name),
            nulls_not_distinct(unique),
            joined_quoted(&unique.columns)
        ));
    }
    for check in &def.checks {
        constraints.push(format!("\tCONSTRAINT {} CHECK ({})", quote(&check.name), check.value));
    }
    for constraint in constraints {
        text += ",\n";
        text += &constraint;
    }
    text += "\n);\n";

    let mut out = vec![text];
    if !def.policies.is_empty() || table.is_rls_enabled {
        out.push(alter_rls(&table.schema, &table.name, true));
    }
    out
}

/// One column line: name, type, then PRIMARY KEY, DEFAULT, GENERATED, NOT NULL, UNIQUE, IDENTITY.
fn column_definition(column: &Column, pk: Option<&Pk>, uniques: &[Unique]) -> String {
    let inline_pk = pk.is_some_and(|pk| pk.columns.len() == 1 && pk.columns[0] == column.name && pk.name == default_pk_name(&column.table));
    let default = match some_text(&column.default) {
        Some(_) => format!(" DEFAULT {}", column_default(column)),
        None => String::new(),
    };
    // Key members and serials are NOT NULL anyway, identity columns too.
    let in_pk = pk.is_some_and(|pk| pk.columns.contains(&column.name));
    let not_null = !in_pk && !is_serial_type(&column.type_) && column.not_null && column.identity.is_none();
    let unique = match uniques.iter().find(|u| u.columns.len() == 1 && u.columns[0] == column.name) {
        Some(u) if u.name_explicit => format!(" CONSTRAINT {} UNIQUE{}", quote(&u.name), nulls_not_distinct(u)),
        Some(u) => format!(" UNIQUE{}", nulls_not_distinct(u)),
        None => String::new(),
    };
    let identity = match &column.identity {
        Some(identity) => format!(" {}", identity_clause(&column.schema, identity)),
        None => String::new(),
    };
    format!(
        "{} {}{}{default}{}{}{unique}{identity}",
        quote(&column.name),
        column_type(column),
        if inline_pk { " PRIMARY KEY" } else { "" },
        generated_clause(column),
        if not_null { " NOT NULL" } else { "" },
    )
}

fn nulls_not_distinct(unique: &Unique) -> &'static str {
    if unique.nulls_not_distinct { " NULLS NOT DISTINCT" } else { "" }
}

/// The table's policies are dropped first, then the table.
pub(crate) fn drop_table(def: &TableDef) -> Vec<String> {
    let mut out: Vec<String> = def.policies.iter().map(drop_policy).collect();
    out.push(format!("DROP TABLE {};", qualified(&def.table.schema, &def.table.name)));
    out
}

pub(crate) fn rename_table(schema: &str, from: &str, to: &str) -> String {
    format!("ALTER TABLE {} RENAME TO {};", qualified(schema, from), quote(to))
}

/// drizzle ends this statement with a newline.
pub(crate) fn move_table(name: &str, from: &str, to: &str) -> String {
    format!("ALTER TABLE {} SET SCHEMA {};\n", qualified(from, name), quote(to))
}

pub(crate) fn alter_rls(schema: &str, name: &str, enabled: bool) -> String {
    format!("ALTER TABLE {} {} ROW LEVEL SECURITY;", qualified(schema, name), if enabled { "ENABLE" } else { "DISABLE" })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Entity, Policy, Table};
    use crate::sql::column::tests::col;
    use serde_json::Value;

    fn row<T: Entity>(json: &str) -> T {
        let v: Value = serde_json::from_str(json).unwrap();
        T::from_json(v.as_object().unwrap()).unwrap()
    }

    fn def(table: &str, columns: &[&str]) -> TableDef {
        TableDef {
            table: row(table),
            columns: columns.iter().map(|c| col(c)).collect(),
            pk: None,
            fks: vec![],
            uniques: vec![],
            checks: vec![],
            indexes: vec![],
            policies: vec![],
        }
    }

    #[test]
    fn create_table_from_the_golden_corpus() {
        // tests/cases/tables/basic/expected/s1: snapshot rows and migration.sql
        let mut users = def(
            r#"{"schema":"public","name":"users","isRlsEnabled":false,"entityType":"tables"}"#,
            &[
                r#"{"schema":"public","table":"users","name":"id","type":"serial","typeSchema":null,"notNull":true,"dimensions":0,"default":null,"generated":null,"identity":null,"entityType":"columns"}"#,
                r#"{"schema":"public","table":"users","name":"name","type":"text","typeSchema":null,"notNull":true,"dimensions":0,"default":null,"generated":null,"identity":null,"entityType":"columns"}"#,
                r#"{"schema":"public","table":"users","name":"age","type":"integer","typeSchema":null,"notNull":false,"dimensions":0,"default":null,"generated":null,"identity":null,"entityType":"columns"}"#,
            ],
        );
        users.pk = Some(row(
            r#"{"schema":"public","table":"users","name":"users_pkey","columns":["id"],"nameExplicit":false,"entityType":"pks"}"#,
        ));
        assert_eq!(
            create_table(&users),
            ["CREATE TABLE \"users\" (\n\t\"id\" serial PRIMARY KEY,\n\t\"name\" text NOT NULL,\n\t\"age\" integer\n);\n"]
        );
    }

    #[test]
    fn composite_keys_uniques_checks_and_identity() {
        // /work/shared/peer/v1/generate/drizzle/*_perpetual_captain_universe/migration.sql
        let mut item = def(
            r#"{"schema":"public","name":"order_item","isRlsEnabled":false}"#,
            &[
                r#"{"schema":"public","table":"order_item","name":"order_id","type":"uuid","notNull":true,"dimensions":0}"#,
                r#"{"schema":"public","table":"order_item","name":"product_id","type":"integer","notNull":true,"dimensions":0}"#,
                r#"{"schema":"public","table":"order_item","name":"quantity","type":"integer","notNull":true,"dimensions":0,"default":"1"}"#,
                r#"{"schema":"public","table":"order_item","name":"unit_price","type":"numeric(10,2)","notNull":true,"dimensions":0}"#,
            ],
        );
        item.pk = Some(row(
            r#"{"schema":"public","table":"order_item","name":"order_item_pkey","columns":["order_id","product_id"],"nameExplicit":false}"#,
        ));
        item.checks =
            vec![row(r#"{"schema":"public","table":"order_item","name":"order_item_quantity_positive","value":"\"quantity\" > 0"}"#)];
        assert_eq!(
            create_table(&item),
            [
                "CREATE TABLE \"order_item\" (\n\t\"order_id\" uuid,\n\t\"product_id\" integer,\n\t\"quantity\" integer DEFAULT 1 NOT NULL,\n\t\"unit_price\" numeric(10,2) NOT NULL,\n\tCONSTRAINT \"order_item_pkey\" PRIMARY KEY(\"order_id\",\"product_id\"),\n\tCONSTRAINT \"order_item_quantity_positive\" CHECK (\"quantity\" > 0)\n);\n"
            ]
        );

        let mut order = def(
            r#"{"schema":"public","name":"order","isRlsEnabled":false,"entityType":"tables"}"#,
            &[
                r#"{"schema":"public","table":"order","name":"id","type":"uuid","typeSchema":null,"notNull":true,"dimensions":0,"default":"gen_random_uuid()","generated":null,"identity":null,"entityType":"columns"}"#,
                r#"{"schema":"public","table":"order","name":"number","type":"integer","typeSchema":null,"notNull":true,"dimensions":0,"default":null,"generated":null,"identity":{"type":"always","name":"order_number_seq","increment":"1","startWith":"1","minValue":"1","maxValue":"2147483647","cache":1,"cycle":false},"entityType":"columns"}"#,
                r#"{"schema":"public","table":"order","name":"user_id","type":"text","typeSchema":null,"notNull":true,"dimensions":0,"default":null,"generated":null,"identity":null,"entityType":"columns"}"#,
                r#"{"schema":"public","table":"order","name":"status","type":"order_status","typeSchema":"public","notNull":true,"dimensions":0,"default":"'pending'","generated":null,"identity":null,"entityType":"columns"}"#,
                r#"{"schema":"public","table":"order","name":"total","type":"numeric(10,2)","typeSchema":null,"notNull":true,"dimensions":0,"default":"'0'","generated":null,"identity":null,"entityType":"columns"}"#,
                r#"{"schema":"public","table":"order","name":"meta","type":"jsonb","typeSchema":null,"notNull":false,"dimensions":0,"default":"'{\"source\":\"web\"}'","generated":null,"identity":null,"entityType":"columns"}"#,
                r#"{"schema":"public","table":"order","name":"created_at","type":"timestamp with time zone","typeSchema":null,"notNull":true,"dimensions":0,"default":"now()","generated":null,"identity":null,"entityType":"columns"}"#,
            ],
        );
        order.pk = Some(row(
            r#"{"schema":"public","table":"order","name":"order_pkey","columns":["id"],"nameExplicit":false,"entityType":"pks"}"#,
        ));
        assert_eq!(
            create_table(&order),
            [
                "CREATE TABLE \"order\" (\n\t\"id\" uuid PRIMARY KEY DEFAULT gen_random_uuid(),\n\t\"number\" integer GENERATED ALWAYS AS IDENTITY (sequence name \"order_number_seq\" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),\n\t\"user_id\" text NOT NULL,\n\t\"status\" \"order_status\" DEFAULT 'pending'::\"order_status\" NOT NULL,\n\t\"total\" numeric(10,2) DEFAULT '0' NOT NULL,\n\t\"meta\" jsonb DEFAULT '{\"source\":\"web\"}',\n\t\"created_at\" timestamp with time zone DEFAULT now() NOT NULL\n);\n"
            ]
        );

        // the same migration's `session` table: a single-column unique with a default name is inline
        let mut session = def(
            r#"{"schema":"public","name":"session","isRlsEnabled":false}"#,
            &[
                r#"{"schema":"public","table":"session","name":"token","type":"text","typeSchema":null,"notNull":true,"dimensions":0,"default":null,"generated":null,"identity":null}"#,
            ],
        );
        session.uniques = vec![row(
            r#"{"schema":"public","table":"session","name":"session_token_key","nameExplicit":false,"columns":["token"],"nullsNotDistinct":false,"entityType":"uniques"}"#,
        )];
        assert_eq!(create_table(&session), ["CREATE TABLE \"session\" (\n\t\"token\" text NOT NULL UNIQUE\n);\n"]);
    }

    #[test]
    fn rls_and_policies() {
        // testdata case create_table_full / drop_tables
        let mut t = def(
            r#"{"schema":"public","name":"with_policy","isRlsEnabled":false}"#,
            &[r#"{"schema":"public","table":"with_policy","name":"id","type":"integer","notNull":false,"dimensions":0}"#],
        );
        t.policies = vec![row::<Policy>(
            r#"{"schema":"public","table":"with_policy","name":"p1","as":"PERMISSIVE","for":"ALL","roles":["public"]}"#,
        )];
        assert_eq!(
            create_table(&t),
            ["CREATE TABLE \"with_policy\" (\n\t\"id\" integer\n);\n", "ALTER TABLE \"with_policy\" ENABLE ROW LEVEL SECURITY;"]
        );
        assert_eq!(drop_table(&t), ["DROP POLICY \"p1\" ON \"with_policy\";", "DROP TABLE \"with_policy\";"]);
        let empty = def(r#"{"schema":"public","name":"empty","isRlsEnabled":false}"#, &[]);
        assert_eq!(create_table(&empty), ["CREATE TABLE \"empty\" (\n\n);\n"]);
        let _: Table = row(r#"{"schema":"s","name":"t","isRlsEnabled":true}"#);
    }

    #[test]
    fn renames_moves_rls() {
        // testdata cases rename_tables, move_tables, rls
        assert_eq!(rename_table("public", "posts", "articles"), r#"ALTER TABLE "posts" RENAME TO "articles";"#);
        assert_eq!(rename_table("s", "a", "b"), r#"ALTER TABLE "s"."a" RENAME TO "b";"#);
        assert_eq!(move_table("posts", "public", "s"), "ALTER TABLE \"posts\" SET SCHEMA \"s\";\n");
        assert_eq!(move_table("a", "s", "s2"), "ALTER TABLE \"s\".\"a\" SET SCHEMA \"s2\";\n");
        assert_eq!(alter_rls("public", "b", false), r#"ALTER TABLE "b" DISABLE ROW LEVEL SECURITY;"#);
        assert_eq!(alter_rls("s", "c", true), r#"ALTER TABLE "s"."c" ENABLE ROW LEVEL SECURITY;"#);
    }
}
