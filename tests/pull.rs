//! `dbkit pull` end to end, through the binary, on the databases of `tests/pull_cases`.
//!
//! - the base `snapshot.json` equals the one drizzle-kit 1.0 wrote (ids masked), except where the
//!   introspection differs on purpose (`MISMATCHES.md`) or the snapshot does (`case/snapshot.json`
//!   in `CODEGEN_MISMATCHES.md`); the other files are compared byte for byte by
//!   `tests/pull_codegen.rs`;
//! - round trip: `generate` on the pulled `schema.ts` finds nothing to do, and the pulled SQL
//!   applied to an empty database pulls back to the same files;
//! - `--init`, a folder that already has migrations, and bad inputs.

use std::path::Path;

use serde_json::{Value, json};

use crate::introspect::{apply, cases, root, try_apply};
use crate::support::{Project, TestDb, server};

/// The case's config keys as a drizzle.config.json pulling `db` into `./drizzle`, connecting as
/// the case's `connectAs` role when it names one.
fn project(case: &Path, db: &TestDb) -> Project {
    let config: Value = std::fs::read_to_string(case.join("config.json")).map(|t| serde_json::from_str(&t).unwrap()).unwrap_or(json!({}));
    let url = match config.get("connectAs") {
        Some(role) => {
            let s = server();
            format!(
                "postgres://{}:{}@{}:{}/{}?sslmode=disable",
                role["user"].as_str().unwrap(),
                role["password"].as_str().unwrap(),
                s.host,
                s.port,
                db.name
            )
        }
        None => db.url(),
    };
    let mut file = json!({"dialect": "postgresql", "out": "./drizzle", "schema": "./drizzle/schema.ts", "dbCredentials": {"url": url}});
    for key in ["tablesFilter", "schemaFilter", "extensionsFilters", "entities", "migrations", "introspect"] {
        if let Some(v) = config.get(key) {
            file[key] = v.clone();
        }
    }
    let p = Project::empty();
    p.write("drizzle.config.json", &file.to_string());
    p
}

/// The one migration folder pull wrote.
fn first_folder(p: &Project) -> std::path::PathBuf {
    let mut folders: Vec<_> =
        std::fs::read_dir(p.path().join("drizzle")).unwrap().flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect();
    assert_eq!(folders.len(), 1, "one migration folder: {folders:?}");
    folders.pop().unwrap()
}

/// A snapshot without its random id, columns grouped by table (see `tables_then_positions` in
/// `tests/introspect.rs`: drizzle-kit's order of columns of different tables is not stable).
fn masked(text: &str) -> Value {
    let mut v: Value = serde_json::from_str(text).unwrap();
    v.as_object_mut().unwrap().remove("id");
    if let Some(rows) = v.get_mut("ddl").and_then(Value::as_array_mut) {
        let start = rows.iter().position(|r| r["entityType"] == "columns").unwrap_or(rows.len());
        let end = start + rows[start..].iter().take_while(|r| r["entityType"] == "columns").count();
        rows[start..end].sort_by(|a, b| (a["schema"].as_str(), a["table"].as_str()).cmp(&(b["schema"].as_str(), b["table"].as_str())));
    }
    v
}

/// The statements inside the commented-out `migration.sql`.
fn uncommented(sql: &str) -> String {
    let body = sql.split_once("/*\n").expect("the comment opens").1;
    body.rsplit_once("\n*/").expect("the comment closes").0.to_string()
}

fn listed(file: &str) -> Vec<String> {
    crate::support::listed(&root().join(file)).into_iter().map(|(k, _)| k).collect()
}

/// Cases whose pulled SQL cannot rebuild the database on its own: objects pull leaves out on
/// purpose are used by what it pulls.
const NOT_REBUILT: [(&str, &str); 6] = [
    (
        "django-app",
        "PostgreSQL stores a varchar `IN (…)` check as `= ANY ((ARRAY['new'::character varying, …])::text[])`, and the same text applied again is stored with one more cast per item, so the rebuilt database's check differs",
    ),
    ("filters-schemas", "a pulled foreign key references a table of a schema the schemaFilter leaves out"),
    ("filters-public-only", "a pulled table uses an enum of a schema the schemaFilter leaves out"),
    ("column-types", "columns of domain and composite types, which neither drizzle-kit nor dbkit pulls as types"),
    ("filters-postgis", "columns use PostGIS types; the extension's tables are filtered out"),
    ("permissions", "pulled as a role that cannot create in the database"),
];

/// Cases where `generate` right after `pull` still finds changes or cannot read the pulled files.
/// A listed case that starts round-tripping fails the test, so the list stays true.
const NOT_ROUND_TRIPPED: [(&str, &str); 6] = [
    ("supabase-app", "schema.ts references `auth.users`, a table of a schema the filter leaves out (as drizzle-kit's does)"),
    ("filters-postgis", "schema.ts names a PostGIS table the filter leaves out (as drizzle-kit's does)"),
    ("filters-public-only", "schema.ts names an enum of a schema the filter leaves out (as drizzle-kit's does)"),
    ("filters-schemas", "schema.ts names a table of a schema the filter leaves out (as drizzle-kit's does)"),
    ("filters-tables", "a table with RLS policies but RLS disabled: drizzle-orm enables RLS on any table with a policy"),
    ("rls-policies", "a table with RLS policies but RLS disabled: drizzle-orm enables RLS on any table with a policy"),
];

