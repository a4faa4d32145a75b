//! Mixing tools on one migrations folder: `dbkit generate` on a folder drizzle-kit 1.0 wrote
//! finds nothing to do when the schema has not changed since (for every golden case), and
//! `dbkit generate` continues a drizzle-kit chain with a migration whose parent is drizzle-kit's.
//! (The other way round, drizzle-kit on dbkit's folders, needs Node: see tests/compat.rs.)

use std::path::Path;

use crate::engine::corpus::{cases, listed, name};
use crate::support::Project;

const CONFIG: &str = r#"{"dialect": "postgresql", "schema": "./schema", "out": "./drizzle"}"#;

fn put_schema(p: &Project, dir: &Path) {
    let _ = std::fs::remove_dir_all(p.path().join("schema"));
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let file = e.file_name().to_string_lossy().into_owned();
        if file.ends_with(".ts") {
            p.write(&format!("schema/{file}"), &std::fs::read_to_string(e.path()).unwrap());
        }
    }
}

#[test]
fn dbkit_finds_nothing_to_do_on_every_folder_drizzle_kit_wrote() {
    let skip: Vec<String> = listed("MISMATCHES.md").into_iter().chain(listed("TS_MISMATCHES.md")).map(|(id, _)| id).collect();
    let (mut checked, mut problems) = (0, Vec::new());
    for case in cases() {
        if skip.iter().any(|id| id.starts_with(&format!("{}/", name(&case)))) {
            continue;
        }
        let p = Project::empty();
        p.write("drizzle.config.json", CONFIG);
        let mut steps: Vec<String> =
            std::fs::read_dir(case.join("expected")).unwrap().flatten().map(|e| e.file_name().to_string_lossy().into()).collect();
        steps.sort_by_key(|n| n.trim_start_matches('s').parse::<u32>().unwrap_or(0));
        // drizzle-kit's folders, one per step that wrote one, with increasing stamps.
        let mut last = None;
        for (i, step) in steps.iter().enumerate() {
            let expected = case.join("expected").join(step);
            if let (Ok(sql), Ok(snap)) =
                (std::fs::read_to_string(expected.join("migration.sql")), std::fs::read_to_string(expected.join("snapshot.json")))
            {
                let folder = format!("drizzle/202601010000{:02}_{step}", i);
                p.write(&format!("{folder}/migration.sql"), &sql);
                p.write(&format!("{folder}/snapshot.json"), &snap);
                last = Some(step.clone());
            }
        }
        let Some(step) = last else { continue };
        put_schema(&p, &case.join(&step));
        let run = p.run(&["generate", "--allow-empty"]);
        checked += 1;
        if run.code != 0 || !run.stdout.contains("No schema changes") {
            problems.push(format!("{}/{step}: {}", name(&case), run.all()));
        }
    }
    eprintln!("dbkit generate on {checked} drizzle-kit folders");
    assert!(checked > 400, "only {checked} cases checked");
    assert!(problems.is_empty(), "{} folders where dbkit found changes:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn dbkit_continues_a_drizzle_kit_chain() {
    let case = crate::engine::corpus::root().join("renames/chain-3-steps");
    let p = Project::empty();
    p.write("drizzle.config.json", CONFIG);
    let expected = case.join("expected/s1");
    p.write("drizzle/20260101000000_s1/migration.sql", &std::fs::read_to_string(expected.join("migration.sql")).unwrap());
    let snap = std::fs::read_to_string(expected.join("snapshot.json")).unwrap();
    p.write("drizzle/20260101000000_s1/snapshot.json", &snap);
    put_schema(&p, &case.join("s2"));
    let hints = std::fs::read_to_string(case.join("s2/hints.json")).unwrap();
    let run = p.run(&["generate", "--name", "s2", "--hints", &hints]);
    assert_eq!(run.code, 0, "{}", run.all());
    let folder =
        std::fs::read_dir(p.path().join("drizzle")).unwrap().flatten().find(|e| e.file_name().to_string_lossy().ends_with("_s2")).unwrap();
    let ours: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(folder.path().join("snapshot.json")).unwrap()).unwrap();
    let theirs: serde_json::Value = serde_json::from_str(&snap).unwrap();
    assert_eq!(ours["prevIds"], serde_json::json!([theirs["id"]]));
    assert_eq!(
        std::fs::read_to_string(folder.path().join("migration.sql")).unwrap(),
        std::fs::read_to_string(case.join("expected/s2/migration.sql")).unwrap()
    );
}
