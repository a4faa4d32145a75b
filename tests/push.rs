//! `dbkit push` through the binary against a real database: no-op, data loss with real rows
//! (counted, never lost without consent), renames, one transaction (a failure changes nothing),
//! push into an empty database round-tripping through pull, and the terminal prompt.

use serde_json::json;

use crate::introspect::{apply, root};
use crate::support::pty::drive;
use crate::support::{Project, TestDb};

const USERS: &str = r#"import { pgTable, integer, text } from "drizzle-orm/pg-core";

export const users = pgTable("users", {
  id: integer().primaryKey(),
  name: text(),
  bio: text(),
});
"#;

/// A project whose schema is `schema.ts`, pointed at `db`.
fn project(db: &TestDb, schema: &str) -> Project {
    let p = Project::empty();
    p.write(
        "drizzle.config.json",
        &json!({"dialect": "postgresql", "schema": "./schema.ts", "dbCredentials": {"url": db.url()}}).to_string(),
    );
    p.write("schema.ts", schema);
    p
}

/// `users` with three rows, two of which have a bio.
fn users_db() -> TestDb {
    let db = TestDb::new();
    db.execute(
        "CREATE TABLE users (id integer PRIMARY KEY, name text, bio text);
         INSERT INTO users VALUES (1, 'ann', 'likes tea'), (2, 'bob', NULL), (3, 'cy', 'knits')",
    );
    db
}

/// A second push, right after one, plans nothing.
fn finds_nothing_again(p: &Project) {
    let again = p.run(&["push", "--explain"]);
    assert_eq!(again.code, 0, "{}", again.all());
    assert!(again.stdout.contains("No changes detected"), "{}", again.all());
}

/// Pushes `p`'s schema, then [`finds_nothing_again`].
fn pushes_once(p: &Project) {
    let run = p.run(&["push"]);
    assert_eq!(run.code, 0, "{}", run.all());
    finds_nothing_again(p);
}

fn column_exists(db: &TestDb, table: &str, column: &str) -> bool {
    db.value(&format!("select count(*) from information_schema.columns where table_name = '{table}' and column_name = '{column}'"))
        == Some("1".into())
}

