//! `dbkit revert` through the binary on real databases: every push-corpus case generated and
//! migrated as two steps, reverted once, must leave the database at step one (checked by `push
//! --explain` finding nothing against step one's schema) with step two pending, and `migrate`
//! must apply it again cleanly; chains with `--steps` and `--to`; data kept where the schema
//! allows; `down.sql`, `--mark-only`, the bad inputs, and two reverts at once.

use std::path::{Path, PathBuf};

use serde_json::json;

use crate::support::{Project, TestDb};

fn project(db: &TestDb) -> Project {
    let p = Project::empty();
    p.write(
        "drizzle.config.json",
        &json!({"dialect": "postgresql", "out": "./drizzle", "schema": "./schema", "dbCredentials": {"url": db.url()}}).to_string(),
    );
    p
}

fn use_schema(p: &Project, files: &[(&str, String)]) {
    let _ = std::fs::remove_dir_all(p.path().join("schema"));
    for (name, text) in files {
        p.write(&format!("schema/{name}"), text);
    }
}

fn step_files(step: &Path) -> Vec<(String, String)> {
    std::fs::read_dir(step)
        .unwrap()
        .flatten()
        .map(|e| (e.file_name().to_string_lossy().into_owned(), std::fs::read_to_string(e.path()).unwrap()))
        .collect()
}

fn use_step(p: &Project, step: &Path) {
    let files = step_files(step);
    use_schema(p, &files.iter().map(|(n, t)| (n.as_str(), t.clone())).collect::<Vec<_>>());
}

/// Whether the database is exactly the project's current schema.
fn matches_schema(p: &Project) -> Result<(), String> {
    let run = p.run(&["push", "--explain", "--output", "json"]);
    match run.json()["status"].as_str() {
        Some("no_changes") => Ok(()),
        _ => Err(run.stdout),
    }
}

/// Generates the next migration and applies it; false when there was nothing to generate.
fn generate_and_migrate(p: &Project, name: &str) -> Result<bool, String> {
    let run = p.run(&["generate", "--name", name, "--allow-empty"]);
    if run.code != 0 {
        return Err(format!("generate {name}: {}", run.all()));
    }
    if run.stdout.contains("No schema changes") {
        return Ok(false);
    }
    let run = p.run(&["migrate"]);
    if run.code != 0 {
        return Err(format!("migrate after {name}: {}", run.all()));
    }
    Ok(true)
}

#[test]
fn reverting_the_second_step_of_every_push_case_returns_to_the_first() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut cases: Vec<PathBuf> = std::fs::read_dir(root.join("tests/push_cases"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("source").is_file())
        .collect();
    cases.sort();
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let source = root.join(std::fs::read_to_string(case.join("source")).unwrap().trim());
        // Roles belong to the server: cases that create one run alone and start without it (the
        // lock is taken before the database exists, so it is held until the database is gone).
        let roles: Vec<String> = ["s1", "s2"]
            .iter()
            .flat_map(|s| step_files(&source.join(s)))
            .flat_map(|(_, text)| {
                text.split("pgRole(\"").skip(1).filter_map(|r| r.split('"').next().map(str::to_string)).collect::<Vec<_>>()
            })
            .collect();
        let _roles = (!roles.is_empty()).then(crate::support::roles_lock);
        let db = TestDb::new();
        crate::support::drop_roles(&db, roles.iter().map(String::as_str));
        let p = project(&db);
        let result = (|| -> Result<(), String> {
            use_step(&p, &source.join("s1"));
            generate_and_migrate(&p, "s1")?;
            use_step(&p, &source.join("s2"));
            if !generate_and_migrate(&p, "s2")? {
                return Ok(()); // s2 declares what s1 does: nothing to revert
            }
            let run = p.run(&["revert", "--force"]);
            if run.code != 0 {
                return Err(format!("revert: {}", run.all()));
            }
            use_step(&p, &source.join("s1"));
            matches_schema(&p).map_err(|left| format!("after revert the database is not s1: {left}"))?;
            let run = p.run(&["migrate"]);
            if run.code != 0 {
                return Err(format!("migrate after revert: {}", run.all()));
            }
            use_step(&p, &source.join("s2"));
            matches_schema(&p).map_err(|left| format!("after migrating again the database is not s2: {left}"))
        })();
        if let Err(e) = result {
            failures.push(format!("- {name}: {e}"));
        }
    }
    eprintln!("revert: {} of {} cases reverted to step one and migrated again", cases.len() - failures.len(), cases.len());
    assert!(failures.is_empty(), "{} failure(s):\n{}", failures.len(), failures.join("\n"));
}

