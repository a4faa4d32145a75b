//! `pull --layout per-table` through the binary: one file per table in the schema folder, read
//! back by `generate` with no changes; a later pull removes the file of a dropped table only when
//! dbkit wrote it and nobody edited it.

use serde_json::json;

use crate::introspect::{apply, root};
use crate::support::{Project, TestDb};

fn project(db: &TestDb) -> Project {
    let p = Project::empty();
    let config =
        json!({"dialect": "postgresql", "out": "./drizzle", "schema": "./src/database/schema", "dbCredentials": {"url": db.url()}});
    p.write("drizzle.config.json", &config.to_string());
    p
}

#[test]
fn per_table_files_round_trip_and_follow_dropped_tables() {
    let db = TestDb::new();
    apply(&db, &std::fs::read_to_string(root().join("better-auth/schema.sql")).unwrap());
    let p = project(&db);
    let run = p.run(&["pull", "--layout", "per-table"]);
    assert_eq!(run.code, 0, "{}", run.all());
    let dir = p.path().join("src/database/schema");
    for file in [
        "index.ts",
        "relations.ts",
        "enums.ts",
        "user.ts",
        "session.ts",
        "account.ts",
        "verification.ts",
        "order_item.ts",
        ".dbkit-pull.json",
    ] {
        assert!(dir.join(file).is_file(), "{file} missing");
    }
    assert!(!p.path().join("drizzle/schema.ts").exists(), "the single-file layout is not written as well");
    let session = std::fs::read_to_string(dir.join("session.ts")).unwrap();
    assert!(session.contains("import { user } from \"./user\""), "{session}");

    let generate = p.run(&["generate"]);
    assert_eq!(generate.code, 0, "{}", generate.all());
    assert!(generate.stdout.contains("No schema changes"), "{}", generate.stdout);

    // Two tables go; one of their files was edited by hand since the last pull.
    db.execute("DROP TABLE verification; DROP TABLE order_item");
    std::fs::write(dir.join("order_item.ts"), "// my notes\n").unwrap();
    let again = p.run(&["pull", "--layout", "per-table"]);
    assert_eq!(again.code, 0, "{}", again.all());
    assert!(!dir.join("verification.ts").exists(), "an untouched file of a dropped table is removed");
    assert!(dir.join("order_item.ts").is_file(), "an edited file is kept");
    assert!(again.stderr.contains("order_item.ts: its table is gone, but the file was edited"), "{}", again.stderr);
    assert!(!std::fs::read_to_string(dir.join("index.ts")).unwrap().contains("verification"));
}

#[test]
fn per_table_needs_one_schema_folder() {
    let db = TestDb::new();
    let p = Project::empty();
    let config = json!({"dialect": "postgresql", "schema": "./src/**/schema.ts", "dbCredentials": {"url": db.url()}});
    p.write("drizzle.config.json", &config.to_string());
    let run = p.run(&["pull", "--layout", "per-table"]);
    assert_eq!(run.code, 1);
    assert!(run.error_line().contains("`schema` is a glob (./src/**/schema.ts)"), "{}", run.all());
    assert!(!p.path().join("drizzle").exists(), "refused before anything is written");
}
