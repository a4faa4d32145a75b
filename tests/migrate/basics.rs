//! The happy paths: what gets applied, recorded and printed.

use super::{FIVE, names};
use crate::support::{Project, TestDb};

#[test]
fn applies_pending_migrations_in_order_and_records_them_like_drizzle_orm() {
    let db = TestDb::new();
    let p = Project::for_db(&db);
    for (name, sql) in &FIVE[..2] {
        p.migration(name, sql);
    }
    let run = p.run(&["migrate"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stdout.contains("[✓] 20260101000001_one"), "{}", run.stdout);
    assert!(run.stdout.contains("2 migrations applied successfully!"), "{}", run.stdout);
    run.assert_no_password();

    // drizzle-orm 1.0's columns and values: hash = sha256 of the file, created_at = folder time in ms.
    let rows = db.query("select hash, created_at::text, name, applied_at is not null from drizzle.__drizzle_migrations order by id");
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0][0].as_deref(), Some(dbkit_core::migrations::sha256_hex(FIVE[0].1).as_str()));
    assert_eq!(rows[0][1].as_deref(), Some("1767225601000"));
    assert_eq!(rows[0][2].as_deref(), Some("20260101000001_one"));
    assert_eq!(rows[0][3].as_deref(), Some("t"));
    assert!(db.table_exists("public.t2_id_idx"));
    let columns = db.query(
        "select column_name::text, data_type::text from information_schema.columns where table_schema = 'drizzle' and table_name = '__drizzle_migrations' order by ordinal_position",
    );
    let columns: Vec<String> = columns.iter().map(|r| format!("{} {}", r[0].as_deref().unwrap(), r[1].as_deref().unwrap())).collect();
    assert_eq!(columns, ["id integer", "hash text", "created_at bigint", "name text", "applied_at timestamp with time zone"]);

    // Nothing pending: says so, changes nothing, exits 0.
    let again = p.run(&["migrate"]);
    assert_eq!(again.code, 0);
    assert!(again.stdout.contains("No pending migrations: 2 applied"), "{}", again.stdout);
    assert_eq!(db.recorded(), names(&FIVE[..2]));

    // New files are applied on the next run.
    for (name, sql) in &FIVE[2..] {
        p.migration(name, sql);
    }
    assert_eq!(p.run(&["migrate"]).code, 0);
    assert_eq!(db.recorded(), names(&FIVE));
}

#[test]
fn json_output_is_one_document() {
    let db = TestDb::new();
    let p = Project::for_db(&db);
    p.migration(FIVE[0].0, FIVE[0].1);
    let run = p.run(&["migrate", "--output", "json"]);
    assert_eq!(run.code, 0, "{}", run.all());
    let doc = run.json();
    assert_eq!(doc["status"], "ok");
    assert_eq!(doc["applied"][0]["name"], FIVE[0].0);
    assert_eq!(doc["applied"][0]["statements"], 1);
    assert_eq!(doc["applied"][0]["transaction"], true);
    let again = p.run(&["migrate", "--output", "json"]).json();
    assert_eq!(again["applied"].as_array().unwrap().len(), 0);
    assert_eq!(again["already_applied"], 1);
}

