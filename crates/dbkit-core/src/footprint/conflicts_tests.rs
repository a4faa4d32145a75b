//! Conflict detection checked against drizzle-kit 1.0.0-rc.5: folders built with its `generate`
//! and judged by its `check` (`testdata/check/`), random graphs judged by its check code
//! (`testdata/conflicts.json`), and small hand-made histories that show the rules.

use serde_json::{Value, json};

use super::*;
use crate::footprint::ConflictTarget;
use crate::snapshot::history::Entry;
use crate::snapshot::{History, Snapshot};

fn testdata(name: &str) -> String {
    format!("{}/src/footprint/testdata/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn drizzle_path(folder: &str) -> String {
    format!("drizzle/{folder}")
}

/// drizzle's own wording: what `drizzle-kit check` prints for the same report.
fn render(report: &ConflictReport) -> String {
    report.text("drizzle", "drizzle-kit")
}

/// `meta` of drizzle's error without `code` (the binary's envelope adds it).
fn meta_of(error: &Value) -> String {
    let mut error = error.as_object().unwrap().clone();
    error.shift_remove("code");
    serde_json::to_string(&error).unwrap()
}

#[test]
fn folders_captured_with_drizzle_check() {
    let root = testdata("check");
    let mut cases: Vec<_> = std::fs::read_dir(&root).unwrap().flatten().map(|e| e.path()).collect();
    cases.sort();
    assert!(cases.len() >= 7);
    for case in cases {
        let name = case.file_name().unwrap().to_string_lossy().to_string();
        let mut entries = Vec::new();
        for folder in std::fs::read_dir(case.join("drizzle")).unwrap().flatten() {
            let path = folder.path().join("snapshot.json");
            let snapshot = Snapshot::parse(&path.to_string_lossy(), &std::fs::read_to_string(&path).unwrap()).unwrap();
            entries.push(Entry { folder: folder.file_name().to_string_lossy().into(), snapshot });
        }
        let report = check_conflicts(&History::new(entries).unwrap());
        let exit = std::fs::read_to_string(case.join("exit")).unwrap();
        let printed: Value = serde_json::from_str(&std::fs::read_to_string(case.join("check.json")).unwrap()).unwrap();
        if exit.trim() == "0" {
            assert!(!report.has_conflicts() && report.fix.is_none(), "{name}: {report:?}");
            continue;
        }
        assert_eq!(serde_json::to_string(&report.error_meta(&drizzle_path)).unwrap(), meta_of(&printed["error"]), "{name}");
        let text = std::fs::read_to_string(case.join("check.txt")).unwrap();
        assert_eq!(format!("{}\n", render(&report)), text, "{name}");
    }
}

fn history_of(nodes: &[Value]) -> History {
    let entries = nodes
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let body = if i == 0 {
                json!({"ddl": []})
            } else if n["custom"].as_bool().unwrap_or(false) {
                json!({"deltas": []})
            } else {
                json!({"deltas": [{"op": "drop", "key": "tables\u{0}[\"public\",\"x\"]"}]})
            };
            let mut v = json!({
                "type": if i == 0 { "base" } else { "diff" },
                "version": "9",
                "dialect": "postgres",
                "id": n["id"],
                "prevIds": n["prevIds"],
                "footprints": n["footprints"],
            });
            v.as_object_mut().unwrap().extend(body.as_object().unwrap().clone());
            let folder = n["folder"].as_str().unwrap().to_string();
            Entry { snapshot: Snapshot::from_value(&folder, v).unwrap(), folder }
        })
        .collect();
    History::new(entries).unwrap()
}

#[test]
fn random_graphs_match_drizzle_check() {
    let cases: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(testdata("conflicts.json")).unwrap()).unwrap();
    let mut with_conflicts = 0;
    for case in &cases {
        let report = check_conflicts(&history_of(case["snapshots"].as_array().unwrap()));
        let result = &case["result"];
        let n = &case["case"];
        assert_eq!(json!(report.leaf_ids), result["leafNodes"], "case {n}");
        match result.get("meta") {
            None => assert!(report.fix.is_none() && !report.has_conflicts(), "case {n}: {report:?}"),
            Some(meta) => {
                with_conflicts += 1;
                assert_eq!(
                    serde_json::to_string(&report.error_meta(&drizzle_path)).unwrap(),
                    serde_json::to_string(meta).unwrap(),
                    "case {n}"
                );
                assert_eq!(render(&report), result["text"].as_str().unwrap(), "case {n}");
            }
        }
    }
    assert!(with_conflicts > 40, "{with_conflicts}");
}