#[test]
fn pull_writes_drizzle_kits_snapshot_and_round_trips() {
    let introspection_differs = listed("MISMATCHES.md");
    let codegen_differs = listed("CODEGEN_MISMATCHES.md");
    let mut failures = Vec::new();
    let mut compared = 0;
    for case in cases() {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let drizzle_ok = std::fs::read_to_string(case.join("expected/exit")).unwrap().trim() == "0";
        let db = TestDb::new();
        apply(&db, &std::fs::read_to_string(case.join("schema.sql")).unwrap());
        let p = project(&case, &db);
        let run = p.run(&["pull"]);
        if run.code != 0 {
            failures.push(format!("- {name}: pull exited {}: {}", run.code, run.all()));
            continue;
        }
        run.assert_no_password();
        let folder = first_folder(&p);
        let snapshot = std::fs::read_to_string(folder.join("snapshot.json")).unwrap();
        if drizzle_ok && !introspection_differs.contains(&name) {
            compared += 1;
            let expected = std::fs::read_to_string(case.join("expected/snapshot.json")).unwrap();
            let differs = masked(&expected) != masked(&snapshot);
            match (differs, codegen_differs.contains(&format!("{name}/snapshot.json"))) {
                (true, false) => failures.push(format!("- {name}: snapshot.json differs from drizzle-kit's")),
                (false, true) => {
                    failures.push(format!("- {name}: snapshot.json matches drizzle-kit's now: remove it from CODEGEN_MISMATCHES.md"))
                }
                _ => {}
            }
        }

        // Round trip 1: the pulled schema is the pulled snapshot's state. (`--allow-empty`: an
        // empty database pulls to an empty schema, which generate otherwise refuses.)
        let again = p.run(&["generate", "--explain", "--allow-empty"]);
        let round_trips = again.code == 0 && again.stdout.contains("No schema changes");
        match (round_trips, NOT_ROUND_TRIPPED.iter().any(|(c, _)| *c == name)) {
            (true, true) => failures.push(format!("- {name}: round-trips now: remove it from NOT_ROUND_TRIPPED")),
            (false, false) => failures.push(format!("- {name}: generate after pull: exit {}: {}", again.code, again.all())),
            _ => {}
        }

        // Round trip 2: the pulled SQL rebuilds a database that pulls back to the same files
        // (not for files that do not describe the database in the first place).
        if NOT_REBUILT.iter().chain(&NOT_ROUND_TRIPPED).any(|(c, _)| *c == name) {
            continue;
        }
        let sql = uncommented(&std::fs::read_to_string(folder.join("migration.sql")).unwrap());
        let rebuilt = TestDb::new();
        // Extensions are the environment the schema lives in, not part of it: pull leaves them out.
        let schema_sql = std::fs::read_to_string(case.join("schema.sql")).unwrap();
        let extensions: Vec<&str> = schema_sql.lines().filter(|l| l.to_lowercase().starts_with("create extension")).collect();
        apply(&rebuilt, &extensions.join("\n"));
        // Roles belong to the server, which already has the case's: they are not created twice.
        let statements: Vec<&str> = sql.split("--> statement-breakpoint").filter(|s| !s.trim_start().starts_with("CREATE ROLE")).collect();
        // One case's SQL failing is that case's failure, not the end of the test.
        if let Err(e) = try_apply(&rebuilt, &statements.concat()) {
            failures.push(format!("- {name}: the pulled SQL does not rebuild the database: {e}"));
            continue;
        }
        let q = project(&case, &rebuilt);
        let run = q.run(&["pull"]);
        if run.code != 0 {
            failures.push(format!("- {name}: pull of the rebuilt database exited {}: {}", run.code, run.all()));
            continue;
        }
        for file in ["schema.ts", "relations.ts"] {
            let first = std::fs::read_to_string(p.path().join("drizzle").join(file)).unwrap();
            let second = std::fs::read_to_string(q.path().join("drizzle").join(file)).unwrap();
            if first != second {
                failures.push(format!("- {name}: {file} of the rebuilt database differs"));
            }
        }
    }
    eprintln!("pull: {compared} snapshots compared with drizzle-kit's");
    assert!(failures.is_empty(), "{} failure(s):\n{}", failures.len(), failures.join("\n"));
}

fn better_auth() -> TestDb {
    let db = TestDb::new();
    apply(&db, &std::fs::read_to_string(root().join("better-auth/schema.sql")).unwrap());
    db
}

