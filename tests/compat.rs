//! Interop with drizzle-orm's runtime `migrate()`, both ways, on the same databases.
//!
//! Opt-in: these need drizzle-orm from npm, which `scripts/compat.sh` installs and then runs them
//! with `--ignored` (scripts/test.sh calls it). The folders are real drizzle-kit output
//! (`tests/fixtures`).

use std::path::Path;
use std::process::Command;

use crate::support::{Project, TestDb};

/// Runs drizzle-orm's `migrate()` from the installed peer (`v1`: 1.0.0-rc.5, `v0`: 0.45.4).
fn orm_migrate(generation: &str, p: &Project, db: &TestDb) {
    let var = format!("DBKIT_COMPAT_{}", generation.to_uppercase());
    let modules = std::env::var(&var).unwrap_or_else(|_| panic!("{var} is not set: run scripts/compat.sh"));
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/compat/orm-migrate.cjs");
    let out =
        Command::new("node").arg(script).arg(p.path().join("drizzle")).arg(db.url()).env("NODE_PATH", modules).output().expect("run node");
    assert!(
        out.status.success(),
        "drizzle-orm {generation} migrate failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn rows(db: &TestDb) -> Vec<Vec<Option<String>>> {
    db.query("select id::text, hash, created_at::text, name from drizzle.__drizzle_migrations order by id")
}

const NEXT: &str = "ALTER TABLE \"user\" ADD COLUMN \"nickname\" text;";

#[test]
#[ignore = "needs drizzle-orm from npm: run scripts/compat.sh"]
fn drizzle_orm_sees_dbkit_migrations_as_applied() {
    let db = TestDb::new();
    let p = Project::for_db(&db);
    p.fixture("v1-folders");
    assert_eq!(p.run(&["migrate"]).code, 0);
    let before = rows(&db);
    // drizzle-orm would fail ("type already exists") if it tried to apply anything again.
    orm_migrate("v1", &p, &db);
    assert_eq!(rows(&db), before);
    // A folder added later is applied by drizzle-orm alone, then dbkit agrees it is applied.
    p.migration("20261201000000_next", NEXT);
    orm_migrate("v1", &p, &db);
    assert_eq!(rows(&db).len(), 3);
    let status = p.run(&["status"]);
    assert_eq!(status.code, 0, "{}", status.all());
}

#[test]
#[ignore = "needs drizzle-orm from npm: run scripts/compat.sh"]
fn dbkit_sees_drizzle_orm_migrations_as_applied() {
    let db = TestDb::new();
    let p = Project::for_db(&db);
    p.fixture("v1-folders");
    orm_migrate("v1", &p, &db);
    let orm_rows = rows(&db);
    assert_eq!(p.run(&["status"]).code, 0);
    let run = p.run(&["migrate"]);
    assert!(run.stdout.contains("No pending migrations: 2 applied"), "{}", run.all());
    p.migration("20261201000000_next", NEXT);
    assert_eq!(p.run(&["migrate"]).code, 0);
    let after = rows(&db);
    assert_eq!(after[..2], orm_rows[..]);
    // dbkit recorded the new row exactly as drizzle-orm would have.
    assert_eq!(after[2][1].as_deref(), Some(dbkit_core::migrations::sha256_hex(NEXT).as_str()));
    assert_eq!(after[2][2].as_deref(), Some("1796083200000"));
    assert_eq!(after[2][3].as_deref(), Some("20261201000000_next"));
}

#[test]
#[ignore = "needs drizzle-orm from npm: run scripts/compat.sh"]
fn a_0_31_database_is_upgraded_in_place() {
    let db = TestDb::new();
    // 1. The project on drizzle-kit 0.31: drizzle-orm 0.45 applies the journal.
    let old = Project::for_db(&db);
    old.fixture("v0-journal");
    orm_migrate("v0", &old, &db);
    let v0_rows = db.query("select id::text, hash, created_at::text from drizzle.__drizzle_migrations order by id");
    assert_eq!(v0_rows.len(), 2);
    // dbkit reads the journal layout and agrees nothing is pending.
    assert_eq!(old.run(&["status"]).code, 0);
    // 2. After `drizzle-kit up` (the captured folder): dbkit upgrades the table in place.
    let new = Project::for_db(&db);
    new.fixture("v0-after-up");
    let run = new.run(&["migrate"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stdout.contains("Upgraded drizzle.__drizzle_migrations to drizzle-orm 1.0's shape (named 2 rows)"), "{}", run.stdout);
    // 3. drizzle-orm 1.0 finds nothing to do and nothing to upgrade.
    orm_migrate("v1", &new, &db);
    let v1_rows = db.query("select name, applied_at is null from drizzle.__drizzle_migrations order by id");
    assert_eq!(
        v1_rows,
        [
            [Some("20261124061729_cute_shinobi_shaw".to_string()), Some("t".to_string())],
            [Some("20261124061732_schema_b".to_string()), Some("t".to_string())],
        ]
    );
}

#[test]
#[ignore = "needs drizzle-orm from npm: run scripts/compat.sh"]
fn drizzle_orm_0_45_sees_dbkit_journal_migrations_as_applied() {
    let db = TestDb::new();
    let p = Project::for_db(&db);
    p.fixture("v0-journal");
    assert_eq!(p.run(&["migrate"]).code, 0);
    let before = db.query("select id::text, hash, created_at::text from drizzle.__drizzle_migrations order by id");
    orm_migrate("v0", &p, &db);
    assert_eq!(db.query("select id::text, hash, created_at::text from drizzle.__drizzle_migrations order by id"), before);
}