const TABLE: &str = "import { pgTable, integer, text } from \"drizzle-orm/pg-core\";\n";

/// Five migrations: a table, then one column each.
fn chain(db: &TestDb) -> (Project, Vec<String>) {
    let p = project(db);
    let mut columns = String::new();
    for i in 0..5 {
        if i > 0 {
            columns.push_str(&format!(", c{i}: text()"));
        }
        use_schema(&p, &[("schema.ts", format!("{TABLE}export const t = pgTable(\"t\", {{ id: integer().primaryKey(){columns} }});\n"))]);
        generate_and_migrate(&p, &format!("step{i}")).unwrap();
        // Folder names carry the second; keep them apart.
        std::thread::sleep(std::time::Duration::from_millis(1000));
    }
    let mut folders: Vec<String> =
        std::fs::read_dir(p.path().join("drizzle")).unwrap().flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    folders.sort();
    (p, folders)
}

#[test]
fn steps_and_to_undo_several_newest_first_and_data_stays() {
    let db = TestDb::new();
    let (p, folders) = chain(&db);
    db.execute("INSERT INTO t (id, c1, c2) VALUES (1, 'kept', 'also kept')");

    let run = p.run(&["revert", "--steps", "2"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert_eq!(db.recorded(), folders[..3].to_vec());
    let reverted: Vec<&str> = run.stdout.lines().filter(|l| l.contains("Reverted")).collect();
    assert!(reverted[0].contains(&folders[4]) && reverted[1].contains(&folders[3]), "newest first: {reverted:?}");

    let run = p.run(&["revert", "--to", &folders[1]]);
    assert_eq!(run.code, 2, "c2 holds a value: {}", run.all());
    assert!(run.stdout.contains("drop column public.t.c2: 1 value"), "{}", run.stdout);
    let run = p.run(&["revert", "--to", &folders[1], "--force"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert_eq!(db.recorded(), folders[..2].to_vec());
    assert_eq!(db.value("select c1 from t where id = 1"), Some("kept".into()), "a reverted column loses only that column");

    let run = p.run(&["migrate"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert_eq!(db.recorded(), folders);
}

#[test]
fn down_sql_is_used_and_mark_only_forgets_the_row() {
    let db = TestDb::new();
    let (p, folders) = chain(&db);
    let last = &folders[4];
    p.write(&format!("drizzle/{last}/down.sql"), "ALTER TABLE \"t\" DROP COLUMN \"c4\";\nCREATE TABLE hand_written (id integer);");
    let status = p.run(&["status"]);
    assert!(status.stdout.contains(&format!("{last}  ")) && status.stdout.contains("revert: down.sql"), "{}", status.stdout);
    assert_eq!(status.stdout.matches("revert: computed").count(), 4, "{}", status.stdout);
    let custom = p.run(&["generate", "--custom", "--name", "fix"]);
    assert_eq!(custom.code, 0);
    assert_eq!(p.run(&["migrate"]).code, 0);
    let status = p.run(&["status"]);
    assert!(status.stdout.contains("revert: needs down.sql (custom SQL)"), "{}", status.stdout);
    assert_eq!(p.run(&["revert", "--mark-only"]).code, 0);
    let run = p.run(&["revert", "--output", "json"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert_eq!(run.json()["migrations"][0]["source"], "down.sql");
    assert!(db.table_exists("public.hand_written"));

    let run = p.run(&["revert", "--mark-only"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stderr.contains("the schema is unchanged"), "{}", run.stderr);
    assert_eq!(db.recorded(), folders[..3].to_vec());
    assert_eq!(db.value("select count(*) from information_schema.columns where table_name = 't' and column_name = 'c3'"), Some("1".into()));
}

#[test]
fn what_cannot_be_undone_safely_is_refused_and_nothing_changes() {
    let db = TestDb::new();
    let p = project(&db);
    assert_eq!(
        p.run(&["revert"]).error_line(),
        "Error: drizzle: migrations folder not found; run `dbkit generate` or `drizzle-kit generate` first, or set `out` in the config"
    );

    // A folder whose migrations were never applied.
    p.write("drizzle/20260101000000_x/migration.sql", "CREATE TABLE x (id integer);");
    let run = p.run(&["revert"]);
    assert_eq!(run.code, 1);
    assert!(run.error_line().contains("nothing to revert: drizzle.__drizzle_migrations lists no migration of drizzle"), "{}", run.all());
    std::fs::remove_dir_all(p.path().join("drizzle")).unwrap();

    let (p, folders) = chain(&db);
    // A migration without its snapshot cannot be computed.
    let snapshot = p.path().join("drizzle").join(&folders[4]).join("snapshot.json");
    let saved = std::fs::read_to_string(&snapshot).unwrap();
    std::fs::remove_file(&snapshot).unwrap();
    let run = p.run(&["revert"]);
    assert_eq!(run.code, 1);
    assert!(run.error_line().contains("no snapshot.json"), "{}", run.all());
    std::fs::write(&snapshot, saved).unwrap();

    // --to a migration that is not applied.
    let run = p.run(&["revert", "--to", "20990101000000_nope"]);
    assert_eq!(run.code, 1);
    assert!(run.error_line().contains("--to 20990101000000_nope: not an applied migration"), "{}", run.all());

    // A file edited after it ran.
    let last = p.path().join("drizzle").join(&folders[4]).join("migration.sql");
    let original = std::fs::read_to_string(&last).unwrap();
    std::fs::write(&last, format!("{original}\n-- edited")).unwrap();
    let run = p.run(&["revert"]);
    assert_eq!(run.code, 1);
    assert!(run.error_line().contains("changed since it was applied"), "{}", run.all());
    std::fs::write(&last, &original).unwrap();

    // A custom migration: its SQL is not what its snapshot says, so only down.sql can undo it.
    let custom = p.run(&["generate", "--custom", "--name", "data_fix"]);
    assert_eq!(custom.code, 0, "{}", custom.all());
    let folder = std::fs::read_dir(p.path().join("drizzle")).unwrap().flatten().map(|e| e.path()).max().unwrap();
    std::fs::write(folder.join("migration.sql"), "UPDATE t SET c1 = 'x';").unwrap();
    assert_eq!(p.run(&["migrate"]).code, 0);
    let run = p.run(&["revert"]);
    assert_eq!(run.code, 1);
    assert!(run.error_line().contains("write"), "{}", run.all());
    assert!(run.error_line().contains("down.sql"), "{}", run.all());
    assert_eq!(db.recorded().len(), 6, "nothing reverted");
}

#[test]
fn generate_down_writes_the_undo_beside_the_migration() {
    let db = TestDb::new();
    let p = project(&db);
    use_schema(&p, &[("schema.ts", format!("{TABLE}export const t = pgTable(\"t\", {{ id: integer().primaryKey() }});\n"))]);
    generate_and_migrate(&p, "one").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1000));
    use_schema(&p, &[("schema.ts", format!("{TABLE}export const t = pgTable(\"t\", {{ id: integer().primaryKey(), note: text() }});\n"))]);
    let run = p.run(&["generate", "--name", "two", "--down"]);
    assert_eq!(run.code, 0, "{}", run.all());
    let folder = std::fs::read_dir(p.path().join("drizzle")).unwrap().flatten().map(|e| e.path()).max().unwrap();
    assert_eq!(std::fs::read_to_string(folder.join("down.sql")).unwrap(), "ALTER TABLE \"t\" DROP COLUMN \"note\";");
    assert_eq!(p.run(&["migrate"]).code, 0);

    let run = p.run(&["revert", "--output", "json"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert_eq!(run.json()["migrations"][0]["source"], "down.sql");
    assert_eq!(
        db.value("select count(*) from information_schema.columns where table_name = 't' and column_name = 'note'"),
        Some("0".into())
    );
}

#[test]
fn backups_before_migrate_and_revert_restore_the_database() {
    let db = TestDb::new();
    let (p, folders) = chain(&db);
    db.execute("INSERT INTO t (id, c4) VALUES (1, 'precious')");

    let run = p.run(&["revert", "--force", "--backup", "backups/"]);
    assert_eq!(run.code, 0, "{}", run.all());
    run.assert_no_password();
    let dump = std::fs::read_dir(p.path().join("backups")).unwrap().flatten().map(|e| e.path()).next().expect("a backup file");
    assert_eq!(db.recorded(), folders[..4].to_vec());

    // Without a terminal a restore needs --force; then the column and its value are back.
    let file = dump.to_string_lossy().into_owned();
    assert_eq!(p.run(&["restore", &file]).code, 2);
    let run = p.run(&["restore", &file, "--force"]);
    assert_eq!(run.code, 0, "{}", run.all());
    run.assert_no_password();
    assert_eq!(db.value("select c4 from t where id = 1"), Some("precious".into()));
    assert_eq!(db.recorded(), folders);

    // migrate --backup writes one only when something is pending.
    let run = p.run(&["migrate", "--backup"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(!p.path().join(".dbkit/backups").exists(), "nothing pending, no backup");
    assert_eq!(p.run(&["revert"]).code, 2, "c4 holds a value");
    assert_eq!(p.run(&["revert", "--force"]).code, 0);
    let run = p.run(&["migrate", "--backup"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert_eq!(std::fs::read_dir(p.path().join(".dbkit/backups")).unwrap().count(), 1);

    assert_eq!(p.run(&["restore", "no-such.dump", "--force"]).error_line(), "Error: no-such.dump: no such backup file");
}

#[test]
fn a_rename_is_renamed_back_and_keeps_the_data() {
    let db = TestDb::new();
    let p = project(&db);
    use_schema(&p, &[("schema.ts", format!("{TABLE}export const t = pgTable(\"t\", {{ id: integer().primaryKey(), name: text() }});\n"))]);
    generate_and_migrate(&p, "one").unwrap();
    db.execute("INSERT INTO t VALUES (1, 'ann')");
    std::thread::sleep(std::time::Duration::from_millis(1000));
    use_schema(
        &p,
        &[("schema.ts", format!("{TABLE}export const t = pgTable(\"t\", {{ id: integer().primaryKey(), full_name: text() }});\n"))],
    );
    let hint = r#"[{"type":"rename","kind":"column","from":["public","t","name"],"to":["public","t","full_name"]}]"#;
    let run = p.run(&["generate", "--name", "two", "--hints", hint, "--down"]);
    assert_eq!(run.code, 0, "{}", run.all());
    let folder = std::fs::read_dir(p.path().join("drizzle")).unwrap().flatten().map(|e| e.path()).max().unwrap();
    assert_eq!(std::fs::read_to_string(folder.join("down.sql")).unwrap(), "ALTER TABLE \"t\" RENAME COLUMN \"full_name\" TO \"name\";");
    std::fs::remove_file(folder.join("down.sql")).unwrap();
    assert_eq!(p.run(&["migrate"]).code, 0);

    // Computed from the snapshot's recorded rename, not asked again.
    let run = p.run(&["revert", "--dry-run"]);
    assert!(run.stdout.contains("ALTER TABLE \"t\" RENAME COLUMN \"full_name\" TO \"name\";"), "{}", run.stdout);
    let run = p.run(&["revert"]);
    assert_eq!(run.code, 0, "no data is lost: {}", run.all());
    assert_eq!(db.value("select name from t where id = 1"), Some("ann".into()));
}

#[test]
fn a_failing_undo_is_rolled_back_and_stays_applied() {
    let db = TestDb::new();
    let (p, folders) = chain(&db);
    // Something the migration did not create depends on the column its undo drops.
    db.execute("CREATE VIEW v AS SELECT c4 FROM t");
    let run = p.run(&["revert", "--force"]);
    assert_eq!(run.code, 1);
    let error = run.error_line();
    assert!(error.contains(&format!("reverting {}: statement 1 failed", folders[4])) && error.contains("stays applied"), "{error}");
    assert_eq!(db.recorded(), folders);
}

#[test]
fn concurrent_reverts_wait_for_the_lock_and_never_undo_what_they_did_not_plan() {
    let db = TestDb::new();
    let p = Project::for_db(&db);
    let names = ["20250101000000_one", "20250102000000_two", "20250103000000_three"];
    for (i, name) in names.iter().enumerate() {
        p.migration(name, &format!("CREATE TABLE t{i} (id integer);"));
        // Each undo takes a while, so the two runs really overlap.
        p.write(&format!("drizzle/{name}/down.sql"), &format!("SELECT pg_sleep(2);\n--> statement-breakpoint\nDROP TABLE t{i};"));
    }
    let run = p.run(&["migrate"]);
    assert_eq!(run.code, 0, "{}", run.all());

    // Both plan to undo the last migration; the one that gets migrate's lock second finds it
    // already undone and stops: it never undoes another migration than the one it planned (and
    // whose losses it would have asked about).
    let children: Vec<_> = (0..2).map(|_| p.spawn(&["revert", "--lock-timeout", "30"])).collect();
    let mut runs: Vec<_> = children.into_iter().map(crate::support::finish).collect();
    runs.sort_by_key(|r| r.code);
    assert_eq!((runs[0].code, runs[1].code), (0, 1), "{}\n{}", runs[0].all(), runs[1].all());
    assert!(runs[0].stdout.contains(names[2]), "{}", runs[0].all());
    assert!(runs[1].all().contains("waiting for another migration run"), "{}", runs[1].all());
    assert!(
        runs[1].error_line().contains(&format!("{} is not recorded as applied", names[2]))
            && runs[1].error_line().contains("nothing was reverted"),
        "{}",
        runs[1].all()
    );
    assert_eq!(db.recorded(), names[..2].to_vec());
    assert!(db.table_exists("public.t0") && db.table_exists("public.t1") && !db.table_exists("public.t2"));
}
