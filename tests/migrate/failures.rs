//! Bad inputs: each gives exit 1, one clear line naming what is wrong, no password, and nothing
//! applied or recorded that should not be.

use super::{FIVE, names};
use crate::support::{PASSWORD, Project, TestDb, server};

fn five(p: &Project) {
    for (name, sql) in &FIVE {
        p.migration(name, sql);
    }
}

#[test]
fn a_sql_error_in_the_third_of_five_files_rolls_everything_back() {
    let db = TestDb::new();
    let p = Project::for_db(&db);
    five(&p);
    p.migration(FIVE[2].0, "CREATE TABLE \"t3\" (\n\t\"id\" integer PRIMARY KEY\n);\n--> statement-breakpoint\nSELECT \"id\"\n  FROM \"t3\" WHERE \"missing_column\" = 1;");
    let run = p.run(&["migrate"]);
    assert_eq!(run.code, 1, "{}", run.all());
    let line = run.error_line();
    assert!(line.contains("drizzle/20260101000003_three/migration.sql:6: statement 2 failed"), "{line}");
    assert!(line.contains("column \"missing_column\" does not exist (SQLSTATE 42703)"), "{line}");
    assert!(line.contains("rolled back 3 migrations"), "{line}");
    run.assert_no_password();
    // Nothing applied, nothing recorded, and (unlike drizzle-orm) no empty bookkeeping table left behind.
    assert!(!db.table_exists("public.t1"));
    assert!(!db.table_exists("drizzle.__drizzle_migrations"));

    let json = p.run(&["migrate", "--output", "json"]);
    assert_eq!(json.code, 1);
    let doc = json.json();
    assert_eq!(doc["status"], "error");
    assert_eq!(doc["failure"]["statement"], 2);
    assert_eq!(doc["failure"]["line"], 6);
    assert_eq!(doc["failure"]["code"], "42703");
}

#[test]
fn detail_and_hint_are_shown() {
    let db = TestDb::new();
    let p = Project::for_db(&db);
    p.migration(FIVE[0].0, "CREATE TABLE \"t\" (\"id\" integer UNIQUE);\n--> statement-breakpoint\nINSERT INTO \"t\" VALUES (1), (1);");
    let line = p.run(&["migrate"]).error_line();
    assert!(line.contains("duplicate key value violates unique constraint \"t_id_key\" (SQLSTATE 23505)"), "{line}");
    assert!(line.contains("detail: Key (id)=(1) already exists."), "{line}");
    p.migration(FIVE[0].0, "SELECT * FROM \"nope\";");
    let line = p.run(&["migrate"]).error_line();
    assert!(line.contains("relation \"nope\" does not exist"), "{line}");
}

#[test]
fn an_edited_applied_migration_stops_the_run() {
    let db = TestDb::new();
    let p = Project::for_db(&db);
    p.migration(FIVE[0].0, FIVE[0].1);
    assert_eq!(p.run(&["migrate"]).code, 0);
    p.migration(FIVE[0].0, "CREATE TABLE \"t1\" (\"id\" bigint PRIMARY KEY);");
    p.migration(FIVE[1].0, FIVE[1].1);
    let run = p.run(&["migrate"]);
    assert_eq!(run.code, 1);
    let line = run.error_line();
    assert!(line.contains("1 applied migration changed since it ran: drizzle/20260101000001_one/migration.sql"), "{line}");
    assert!(line.contains("--allow-modified"), "{line}");
    assert_eq!(db.recorded(), [FIVE[0].0], "the pending migration must not run");
    let status = p.run(&["status"]);
    assert_eq!(status.code, 3);
    assert!(status.stdout.contains("modified  20260101000001_one"), "{}", status.stdout);

    let allowed = p.run(&["migrate", "--allow-modified"]);
    assert_eq!(allowed.code, 0, "{}", allowed.all());
    assert!(allowed.stdout.contains("changed since it was applied"), "{}", allowed.stdout);
    assert_eq!(db.recorded(), names(&FIVE[..2]));
}