#[test]
fn init_records_the_first_migration_without_running_it() {
    let db = better_auth();
    let p = Project::for_db(&db);
    let run = p.run(&["pull", "--init", "--output", "json"]);
    assert_eq!(run.code, 0, "{}", run.all());
    let doc = run.json();
    assert_eq!(doc["status"], "ok");
    assert_eq!(doc["initialized"], true);
    let folder = first_folder(&p);
    let name = folder.file_name().unwrap().to_string_lossy().into_owned();
    assert_eq!(db.recorded(), vec![name.clone()]);
    // drizzle-kit writes the statements uncommented with --init: they are what the row stands for.
    let sql = std::fs::read_to_string(folder.join("migration.sql")).unwrap();
    assert!(sql.starts_with("CREATE TYPE \"order_status\""), "{sql}");
    let hash = db.value("select hash from drizzle.__drizzle_migrations").unwrap();
    assert_eq!(hash, dbkit_core::migrations::sha256_hex(&sql));
    // The database counts as migrated: migrate has nothing to do, status is up to date.
    let migrate = p.run(&["migrate"]);
    assert_eq!(migrate.code, 0, "{}", migrate.all());
    assert_eq!(db.recorded(), vec![name]);
    assert_eq!(p.run(&["status"]).code, 0);

    // A second --init: the folder has a migration now; refused before connecting, nothing changes.
    let before = std::fs::read_to_string(p.path().join("drizzle/schema.ts")).unwrap();
    let again = p.run(&["pull", "--init"]);
    assert_eq!(again.code, 1);
    assert!(
        again.error_line().contains("already has 1 migration; --init adopts a database into an empty migrations folder"),
        "{}",
        again.all()
    );
    assert_eq!(std::fs::read_to_string(p.path().join("drizzle/schema.ts")).unwrap(), before);
}

#[test]
fn init_refuses_a_database_that_already_has_migrations() {
    let db = better_auth();
    db.execute(
        "CREATE SCHEMA drizzle; CREATE TABLE drizzle.__drizzle_migrations (id serial PRIMARY KEY, hash text NOT NULL, created_at bigint, name text, applied_at timestamptz DEFAULT now());
         INSERT INTO drizzle.__drizzle_migrations (hash, created_at, name) VALUES ('x', 1, '20260101000000_old')",
    );
    let p = Project::for_db(&db);
    let run = p.run(&["pull", "--init"]);
    assert_eq!(run.code, 1);
    let error = run.error_line();
    assert!(error.contains("already lists 1 applied migration(s) (the last: 20260101000000_old)"), "{error}");
    assert!(!p.path().join("drizzle").exists(), "nothing written");
    assert_eq!(db.recorded(), vec!["20260101000000_old".to_string()]);
}

#[test]
fn a_folder_with_migrations_keeps_them_and_gets_only_the_ts_files() {
    let db = better_auth();
    let p = Project::for_db(&db);
    p.migration("20260101000000_first", "CREATE TABLE t (id integer);");
    let run = p.run(&["pull"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stdout.contains("drizzle already has 1 migration: no first migration written"), "{}", run.stdout);
    let folders: Vec<_> = std::fs::read_dir(p.path().join("drizzle")).unwrap().flatten().filter(|e| e.path().is_dir()).collect();
    assert_eq!(folders.len(), 1);
    assert_eq!(
        std::fs::read_to_string(p.path().join("drizzle/20260101000000_first/migration.sql")).unwrap(),
        "CREATE TABLE t (id integer);"
    );
    assert!(p.path().join("drizzle/schema.ts").is_file() && p.path().join("drizzle/relations.ts").is_file());
}

#[test]
fn a_filter_matching_nothing_pulls_an_empty_schema_and_says_so() {
    // drizzle-kit exits 0 and writes an empty schema; dbkit does the same and warns.
    let db = better_auth();
    let p = Project::for_db(&db);
    let run = p.run(&["pull", "--tablesFilter", "nothing_*"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stderr.contains("no tables or views passed the schemaFilter/tablesFilter"), "{}", run.stderr);
    let schema = std::fs::read_to_string(p.path().join("drizzle/schema.ts")).unwrap();
    assert!(!schema.contains("pgTable"), "{schema}");
}

#[test]
fn an_unreachable_database_is_one_line_and_writes_nothing() {
    let p = Project::empty();
    p.write(
        "drizzle.config.json",
        &json!({"dialect": "postgresql", "dbCredentials": {"url": format!("postgres://someone:{}@127.0.0.1:1/db", crate::support::PASSWORD)}})
            .to_string(),
    );
    let run = p.run(&["pull"]);
    assert_eq!(run.code, 1);
    let error = run.error_line();
    assert!(error.contains("127.0.0.1:1"), "{error}");
    run.assert_no_password();
    assert!(!p.path().join("drizzle").exists());
}

#[test]
fn a_schema_the_role_cannot_read_is_reported_not_a_crash() {
    let db = TestDb::new();
    apply(&db, &std::fs::read_to_string(root().join("permissions-catalog/schema.sql")).unwrap());
    let p = project(&root().join("permissions-catalog"), &db);
    let run = p.run(&["pull"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stderr.contains("Warning: not pulled:"), "{}", run.stderr);
    assert!(p.path().join("drizzle/schema.ts").is_file());
}
