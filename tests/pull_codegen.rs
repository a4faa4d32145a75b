//! pull's generated files against drizzle-kit 1.0's, byte for byte, on real databases.
//!
//! Each `tests/pull_cases/<case>` is applied and introspected as `tests/introspect.rs` does; the
//! code generator's `schema.ts`, `relations.ts` and commented `migration.sql` must equal the ones
//! drizzle-kit's `pull` wrote. Known, explained differences are listed in
//! `tests/pull_cases/CODEGEN_MISMATCHES.md` as "- `case`: reason" (every file of the case may
//! differ) or "- `case/file`: reason" (only that file may); a listed file or case that matches
//! fails the test, so the list stays true.

use std::collections::BTreeMap;
use std::path::Path;

use dbkit_core::codegen::{Casing, codegen, migration};
use serde_json::Value;

use crate::introspect::{apply, cases, config, pull, root};
use crate::support::TestDb;

const FILES: [&str; 3] = ["schema.ts", "relations.ts", "migration.sql"];

fn listed() -> BTreeMap<String, String> {
    crate::support::listed(&root().join("CODEGEN_MISMATCHES.md")).into_iter().collect()
}

/// `introspect.casing` of the case's config (camel when absent).
fn casing(case: &Path) -> Casing {
    let config: Value = std::fs::read_to_string(case.join("config.json")).map(|t| serde_json::from_str(&t).unwrap()).unwrap_or(Value::Null);
    config.pointer("/introspect/casing").and_then(Value::as_str).map_or(Casing::Camel, |c| Casing::parse(c).expect("a known casing"))
}

/// `schema.ts` with the names of its first import sorted: drizzle-kit lists the column builders in
/// the order it meets the columns, by position alone, and PostgreSQL returns the columns of
/// different tables at one position in an order that depends on its plan (see
/// `tables_then_positions` in `tests/introspect.rs`), so only the set of names is drizzle-kit's.
fn imports_sorted(text: &str) -> String {
    let Some((first, rest)) = text.split_once('\n') else { return text.to_string() };
    let Some(list) = first.strip_prefix("import { ").and_then(|l| l.strip_suffix(" } from \"drizzle-orm/pg-core\"")) else {
        return text.to_string();
    };
    let mut names: Vec<&str> = list.split(", ").collect();
    names.sort_unstable();
    format!("import {{ {} }} from \"drizzle-orm/pg-core\"\n{rest}", names.join(", "))
}

fn first_difference(expected: &str, actual: &str) -> String {
    for (i, (x, y)) in expected.split('\n').zip(actual.split('\n')).enumerate() {
        if x != y {
            return format!("line {}:\n    drizzle: {x}\n    dbkit:   {y}", i + 1);
        }
    }
    format!("length ({} vs {} lines)", expected.split('\n').count(), actual.split('\n').count())
}

#[test]
fn codegen_matches_drizzle_kit() {
    let listed = listed();
    let mut failures: Vec<String> = Vec::new();
    let mut identical = [0usize; 3];
    let mut reordered = 0;
    let mut compared = 0;
    let all = cases();
    for case in &all {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let exit = std::fs::read_to_string(case.join("expected/exit")).unwrap();
        if exit.trim() != "0" {
            // drizzle-kit wrote no files for this database.
            continue;
        }
        compared += 1;
        let db = TestDb::new();
        apply(&db, &std::fs::read_to_string(case.join("schema.sql")).unwrap());
        let (filters, role) = config(case);
        let pulled = match pull(&db, &filters, role.as_ref()) {
            Ok(r) => r,
            Err(e) => {
                failures.push(format!("- {name}: introspect failed: {e}"));
                continue;
            }
        };
        let files = codegen(&pulled.ddl, &pulled.view_columns, casing(case));
        let sql = match migration(pulled.ddl.clone(), true) {
            Ok(m) => m.sql,
            Err(e) => {
                failures.push(format!("- {name}: migration failed: {e}"));
                continue;
            }
        };
        let ours = [files.schema_ts, files.relations_ts, sql];
        // DBKIT_CODEGEN_DUMP=<dir> keeps dbkit's files per case, to review a difference.
        if let Ok(dir) = std::env::var("DBKIT_CODEGEN_DUMP") {
            let dir = Path::new(&dir).join(&name);
            std::fs::create_dir_all(&dir).unwrap();
            for (file, text) in FILES.iter().zip(&ours) {
                std::fs::write(dir.join(file), text).unwrap();
            }
        }
        let mut case_differs = false;
        for (i, (file, text)) in FILES.iter().zip(&ours).enumerate() {
            let expected = std::fs::read_to_string(case.join("expected").join(file)).unwrap();
            let exact = expected == *text;
            let same = exact || (i == 0 && imports_sorted(&expected) == imports_sorted(text));
            reordered += usize::from(same && !exact);
            case_differs |= !same;
            let key = format!("{name}/{file}");
            match (same, listed.contains_key(&key)) {
                (true, true) => failures.push(format!("- {key}: matches drizzle-kit now: remove it from CODEGEN_MISMATCHES.md")),
                (true, false) => identical[i] += 1,
                (false, true) => {}
                (false, false) if listed.contains_key(&name) => {}
                (false, false) => failures.push(format!("- {key} differs at {}", first_difference(&expected, text))),
            }
        }
        if listed.contains_key(&name) && !case_differs {
            failures.push(format!("- {name}: matches drizzle-kit now: remove it from CODEGEN_MISMATCHES.md"));
        }
    }
    eprintln!(
        "pull codegen: {compared} cases compared; identical: schema.ts {} ({reordered} with the imports in another order), \
         relations.ts {}, migration.sql {}",
        identical[0], identical[1], identical[2]
    );
    for key in listed.keys() {
        let case = key.split('/').next().unwrap();
        if !all.iter().any(|c| c.file_name().unwrap().to_string_lossy() == case) {
            failures.push(format!("- {key}: listed in CODEGEN_MISMATCHES.md but there is no such case"));
        }
    }
    assert!(failures.is_empty(), "{} difference(s):\n{}", failures.len(), failures.join("\n"));
}
