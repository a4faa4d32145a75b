//! The golden corpus through the `dbkit generate` binary, the way a project runs it: each case is
//! one project (`schema: "./schema"`), each step copies its `.ts` files in and runs
//! `dbkit generate --name s<N> [--hints …]` on the folder dbkit itself wrote for the steps before.
//!
//! Per step: the exit code is drizzle-kit's; the SQL equals drizzle-kit's and the snapshot equals
//! drizzle-kit's with the random ids masked; a second `generate` right after reports no changes
//! and writes nothing; a refused step (exit 1) writes nothing and says why in one line; a step
//! with open rename questions (exit 2) writes nothing and prints the hints that answer them.
//! Steps where dbkit differs on purpose (`MISMATCHES.md`, `TS_MISMATCHES.md`) end their case's
//! comparison there, since the folders differ from then on.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::Value;

use crate::engine::corpus::{cases, listed, name};
use crate::support::Project;

const CONFIG: &str = r#"import { defineConfig } from "drizzle-kit";
export default defineConfig({ dialect: "postgresql", schema: "./schema", out: "./drizzle" });
"#;

fn steps(case: &Path) -> Vec<String> {
    let mut s: Vec<String> =
        std::fs::read_dir(case.join("expected")).unwrap().flatten().map(|e| e.file_name().to_string_lossy().into()).collect();
    s.sort_by_key(|n| n.trim_start_matches('s').parse::<u32>().unwrap_or(0));
    s
}

/// The snapshot without its random parts (`id`, `prevIds`).
fn masked(text: &str) -> Value {
    let mut v: Value = serde_json::from_str(text).expect("snapshot JSON");
    if let Some(map) = v.as_object_mut() {
        map.remove("id");
        map.remove("prevIds");
    }
    v
}

/// The folders under `drizzle/`, sorted.
fn folders(p: &Project) -> Vec<String> {
    let mut f: Vec<String> = std::fs::read_dir(p.path().join("drizzle"))
        .map(|rd| rd.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    f.sort();
    f
}

/// Runs one case; returns the problems found and how many steps were compared.
fn run_case(case: &Path, skip: &BTreeSet<String>) -> (Vec<String>, usize) {
    let p = Project::empty();
    p.write("drizzle.config.ts", CONFIG);
    let mut problems = Vec::new();
    let mut compared = 0;
    for step in steps(case) {
        let id = format!("{}/{step}", name(case));
        if skip.contains(&id) {
            break;
        }
        compared += 1;
        let _ = std::fs::remove_dir_all(p.path().join("schema"));
        for e in std::fs::read_dir(case.join(&step)).unwrap().flatten() {
            let file = e.file_name().to_string_lossy().into_owned();
            if file.ends_with(".ts") {
                p.write(&format!("schema/{file}"), &std::fs::read_to_string(e.path()).unwrap());
            }
        }
        let expected = case.join("expected").join(&step);
        let exit: i32 = std::fs::read_to_string(expected.join("exit")).unwrap().trim().parse().unwrap();
        let mut args = vec!["generate".to_string(), "--allow-empty".into(), "--name".into(), step.clone()];
        if let Ok(h) = std::fs::read_to_string(case.join(&step).join("hints.json")) {
            args.extend(["--hints".into(), h]);
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let before = folders(&p);
        let run = p.run(&args);
        let after = folders(&p);
        if run.stderr.contains("panicked") {
            problems.push(format!("{id}: dbkit panicked:\n{}", run.stderr));
            break;
        }
        if run.code != exit {
            problems.push(format!("{id}: exit {} (drizzle-kit: {exit}):\n{}", run.code, run.all()));
            break;
        }
        let new: Vec<&String> = after.iter().filter(|f| !before.contains(f)).collect();
        match exit {
            1 | 2 => {
                if !new.is_empty() {
                    problems.push(format!("{id}: exit {exit} but wrote {new:?}"));
                }
                if exit == 1 && run.stderr.lines().filter(|l| l.starts_with("Error: ")).count() != 1 {
                    problems.push(format!("{id}: a refusal must be one `Error:` line:\n{}", run.stderr));
                }
                if exit == 2 {
                    let open: Vec<Value> =
                        serde_json::from_str(&std::fs::read_to_string(expected.join("unresolved.json")).unwrap()).unwrap();
                    for q in open {
                        let create =
                            format!("{{\"type\":\"create\",\"kind\":\"{}\",\"entity\":{}}}", q["kind"].as_str().unwrap(), q["entity"]);
                        if !run.stdout.contains(&create) {
                            problems.push(format!("{id}: the output does not offer {create}:\n{}", run.stdout));
                        }
                    }
                }
                continue;
            }
            _ => {}
        }
        let wrote_expected = expected.join("snapshot.json").exists();
        match (new.as_slice(), wrote_expected) {
            ([], false) => {
                if !run.stdout.contains("No schema changes, nothing to migrate") {
                    problems.push(format!("{id}: nothing written and no 'No schema changes':\n{}", run.all()));
                }
            }
            ([folder], true) => {
                if !folder.ends_with(&format!("_{step}")) || folder.len() != 15 + step.len() {
                    problems.push(format!("{id}: folder name {folder}"));
                }
                let dir = p.path().join("drizzle").join(folder);
                let sql = std::fs::read_to_string(dir.join("migration.sql")).unwrap();
                let want = std::fs::read_to_string(expected.join("migration.sql")).unwrap();
                if sql != want {
                    problems.push(format!("{id}: SQL differs:\n--- drizzle-kit\n{want}\n--- dbkit\n{sql}"));
                    break;
                }
                let snap = std::fs::read_to_string(dir.join("snapshot.json")).unwrap();
                if masked(&snap) != masked(&std::fs::read_to_string(expected.join("snapshot.json")).unwrap()) {
                    problems.push(format!("{id}: snapshot differs (ids masked)"));
                    break;
                }
                let again = p.run(&["generate", "--allow-empty", "--name", "again"]);
                if again.code != 0 || !again.stdout.contains("No schema changes, nothing to migrate") || folders(&p) != after {
                    problems.push(format!("{id}: generate right after generate was not a no-op:\n{}", again.all()));
                    break;
                }
            }
            (new, _) => {
                problems.push(format!("{id}: wrote {new:?}; drizzle-kit wrote {}", if wrote_expected { "a folder" } else { "nothing" }));
                break;
            }
        }
    }
    (problems, compared)
}

#[test]
fn generate_writes_what_drizzle_kit_writes_for_every_golden_step() {
    let skip: BTreeSet<String> = listed("MISMATCHES.md").into_iter().chain(listed("TS_MISMATCHES.md")).map(|(id, _)| id).collect();
    let all = cases();
    let next = AtomicUsize::new(0);
    let results = Mutex::new((Vec::new(), 0usize));
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                while let Some(case) = all.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let (problems, n) = run_case(case, &skip);
                    let mut r = results.lock().unwrap();
                    r.0.extend(problems);
                    r.1 += n;
                }
            });
        }
    });
    let (problems, compared) = results.into_inner().unwrap();
    eprintln!("dbkit generate over the golden corpus: {compared} steps run, {} problems", problems.len());
    assert!(problems.is_empty(), "{} problems:\n\n{}", problems.len(), problems.join("\n\n"));
}
