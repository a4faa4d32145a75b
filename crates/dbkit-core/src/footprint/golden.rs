//! Footprints checked against drizzle-kit 1.0.0-rc.5's own output: every statement kind from
//! `testdata/statements.json` (captured with drizzle's `ddlDiff` + `footprintsOf`, see
//! `testdata/capture/`), the peer folder and the golden corpus under `tests/cases`.
//!
//! `change_of` reads drizzle's JSON statement into a [`Change`] (the diff will build them for
//! real); the footprint computed from it must serialize to the very bytes drizzle wrote.

use serde_json::{Map, Value};

use crate::diff::{Alter, Change, EnumColumn, TableDef, ValueChange};
use crate::model::{Entity, Kind};

use super::{Footprint, footprint, footprints, sql_hash};

fn testdata(name: &str) -> String {
    format!("{}/src/footprint/testdata/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn row<T: Entity>(v: &Value) -> T {
    T::from_json(v.as_object().unwrap_or_else(|| panic!("not a row: {v}"))).unwrap_or_else(|e| panic!("{e}: {v}"))
}

fn rows<T: Entity>(v: &Value) -> Vec<T> {
    v.as_array().map(|a| a.iter().map(row).collect()).unwrap_or_default()
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array().unwrap_or_else(|| panic!("not a list: {v}")).iter().map(|s| s.as_str().unwrap().to_string()).collect()
}

fn s(v: &Value) -> String {
    v.as_str().unwrap_or_else(|| panic!("not a string: {v}")).to_string()
}

/// drizzle's diff object: `$left`, `$right`, and `{from, to}` for each changed field.
fn alter<T: Entity>(v: &Value) -> Alter<T> {
    let fields = T::FIELDS
        .iter()
        .copied()
        .filter(|f| v.get(*f).and_then(Value::as_object).is_some_and(|o| o.contains_key("from") && o.contains_key("to")))
        .collect();
    Alter { left: row(&v["$left"]), right: row(&v["$right"]), fields }
}

fn table_def(v: &Value) -> TableDef {
    TableDef {
        table: row(v),
        columns: rows(&v["columns"]),
        pk: (!v["pk"].is_null()).then(|| row(&v["pk"])),
        fks: rows(&v["fks"]),
        uniques: rows(&v["uniques"]),
        checks: rows(&v["checks"]),
        indexes: rows(&v["indexes"]),
        policies: rows(&v["policies"]),
    }
}

fn value_change(v: &Value) -> ValueChange {
    let value = s(&v["value"]);
    match v["type"].as_str() {
        Some("same") => ValueChange::Same(value),
        Some("removed") => ValueChange::Removed(value),
        _ => ValueChange::Added { value, before: v["beforeValue"].as_str().map(str::to_string) },
    }
}

fn enum_column(v: &Value) -> EnumColumn {
    let mut obj: Map<String, Value> = v.as_object().unwrap().clone();
    let default = obj.insert("default".into(), Value::Null).unwrap_or(Value::Null);
    EnumColumn {
        column: row(&Value::Object(obj)),
        default_left: default["left"].as_str().map(str::to_string),
        default_right: default["right"].as_str().map(str::to_string),
    }
}

/// A drizzle JSON statement as a [`Change`].
pub(super) fn change_of(st: &Value) -> Change {
    use Change::*;
    let b = |k: &str| st[k].as_bool().unwrap_or(false);
    match st["type"].as_str().unwrap() {
        "create_schema" => CreateSchema { name: s(&st["name"]) },
        "drop_schema" => DropSchema { name: s(&st["name"]) },
        "rename_schema" => RenameSchema { from: row(&st["from"]), to: row(&st["to"]) },
        "create_enum" => CreateEnum { enum_: row(&st["enum"]) },
        "drop_enum" => DropEnum { enum_: row(&st["enum"]) },
        "move_enum" => MoveEnum { from: row(&st["from"]), to: row(&st["to"]) },
        "rename_enum" => RenameEnum { schema: s(&st["schema"]), from: s(&st["from"]), to: s(&st["to"]) },
        "alter_enum" => AlterEnum { diff: st["diff"].as_array().unwrap().iter().map(value_change).collect(), to: row(&st["to"]), from: row(&st["from"]) },
        "recreate_enum" => RecreateEnum { to: row(&st["to"]), columns: st["columns"].as_array().unwrap().iter().map(enum_column).collect(), from: row(&st["from"]) },
        "create_sequence" => CreateSequence { sequence: row(&st["sequence"]) },
        "drop_sequence" => DropSequence { sequence: row(&st["sequence"]) },
        "move_sequence" => MoveSequence { from: row(&st["from"]), to: row(&st["to"]) },
        "rename_sequence" => RenameSequence { from: row(&st["from"]), to: row(&st["to"]) },
        "alter_sequence" => AlterSequence { diff: alter(&st["diff"]), sequence: row(&st["sequence"]) },
        "create_role" => CreateRole { role: row(&st["role"]) },
        "drop_role" => DropRole { role: row(&st["role"]) },
        "rename_role" => RenameRole { from: row(&st["from"]), to: row(&st["to"]) },
        "alter_role" => AlterRole { diff: alter(&st["diff"]), role: row(&st["role"]) },
        "grant_privilege" => GrantPrivilege { privilege: row(&st["privilege"]) },
        "revoke_privilege" => RevokePrivilege { privilege: row(&st["privilege"]) },
        "regrant_privilege" => RegrantPrivilege { privilege: row(&st["privilege"]), diff: alter(&st["diff"]) },
        "create_table" => CreateTable { table: table_def(&st["table"]) },
        "drop_table" => DropTable { table: table_def(&st["table"]), key: s(&st["key"]) },
        "rename_table" => RenameTable { schema: s(&st["schema"]), from: s(&st["from"]), to: s(&st["to"]) },
        "move_table" => MoveTable { name: s(&st["name"]), from: s(&st["from"]), to: s(&st["to"]), index_names: strings(&st["indexNames"]) },
        "alter_rls" => AlterRls { schema: s(&st["schema"]), name: s(&st["name"]), is_rls_enabled: b("isRlsEnabled") },
        "add_column" => AddColumn { column: row(&st["column"]), is_pk: b("isPK"), is_composite_pk: b("isCompositePK") },
        "drop_column" => DropColumn { column: row(&st["column"]) },
        "rename_column" => RenameColumn { from: row(&st["from"]), to: row(&st["to"]) },
        "recreate_column" => RecreateColumn { diff: alter(&st["diff"]), is_pk: b("isPK") },
        "alter_column" => AlterColumn {
            diff: alter(&st["diff"]),
            to: row(&st["to"]),
            is_enum: b("isEnum"),
            was_enum: b("wasEnum"),
            was_serial: b("wasSerial"),
            to_serial: b("toSerial"),
        },
        "create_index" => CreateIndex { index: row(&st["index"]) },
        "drop_index" => DropIndex { index: row(&st["index"]) },
        "rename_index" => RenameIndex { schema: s(&st["schema"]), table: s(&st["table"]), from: s(&st["from"]), to: s(&st["to"]), columns: strings(&st["columns"]) },
        "recreate_index" => RecreateIndex { index: row(&st["index"]), diff: alter(&st["diff"]) },
        "add_pk" => AddPk { pk: row(&st["pk"]) },
        "drop_pk" => DropPk { pk: row(&st["pk"]) },
        "alter_pk" => AlterPk { diff: alter(&st["diff"]), pk: row(&st["pk"]), deleted: b("deleted") },
        "rename_constraint" => RenameConstraint {
            entity_type: Kind::parse(st["entityType"].as_str().unwrap()).unwrap(),
            schema: s(&st["schema"]),
            table: s(&st["table"]),
            from: s(&st["from"]),
            to: s(&st["to"]),
            columns: strings(&st["columns"]),
        },
        "create_fk" => CreateFk { fk: row(&st["fk"]) },
        "drop_fk" => DropFk { fk: row(&st["fk"]) },
        "recreate_fk" => RecreateFk { fk: row(&st["fk"]), diff: alter(&st["diff"]) },
        "add_check" => AddCheck { check: row(&st["check"]), columns: strings(&st["columns"]) },
        "drop_check" => DropCheck { check: row(&st["check"]), columns: strings(&st["columns"]) },
        "alter_check" => AlterCheck { diff: alter(&st["diff"]), new_columns: strings(&st["newColumns"]), old_columns: strings(&st["oldColumns"]) },
        "add_unique" => AddUnique { unique: row(&st["unique"]) },
        "drop_unique" => DropUnique { unique: row(&st["unique"]) },
        "alter_unique" => AlterUnique { diff: alter(&st["diff"]) },
        "create_policy" => CreatePolicy { policy: row(&st["policy"]) },
        "drop_policy" => DropPolicy { policy: row(&st["policy"]) },
        "rename_policy" => RenamePolicy { from: row(&st["from"]), to: row(&st["to"]) },
        "alter_policy" => AlterPolicy { diff: alter(&st["diff"]), policy: row(&st["policy"]) },
        "recreate_policy" => RecreatePolicy { diff: alter(&st["diff"]), policy: row(&st["policy"]) },
        "create_view" => CreateView { view: row(&st["view"]) },
        "drop_view" => DropView { view: row(&st["view"]), cause: (!st["cause"].is_null()).then(|| row(&st["cause"])) },
        "rename_view" => RenameView { from: row(&st["from"]), to: row(&st["to"]) },
        "move_view" => MoveView { from_schema: s(&st["fromSchema"]), to_schema: s(&st["toSchema"]), view: row(&st["view"]) },
        "alter_view" => AlterView { diff: alter(&st["diff"]), view: row(&st["view"]) },
        other => panic!("unknown statement type {other}"),
    }
}

#[test]
fn every_statement_kind_matches_drizzle() {
    let text = std::fs::read_to_string(testdata("statements.json")).unwrap();
    let cases: Vec<Value> = serde_json::from_str(&text).unwrap();
    let mut kinds = std::collections::BTreeSet::new();
    let mut failures = Vec::new();
    for case in &cases {
        let change = change_of(&case["statement"]);
        assert_eq!(change.statement_type(), case["statement"]["type"].as_str().unwrap());
        kinds.insert(change.statement_type());
        let fp = footprint(&change, &strings(&case["sql"]));
        let (got, want) = (serde_json::to_string(&fp).unwrap(), serde_json::to_string(&case["footprint"]).unwrap());
        if got != want {
            failures.push(format!("{} {}\n  got:  {got}\n  want: {want}", case["case"], change.statement_type()));
        }
    }
    assert!(failures.is_empty(), "{} of {} differ:\n{}", failures.len(), cases.len(), failures.join("\n"));
    // Every statement kind drizzle-kit 1.0 has for PostgreSQL is covered.
    assert_eq!(kinds.len(), 58, "{kinds:?}");
}

/// The statements of a `migration.sql` (drizzle joins them with `--> statement-breakpoint\n`).
fn statements_of(sql: &str) -> Vec<String> {
    if sql.is_empty() { Vec::new() } else { sql.split("--> statement-breakpoint\n").map(str::to_string).collect() }
}

fn snapshot_footprints(path: &str) -> Vec<Value> {
    let v: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    v["footprints"].as_array().unwrap().clone()
}

fn to_strings(v: &[Value]) -> Vec<String> {
    v.iter().map(|f| serde_json::to_string(f).unwrap()).collect()
}

/// The peer folder's second migration (`schema_b`), its changes built by hand from its deltas.
#[test]
fn peer_schema_b_footprints() {
    let dir = format!("{}/../../tests/fixtures/v1-folders/20261124063111_schema_b", env!("CARGO_MANIFEST_DIR"));
    let sql = statements_of(&std::fs::read_to_string(format!("{dir}/migration.sql")).unwrap());
    let want = snapshot_footprints(&format!("{dir}/snapshot.json"));
    let col = |table: &str, name: &str, ty: &str| -> crate::model::Column {
        row(&serde_json::json!({"schema": "public", "table": table, "name": name, "type": ty, "typeSchema": null, "notNull": false, "dimensions": 0, "default": null, "generated": null, "identity": null}))
    };
    let order_status = |values: &[&str]| -> crate::model::Enum { row(&serde_json::json!({"schema": "public", "name": "order_status", "values": values})) };
    let alter_type = |table: &str, name: &str, from: &str, to: &str| {
        let mut left = col(table, name, from);
        left.not_null = true;
        let mut right = left.clone();
        right.type_ = to.into();
        Change::AlterColumn { diff: Alter::between(left, right.clone()), to: right, is_enum: false, was_enum: false, was_serial: false, to_serial: false }
    };
    let index = |table: &str, name: &str, columns: &[&str], unique: bool| -> crate::model::Index {
        let columns: Vec<Value> = columns.iter().map(|c| serde_json::json!({"value": c, "isExpression": false, "asc": true, "nullsFirst": false, "opclass": null})).collect();
        row(&serde_json::json!({"schema": "public", "table": table, "name": name, "nameExplicit": true, "columns": columns, "isUnique": unique, "where": null, "with": "", "method": "btree", "concurrently": false}))
    };
    let changes = vec![
        Change::AlterEnum {
            diff: vec![],
            from: order_status(&["pending", "paid", "shipped", "cancelled"]),
            to: order_status(&["pending", "paid", "processing", "shipped", "cancelled", "refunded"]),
        },
        Change::RenameColumn { from: col("session", "ip_address", "text"), to: col("session", "ip", "text") },
        Change::AddColumn { column: col("user", "phone", "text"), is_pk: false, is_composite_pk: false },
        Change::DropColumn { column: col("account", "scope", "text") },
        alter_type("product", "name", "text", "varchar(200)"),
        alter_type("product", "price", "numeric(10,2)", "numeric(12,2)"),
        Change::CreateIndex { index: index("account", "account_provider_account_uq", &["provider_id", "account_id"], true) },
        Change::CreateIndex { index: index("product", "product_name_idx", &["name"], false) },
    ];
    // alter_enum renders two statements, every other change one.
    let sql: Vec<Vec<String>> = [2, 1, 1, 1, 1, 1, 1, 1]
        .iter()
        .scan(0, |at, n| {
            *at += n;
            Some(sql[*at - n..*at].to_vec())
        })
        .collect();
    assert_eq!(to_strings(&footprints(&changes, &sql)), to_strings(&want));
}

/// `tests/cases/tables/basic`: a table created, then a column added and two altered.
#[test]
fn corpus_tables_basic_footprints() {
    let dir = format!("{}/../../tests/cases/tables/basic/expected", env!("CARGO_MANIFEST_DIR"));
    if !std::path::Path::new(&dir).exists() {
        return;
    }
    let col = |name: &str, ty: &str, not_null: bool, default: Option<&str>| -> crate::model::Column {
        row(&serde_json::json!({"schema": "public", "table": "users", "name": name, "type": ty, "typeSchema": null, "notNull": not_null, "dimensions": 0, "default": default, "generated": null, "identity": null}))
    };
    let users: crate::model::Table = row(&serde_json::json!({"schema": "public", "name": "users", "isRlsEnabled": false}));
    let pk: crate::model::Pk = row(&serde_json::json!({"schema": "public", "table": "users", "name": "users_pkey", "columns": ["id"], "nameExplicit": false}));
    let create = Change::CreateTable {
        table: TableDef {
            table: users,
            columns: vec![col("id", "serial", true, None), col("name", "text", true, None), col("age", "integer", false, None)],
            pk: Some(pk),
            fks: vec![],
            uniques: vec![],
            checks: vec![],
            indexes: vec![],
            policies: vec![],
        },
    };
    let s1 = statements_of(&std::fs::read_to_string(format!("{dir}/s1/migration.sql")).unwrap());
    assert_eq!(to_strings(&footprints(&[create], &[s1])), to_strings(&snapshot_footprints(&format!("{dir}/s1/snapshot.json"))));

    let alter = |left: crate::model::Column, right: crate::model::Column| Change::AlterColumn {
        diff: Alter::between(left, right.clone()),
        to: right,
        is_enum: false,
        was_enum: false,
        was_serial: false,
        to_serial: false,
    };
    let changes = vec![
        Change::AddColumn { column: col("email", "text", false, None), is_pk: false, is_composite_pk: false },
        alter(col("name", "text", true, None), col("name", "varchar(100)", true, None)),
        alter(col("age", "integer", false, None), col("age", "integer", false, Some("18"))),
    ];
    let sql: Vec<Vec<String>> = statements_of(&std::fs::read_to_string(format!("{dir}/s2/migration.sql")).unwrap()).into_iter().map(|s| vec![s]).collect();
    assert_eq!(to_strings(&footprints(&changes, &sql)), to_strings(&snapshot_footprints(&format!("{dir}/s2/snapshot.json"))));
}

/// Every footprint in the golden corpus (which grows as cases are captured) reads into
/// [`Footprint`] and writes back byte for byte, and every `sqlHash` is the hash of a run of
/// consecutive statements of its `migration.sql` (possibly empty), in footprint order.
#[test]
fn corpus_footprints_round_trip_and_hash_their_sql() {
    let root = format!("{}/../../tests/cases", env!("CARGO_MANIFEST_DIR"));
    let mut snapshots = Vec::new();
    for area in std::fs::read_dir(&root).into_iter().flatten().flatten() {
        for case in std::fs::read_dir(area.path()).into_iter().flatten().flatten() {
            for step in std::fs::read_dir(case.path().join("expected")).into_iter().flatten().flatten() {
                if step.path().join("snapshot.json").exists() {
                    snapshots.push(step.path());
                }
            }
        }
    }
    snapshots.push(format!("{}/../../tests/fixtures/v1-folders/20261124063106_perpetual_captain_universe", env!("CARGO_MANIFEST_DIR")).into());
    let mut failures = Vec::new();
    for dir in &snapshots {
        let fps = snapshot_footprints(&dir.join("snapshot.json").to_string_lossy());
        let sql = statements_of(&std::fs::read_to_string(dir.join("migration.sql")).unwrap_or_default());
        let mut at = 0;
        for v in &fps {
            let fp = Footprint::from_value(v).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
            assert_eq!(serde_json::to_string(&fp).unwrap(), serde_json::to_string(v).unwrap(), "{}", dir.display());
            let Some(hash) = &fp.sql_hash else { continue };
            // A change can render no SQL at all (`withNoData` on a materialized view): its
            // footprint is still written, with the hash of the empty text.
            let found = (at..=sql.len()).flat_map(|i| (i..=sql.len()).map(move |j| (i, j))).find(|&(i, j)| sql_hash(&sql[i..j]) == *hash);
            match found {
                Some((_, j)) => at = j,
                None => failures.push(format!("{}: no statements hash to {hash} ({})", dir.display(), fp.statement_type)),
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
