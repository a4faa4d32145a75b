//! The upgrade against what the real `drizzle-kit up` (1.0.0-rc.5) wrote for 0.31 (and 0.20,
//! 0.21) folders: `testdata/<case>/input` is the old folder, `testdata/<case>/expected` what `up`
//! left; `testdata/capture.sh` records a case from the schema steps in `testdata/<case>/steps`.

use std::fs;
use std::path::{Path, PathBuf};

use super::*;
use crate::model::js::to_compact;
use crate::snapshot::history::{Entry, History};

fn testdata() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src/snapshot/upgrade/testdata")
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

fn cases(journal: bool) -> Vec<(String, PathBuf, PathBuf)> {
    let mut cases: Vec<PathBuf> = fs::read_dir(testdata())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("expected").is_dir() && p.join("input/meta/_journal.json").is_file() == journal)
        .collect();
    cases.sort();
    cases.into_iter().map(|c| (c.file_name().unwrap().to_string_lossy().into(), c.join("input"), c.join("expected"))).collect()
}

/// Every captured 0.2x/0.31 pair: (name, journal folder, folder after `up`).
fn pairs() -> Vec<(String, PathBuf, PathBuf)> {
    let mut out = vec![("v0-journal".to_string(), fixtures().join("v0-journal"), fixtures().join("v0-after-up"))];
    out.extend(cases(true));
    assert!(out.len() >= 5, "the captured cases are missing: {out:?}");
    out
}

struct Input {
    journal: String,
    snapshots: Vec<(String, String)>,
    sql: Vec<(String, String)>,
}

fn files_in(dir: &Path, ext: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && p.to_string_lossy().ends_with(ext))
        .map(|p| (p.file_name().unwrap().to_string_lossy().into(), fs::read_to_string(&p).unwrap()))
        .collect();
    out.sort();
    out
}

fn read_input(dir: &Path) -> Input {
    Input {
        journal: fs::read_to_string(dir.join("meta/_journal.json")).unwrap(),
        snapshots: files_in(&dir.join("meta"), "_snapshot.json"),
        sql: files_in(dir, ".sql"),
    }
}

fn read_expected(dir: &Path) -> Vec<UpFolder> {
    let mut names: Vec<String> = fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into()).collect();
    names.sort();
    names
        .into_iter()
        .map(|name| UpFolder {
            migration_sql: fs::read_to_string(dir.join(&name).join("migration.sql")).unwrap(),
            snapshot_json: fs::read_to_string(dir.join(&name).join("snapshot.json")).unwrap(),
            sql_file: String::new(),
            name,
        })
        .collect()
}

/// The first line where two texts differ, for a readable failure.
fn first_difference(a: &str, b: &str) -> String {
    for (i, (x, y)) in a.lines().zip(b.lines()).enumerate() {
        if x != y {
            return format!("line {}: got {x:?}, drizzle-kit wrote {y:?}", i + 1);
        }
    }
    format!("lengths differ: {} vs {} lines", a.lines().count(), b.lines().count())
}

