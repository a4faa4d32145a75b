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
fn drizzle_orm_reapplies_exactly_what_dbkit_reverted() {
    // Two migrations dbkit generated, applied by drizzle-orm; dbkit reverts the second (computed
    // from its snapshots); drizzle-orm's migrate() then applies that one again and nothing else.
    let db = TestDb::new();
    let p = Project::empty();
    p.write(
        "drizzle.config.json",
        &format!(r#"{{"dialect":"postgresql","schema":"./schema.ts","dbCredentials":{{"url":"{}"}}}}"#, db.url()),
    );
    let table = |extra: &str| {
        format!(
            "import {{ pgTable, integer, text }} from \"drizzle-orm/pg-core\";\nexport const users = pgTable(\"users\", {{ id: integer().primaryKey(), name: text(){extra} }});\n"
        )
    };
    p.write("schema.ts", &table(""));
    assert_eq!(p.run(&["generate", "--name", "one"]).code, 0);
    std::thread::sleep(std::time::Duration::from_millis(1000));
    p.write("schema.ts", &table(", bio: text()"));
    assert_eq!(p.run(&["generate", "--name", "two"]).code, 0);
    orm_migrate("v1", &p, &db);
    let before = rows(&db);
    assert_eq!(before.len(), 2);
    let run = p.run(&["revert"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert_eq!(rows(&db), before[..1].to_vec());
    orm_migrate("v1", &p, &db);
    let after = rows(&db);
    assert_eq!(after.len(), 2);
    // Same migration (hash, created_at, name), a new id.
    assert_eq!(after[1][1..], before[1][1..]);
    assert_eq!(p.run(&["status"]).code, 0);
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

/// drizzle-kit 1.0 itself (`generate`) in a project whose folder dbkit wrote.
fn drizzle_kit(p: &Project, args: &[&str]) -> (i32, String) {
    let modules = std::env::var("DBKIT_COMPAT_V1").expect("DBKIT_COMPAT_V1 is not set: run scripts/compat.sh");
    let link = p.path().join("node_modules");
    if !link.exists() {
        std::os::unix::fs::symlink(&modules, &link).expect("link node_modules");
    }
    let kit = Path::new(&modules).join("drizzle-kit/bin.cjs");
    let out = Command::new("node")
        .arg(kit)
        .args(args)
        .current_dir(p.path())
        .stdin(std::process::Stdio::null())
        .output()
        .expect("run drizzle-kit");
    (out.status.code().unwrap_or(-1), format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
}

/// Every 8th golden case: dbkit generates every step, then drizzle-kit 1.0 on the same folder and
/// schema finds nothing to do (so teams can switch back and forth).
#[test]
#[ignore = "needs drizzle-kit from npm: run scripts/compat.sh"]
fn drizzle_kit_finds_nothing_to_do_on_folders_dbkit_wrote() {
    use crate::engine::corpus::{cases, listed, name};
    let skip: Vec<String> = listed("MISMATCHES.md").into_iter().chain(listed("TS_MISMATCHES.md")).map(|(id, _)| id).collect();
    let mut problems = Vec::new();
    let mut checked = 0;
    for case in cases().into_iter().step_by(8) {
        if skip.iter().any(|id| id.starts_with(&format!("{}/", name(&case)))) {
            continue;
        }
        let p = Project::empty();
        p.write(
            "drizzle.config.ts",
            "import { defineConfig } from 'drizzle-kit';\nexport default defineConfig({ dialect: 'postgresql', schema: './schema', out: './drizzle' });\n",
        );
        let mut steps: Vec<String> =
            std::fs::read_dir(case.join("expected")).unwrap().flatten().map(|e| e.file_name().to_string_lossy().into()).collect();
        steps.sort_by_key(|n| n.trim_start_matches('s').parse::<u32>().unwrap_or(0));
        let mut wrote = false;
        for step in &steps {
            let _ = std::fs::remove_dir_all(p.path().join("schema"));
            for e in std::fs::read_dir(case.join(step)).unwrap().flatten().filter(|e| e.file_name().to_string_lossy().ends_with(".ts")) {
                p.write(&format!("schema/{}", e.file_name().to_string_lossy()), &std::fs::read_to_string(e.path()).unwrap());
            }
            let mut args = vec!["generate".to_string(), "--allow-empty".into(), "--name".into(), step.clone()];
            if let Ok(h) = std::fs::read_to_string(case.join(step).join("hints.json")) {
                args.extend(["--hints".into(), h]);
            }
            let run = p.run(&args.iter().map(String::as_str).collect::<Vec<_>>());
            if run.code != 0 {
                break;
            }
            wrote |= run.stdout.contains("Your SQL migration");
            // drizzle-kit on dbkit's folder, with the schema dbkit just generated from.
            if !wrote {
                continue;
            }
            let (code, out) = drizzle_kit(&p, &["generate", "--name", "kit"]);
            checked += 1;
            if code != 0 || !out.contains("No schema changes") {
                problems.push(format!("{}/{step}: drizzle-kit exit {code}:\n{out}", name(&case)));
                break;
            }
        }
    }
    eprintln!("drizzle-kit generate on {checked} dbkit folders");
    assert!(checked >= 50, "only {checked} steps checked");
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}
