//! Rename questions. Without a terminal (CI): exit 2, nothing written, and the printed answers,
//! passed back with --hints, give the SQL drizzle-kit 1.0 writes for the same hints. In a
//! terminal: drizzle-style select prompts, driven here through a pseudo-terminal.

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;

use crate::engine::corpus::{cases, listed, name};
use crate::support::Project;
use crate::support::pty::drive;

const CONFIG: &str = r#"{"dialect": "postgresql", "schema": "./schema", "out": "./drizzle"}"#;

fn ts_files(dir: &Path) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".ts"))
        .map(|e| (e.file_name().to_string_lossy().into_owned(), std::fs::read_to_string(e.path()).unwrap()))
        .collect();
    files.sort();
    files
}

fn put_schema(p: &Project, dir: &Path) {
    let _ = std::fs::remove_dir_all(p.path().join("schema"));
    for (file, text) in ts_files(dir) {
        p.write(&format!("schema/{file}"), &text);
    }
}

/// The JSON answers dbkit printed (`renamed: {…}` and `new: {…}` lines).
fn printed_answers(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("renamed:") || l.starts_with("new:"))
        .map(|l| serde_json::from_str(l.split_once(':').unwrap().1.trim()).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

fn latest_sql(p: &Project) -> String {
    let mut folders: Vec<_> = std::fs::read_dir(p.path().join("drizzle")).unwrap().flatten().map(|e| e.path()).collect();
    folders.sort();
    std::fs::read_to_string(folders.last().unwrap().join("migration.sql")).unwrap()
}

/// Every corpus step drizzle-kit answered from a hints file: dbkit, asked without hints, stops
/// with exit 2 and prints its questions; the printed answers that say what the hints file says,
/// given back (round after round, as a rename can open new questions), produce drizzle's SQL.
#[test]
fn printed_hints_passed_back_give_drizzle_kits_sql() {
    let skip: BTreeSet<String> = listed("MISMATCHES.md").into_iter().chain(listed("TS_MISMATCHES.md")).map(|(id, _)| id).collect();
    let (mut checked, mut problems) = (0, Vec::new());
    'cases: for case in cases() {
        let mut steps: Vec<String> =
            std::fs::read_dir(case.join("expected")).unwrap().flatten().map(|e| e.file_name().to_string_lossy().into()).collect();
        steps.sort_by_key(|n| n.trim_start_matches('s').parse::<u32>().unwrap_or(0));
        if !steps.iter().any(|s| case.join(s).join("hints.json").exists()) {
            continue;
        }
        let p = Project::empty();
        p.write("drizzle.config.json", CONFIG);
        for step in steps {
            let id = format!("{}/{step}", name(&case));
            let expected = case.join("expected").join(&step);
            let exit = std::fs::read_to_string(expected.join("exit")).unwrap().trim().to_string();
            if skip.contains(&id) || exit == "1" {
                continue 'cases;
            }
            put_schema(&p, &case.join(&step));
            let hints_file = case.join(&step).join("hints.json");
            if !hints_file.exists() || exit != "0" {
                let mut args = vec!["generate".to_string(), "--allow-empty".into(), "--name".into(), step.clone()];
                if hints_file.exists() {
                    args.extend(["--hints-file".into(), hints_file.display().to_string()]);
                }
                let run = p.run(&args.iter().map(String::as_str).collect::<Vec<_>>());
                assert_eq!(run.code.to_string(), exit, "{id}: {}", run.all());
                continue;
            }
            let wanted: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(&hints_file).unwrap()).unwrap();
            let mut given: Vec<Value> = Vec::new();
            let mut rounds = 0;
            let run = loop {
                let hints = serde_json::to_string(&given).unwrap();
                let run = p.run(&["generate", "--name", &step, "--hints", &hints]);
                if run.code != 2 {
                    break run;
                }
                rounds += 1;
                let offered = printed_answers(&run.stdout);
                let answers: Vec<Value> = offered.iter().filter(|a| wanted.contains(a)).cloned().collect();
                if answers.is_empty() || rounds > 5 {
                    problems.push(format!("{id}: none of the printed answers is in hints.json\n{}", run.stdout));
                    continue 'cases;
                }
                given.extend(answers);
            };
            if rounds == 0 {
                // The hints were not needed (drizzle-kit ignored them too): the plain run must match.
                assert!(given.is_empty());
            } else {
                checked += 1;
            }
            if run.code != 0 {
                problems.push(format!("{id}: exit {} with the printed hints:\n{}", run.code, run.all()));
                continue 'cases;
            }
            let want = std::fs::read_to_string(expected.join("migration.sql")).unwrap_or_default();
            if expected.join("migration.sql").exists() && latest_sql(&p) != want {
                problems.push(format!("{id}: SQL with the printed hints differs:\n--- drizzle-kit\n{want}\n--- dbkit\n{}", latest_sql(&p)));
                continue 'cases;
            }
        }
    }
    eprintln!("printed hints round-tripped on {checked} corpus steps");
    assert!(checked >= 40, "only {checked} steps needed hints");
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

