//! drizzle-kit 0.31's journal layout and drizzle-orm 0.45's bookkeeping table.

use crate::support::{Project, TestDb};

const SQL_A: &str = "CREATE TABLE \"a\" (\n\t\"id\" serial PRIMARY KEY NOT NULL\n);\n";
const SQL_B: &str = "ALTER TABLE \"a\" ADD COLUMN \"b\" text;";

/// A 0.31 folder: `meta/_journal.json` plus `NNNN_tag.sql`, as drizzle-kit 0.31 writes it.
fn journal_project(db: &TestDb, entries: &[(&str, i64, &str)]) -> Project {
    let p = Project::for_db(db);
    let list: Vec<serde_json::Value> = entries
        .iter()
        .enumerate()
        .map(|(i, (tag, when, _))| serde_json::json!({"idx": i, "version": "7", "when": when, "tag": tag, "breakpoints": true}))
        .collect();
    p.write(
        "drizzle/meta/_journal.json",
        &serde_json::to_string_pretty(&serde_json::json!({"version": "7", "dialect": "postgresql", "entries": list})).unwrap(),
    );
    for (tag, _, sql) in entries {
        p.write(&format!("drizzle/{tag}.sql"), sql);
    }
    p
}

#[test]
fn journal_folders_are_applied_with_0_45_bookkeeping() {
    let db = TestDb::new();
    let p = journal_project(&db, &[("0000_cute_shinobi_shaw", 1_795_501_049_975, SQL_A), ("0001_schema_b", 1_795_501_052_077, SQL_B)]);
    let run = p.run(&["migrate"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stdout.contains("[✓] 0000_cute_shinobi_shaw"), "{}", run.stdout);
    // drizzle-orm 0.45's table shape and values: created_at is the journal's `when`.
    let rows = db.query("select hash, created_at::text from drizzle.__drizzle_migrations order by id");
    assert_eq!(rows[1][1].as_deref(), Some("1795501052077"));
    assert_eq!(rows[0][0].as_deref(), Some(dbkit_core::migrations::sha256_hex(SQL_A).as_str()));
    let has_name = db.value("select count(*)::text from information_schema.columns where table_schema='drizzle' and table_name='__drizzle_migrations' and column_name='name'");
    assert_eq!(has_name.as_deref(), Some("0"), "a journal project keeps the 0.45 table so drizzle-orm 1.0 can upgrade it later");
    assert_eq!(p.run(&["status"]).code, 0);
    let again = p.run(&["migrate"]);
    assert!(again.stdout.contains("No pending migrations: 2 applied"), "{}", again.stdout);
}

#[test]
fn a_0_45_table_is_upgraded_in_place_when_the_folder_moves_to_1_0() {
    let db = TestDb::new();
    // What drizzle-orm 0.45 left behind after applying the two journal entries.
    db.execute(&format!(
        "CREATE SCHEMA drizzle; CREATE TABLE drizzle.__drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint);
         INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ('{}', 1795501049975), ('{}', 1795501052077);
         {SQL_A} {SQL_B}",
        dbkit_core::migrations::sha256_hex(SQL_A),
        dbkit_core::migrations::sha256_hex(SQL_B)
    ));
    // The same migrations after `drizzle-kit up`, plus one new one.
    let p = Project::for_db(&db);
    p.migration("20261124061729_cute_shinobi_shaw", SQL_A)
        .migration("20261124061732_schema_b", SQL_B)
        .migration("20261125000000_c", "ALTER TABLE \"a\" ADD COLUMN \"c\" text;");
    let status = p.run(&["status"]);
    assert_eq!(status.code, 3, "{}", status.all());
    assert!(status.stdout.contains("applied   20261124061732_schema_b"), "status names legacy rows as the upgrade will: {}", status.stdout);
    let run = p.run(&["migrate"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stdout.contains("Upgraded drizzle.__drizzle_migrations to drizzle-orm 1.0's shape (named 2 rows)"), "{}", run.stdout);
    // Names back-filled and applied_at NULL, exactly as drizzle-orm 1.0's upgrade leaves them.
    let rows = db.query("select name, applied_at is null from drizzle.__drizzle_migrations order by id");
    assert_eq!(rows[0], [Some("20261124061729_cute_shinobi_shaw".into()), Some("t".into())]);
    assert_eq!(rows[1], [Some("20261124061732_schema_b".into()), Some("t".into())]);
    assert_eq!(rows[2], [Some("20261125000000_c".into()), Some("f".into())]);
}

#[test]
fn a_0_45_table_with_unknown_rows_is_not_upgraded() {
    let db = TestDb::new();
    db.execute(
        "CREATE SCHEMA drizzle; CREATE TABLE drizzle.__drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint);
                INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ('deadbeef', 1000);",
    );
    let p = Project::for_db(&db);
    p.migration("20261124061729_a", SQL_A);
    let run = p.run(&["migrate"]);
    assert_eq!(run.code, 1);
    assert!(run.error_line().contains("rows with id 1 match no local migration"), "{}", run.stderr);
    assert!(!db.table_exists("public.a"));
    let cols = db
        .value("select count(*)::text from information_schema.columns where table_schema='drizzle' and table_name='__drizzle_migrations'");
    assert_eq!(cols.as_deref(), Some("3"), "the table is left as it was");
}

#[test]
fn a_folder_with_both_layouts_is_refused() {
    let db = TestDb::new();
    let p = journal_project(&db, &[("0000_a", 1_795_501_049_975, SQL_A)]);
    p.migration("20261124061729_a", SQL_A);
    let run = p.run(&["migrate"]);
    assert_eq!(run.code, 1);
    assert!(run.error_line().contains("has both a 0.31 journal (meta/_journal.json) and 1.0 migration folders"), "{}", run.stderr);
}
