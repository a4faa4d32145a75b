//! Footprints checked against drizzle-kit 1.0.0-rc.5's own output: every statement kind from
//! `testdata/statements.json` (captured with drizzle's `ddlDiff` + `footprintsOf`, see
//! `testdata/capture/`), the peer folder and the golden corpus under `tests/cases`.
//!
//! `change_of` reads drizzle's JSON statement into a [`Change`] (the diff will build them for
//! real); the footprint computed from it must serialize to the very bytes drizzle wrote.

use serde_json::Value;

use crate::diff::drizzle_json::{change_of, row, strings};
use crate::diff::{Alter, Change, TableDef};

use super::{Footprint, footprint, footprints, sql_hash};

fn testdata(name: &str) -> String {
    format!("{}/src/footprint/testdata/{name}", env!("CARGO_MANIFEST_DIR"))
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

fn to_strings(v: &[impl serde::Serialize]) -> Vec<String> {
    v.iter().map(|f| serde_json::to_string(f).unwrap()).collect()
}

/// The peer folder's second migration (`schema_b`), its changes built by hand from its deltas.
#[test]
fn peer_schema_b_footprints() {
    let dir = format!("{}/../../tests/fixtures/v1-folders/20261124063111_schema_b", env!("CARGO_MANIFEST_DIR"));
    let sql = statements_of(&std::fs::read_to_string(format!("{dir}/migration.sql")).unwrap());
    let want = snapshot_footprints(&format!("{dir}/snapshot.json"));
    let col = |table: &str, name: &str, ty: &str| -> crate::model::Column {
        row(
            &serde_json::json!({"schema": "public", "table": table, "name": name, "type": ty, "typeSchema": null, "notNull": false, "dimensions": 0, "default": null, "generated": null, "identity": null}),
        )
    };
    let order_status =
        |values: &[&str]| -> crate::model::Enum { row(&serde_json::json!({"schema": "public", "name": "order_status", "values": values})) };
    let alter_type = |table: &str, name: &str, from: &str, to: &str| {
        let mut left = col(table, name, from);
        left.not_null = true;
        let mut right = left.clone();
        right.type_ = to.into();
        Change::AlterColumn {
            diff: Box::new(Alter::between(left, right.clone())),
            to: Box::new(right),
            is_enum: false,
            was_enum: false,
            was_serial: false,
            to_serial: false,
        }
    };
    let index = |table: &str, name: &str, columns: &[&str], unique: bool| -> crate::model::Index {
        let columns: Vec<Value> = columns
            .iter()
            .map(|c| serde_json::json!({"value": c, "isExpression": false, "asc": true, "nullsFirst": false, "opclass": null}))
            .collect();
        row(
            &serde_json::json!({"schema": "public", "table": table, "name": name, "nameExplicit": true, "columns": columns, "isUnique": unique, "where": null, "with": "", "method": "btree", "concurrently": false}),
        )
    };
    let changes = vec![
        Change::AlterEnum {
            diff: vec![],
            from: Box::new(order_status(&["pending", "paid", "shipped", "cancelled"])),
            to: Box::new(order_status(&["pending", "paid", "processing", "shipped", "cancelled", "refunded"])),
        },
        Change::RenameColumn { from: Box::new(col("session", "ip_address", "text")), to: Box::new(col("session", "ip", "text")) },
        Change::AddColumn { column: Box::new(col("user", "phone", "text")), is_pk: false, is_composite_pk: false },
        Change::DropColumn { column: Box::new(col("account", "scope", "text")) },
        alter_type("product", "name", "text", "varchar(200)"),
        alter_type("product", "price", "numeric(10,2)", "numeric(12,2)"),
        Change::CreateIndex { index: Box::new(index("account", "account_provider_account_uq", &["provider_id", "account_id"], true)) },
        Change::CreateIndex { index: Box::new(index("product", "product_name_idx", &["name"], false)) },
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
        row(
            &serde_json::json!({"schema": "public", "table": "users", "name": name, "type": ty, "typeSchema": null, "notNull": not_null, "dimensions": 0, "default": default, "generated": null, "identity": null}),
        )
    };
    let users: crate::model::Table = row(&serde_json::json!({"schema": "public", "name": "users", "isRlsEnabled": false}));
    let pk: crate::model::Pk =
        row(&serde_json::json!({"schema": "public", "table": "users", "name": "users_pkey", "columns": ["id"], "nameExplicit": false}));
    let create = Change::CreateTable {
        table: Box::new(TableDef {
            table: users,
            columns: vec![col("id", "serial", true, None), col("name", "text", true, None), col("age", "integer", false, None)],
            pk: Some(pk),
            fks: vec![],
            uniques: vec![],
            checks: vec![],
            indexes: vec![],
            policies: vec![],
        }),
    };
    let s1 = statements_of(&std::fs::read_to_string(format!("{dir}/s1/migration.sql")).unwrap());
    assert_eq!(to_strings(&footprints(&[create], &[s1])), to_strings(&snapshot_footprints(&format!("{dir}/s1/snapshot.json"))));

    let alter = |left: crate::model::Column, right: crate::model::Column| Change::AlterColumn {
        diff: Box::new(Alter::between(left, right.clone())),
        to: Box::new(right),
        is_enum: false,
        was_enum: false,
        was_serial: false,
        to_serial: false,
    };
    let changes = vec![
        Change::AddColumn { column: Box::new(col("email", "text", false, None)), is_pk: false, is_composite_pk: false },
        alter(col("name", "text", true, None), col("name", "varchar(100)", true, None)),
        alter(col("age", "integer", false, None), col("age", "integer", false, Some("18"))),
    ];
    let sql: Vec<Vec<String>> =
        statements_of(&std::fs::read_to_string(format!("{dir}/s2/migration.sql")).unwrap()).into_iter().map(|s| vec![s]).collect();
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
    snapshots
        .push(format!("{}/../../tests/fixtures/v1-folders/20261124063106_perpetual_captain_universe", env!("CARGO_MANIFEST_DIR")).into());
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
