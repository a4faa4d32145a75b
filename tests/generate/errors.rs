//! Bad input to `generate` and `export`: each is one `Error:` line that names the file or the
//! setting and what to do, exit 1, and nothing written.

use std::path::Path;

use crate::support::Project;
use crate::support::project::Run;

const CONFIG: &str = r#"{"dialect": "postgresql", "schema": "./schema", "out": "./drizzle"}"#;
const USERS: &str = "import { pgTable, integer, text } from 'drizzle-orm/pg-core';\nexport const users = pgTable('users', { id: integer().primaryKey(), name: text() });\n";

fn project(schema: &str) -> Project {
    let p = Project::empty();
    p.write("drizzle.config.json", CONFIG);
    p.write("schema/index.ts", schema);
    p
}

fn folder_count(p: &Project) -> usize {
    std::fs::read_dir(p.path().join("drizzle")).map(|rd| rd.count()).unwrap_or(0)
}

/// Exit 1, one error line containing `needle`, nothing added to `drizzle/`.
fn refused(p: &Project, args: &[&str], needle: &str) -> Run {
    let before = folder_count(p);
    let run = p.run(args);
    assert_eq!(run.code, 1, "{}", run.all());
    let line = run.error_line();
    assert!(line.contains(needle), "expected `{needle}` in: {line}");
    assert_eq!(folder_count(p), before, "something was written: {}", run.all());
    run
}

#[test]
fn schema_code_errors_name_file_line_and_column() {
    refused(
        &project("import { pgTable, integer } from 'drizzle-orm/pg-core';\nexport const t = pgTable('t', { id: integer( });\n"),
        &["generate"],
        "schema/index.ts:2:",
    );
    refused(
        &project("import { pgTable, fancyType } from 'drizzle-orm/pg-core';\nexport const t = pgTable('t', { id: fancyType() });\n"),
        &["generate"],
        "schema/index.ts:1:",
    );
    let run = refused(
        &project(
            "import { pgTable, integer } from 'drizzle-orm/pg-core';\nexport const t = pgTable('t', { id: integer().frobnicate() });\n",
        ),
        &["generate"],
        "schema/index.ts:2:",
    );
    assert!(run.error_line().contains("frobnicate"));
    // An import of a schema file that does not exist.
    refused(&project("export * from './missing';\n"), &["generate"], "missing");
    // export reads the same way.
    refused(
        &project("import { pgTable, integer } from 'drizzle-orm/pg-core';\nexport const t = pgTable('t', { id: integer( });\n"),
        &["export"],
        "schema/index.ts:2:",
    );
}

#[test]
fn a_missing_or_empty_schema_is_refused() {
    let p = project(USERS);
    refused(&p, &["generate", "--schema", "./nope"], "no schema files found for './nope'");
    let none = Project::empty();
    none.write("drizzle.config.json", r#"{"dialect": "postgresql"}"#);
    refused(&none, &["generate"], "no `schema` set");

    // An empty schema would drop everything: refused unless asked for.
    assert_eq!(p.run(&["generate", "--name", "init"]).code, 0);
    p.write("schema/index.ts", "import { pgTable } from 'drizzle-orm/pg-core';\nconst users = pgTable('users', {});\n");
    refused(&p, &["generate"], "would drop the only table");
    let run = p.run(&["generate", "--allow-empty", "--name", "drop"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert_eq!(folder_count(&p), 2);
}

#[test]
fn a_broken_migrations_folder_is_refused_before_reading_the_schema() {
    let p = project(USERS);
    assert_eq!(p.run(&["generate", "--name", "init"]).code, 0);
    assert_eq!(p.run(&["generate", "--name", "second", "--custom"]).code, 0);
    // Break the chain: the second snapshot's parent no longer exists.
    let mut folders: Vec<_> = std::fs::read_dir(p.path().join("drizzle")).unwrap().flatten().map(|e| e.path()).collect();
    folders.sort();
    let snap = folders[1].join("snapshot.json");
    let text = std::fs::read_to_string(&snap).unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
    json["prevIds"] = serde_json::json!(["6f9619ff-8b86-d011-b42d-00c04fc964ff"]);
    std::fs::write(&snap, json.to_string()).unwrap();
    refused(&p, &["generate"], "6f9619ff-8b86-d011-b42d-00c04fc964ff");

    // A snapshot that is not JSON.
    std::fs::write(&snap, "{ not json").unwrap();
    refused(&p, &["generate"], "snapshot.json");
}

/// Over 16 MB of snapshots, the folder is read after the schema (and streamed): the outcome is
/// the same, and the folder's errors still come first.
#[test]
fn a_large_folder_is_read_as_a_small_one() {
    let p = project(USERS);
    assert_eq!(p.run(&["generate", "--name", "init"]).code, 0);
    let snap = std::fs::read_dir(p.path().join("drizzle")).unwrap().flatten().next().unwrap().path().join("snapshot.json");
    let text = std::fs::read_to_string(&snap).unwrap();
    let padded = text.replacen('{', &format!("{{{}", " ".repeat(17 << 20)), 1);
    std::fs::write(&snap, &padded).unwrap();
    let run = p.run(&["generate"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stdout.contains("No schema changes"), "{}", run.all());

    p.write("schema/index.ts", "export const t = pgTable('t', { id: integer( });\n");
    std::fs::write(&snap, padded.replacen("\"ddl\"", "\"ddl\" 5", 1)).unwrap();
    refused(&p, &["generate"], "snapshot.json");
}

#[test]
fn conflicting_branches_are_refused_with_drizzles_report() {
    let p = project(USERS);
    let captured = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/dbkit-core/src/footprint/testdata/check/same_column/drizzle");
    for e in std::fs::read_dir(&captured).unwrap().flatten() {
        let text = std::fs::read_to_string(e.path().join("snapshot.json")).unwrap();
        p.write(&format!("drizzle/{}/snapshot.json", e.file_name().to_string_lossy()), &text);
        p.write(&format!("drizzle/{}/migration.sql", e.file_name().to_string_lossy()), "");
    }
    let run = refused(&p, &["generate"], "conflict");
    assert!(run.error_line().contains("--fix-conflicts"), "{}", run.stderr);
}

#[test]
fn contradictory_flags_are_refused() {
    let p = project(USERS);
    refused(&p, &["generate", "--custom", "--explain"], "--explain and --custom");
    refused(&p, &["generate", "--hints", "not json"], "hints");
    refused(&p, &["generate", "--hints-file", "nope.json"], "nope.json");
    // Usage errors are clap's (exit 1, never 2, which means "a decision is needed").
    let run = p.run(&["generate", "--casing", "kebab"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("invalid value 'kebab' for '--casing"), "{}", run.stderr);
}
