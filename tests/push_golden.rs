//! `dbkit push` against drizzle-kit 1.0's push, statement for statement, on real databases.
//!
//! Each `tests/push_cases/<case>` names a generate case (`source`); `scripts/capture-push.sh`
//! pushed its `s1` then its `s2` into a fresh database with the real drizzle-kit and stored the
//! statements it ran. Here dbkit does the same: the statements it plans (`--explain --output
//! json`) must equal drizzle-kit's for both steps; it then applies them (`--force`), and a third
//! push must find nothing to do, which is the round trip: the database, read back, is schema s2.
//! Known differences are listed in `tests/push_cases/MISMATCHES.md` ("- `case`: reason"); a
//! listed case that matches fails, so the list stays true.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::json;

use crate::support::{Project, TestDb};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/push_cases")
}

fn listed() -> BTreeMap<String, String> {
    crate::support::listed(&root().join("MISMATCHES.md")).into_iter().collect()
}

/// Replaces the project's `schema/` folder with the files of `step`.
fn use_step(p: &Project, step: &Path) {
    let dir = p.path().join("schema");
    let _ = std::fs::remove_dir_all(&dir);
    for e in std::fs::read_dir(step).unwrap().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        p.write(&format!("schema/{name}"), &std::fs::read_to_string(e.path()).unwrap());
    }
}

/// What dbkit would run for the current schema, without running it.
fn planned(p: &Project) -> Result<Vec<String>, String> {
    let run = p.run(&["push", "--explain", "--output", "json"]);
    if run.code != 0 {
        return Err(format!("push --explain exited {}: {}", run.code, run.all()));
    }
    let doc = run.json();
    Ok(match doc["status"].as_str() {
        Some("no_changes") => Vec::new(),
        _ => doc["statements"].as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_string()).collect(),
    })
}

fn expected(case: &Path, n: u8) -> Vec<String> {
    let text = std::fs::read_to_string(case.join(format!("expected/statements{n}.json"))).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// The first difference between two statement lists, for the failure message.
fn difference(drizzle: &[String], dbkit: &[String]) -> String {
    for (i, (a, b)) in drizzle.iter().zip(dbkit).enumerate() {
        if a != b {
            return format!("statement {}:\n    drizzle: {a}\n    dbkit:   {b}", i + 1);
        }
    }
    format!(
        "{} statements vs {}: {:?} / {:?}",
        drizzle.len(),
        dbkit.len(),
        &drizzle[dbkit.len().min(drizzle.len())..],
        &dbkit[drizzle.len().min(dbkit.len())..]
    )
}

#[test]
fn push_runs_what_drizzle_kit_runs() {
    let listed = listed();
    let mut cases: Vec<PathBuf> =
        std::fs::read_dir(root()).unwrap().flatten().map(|e| e.path()).filter(|p| p.join("source").is_file()).collect();
    cases.sort();
    let (mut failures, mut matched) = (Vec::new(), 0);
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let source = Path::new(env!("CARGO_MANIFEST_DIR")).join(std::fs::read_to_string(case.join("source")).unwrap().trim());
        // Roles belong to the server: one an earlier case created would change what push plans.
        // The lock is taken before the database exists, so it is held until the database is gone.
        let roles: Vec<String> = [1u8, 2]
            .iter()
            .flat_map(|&step| expected(case, step))
            .filter_map(|s| s.strip_prefix("CREATE ROLE \"").and_then(|r| r.split('"').next()).map(str::to_string))
            .collect();
        let _roles = (!roles.is_empty()).then(crate::support::roles_lock);
        let db = TestDb::new();
        crate::support::drop_roles(&db, roles.iter().map(String::as_str));
        let p = Project::empty();
        p.write(
            "drizzle.config.json",
            &json!({"dialect": "postgresql", "schema": "./schema", "dbCredentials": {"url": db.url()}}).to_string(),
        );
        let mut problems = Vec::new();
        for step in [1u8, 2] {
            use_step(&p, &source.join(format!("s{step}")));
            match planned(&p) {
                Ok(ours) if ours == expected(case, step) => {}
                Ok(ours) => problems.push(format!("push {step}: {}", difference(&expected(case, step), &ours))),
                Err(e) => problems.push(format!("push {step}: {e}")),
            }
            let run = p.run(&["push", "--force"]);
            if run.code != 0 {
                problems.push(format!("push {step} --force exited {}: {}", run.code, run.all()));
                break;
            }
        }
        // The round trip: the database now is schema s2.
        if problems.is_empty() {
            match planned(&p) {
                Ok(left) if left.is_empty() => {}
                Ok(left) => problems.push(format!("a third push still plans {left:?}")),
                Err(e) => problems.push(format!("push 3: {e}")),
            }
        }
        match (problems.is_empty(), listed.contains_key(&name)) {
            (true, false) => matched += 1,
            (true, true) => failures.push(format!("- {name}: matches drizzle-kit now: remove it from MISMATCHES.md")),
            (false, true) => {}
            (false, false) => failures.push(format!("- {name}: {}", problems.join("; "))),
        }
    }
    eprintln!("push: {matched} of {} cases run what drizzle-kit 1.0 runs and round-trip; {} listed", cases.len(), listed.len());
    for key in listed.keys() {
        if !cases.iter().any(|c| c.file_name().unwrap().to_string_lossy() == *key) {
            failures.push(format!("- {key}: listed in MISMATCHES.md but there is no such case"));
        }
    }
    assert!(failures.is_empty(), "{} failure(s):\n{}", failures.len(), failures.join("\n"));
}
