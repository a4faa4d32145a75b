//! `dbkit check` and `dbkit up` on real drizzle-kit folders (no database needed).

use std::path::Path;

use crate::support::Project;

fn same_tree(a: &Path, b: &Path) {
    let mut names: Vec<_> = std::fs::read_dir(a).unwrap().flatten().map(|e| e.file_name()).collect();
    names.sort();
    let mut other: Vec<_> = std::fs::read_dir(b).unwrap().flatten().map(|e| e.file_name()).collect();
    other.sort();
    assert_eq!(names, other, "{} vs {}", a.display(), b.display());
    for n in names {
        let (x, y) = (a.join(&n), b.join(&n));
        if x.is_dir() {
            same_tree(&x, &y);
        } else {
            assert_eq!(std::fs::read(&x).unwrap(), std::fs::read(&y).unwrap(), "{}", x.display());
        }
    }
}

#[test]
fn up_converts_a_0_31_folder_exactly_as_drizzle_kit_up_does() {
    let p = Project::empty();
    p.fixture("v0-journal");
    let run = p.run(&["up"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stdout.contains("[✓] drizzle/20261124061729_cute_shinobi_shaw/snapshot.json"), "{}", run.stdout);
    same_tree(&p.path().join("drizzle"), &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v0-after-up"));
    // A second run has nothing to do.
    let again = p.run(&["up", "--output", "json"]);
    assert_eq!(again.code, 0);
    assert_eq!(again.json()["upgraded"], serde_json::json!([]));
}

#[test]
fn check_accepts_a_sound_folder_and_refuses_a_journal_one() {
    let p = Project::empty();
    p.fixture("v1-folders");
    let run = p.run(&["check"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stdout.contains("Everything's fine"));

    let old = Project::empty();
    old.fixture("v0-journal");
    let run = old.run(&["check"]);
    assert_eq!(run.code, 1);
    assert!(run.error_line().contains("drizzle-kit 0.31's journal layout"), "{}", run.stderr);
}

#[test]
fn check_reports_conflicting_branches_like_drizzle_kit() {
    let p = Project::empty();
    let captured = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/dbkit-core/src/footprint/testdata/check/same_column/drizzle");
    for e in std::fs::read_dir(&captured).unwrap().flatten() {
        // drizzle-kit's folders, captured with their snapshots only (all check reads)
        let text = std::fs::read_to_string(e.path().join("snapshot.json")).unwrap();
        p.write(&format!("drizzle/{}/snapshot.json", e.file_name().to_string_lossy()), &text);
    }
    let run = p.run(&["check"]);
    assert_eq!(run.code, 1, "{}", run.all());
    assert!(run.stdout.contains("Conflicting migrations detected  Found 1 conflict across 2 migrations"), "{}", run.stdout);
    assert!(run.stdout.contains("⚠ add_column: email on users table (20261125114011_add_email)"), "{}", run.stdout);
    assert!(run.error_line().contains("1 conflict between branches"), "{}", run.stderr);
    let json = p.run(&["check", "--output", "json"]);
    let doc = json.json();
    assert_eq!(doc["error"]["code"], "check_error");
    assert_eq!(doc["error"]["kind"], "conflicts");
    assert_eq!(doc["error"]["fix"]["migrations"][1], "drizzle/20261125114013_add_email_too");
}

#[test]
fn check_names_a_broken_history() {
    let p = Project::empty();
    p.fixture("v1-folders");
    std::fs::remove_dir_all(p.path().join("drizzle/20261124063106_perpetual_captain_universe")).unwrap();
    let run = p.run(&["check"]);
    assert_eq!(run.code, 1);
    assert!(run.error_line().contains("does not reach a base snapshot"), "{}", run.stderr);
    p.write("drizzle/20261124063111_schema_b/snapshot.json", "{ not json");
    let run = p.run(&["check"]);
    assert!(run.error_line().contains("drizzle/20261124063111_schema_b/snapshot.json: not valid JSON"), "{}", run.stderr);
}

/// With a schema set, check also says (as drizzle-kit 1.0's does, exit 0) whether the schema has
/// changes no migration holds yet, including an open rename question. Beyond drizzle-kit: an
/// empty schema against a folder with tables is named, not passed as fine, and --ignore-conflicts
/// turns conflicting branches into a warning.
#[test]
fn check_compares_the_schema_with_the_migrations() {
    const T1: &str =
        "import { pgTable, integer, text } from 'drizzle-orm/pg-core';\nexport const t = pgTable('t', { id: integer(), name: text() });\n";
    let p = Project::empty();
    p.write("drizzle.config.json", r#"{"dialect": "postgresql", "schema": "./schema.ts", "out": "./drizzle"}"#);
    p.write("schema.ts", T1);
    let warned = |kind: &str, needle: &str| {
        let run = p.run(&["check", "--output", "json"]);
        assert_eq!(run.code, 0, "{}", run.all());
        let doc = run.json();
        assert_eq!(doc["warnings"][0]["kind"], kind, "{doc}");
        assert!(doc["warnings"][0]["message"].as_str().unwrap().contains(needle), "{doc}");
    };
    warned("schema_changed", "has no migration, and the schema is not empty");
    assert_eq!(p.run(&["generate", "--name", "init"]).code, 0);
    let run = p.run(&["check"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stdout.contains("Everything's fine"), "{}", run.all());

    p.write("schema.ts", &T1.replace("name: text()", "title: text()"));
    warned("schema_changed", "The schema differs from the migrations. The newest migration is ");
    let run = p.run(&["check"]);
    assert!(run.stderr.contains("Warning: The schema differs") && !run.stdout.contains("Everything's fine"), "{}", run.all());
    p.write("schema.ts", "export const t = pgTable('t', { id: integer( });\n");
    warned("not_compared", "schema.ts:1:");
    p.write("schema.ts", "export const nothing = 1;\n");
    warned("not_compared", "the schema declares nothing");
}

/// --ignore-conflicts: branches that conflict but still combine are a warning; branches that
/// cannot combine (two columns of one name) stay an error, as generate could not go on from them.
#[test]
fn check_ignore_conflicts_warns_when_the_branches_combine() {
    let captured = |case: &str| {
        let p = Project::empty();
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/dbkit-core/src/footprint/testdata/check").join(case).join("drizzle");
        for e in std::fs::read_dir(&dir).unwrap().flatten() {
            let text = std::fs::read_to_string(e.path().join("snapshot.json")).unwrap();
            p.write(&format!("drizzle/{}/snapshot.json", e.file_name().to_string_lossy()), &text);
        }
        p
    };
    let p = captured("drop_vs_add");
    assert_eq!(p.run(&["check"]).code, 1);
    let run = p.run(&["check", "--ignore-conflicts", "--output", "json"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert_eq!(run.json()["warnings"][0]["kind"], "conflicts");

    let run = captured("same_column").run(&["check", "--ignore-conflicts"]);
    assert_eq!(run.code, 1, "{}", run.all());
    assert!(run.error_line().contains("cannot rebuild the schema state"), "{}", run.all());
}