#[test]
fn a_recorded_migration_without_a_local_file_is_reported() {
    let db = TestDb::new();
    let p = Project::for_db(&db);
    p.migration(FIVE[0].0, FIVE[0].1).migration(FIVE[1].0, FIVE[1].1);
    assert_eq!(p.run(&["migrate"]).code, 0);
    std::fs::remove_dir_all(p.path().join("drizzle").join(FIVE[0].0)).unwrap();
    let run = p.run(&["migrate"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(
        run.stdout.contains("20260101000001_one is recorded in drizzle.__drizzle_migrations (id 1) but has no local file"),
        "{}",
        run.stdout
    );
    let status = p.run(&["status"]);
    assert!(status.stdout.contains("missing   20260101000001_one"), "{}", status.stdout);
    assert_eq!(status.code, 0, "nothing to apply: a missing file is reported, not pending");
}

#[test]
fn broken_migration_folders_are_named() {
    let db = TestDb::new();
    let cases: [(&str, &str, &str); 3] = [
        ("20260101000009_empty/migration.sql", "  \n", "drizzle/20260101000009_empty/migration.sql: the file is empty"),
        ("20260101000009_nosql/notes.txt", "x", "drizzle/20260101000009_nosql: no migration.sql in this migration folder"),
        ("init/migration.sql", "select 1;", "drizzle/init: the folder name must start with a UTC timestamp"),
    ];
    for (file, text, expected) in cases {
        let p = Project::for_db(&db);
        p.migration(FIVE[0].0, FIVE[0].1);
        p.write(&format!("drizzle/{file}"), text);
        let run = p.run(&["migrate"]);
        assert_eq!(run.code, 1, "{file}: {}", run.all());
        assert!(run.error_line().contains(expected), "{file}: {}", run.stderr);
        assert!(db.recorded().is_empty());
    }
    let p = Project::for_db(&db);
    let run = p.run(&["migrate"]);
    assert_eq!(run.code, 1);
    assert!(run.error_line().contains("drizzle: migrations folder not found"), "{}", run.stderr);
}

#[test]
fn two_pending_folders_with_the_same_timestamp_are_refused() {
    let db = TestDb::new();
    let p = Project::for_db(&db);
    p.migration("20260101000001_mine", FIVE[0].1).migration("20260101000001_theirs", FIVE[1].1);
    let run = p.run(&["migrate"]);
    assert_eq!(run.code, 1);
    let line = run.error_line();
    assert!(
        line.contains("drizzle/20260101000001_mine/migration.sql and drizzle/20260101000001_theirs/migration.sql have the same timestamp"),
        "{line}"
    );
    assert!(!db.table_exists("public.t1"));
}

#[test]
fn connection_failures_are_one_clear_line_without_the_password() {
    let s = server();
    let db = TestDb::new();
    let url_with = |user: &str, password: &str, port: u16, database: &str| {
        format!("postgres://{user}:{password}@{}:{port}/{database}?sslmode=disable", s.host)
    };
    let closed_port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let cases = [
        (
            url_with(&s.user, PASSWORD, closed_port, &db.name),
            format!("connection refused — is the database running at 127.0.0.1:{closed_port}?"),
        ),
        (
            url_with(&s.user, &format!("wrong-{PASSWORD}"), s.port, &db.name),
            format!("password authentication failed for user \"{}\"", s.user),
        ),
        (url_with(&s.user, PASSWORD, s.port, "no_such_db"), "database \"no_such_db\" does not exist".to_string()),
        (format!("postgres://{}:{PASSWORD}@no-such-host.invalid:5432/x", s.user), "unknown host \"no-such-host.invalid\"".to_string()),
    ];
    for (url, expected) in cases {
        let p = Project::empty();
        p.write("drizzle.config.json", &serde_json::json!({"dialect": "postgresql", "dbCredentials": {"url": url}}).to_string());
        p.migration(FIVE[0].0, FIVE[0].1);
        for args in [&["migrate"][..], &["migrate", "--verbose"], &["status"]] {
            let run = p.run(args);
            assert_eq!(run.code, 1, "{args:?} {url}: {}", run.all());
            let line = run.error_line();
            assert!(line.contains(&expected), "{args:?}: {line}");
            run.assert_no_password();
        }
        let json = p.run(&["migrate", "--output", "json"]);
        assert_eq!(json.json()["status"], "error");
        json.assert_no_password();
    }
    assert!(!db.table_exists("public.t1"));
}

#[test]
fn verbose_shows_the_connection_with_the_password_hidden() {
    let db = TestDb::new();
    let p = Project::for_db(&db);
    p.migration(FIVE[0].0, FIVE[0].1);
    let run = p.run(&["migrate", "--verbose"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stdout.contains(&format!("Connecting to postgres://{}:****@", server().user)), "{}", run.stdout);
    assert!(run.stdout.contains("applying 20260101000001_one"), "{}", run.stdout);
    run.assert_no_password();
}

#[test]
fn the_password_never_appears_in_any_error() {
    let s = server();
    let db = TestDb::new();
    let base = format!("postgres://{}:{PASSWORD}@{}", s.user, s.host);
    let urls = [
        format!("{base}:notaport/{}", db.name),
        format!("{base}:{}/{}?sslmode=require", s.port, db.name),
        format!("{base}:{}/{}?sslmode=verify-full", s.port, db.name),
        format!("{base}:{}/{}?sslmode=sometimes", s.port, db.name),
        format!("postgres://{}:{}@{}:{}/{}", s.user, PASSWORD.replace('-', "%2D"), s.host, s.port, "no_such_db"),
        format!("host={} port={} user={} password={PASSWORD} dbname=no_such_db sslmode=disable", s.host, s.port, s.user),
    ];
    for url in urls {
        let p = Project::empty();
        p.migration(FIVE[0].0, FIVE[0].1);
        for output in ["text", "json"] {
            let run = p.run(&["migrate", "--url", &url, "--verbose", "--output", output]);
            assert_eq!(run.code, 1, "{url}: {}", run.all());
            run.assert_no_password();
            assert!(!run.all().contains(&PASSWORD.replace('-', "%2D")), "{}", run.all());
        }
        let status = p.run(&["status", "--url", &url]);
        assert_eq!(status.code, 1);
        status.assert_no_password();
    }
    // In a config file too, including the host form.
    let p = Project::empty();
    p.write(
        "drizzle.config.ts",
        &format!("export default {{ dialect: 'postgresql', dbCredentials: {{ host: '{}', port: {}, user: '{}', password: '{PASSWORD}', database: 'no_such_db', ssl: 'verify-full' }} }}", s.host, s.port, s.user),
    );
    p.migration(FIVE[0].0, FIVE[0].1);
    let run = p.run(&["migrate", "--verbose"]);
    assert_eq!(run.code, 1);
    run.assert_no_password();
}
