//! Hazard probes on a real PostgreSQL: for each change that can lose data, the probe query runs
//! and counts exactly the rows or values at stake.

use dbkit_core::diff::{CreateAll, Mode, diff};
use dbkit_core::hazard::{HazardKind, hazards};
use dbkit_core::model::Ddl;
use dbkit_core::sql::render;
use serde_json::{Value, json};

use crate::support::TestDb;

fn column(table: &str, name: &str, ty: &str, not_null: bool, type_schema: Option<&str>) -> Value {
    json!({"entityType": "columns", "schema": "public", "table": table, "name": name, "type": ty, "typeSchema": type_schema,
        "notNull": not_null, "dimensions": 0, "default": null, "generated": null, "identity": null})
}

fn ddl(rows: &[Value]) -> Ddl {
    let mut d = Ddl::new();
    for r in rows {
        d.push_json(r).unwrap();
    }
    d
}

#[test]
fn probes_count_what_each_change_would_lose() {
    let before = ddl(&[
        json!({"entityType": "enums", "schema": "public", "name": "mood", "values": ["sad", "ok", "happy"]}),
        json!({"entityType": "tables", "schema": "public", "name": "account", "isRlsEnabled": false}),
        column("account", "id", "integer", true, None),
        column("account", "scope", "text", false, None),
        column("account", "email", "text", false, None),
        column("account", "nick", "text", false, None),
        column("account", "big", "bigint", false, None),
        column("account", "mood", "mood", false, Some("public")),
        json!({"entityType": "tables", "schema": "public", "name": "legacy", "isRlsEnabled": false}),
        column("legacy", "id", "integer", false, None),
    ]);
    let after = ddl(&[
        json!({"entityType": "enums", "schema": "public", "name": "mood", "values": ["ok", "happy"]}),
        json!({"entityType": "tables", "schema": "public", "name": "account", "isRlsEnabled": false}),
        column("account", "id", "integer", true, None),
        column("account", "email", "text", true, None),
        column("account", "nick", "varchar(3)", false, None),
        column("account", "big", "integer", false, None),
        column("account", "mood", "mood", false, Some("public")),
        json!({"entityType": "uniques", "schema": "public", "table": "account", "name": "account_email_key", "nameExplicit": false, "columns": ["email"], "nullsNotDistinct": false}),
    ]);

    let db = TestDb::new();
    let create = diff(Ddl::new(), before.clone(), &mut CreateAll, Mode::Generate).unwrap();
    db.execute(&render(&create.changes).join("\n"));
    db.execute(
        "insert into account (id, scope, email, nick, big, mood) values
           (1, 'read', 'a@x', 'abcd', 1, 'sad'),
           (2, null, null, 'ab', 5000000000, 'ok'),
           (3, 'write', 'a@x', 'abcdef', -5000000000, 'sad'),
           (4, null, 'b@x', null, null, null);
         insert into legacy values (1), (2), (3);",
    );

    let result = diff(before, after, &mut CreateAll, Mode::Generate).unwrap();
    let found = hazards(&result.changes);
    let count = |kind: HazardKind, entity: &[&str]| -> i64 {
        let h = found
            .iter()
            .find(|h| h.kind == kind && h.entity == entity)
            .unwrap_or_else(|| panic!("no {kind:?} hazard for {entity:?} in {found:#?}"));
        db.value(&h.probe).expect("a count").parse().unwrap()
    };
    assert_eq!(count(HazardKind::DropTable, &["public", "legacy"]), 3, "rows of the dropped table");
    assert_eq!(count(HazardKind::DropColumn, &["public", "account", "scope"]), 2, "values in the dropped column");
    assert_eq!(count(HazardKind::SetNotNull, &["public", "account", "email"]), 1, "NULLs before SET NOT NULL");
    assert_eq!(count(HazardKind::ChangeType, &["public", "account", "nick"]), 2, "values longer than 3 characters");
    assert_eq!(count(HazardKind::ChangeType, &["public", "account", "big"]), 2, "values outside integer");
    assert_eq!(count(HazardKind::AddUnique, &["public", "account", "account_email_key"]), 1, "duplicate emails");
    assert_eq!(count(HazardKind::RemoveEnumValue, &["public", "account", "mood"]), 2, "rows using 'sad'");
}