#[test]
fn a_schema_that_matches_is_no_change() {
    let db = users_db();
    let p = project(&db, USERS);
    let run = p.run(&["push"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stdout.contains("[i] No changes detected"), "{}", run.stdout);
}

#[test]
fn data_loss_is_counted_and_needs_consent() {
    let db = users_db();
    let p = project(&db, &USERS.replace("  bio: text(),\n", ""));

    // No terminal, no consent: exit 2, the count, the hint that accepts it; nothing changes.
    let run = p.run(&["push"]);
    assert_eq!(run.code, 2, "{}", run.all());
    assert!(run.stdout.contains("drop column public.users.bio: 2 values"), "{}", run.stdout);
    assert!(run.stdout.contains(r#"{"type":"confirm_data_loss","kind":"column","entity":["public","users","bio"]}"#), "{}", run.stdout);
    assert!(column_exists(&db, "users", "bio"));

    let json = p.run(&["push", "--output", "json"]);
    assert_eq!(json.code, 2);
    assert_eq!(json.json()["unresolved"][0]["count"], 2);

    // --explain (and --dry-run) show the plan and change nothing.
    for flag in ["--explain", "--dry-run"] {
        let run = p.run(&["push", flag]);
        assert_eq!(run.code, 0, "{}", run.all());
        assert!(run.stdout.contains("ALTER TABLE \"users\" DROP COLUMN \"bio\";"), "{}", run.stdout);
        assert!(column_exists(&db, "users", "bio"));
    }

    // The hint accepts exactly that loss.
    let hint = r#"[{"type":"confirm_data_loss","kind":"column","entity":["public","users","bio"]}]"#;
    let run = p.run(&["push", "--hints", hint]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stdout.contains("[✓] Changes applied"), "{}", run.stdout);
    assert!(!column_exists(&db, "users", "bio"));
    assert_eq!(db.value("select count(*) from users"), Some("3".into()), "the other columns' data stays");
}

#[test]
fn dropping_an_empty_column_asks_nothing_and_force_accepts_everything() {
    let db = users_db();
    db.execute("UPDATE users SET bio = NULL");
    let p = project(&db, &USERS.replace("  bio: text(),\n", ""));
    let run = p.run(&["push"]);
    assert_eq!(run.code, 0, "an empty column loses nothing: {}", run.all());

    let db = users_db();
    let p = project(&db, "export {};\n");
    let run = p.run(&["push", "--force", "--verbose"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stdout.contains("DROP TABLE \"users\""), "--verbose prints each statement: {}", run.stdout);
    assert!(!db.table_exists("public.users"));
}

#[test]
fn renames_need_an_answer_and_keep_the_data() {
    let db = users_db();
    let p = project(&db, &USERS.replace("  bio: text(),", "  about: text(),"));
    let run = p.run(&["push"]);
    assert_eq!(run.code, 2, "{}", run.all());
    assert!(run.stdout.contains("Is column public.users.about new, or renamed from public.users.bio?"), "{}", run.stdout);
    assert!(column_exists(&db, "users", "bio"));

    let hint = r#"[{"type":"rename","kind":"column","from":["public","users","bio"],"to":["public","users","about"]}]"#;
    let run = p.run(&["push", "--hints", hint]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert_eq!(db.value("select about from users where id = 1"), Some("likes tea".into()));
}

#[test]
fn a_failing_statement_changes_nothing() {
    // SET NOT NULL fails on the NULL bio; the column added before it must not stay.
    let db = users_db();
    let schema = USERS.replace("  bio: text(),", "  bio: text().notNull(),\n  age: integer(),");
    let p = project(&db, &schema);
    let run = p.run(&["push", "--force"]);
    assert_eq!(run.code, 1, "{}", run.all());
    let error = run.error_line();
    assert!(error.contains("failed") && error.contains("nothing was changed"), "{error}");
    assert!(!column_exists(&db, "users", "age"), "rolled back");
}

#[test]
fn push_into_an_empty_database_pulls_back_to_the_same_schema() {
    // Better Auth's tables, pulled into schema.ts, pushed into an empty database, pulled again.
    let source = TestDb::new();
    apply(&source, &std::fs::read_to_string(root().join("better-auth/schema.sql")).unwrap());
    let pulled = Project::for_db(&source);
    assert_eq!(pulled.run(&["pull"]).code, 0);
    let schema = std::fs::read_to_string(pulled.path().join("drizzle/schema.ts")).unwrap();

    let target = TestDb::new();
    let p = project(&target, &schema);
    let run = p.run(&["push", "--force"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert_eq!(p.run(&["push"]).stdout.lines().last(), Some("[i] No changes detected"));

    let again = Project::for_db(&target);
    assert_eq!(again.run(&["pull"]).code, 0);
    assert_eq!(std::fs::read_to_string(again.path().join("drizzle/schema.ts")).unwrap(), schema);
}

#[test]
fn strict_is_refused_like_drizzle_kit_1() {
    let db = users_db();
    let run = project(&db, USERS).run(&["push", "--strict"]);
    assert_eq!(run.code, 1);
    assert!(run.error_line().contains("--strict is deprecated"), "{}", run.all());
}

#[test]
fn the_terminal_prompt_defaults_to_no() {
    let db = users_db();
    let p = project(&db, &USERS.replace("  bio: text(),\n", ""));
    let s = drive(p.path(), &["push"], &[("Apply them?", "\r")]);
    assert_eq!(s.code, 0, "{}", s.screen);
    assert!(s.screen.contains("drop column public.users.bio: 2 values"), "{}", s.screen);
    assert!(s.screen.contains("All changes were aborted"), "{}", s.screen);
    assert!(column_exists(&db, "users", "bio"));

    let s = drive(p.path(), &["push"], &[("Apply them?", "y")]);
    assert_eq!(s.code, 0, "{}", s.screen);
    assert!(s.screen.contains("Changes applied"), "{}", s.screen);
    assert!(!column_exists(&db, "users", "bio"));
}

#[test]
fn filters_keep_push_away_from_other_tables() {
    // `audit` exists only in the database and `users` only in the schema: with a tablesFilter
    // that leaves both out, push neither drops one nor creates the other.
    let db = TestDb::new();
    db.execute("CREATE TABLE audit (id integer PRIMARY KEY); INSERT INTO audit VALUES (1)");
    let p = project(&db, USERS);
    let run = p.run(&["push", "--tablesFilter", "!audit,!users"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stdout.contains("No changes detected"), "{}", run.stdout);
    assert!(db.table_exists("public.audit") && !db.table_exists("public.users"));
}

#[test]
fn a_killed_push_leaves_the_database_before_or_after_never_half() {
    // 300 tables in one transaction: whenever the kill lands, either none or all exist.
    let db = TestDb::new();
    let mut schema = String::from("import { pgTable, integer, text } from \"drizzle-orm/pg-core\";\n");
    for i in 0..300 {
        schema.push_str(&format!("export const t{i} = pgTable(\"t{i}\", {{ id: integer().primaryKey(), note: text() }});\n"));
    }
    let p = project(&db, &schema);
    let child = p.spawn(&["push", "--force"]);
    std::thread::sleep(std::time::Duration::from_millis(150));
    // SIGKILL: no chance to clean up; the server rolls back the open transaction.
    unsafe { libc::kill(child.id() as i32, libc::SIGKILL) };
    let _ = crate::support::finish(child);
    let count = || db.value("select count(*) from pg_tables where schemaname = 'public'").unwrap();
    // The server notices the dead client and rolls back; give it a moment.
    let mut n = count();
    for _ in 0..50 {
        if n == "0" || n == "300" {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
        n = count();
    }
    assert!(n == "0" || n == "300", "{n} of 300 tables after a killed push");
    let run = p.run(&["push", "--force"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert_eq!(count(), "300");
}

#[test]
fn the_terminal_asks_about_renames() {
    let db = users_db();
    let p = project(&db, &USERS.replace("  bio: text(),", "  about: text(),"));
    let s = drive(p.path(), &["push"], &[("created or renamed", "\x1b[B\r")]);
    assert_eq!(s.code, 0, "{}", s.screen);
    assert!(s.screen.contains("Changes applied"), "{}", s.screen);
    assert_eq!(db.value("select about from users where id = 3"), Some("knits".into()));
}

#[test]
fn what_the_schema_declares_existing_is_never_dropped() {
    let db = TestDb::new();
    db.execute("CREATE SCHEMA ext; CREATE VIEW ext_view AS SELECT 1 AS one");
    let schema = r#"import { pgSchema, pgView, integer } from "drizzle-orm/pg-core";
export const ext = pgSchema("ext").existing();
export const extView = pgView("ext_view", { one: integer() }).existing();
"#;
    let run = project(&db, schema).run(&["push", "--force"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stdout.contains("No changes detected"), "{}", run.stdout);
}

/// drizzle-kit's push compares the schema with what the database stored and plans the same change
/// on every run for a name PostgreSQL cut to 63 bytes, a `char` it stored as `char(1)` or a
/// `DEFAULT NULL` it stored as no default; dbkit compares like with like, so the second push finds
/// nothing.
#[test]
fn long_names_char_without_length_and_default_null_push_once() {
    let db = TestDb::new();
    let long_table = format!("orders_{}", "x".repeat(64));
    let long_column = format!("total_{}", "y".repeat(64));
    let schema = format!(
        "import {{ pgTable, integer, char, check }} from \"drizzle-orm/pg-core\";\nimport {{ sql }} from \"drizzle-orm\";\n\n\
         export const t = pgTable(\"{long_table}\", {{\n  id: integer(),\n  \"{long_column}\": integer(),\n  flag: char(),\n  note: integer().default(sql`NULL`),\n}}, \
         (t) => [check(\"{long_column}_is_positive_and_has_a_very_long_name\", sql`id > 0`)]);\n"
    );
    let p = project(&db, &schema);
    let run = p.run(&["push"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(db.table_exists(&format!("public.{}", &long_table[..63])), "PostgreSQL keeps 63 bytes");
    finds_nothing_again(&p);
}

/// PostgreSQL stores a policy's `TO current_user` as the role that ran `CREATE POLICY`; drizzle-kit's
/// push then plans `ALTER POLICY … TO current_user` on every run. dbkit compares it as written.
#[test]
fn a_policy_to_current_user_pushes_once() {
    let db = TestDb::new();
    let schema = "import { pgTable, integer, pgPolicy } from \"drizzle-orm/pg-core\";\nimport { sql } from \"drizzle-orm\";\n\n\
        export const t = pgTable(\"t\", { id: integer() }, () => [pgPolicy(\"own\", { to: \"current_user\", using: sql`true` })]);\n";
    let p = project(&db, schema);
    pushes_once(&p);
}

/// PostgreSQL keeps a default in its own spelling (`floor((random() * (10)::double precision))`,
/// `ARRAY['x'::text]`, a timestamp without `.000`, `1e+21` as a numeric literal, jsonb without
/// compact spacing); drizzle-kit's push compares the schema's text with it and plans the same
/// `SET DEFAULT` on every run. dbkit asks the server how it would store the declared default.
#[test]
fn defaults_postgresql_spells_differently_push_once() {
    let db = TestDb::new();
    let schema = "import { pgTable, integer, text, timestamp, doublePrecision, jsonb } from \"drizzle-orm/pg-core\";\n\
        import { sql } from \"drizzle-orm\";\n\n\
        export const t = pgTable(\"t\", {\n  id: integer(),\n  roll: integer().default(sql`floor(random() * 10)`),\n  \
        tags: text().array().default(sql`ARRAY['x']::text[]`),\n  \
        at: timestamp({ mode: \"string\" }).default(\"2020-01-01 00:00:00.000\"),\n  \
        big: doublePrecision().default(1e21),\n  docs: jsonb().array().default([{ a: 1 }]),\n});\n";
    let p = project(&db, schema);
    pushes_once(&p);

    // A default that really changed is still planned, and one the server cannot store in a
    // temporary table (a function nobody created) is compared as written.
    p.write("schema.ts", &schema.replace("floor(random() * 10)", "floor(random() * 20)").replace("ARRAY['x']", "no_such_fn()"));
    let changed = p.run(&["push", "--explain"]);
    assert_eq!(changed.code, 0, "{}", changed.all());
    assert!(changed.stdout.contains("floor(random() * 20)"), "{}", changed.all());
    assert!(changed.stdout.contains("no_such_fn()"), "{}", changed.all());
    assert!(!changed.stdout.contains("2020-01-01"), "{}", changed.all());
}