// Hand-made histories: `(folder, id, parents, footprints)`; the first is the base.

fn fp(ty: &str, target: &[&str], writes: &[&str], reads: &[&str]) -> Value {
    json!({"statementType": ty, "statementTarget": target, "writes": writes, "reads": reads})
}

fn graph(nodes: &[(&str, &str, &[&str], Vec<Value>)]) -> History {
    let nodes: Vec<Value> = nodes
        .iter()
        .map(|(folder, id, parents, fps)| {
            let prev: Vec<&str> = if parents.is_empty() { vec![crate::snapshot::ORIGIN_ID] } else { parents.to_vec() };
            json!({"folder": folder, "id": id, "prevIds": prev, "footprints": fps})
        })
        .collect();
    history_of(&nodes)
}

fn add_email() -> Value {
    fp(
        "add_column",
        &["column", "public", "users", "email"],
        &["s|col|public.users.email", "n|col|public.users.email", "e|col|public.users.email"],
        &["n|tbl|public.users", "n|sch|public"],
    )
}

fn alter_name(hash: &str) -> Value {
    let mut v = fp(
        "alter_column",
        &["column", "public", "users", "name"],
        &["s|colprop|public.users.name.type", "s|colprop|public.users.name.default"],
        &["n|tbl|public.users", "n|sch|public", "n|col|public.users.name"],
    );
    v["sqlHash"] = hash.into();
    v
}

#[test]
fn branches_on_different_objects_commute() {
    let body = fp(
        "add_column",
        &["column", "public", "posts", "body"],
        &["s|col|public.posts.body", "n|col|public.posts.body", "e|col|public.posts.body"],
        &["n|tbl|public.posts", "n|sch|public"],
    );
    let h = graph(&[("1_init", "i", &[], vec![]), ("2_a", "a", &["i"], vec![add_email()]), ("3_b", "b", &["i"], vec![body])]);
    let report = check_conflicts(&h);
    assert!(!report.has_conflicts());
    assert_eq!(report.leaf_ids, ["a", "b"]);
    assert_eq!(report.fix, None);
}

#[test]
fn the_same_column_added_twice_conflicts() {
    let h = graph(&[("1_init", "i", &[], vec![]), ("2_a", "a", &["i"], vec![add_email()]), ("3_b", "b", &["i"], vec![add_email()])]);
    let report = check_conflicts(&h);
    let [c] = &report.conflicts[..] else { panic!("{report:?}") };
    assert_eq!((c.parent_id.as_str(), c.parent_folder.as_deref()), ("i", Some("1_init")));
    assert_eq!(c.branch_a.statement_description, "add_column: email on users table (2_a)");
    assert_eq!(c.branch_b.source, MigrationRef { id: "b".into(), folder: "3_b".into() });
    assert_eq!(
        c.branch_a.target,
        ConflictTarget { kind: "column".into(), schema: Some("public".into()), table: Some("users".into()), name: "email".into() }
    );
    assert_eq!(report.fix, Some(ConflictFix { migrations: vec!["2_a".into(), "3_b".into()], custom_migrations: vec![] }));
}

#[test]
fn the_very_same_idempotent_change_does_not_conflict_but_a_different_one_does() {
    let same = graph(&[
        ("1_init", "i", &[], vec![]),
        ("2_a", "a", &["i"], vec![alter_name("00aa")]),
        ("3_b", "b", &["i"], vec![alter_name("00aa")]),
    ]);
    assert!(!check_conflicts(&same).has_conflicts());
    let different = graph(&[
        ("1_init", "i", &[], vec![]),
        ("2_a", "a", &["i"], vec![alter_name("00aa")]),
        ("3_b", "b", &["i"], vec![alter_name("00bb")]),
    ]);
    assert_eq!(check_conflicts(&different).conflicts.len(), 1);
}

