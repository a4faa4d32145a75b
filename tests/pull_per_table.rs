//! pull's per-table layout (`codegen_per_table`, beyond drizzle-kit) read back by dbkit's own
//! TypeScript schema reader, on real databases.
//!
//! For each case of `tests/pull_cases` drizzle-kit pulled, the database is applied and
//! introspected as `tests/introspect.rs` does; the single-file `schema.ts` and the per-table files
//! are written to a temporary folder and read with `dbkit_ts::drizzle::read_schema`. The DDL read
//! from the per-table files must equal the one read from `schema.ts`, entity for entity (the order
//! of the entities differs: the barrel lists the files, the single file sorts its exports), both
//! through `index.ts` (what drizzle.config's `schema` should name) and as dbkit reads the folder
//! (every file, `relations.ts` included, in name order). Cases whose `schema.ts` dbkit's reader
//! cannot read either are reported, and must not include the ones named in [`REQUIRED`].

use std::path::Path;

use dbkit_core::codegen::{Casing, SchemaFile, codegen, codegen_per_table};
use dbkit_core::model::Ddl;
use dbkit_ts::drizzle::{ReadOptions, read_schema};
use serde_json::Value;

use crate::introspect::{apply, cases, config, pull};
use crate::support::TestDb;

/// Cases that must read back (every other case drizzle-kit pulled is checked too).
const REQUIRED: [&str; 8] = ["better-auth", "ecommerce", "multi-schema", "enums", "views", "rls-policies", "sequences", "awkward-names"];

/// `introspect.casing` of the case's config (camel when absent).
fn casing(case: &Path) -> Casing {
    let config: Value = std::fs::read_to_string(case.join("config.json")).map(|t| serde_json::from_str(&t).unwrap()).unwrap_or(Value::Null);
    config.pointer("/introspect/casing").and_then(Value::as_str).map_or(Casing::Camel, |c| Casing::parse(c).expect("a known casing"))
}

/// Reads `entries` (paths relative to `dir`) as the binary does.
fn read(dir: &Path, entries: &[String]) -> Result<Ddl, String> {
    let root = dir.to_path_buf();
    let loader = Box::new(move |path: &str| std::fs::read_to_string(root.join(path)).ok());
    read_schema(entries, loader, &ReadOptions::default()).map(|r| r.ddl).map_err(|e| e.to_string())
}

/// The DDL's rows in an order that does not depend on the order of declaration: by kind, schema,
/// table and name, a table's columns kept in their order.
fn rows(ddl: &Ddl) -> Vec<String> {
    let mut rows: Vec<Value> = ddl.to_json_rows();
    let text = |v: &Value, key: &str| v.get(key).and_then(Value::as_str).unwrap_or_default().to_string();
    rows.sort_by_key(|r| {
        let kind = text(r, "entityType");
        let whole = if kind == "columns" { String::new() } else { r.to_string() };
        (kind, text(r, "schema"), text(r, "table"), whole)
    });
    rows.iter().map(|r| r.to_string()).collect()
}

fn first_difference(expected: &[String], actual: &[String]) -> String {
    for (x, y) in expected.iter().zip(actual) {
        if x != y {
            return format!("\n    schema.ts: {x}\n    per table: {y}");
        }
    }
    format!("{} rows vs {}", expected.len(), actual.len())
}

fn write(dir: &Path, files: &[SchemaFile]) {
    for f in files {
        let path = dir.join(&f.path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, &f.text).unwrap();
    }
}

#[test]
fn per_table_files_read_back_as_schema_ts() {
    let mut failures: Vec<String> = Vec::new();
    let mut unreadable: Vec<String> = Vec::new();
    let mut checked: Vec<String> = Vec::new();
    for case in cases() {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        if std::fs::read_to_string(case.join("expected/exit")).unwrap().trim() != "0" {
            continue;
        }
        let db = TestDb::new();
        apply(&db, &std::fs::read_to_string(case.join("schema.sql")).unwrap());
        let (filters, role) = config(&case);
        let pulled = pull(&db, &filters, role.as_ref()).unwrap_or_else(|e| panic!("{name}: introspect failed: {e}"));
        let casing = casing(&case);

        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("schema.ts"), codegen(&pulled.ddl, &pulled.view_columns, casing).schema_ts).unwrap();
        let files = codegen_per_table(&pulled.ddl, &pulled.view_columns, casing);
        let folder = dir.path().join("schemas");
        write(&folder, &files);
        // DBKIT_PER_TABLE_DUMP=<dir> keeps the files per case, to review them.
        if let Ok(dump) = std::env::var("DBKIT_PER_TABLE_DUMP") {
            write(&Path::new(&dump).join(&name), &files);
        }

        let single = match read(dir.path(), &["schema.ts".to_string()]) {
            Ok(ddl) => rows(&ddl),
            Err(e) => {
                unreadable.push(format!("- {name}: {e}"));
                continue;
            }
        };
        let mut top: Vec<String> = files.iter().map(|f| f.path.clone()).filter(|p| !p.contains('/')).collect();
        top.sort();
        let through_index = ["schemas/index.ts".to_string()];
        let whole_folder: Vec<String> = top.iter().map(|p| format!("schemas/{p}")).collect();
        for (how, entries) in [("index.ts", &through_index[..]), ("the folder", &whole_folder[..])] {
            match read(dir.path(), entries) {
                Ok(ddl) if rows(&ddl) == single => {}
                Ok(ddl) => failures.push(format!("- {name} (read through {how}): {}", first_difference(&single, &rows(&ddl)))),
                Err(e) => failures.push(format!("- {name} (read through {how}): {e}")),
            }
        }
        checked.push(name);
    }
    eprintln!("pull per table: {} cases read back: {}", checked.len(), checked.join(", "));
    if !unreadable.is_empty() {
        eprintln!("schema.ts itself does not read back (not compared):\n{}", unreadable.join("\n"));
    }
    for required in REQUIRED {
        if !checked.iter().any(|c| c == required) {
            failures.push(format!("- {required}: not compared"));
        }
    }
    assert!(failures.is_empty(), "{} failure(s):\n{}", failures.len(), failures.join("\n"));
}