#[test]
fn upgrade_reproduces_drizzle_kit_up_byte_for_byte() {
    let mut failures = Vec::new();
    for (name, input, expected) in pairs() {
        let i = read_input(&input);
        let got = up_journal("drizzle", &i.journal, &i.snapshots, &i.sql).unwrap_or_else(|e| panic!("{name}: {e}"));
        let want = read_expected(&expected);
        assert_eq!(got.iter().map(|f| &f.name).collect::<Vec<_>>(), want.iter().map(|f| &f.name).collect::<Vec<_>>(), "{name}");
        for (g, w) in got.iter().zip(&want) {
            if g.migration_sql != w.migration_sql {
                failures.push(format!("{name}/{}/migration.sql: {}", w.name, first_difference(&g.migration_sql, &w.migration_sql)));
            }
            if g.snapshot_json != w.snapshot_json {
                failures.push(format!("{name}/{}/snapshot.json: {}", w.name, first_difference(&g.snapshot_json, &w.snapshot_json)));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn format_8_folders_upgrade_byte_for_byte() {
    let pairs = cases(false);
    assert!(!pairs.is_empty());
    for (name, input, expected) in pairs {
        let before = read_expected(&input);
        let after = read_expected(&expected);
        let folders: Vec<(String, String)> = before.iter().map(|f| (f.name.clone(), f.snapshot_json.clone())).collect();
        let got = up_folders("drizzle", &folders).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(got.len(), after.len(), "{name}: every snapshot was format 8");
        for ((folder, text), want) in got.iter().zip(&after) {
            assert_eq!(folder, &want.name, "{name}");
            assert!(text == &want.snapshot_json, "{name}/{folder}: {}", first_difference(text, &want.snapshot_json));
        }
        for (b, a) in before.iter().zip(&after) {
            assert_eq!(b.migration_sql, a.migration_sql, "{name}: up leaves migration.sql alone");
        }
    }
}

/// Independent of deltas and footprints: the state each converted snapshot stands for (as the
/// 1.0 history rebuilds it from drizzle-kit's output) is the state dbkit reads from the old file.
#[test]
fn old_snapshots_read_as_the_states_drizzle_kit_records() {
    for (name, input, expected) in pairs() {
        let i = read_input(&input);
        let want = read_expected(&expected);
        let entries: Vec<Entry> = want
            .iter()
            .map(|f| Entry { folder: f.name.clone(), snapshot: crate::snapshot::Snapshot::parse(&f.name, &f.snapshot_json).unwrap() })
            .collect();
        let history = History::new(entries.clone()).unwrap();
        for (entry, (file, text)) in entries.iter().zip(&i.snapshots) {
            let Loaded::Older(v8) = load(file, text).unwrap() else { panic!("{name}/{file} is not older than 9") };
            let theirs = history.state_of(&entry.snapshot.id).unwrap();
            let ours = v9::with_state_pk_names(&v8.ddl, &theirs);
            assert_eq!(v9::state_difference(&ours, &theirs), None, "{name}/{file}");
            if let crate::snapshot::Body::Base { ddl } = &entry.snapshot.body {
                let ours: Vec<String> = v8.ddl.to_json_rows().iter().map(to_compact).collect();
                let theirs: Vec<String> = ddl.json_rows().map(|r| to_compact(&r)).collect();
                assert_eq!(ours, theirs, "{name}/{file}: base rows");
            }
        }
    }
}

#[test]
fn pre_v7_indexes_upgrade_where_drizzle_kit_refuses() {
    // drizzle-kit 1.0 writes `method: null` for 0.20's indexes and rejects its own output
    // (testdata/v5-indexes/up-error.txt); dbkit fills in what 0.20 created: plain B-tree indexes.
    let refused = fs::read_to_string(testdata().join("v5-indexes/up-error.txt")).unwrap();
    assert!(refused.contains("\"method\":null"), "{refused}");
    let i = read_input(&testdata().join("v5-indexes/input"));
    let folders = up_journal("drizzle", &i.journal, &i.snapshots, &i.sql).unwrap();
    assert_eq!(folders.len(), 2);
    let base = crate::snapshot::Snapshot::parse("s", &folders[0].snapshot_json).unwrap();
    let crate::snapshot::Body::Base { ddl } = base.body else { panic!("first is a base") };
    let idx: Vec<serde_json::Value> = ddl.json_rows().filter(|r| r["entityType"] == "indexes").collect();
    assert_eq!(idx.len(), 2);
    assert!(idx.iter().all(|r| r["method"] == "btree" && r["concurrently"] == false));
    assert_eq!(idx[1]["nameExplicit"], false, "customers_vip_born_index is 0.20's generated name");
}

#[test]
fn a_pulled_folder_with_later_migrations_has_two_firsts() {
    // 0.31's pull writes the id 00000000-…; the next generate names it as parent, which reads as
    // "no parent". drizzle-kit up refuses the folder; so does dbkit, with the same reason.
    let refused = fs::read_to_string(testdata().join("pulled-then-generate/up-error.txt")).unwrap();
    let i = read_input(&testdata().join("pulled-then-generate/input"));
    let err = up_journal("drizzle", &i.journal, &i.snapshots, &i.sql).unwrap_err();
    assert!(matches!(err, UpError::TwoFirsts { .. }), "{err}");
    assert!(err.to_string().contains("0000_wise_professor_monster and 0001_extra"), "{err}");
    assert!(refused.contains("two first migrations, 0000_wise_professor_monster and 0001_extra"), "{refused}");
}

mod errors {
    use super::*;
    use serde_json::json;

    fn v7(id: &str, prev: &str) -> String {
        json!({"id": id, "prevId": prev, "version": "7", "dialect": "postgresql",
            "tables": {"public.t": {"name": "t", "schema": "", "columns": {"id": {"name": "id", "type": "integer", "primaryKey": true, "notNull": true}},
                "indexes": {}, "foreignKeys": {}, "compositePrimaryKeys": {}, "uniqueConstraints": {}, "policies": {}, "checkConstraints": {}, "isRLSEnabled": false}},
            "enums": {}, "schemas": {}, "sequences": {}, "roles": {}, "policies": {}, "views": {}, "_meta": {"columns": {}, "schemas": {}, "tables": {}}})
        .to_string()
    }

    fn journal(entries: &[(&str, i64)]) -> String {
        let entries: Vec<_> = entries
            .iter()
            .enumerate()
            .map(|(i, (tag, when))| json!({"idx": i, "version": "7", "when": when, "tag": tag, "breakpoints": true}))
            .collect();
        json!({"version": "7", "dialect": "postgresql", "entries": entries}).to_string()
    }

    fn files(list: &[(&str, String)]) -> Vec<(String, String)> {
        list.iter().map(|(n, t)| (n.to_string(), t.clone())).collect()
    }

    const ZERO: &str = "00000000-0000-0000-0000-000000000000";

    fn run(tags: &[(&str, i64)], snapshots: &[(&str, String)], sql: &[(&str, String)]) -> Result<Vec<UpFolder>, UpError> {
        up_journal("drizzle", &journal(tags), &files(snapshots), &files(sql))
    }

    #[test]
    fn folders_are_named_after_when_and_keep_everything_but_the_index() {
        let out = run(
            &[("0000_first_one", 1_795_501_049_975), ("0001_second", 1_795_501_052_077)],
            &[("0000_snapshot.json", v7("a", ZERO)), ("0001_snapshot.json", v7("b", "a"))],
            &[("0000_first_one.sql", "SELECT 1;".into()), ("0001_second.sql", String::new())],
        )
        .unwrap();
        assert_eq!(out.iter().map(|f| f.name.as_str()).collect::<Vec<_>>(), ["20261124061729_first_one", "20261124061732_second"]);
        assert_eq!(out[0].migration_sql, "SELECT 1;");
        assert!(out[1].snapshot_json.contains("\"type\": \"diff\""));
        assert!(out[1].snapshot_json.contains("\"deltas\": []"), "same state, no deltas");
    }

    #[test]
    fn same_second_is_refused_only_when_the_child_would_sort_first() {
        let snaps = [("0000_snapshot.json", v7("a", ZERO)), ("0001_snapshot.json", v7("b", "a"))];
        let err = run(
            &[("0000_zeta", 1_795_501_049_100), ("0001_alpha", 1_795_501_049_900)],
            &snaps,
            &[("0000_zeta.sql", String::new()), ("0001_alpha.sql", String::new())],
        )
        .unwrap_err();
        assert!(matches!(err, UpError::JournalOrder { .. }), "{err}");
        let msg = err.to_string();
        assert!(msg.contains("migration 0001_alpha (20261124061729_alpha) would sort before its parent 0000_zeta"), "{msg}");
        assert!(!msg.contains('\n'));
        // drizzle-kit accepts two entries in one second when the names keep the order
        let ok = run(
            &[("0000_alpha", 1_795_501_049_100), ("0001_beta", 1_795_501_049_900)],
            &snaps,
            &[("0000_alpha.sql", String::new()), ("0001_beta.sql", String::new())],
        );
        assert!(ok.is_ok());
    }

    #[test]
    fn sql_files_are_found_by_tag_then_by_prefix() {
        let snaps = [("0000_snapshot.json", v7("a", ZERO))];
        let out = run(&[("0000_init", 1_795_501_049_975)], &snaps, &[("0000_renamed.sql", "x".into())]).unwrap();
        assert_eq!(out[0].migration_sql, "x");
        assert_eq!(out[0].sql_file, "0000_renamed.sql");
        let err = run(&[("0000_init", 1_795_501_049_975)], &snaps, &[("0000_a.sql", "x".into()), ("0000_b.sql", "y".into())]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "the journal entry 0000_init matches several SQL files (drizzle/0000_a.sql, drizzle/0000_b.sql); keep one of them, then run up again"
        );
        let err = run(&[("0000_init", 1_795_501_049_975)], &snaps, &[]).unwrap_err();
        assert!(
            err.to_string().starts_with("the journal entry 0000_init has no SQL file; it is expected at drizzle/0000_init.sql"),
            "{err}"
        );
        let err = run(&[("0001_init", 1_795_501_049_975)], &snaps, &[("0001_init.sql", String::new())]).unwrap_err();
        assert!(err.to_string().contains("it is expected at drizzle/meta/0001_snapshot.json"), "{err}");
    }

    #[test]
    fn bad_snapshots_name_the_file() {
        let tags = [("0000_init", 1_795_501_049_975)];
        let sql = [("0000_init.sql", String::new())];
        let cases = [
            (
                "{",
                "drizzle/meta/0000_snapshot.json: not valid JSON (EOF while parsing an object at line 1 column 1); restore the file from git",
            ),
            (
                r#"{"id":"a","version":"10","dialect":"postgresql"}"#,
                "drizzle/meta/0000_snapshot.json: snapshot version \"10\" is not one dbkit reads",
            ),
            (r#"{"id":"a","dialect":"postgresql"}"#, "drizzle/meta/0000_snapshot.json: snapshot version (none) is not one dbkit reads"),
            (
                r#"{"id":"a","version":"3","dialect":"pg"}"#,
                "drizzle/meta/0000_snapshot.json: snapshot version \"3\" is not one dbkit reads",
            ),
            (
                r#"{"id":"a","prevId":"","version":"5","dialect":"mysql","tables":{}}"#,
                "drizzle/meta/0000_snapshot.json: malformed snapshot: dialect is \"mysql\"",
            ),
            (
                r#"{"id":"a","prevId":"","version":"7","dialect":"postgresql","enums":{}}"#,
                "drizzle/meta/0000_snapshot.json: malformed snapshot: `tables` is missing",
            ),
            (
                r#"{"id":"a","prevIds":[],"version":"8","dialect":"postgres"}"#,
                "drizzle/meta/0000_snapshot.json: malformed snapshot: a version 8 snapshot needs `ddl` and `prevIds` arrays",
            ),
            (
                r#"{"id":"a","prevIds":[],"version":"9","dialect":"postgres","type":"diff"}"#,
                "drizzle/meta/0000_snapshot.json: malformed snapshot: a diff snapshot needs a `deltas` array;",
            ),
        ];
        for (text, want) in cases {
            let err = run(&tags, &[("0000_snapshot.json", text.to_string())], &sql).unwrap_err();
            assert!(err.to_string().starts_with(want), "{err}\nwanted {want}");
            assert!(!err.to_string().contains('\n'), "{err}");
        }
    }

    #[test]
    fn broken_histories_are_refused() {
        let sql = [("0000_a.sql", String::new()), ("0001_b.sql", String::new())];
        let tags = [("0000_a", 1_795_501_049_975), ("0001_b", 1_795_501_059_975)];
        let err = run(&tags, &[("0000_snapshot.json", v7("a", ZERO)), ("0001_snapshot.json", v7("b", "gone"))], &sql).unwrap_err();
        assert!(
            err.to_string().starts_with("a migration was deleted in the middle of the history: 0001_b follows the snapshot gone"),
            "{err}"
        );
        let err = run(&tags, &[("0000_snapshot.json", v7("a", ZERO)), ("0001_snapshot.json", v7("a", ZERO))], &sql).unwrap_err();
        assert!(matches!(err, UpError::DuplicateId { .. }), "{err}");
        let err = run(&tags, &[("0000_snapshot.json", v7("a", ZERO)), ("0001_snapshot.json", v7("b", ""))], &sql).unwrap_err();
        assert!(matches!(err, UpError::TwoFirsts { .. }), "{err}");
        let err = up_journal("drizzle", "{\"entries\":[{\"tag\":\"0000_a\"}]}", &[], &[]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "drizzle/meta/_journal.json: entry 0000_a has no `when` time; restore the journal from git, then run up again"
        );
    }

    #[test]
    fn version_9_folders_are_left_alone() {
        let base = std::fs::read_to_string(fixtures().join("v0-after-up/20261124061729_cute_shinobi_shaw/snapshot.json")).unwrap();
        let out = up_folders("drizzle", &[("20261124061729_cute_shinobi_shaw".into(), base)]).unwrap();
        assert!(out.is_empty());
    }
}