#[test]
fn taking_away_a_uniqueness_conflicts_with_a_foreign_key_that_needs_it() {
    let mut drop_unique = fp(
        "drop_unique",
        &["table", "public", "p"],
        &["s|uq|public.p.p_code_key", "n|uq|public.p.p_code_key", "e|uq|public.p.p_code_key"],
        &["n|tbl|public.p"],
    );
    drop_unique["sharedWrites"] = json!(["e|uniqueness|public.p.code"]);
    let create_fk = fp(
        "create_fk",
        &["table", "public", "c"],
        &["s|fk|public.c.c_fk", "n|fk|public.c.c_fk", "e|fk|public.c.c_fk"],
        &["n|tbl|public.c", "e|uniqueness|public.p.code"],
    );
    let h = graph(&[("1_init", "i", &[], vec![]), ("2_a", "a", &["i"], vec![create_fk]), ("3_b", "b", &["i"], vec![drop_unique])]);
    let report = check_conflicts(&h);
    let [c] = &report.conflicts[..] else { panic!("{report:?}") };
    // Found from the dropping side, reported on each leaf's own side.
    assert_eq!((c.branch_a.action.as_str(), c.branch_b.action.as_str()), ("create_fk", "drop_unique"));
    assert_eq!(c.branch_b.statement_description, "drop_unique on p table (3_b)");
}

#[test]
fn the_fork_of_criss_cross_merges_is_the_ancestor_with_the_longest_history() {
    let h = graph(&[
        ("1_init", "i", &[], vec![]),
        ("2_a", "a", &["i"], vec![]),
        ("3_b", "b", &["i"], vec![]),
        ("4_m1", "m1", &["a", "b"], vec![add_email()]),
        ("5_m2", "m2", &["b", "a"], vec![add_email()]),
    ]);
    let report = check_conflicts(&h);
    // a and b tie; drizzle takes the first in the order it discovered m1's ancestors (b before a).
    assert_eq!(report.conflicts[0].parent_id, "b");
    assert_eq!(report.conflicts[0].branch_a.chain, [MigrationRef { id: "m1".into(), folder: "4_m1".into() }]);
}

#[test]
fn numeric_ids_come_first_like_javascript_object_keys() {
    let h = graph(&[
        ("1_init", "i", &[], vec![]),
        ("2_a", "x", &["i"], vec![add_email()]),
        ("3_b", "12", &["i"], vec![add_email()]),
        ("4_c", "3", &["i"], vec![]),
    ]);
    let report = check_conflicts(&h);
    assert_eq!(report.leaf_ids, ["3", "12", "x"]);
    assert_eq!(report.conflicts[0].branch_a.source.id, "12");
}

#[test]
fn malformed_footprints_are_refused_when_the_snapshot_is_read() {
    let mut bad = add_email();
    bad["statementTarget"] = json!(["column"]);
    let doc =
        json!({"type": "diff", "version": "9", "dialect": "postgres", "id": "a", "prevIds": ["i"], "footprints": [bad], "deltas": []});
    let err = Snapshot::from_value("2_a/snapshot.json", doc.clone()).unwrap_err();
    assert!(err.to_string().starts_with("2_a/snapshot.json: malformed snapshot: footprint 0: statementTarget"), "{err}");
    let err = Snapshot::parse("2_a/snapshot.json", &doc.to_string()).unwrap_err();
    assert!(err.to_string().starts_with("2_a/snapshot.json: malformed snapshot: footprint 0: statementTarget"), "{err}");
    bad["surprise"] = json!(1);
    let doc =
        json!({"type": "diff", "version": "9", "dialect": "postgres", "id": "a", "prevIds": ["i"], "footprints": [bad], "deltas": []});
    let err = Snapshot::parse("2_a/snapshot.json", &doc.to_string()).unwrap_err();
    assert!(err.to_string().contains("unknown field `surprise`"), "{err}");
}
