//! Real-world style projects (`tests/projects/<name>`: multi-file schemas, shared helpers, auth
//! libraries' tables, RLS, several PostgreSQL schemas), each run step by step through the
//! `dbkit generate` binary exactly as drizzle-kit 1.0 was run on them by
//! `scripts/capture-projects.sh`: the project tree, then each `steps/s<N>/` laid over it
//! (`removed.txt` deletes files), `generate --name s<N> [--hints …]`.
//!
//! Each step must exit as drizzle-kit did, write the same SQL and the same snapshot (ids masked),
//! and a second run must report no changes. Where dbkit does better on purpose, the step is in
//! `tests/projects/MISMATCHES.md` with the reason, and the test checks that it still differs.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::support::Project;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/projects")
}

fn copy_tree(from: &Path, to: &Path, skip: &[&str]) {
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if skip.contains(&name.as_str()) {
            continue;
        }
        let target = to.join(&name);
        if e.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_tree(&e.path(), &target, skip);
        } else {
            std::fs::copy(e.path(), &target).unwrap();
        }
    }
}

fn masked(text: &str) -> Value {
    let mut v: Value = serde_json::from_str(text).expect("snapshot JSON");
    if let Some(map) = v.as_object_mut() {
        map.remove("id");
        map.remove("prevIds");
    }
    v
}

/// Every `migration.sql` folder under the project (its `out` may be anywhere), sorted.
fn migration_folders(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in walk(dir) {
        if e.file_name().is_some_and(|n| n == "migration.sql") {
            out.push(e.parent().unwrap().to_path_buf());
        }
    }
    out.sort_by_key(|p| p.file_name().unwrap().to_owned());
    out
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            if e.file_name() != "node_modules" {
                out.extend(walk(&p));
            }
        } else {
            out.push(p);
        }
    }
    out
}

/// `name/step` → reason, from `tests/projects/MISMATCHES.md` lines "- `name/step`: reason".
fn listed() -> BTreeMap<String, String> {
    crate::support::listed(&root().join("MISMATCHES.md")).into_iter().collect()
}

/// Runs one project; returns (steps compared, problems, ids that differed).
fn run_project(dir: &Path) -> (usize, Vec<String>, Vec<String>) {
    let name = dir.file_name().unwrap().to_string_lossy().into_owned();
    let p = Project::empty();
    copy_tree(&dir.join("project"), p.path(), &[]);
    // The project's installed drizzle-orm, as Node would find it (dbkit reads only its version).
    p.write("node_modules/drizzle-orm/package.json", r#"{"name": "drizzle-orm", "version": "1.0.0-rc.5"}"#);
    let mut steps: Vec<String> = std::fs::read_dir(dir.join("expected"))
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into())
        .collect();
    steps.sort_by_key(|n| n.trim_start_matches('s').parse::<u32>().unwrap_or(0));
    let (mut compared, mut problems, mut differed) = (0, Vec::new(), Vec::new());
    for step in steps {
        let id = format!("{name}/{step}");
        let overlay = dir.join("steps").join(&step);
        if overlay.is_dir() {
            copy_tree(&overlay, p.path(), &["hints.json", "removed.txt"]);
            for line in std::fs::read_to_string(overlay.join("removed.txt")).unwrap_or_default().lines().filter(|l| !l.trim().is_empty()) {
                let target = p.path().join(line.trim());
                let _ = std::fs::remove_dir_all(&target).or_else(|_| std::fs::remove_file(&target));
            }
        }
        let expected = dir.join("expected").join(&step);
        let exit: i32 = std::fs::read_to_string(expected.join("exit")).unwrap().trim().parse().unwrap();
        let mut args = vec!["generate".to_string(), "--name".into(), step.clone()];
        if let Ok(h) = std::fs::read_to_string(overlay.join("hints.json")) {
            args.extend(["--hints".into(), h]);
        }
        let before = migration_folders(p.path());
        let run = p.run(&args.iter().map(String::as_str).collect::<Vec<_>>());
        let after = migration_folders(p.path());
        compared += 1;
        let mut problem = |text: String| {
            differed.push(id.clone());
            problems.push(format!("{id}: {text}"));
        };
        if run.stderr.contains("panicked") {
            problem(format!("dbkit panicked:\n{}", run.stderr));
            break;
        }
        if run.code != exit {
            problem(format!("exit {} (drizzle-kit: {exit}):\n{}", run.code, run.all()));
            continue;
        }
        if exit != 0 {
            if after != before {
                problem("a failed step wrote a migration".into());
            }
            continue;
        }
        let new: Vec<&PathBuf> = after.iter().filter(|f| !before.contains(f)).collect();
        let Some(folder) = new.first() else {
            if expected.join("migration.sql").exists() {
                problem(format!("nothing written; drizzle-kit wrote a migration:\n{}", run.all()));
            }
            continue;
        };
        let sql = std::fs::read_to_string(folder.join("migration.sql")).unwrap();
        let want = std::fs::read_to_string(expected.join("migration.sql")).unwrap_or_default();
        if sql != want {
            problem(format!("SQL differs:\n--- drizzle-kit\n{want}\n--- dbkit\n{sql}"));
            continue;
        }
        let snap = std::fs::read_to_string(folder.join("snapshot.json")).unwrap();
        if masked(&snap) != masked(&std::fs::read_to_string(expected.join("snapshot.json")).unwrap()) {
            problem("snapshot differs (ids masked)".into());
            continue;
        }
        let again = p.run(&["generate", "--name", "again"]);
        if again.code != 0 || !again.stdout.contains("No schema changes") || migration_folders(p.path()) != after {
            problem(format!("generate right after generate was not a no-op:\n{}", again.all()));
        }
    }
    (compared, problems, differed)
}

#[test]
fn real_world_projects_generate_what_drizzle_kit_generates() {
    let mut dirs: Vec<PathBuf> =
        std::fs::read_dir(root()).unwrap().flatten().map(|e| e.path()).filter(|p| p.join("expected").is_dir()).collect();
    dirs.sort();
    assert!(dirs.len() >= 30, "only {} projects", dirs.len());
    let expected = listed();
    let (mut steps, mut errors) = (0, Vec::new());
    let mut differing = Vec::new();
    for dir in &dirs {
        let (n, problems, differed) = run_project(dir);
        steps += n;
        for (id, problem) in differed.iter().zip(problems) {
            if !expected.contains_key(id) {
                errors.push(problem);
            }
        }
        differing.extend(differed);
    }
    for id in expected.keys() {
        if !differing.contains(id) {
            errors.push(format!("{id}: listed in tests/projects/MISMATCHES.md but now matches drizzle-kit; remove it from the list"));
        }
    }
    eprintln!("{} projects, {steps} steps, {} listed differences", dirs.len(), expected.len());
    assert!(errors.is_empty(), "{} problems:\n\n{}", errors.len(), errors.join("\n\n"));
}