#[test]
fn a_late_merged_migration_is_applied_and_called_out() {
    let db = TestDb::new();
    let p = Project::for_db(&db);
    p.migration(FIVE[0].0, FIVE[0].1).migration(FIVE[2].0, FIVE[2].1);
    assert_eq!(p.run(&["migrate"]).code, 0);
    // A teammate's branch lands with an older timestamp: drizzle-orm 0.45 skipped these silently.
    p.migration(FIVE[1].0, FIVE[1].1);
    let status = p.run(&["status"]);
    assert_eq!(status.code, 3);
    assert!(status.stdout.contains("out of order"), "{}", status.stdout);
    let run = p.run(&["migrate"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stdout.contains("20260101000002_two was applied out of order"), "{}", run.stdout);
    assert!(db.table_exists("public.t2"));
    assert_eq!(db.recorded(), ["20260101000001_one", "20260101000003_three", "20260101000002_two"]);
}

#[test]
fn concurrent_index_migrations_run_outside_a_transaction() {
    let db = TestDb::new();
    let p = Project::for_db(&db);
    p.migration(FIVE[0].0, FIVE[0].1);
    p.migration("20260101000002_idx", "CREATE INDEX CONCURRENTLY \"t1_id_idx\" ON \"t1\" (\"id\");");
    p.migration(FIVE[2].0, FIVE[2].1);
    let run = p.run(&["migrate"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stdout.contains("outside a transaction: CREATE INDEX CONCURRENTLY on line 1"), "{}", run.stdout);
    assert_eq!(db.value("select indisvalid::text from pg_index where indexrelid = 'public.t1_id_idx'::regclass").as_deref(), Some("true"));
    assert_eq!(db.recorded().len(), 3);
}

#[test]
fn custom_bookkeeping_table_and_schema_from_the_config() {
    let db = TestDb::new();
    let p = Project::empty();
    p.write(
        "drizzle.config.json",
        &serde_json::json!({"dialect": "postgresql", "out": "./db/migrations", "migrations": {"table": "applied", "schema": "ops"}, "dbCredentials": {"url": db.url()}}).to_string(),
    );
    p.write(&format!("db/migrations/{}/migration.sql", FIVE[0].0), FIVE[0].1);
    let run = p.run(&["migrate"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert_eq!(db.recorded_in("ops", "applied"), [FIVE[0].0]);
    assert!(!db.table_exists("drizzle.__drizzle_migrations"));
    // CLI flags override the file.
    let db2 = TestDb::new();
    let run = p.run(&["migrate", "--url", &db2.url(), "--migrations-table", "other"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert_eq!(db2.recorded_in("ops", "other"), [FIVE[0].0]);
}

#[test]
fn status_reports_each_migration_and_exits_3_until_up_to_date() {
    let db = TestDb::new();
    let p = Project::for_db(&db);
    p.migration(FIVE[0].0, FIVE[0].1).migration(FIVE[1].0, FIVE[1].1);
    let before = p.run(&["status"]);
    assert_eq!(before.code, 3, "{}", before.all());
    assert!(before.stdout.contains("not created yet"), "{}", before.stdout);
    assert!(before.stdout.contains("pending   20260101000001_one"), "{}", before.stdout);
    assert!(!db.table_exists("drizzle.__drizzle_migrations"), "status must not create anything");

    assert_eq!(p.run(&["migrate"]).code, 0);
    let after = p.run(&["status", "--output", "json"]);
    assert_eq!(after.code, 0, "{}", after.all());
    let doc = after.json();
    assert_eq!(doc["up_to_date"], true);
    assert_eq!(doc["migrations"][1]["state"], "applied");
    assert!(doc["migrations"][1]["applied_at"].as_str().unwrap().ends_with('Z'));
}

#[test]
fn per_file_transactions_keep_the_files_before_a_failure() {
    let db = TestDb::new();
    let p = Project::for_db(&db);
    for (name, sql) in &FIVE {
        let sql = if name.ends_with("three") {
            "CREATE TABLE \"t3\" (\"id\" integer);\n--> statement-breakpoint\nSELECT no_such_column FROM \"t3\";"
        } else {
            sql
        };
        p.migration(name, sql);
    }
    let run = p.run(&["migrate", "--transaction", "per-file"]);
    assert_eq!(run.code, 1, "{}", run.all());
    assert!(run.stdout.contains("[✓] 20260101000002_two"), "{}", run.stdout);
    assert!(run.error_line().contains("2 migrations committed before it stay applied"), "{}", run.stderr);
    assert_eq!(db.recorded(), names(&FIVE[..2]));
    assert!(!db.table_exists("public.t3"));
}