fn users_project(second: &str) -> Project {
    let p = Project::empty();
    p.write("drizzle.config.json", CONFIG);
    p.write("schema/index.ts", "import { pgTable, integer, text } from 'drizzle-orm/pg-core';\nexport const users = pgTable('users', { id: integer().primaryKey(), name: text() });\n");
    assert_eq!(p.run(&["generate", "--name", "init"]).code, 0);
    p.write("schema/index.ts", &format!("import {{ pgTable, integer, text }} from 'drizzle-orm/pg-core';\nexport const users = pgTable('users', {{ id: integer().primaryKey(), {second}: text() }});\n"));
    p
}

#[test]
fn without_a_terminal_a_rename_question_exits_2_and_writes_nothing() {
    let p = users_project("full_name");
    let run = p.run(&["generate", "--name", "next"]);
    assert_eq!(run.code, 2, "{}", run.all());
    assert!(run.stdout.contains("Is column public.users.full_name new, or renamed from public.users.name?"), "{}", run.stdout);
    assert!(
        run.stdout
            .contains(r#"renamed: {"type":"rename","kind":"column","from":["public","users","name"],"to":["public","users","full_name"]}"#),
        "{}",
        run.stdout
    );
    assert!(run.error_line().contains("nothing was written (exit code 2)"));
    assert_eq!(std::fs::read_dir(p.path().join("drizzle")).unwrap().count(), 1);

    // JSON mode: one document with drizzle's `unresolved` list.
    let json = p.run(&["generate", "--output", "json"]);
    assert_eq!(json.code, 2);
    assert_eq!(
        json.json(),
        serde_json::json!({"status": "missing_hints", "unresolved": [{"type": "rename_or_create", "kind": "column", "entity": ["public", "users", "full_name"]}]})
    );

    // A hints file answers it.
    p.write("answers.json", r#"[{"type":"rename","kind":"column","from":["public","users","name"],"to":["public","users","full_name"]}]"#);
    let run = p.run(&["generate", "--name", "next", "--hints-file", "answers.json"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert_eq!(latest_sql(&p), "ALTER TABLE \"users\" RENAME COLUMN \"name\" TO \"full_name\";");
}

#[test]
fn in_a_terminal_renames_are_asked_with_a_select_prompt() {
    // Down arrow + enter picks "rename from name".
    let p = users_project("full_name");
    let s = drive(p.path(), &["generate", "--name", "renamed"], &[("created or renamed", "\x1b[B\r")]);
    assert_eq!(s.code, 0, "{}", s.screen);
    assert!(s.screen.contains("Is users.full_name column created or renamed from another column?"), "{}", s.screen);
    assert!(s.screen.contains("~ users.name › users.full_name rename column"), "{}", s.screen);
    assert_eq!(latest_sql(&p), "ALTER TABLE \"users\" RENAME COLUMN \"name\" TO \"full_name\";");

    // Enter alone keeps the default: create the new column, drop the old one.
    let p = users_project("nickname");
    let s = drive(p.path(), &["generate", "--name", "created"], &[("created or renamed", "\r")]);
    assert_eq!(s.code, 0, "{}", s.screen);
    assert_eq!(
        latest_sql(&p),
        "ALTER TABLE \"users\" ADD COLUMN \"nickname\" text;--> statement-breakpoint\nALTER TABLE \"users\" DROP COLUMN \"name\";"
    );
}

#[test]
fn escape_at_a_prompt_cancels_and_writes_nothing() {
    let p = users_project("full_name");
    let s = drive(p.path(), &["generate", "--name", "cancelled"], &[("created or renamed", "\x1b")]);
    assert_eq!(s.code, 1, "{}", s.screen);
    assert!(s.screen.contains("cancelled"), "{}", s.screen);
    assert_eq!(std::fs::read_dir(p.path().join("drizzle")).unwrap().count(), 1);
}
