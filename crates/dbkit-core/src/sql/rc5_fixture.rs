//! Replays drizzle-kit 1.0.0-rc.5's own output. Each fixture pairs the JSON statements drizzle's
//! `ddlDiff` produced with the SQL its convertor rendered for them; each statement is turned into
//! our [`Change`] and must render to the same strings.
//!
//! - `testdata/corpus_statements.json`: every distinct statement behind the golden corpus
//!   (`tests/cases/*/*/expected/s*/migration.sql`, real CLI output), rebuilt by
//!   `testdata/gen_corpus.cjs`, which keeps a step only when drizzle's statements render to that
//!   migration.sql byte for byte.
//! - `testdata/rc5_statements.json`: hand-made DDL states (`testdata/gen_rc5.cjs`) reaching the
//!   statement kinds and options the corpus does not (roles, privileges, policies, views, …).

use serde_json::{Map, Value};

use crate::diff::Change;
use crate::diff::drizzle_json::{change_of as change, strings};

const RC5: &str = include_str!("testdata/rc5_statements.json");
const CORPUS: &str = include_str!("testdata/corpus_statements.json");

fn obj(v: &Value) -> &Map<String, Value> {
    v.as_object().unwrap_or_else(|| panic!("not an object: {v}"))
}

/// Every statement type drizzle-kit 1.0's postgres convertor knows, one per [`Change`] variant.
const ALL_TYPES: [&str; 58] = [
    "create_schema",
    "drop_schema",
    "rename_schema",
    "create_enum",
    "drop_enum",
    "move_enum",
    "rename_enum",
    "alter_enum",
    "recreate_enum",
    "create_sequence",
    "drop_sequence",
    "move_sequence",
    "rename_sequence",
    "alter_sequence",
    "create_role",
    "drop_role",
    "rename_role",
    "alter_role",
    "grant_privilege",
    "revoke_privilege",
    "regrant_privilege",
    "create_table",
    "drop_table",
    "rename_table",
    "move_table",
    "alter_rls",
    "add_column",
    "drop_column",
    "rename_column",
    "recreate_column",
    "alter_column",
    "create_index",
    "drop_index",
    "rename_index",
    "recreate_index",
    "add_pk",
    "drop_pk",
    "alter_pk",
    "rename_constraint",
    "create_fk",
    "drop_fk",
    "recreate_fk",
    "add_check",
    "drop_check",
    "alter_check",
    "add_unique",
    "drop_unique",
    "alter_unique",
    "create_policy",
    "drop_policy",
    "rename_policy",
    "alter_policy",
    "recreate_policy",
    "create_view",
    "drop_view",
    "rename_view",
    "move_view",
    "alter_view",
];

/// `(where it came from, the statement, drizzle's SQL)` of both fixtures.
fn statements() -> Vec<(String, Value, Vec<String>)> {
    let mut out = Vec::new();
    let rc5: Value = serde_json::from_str(RC5).expect("rc5 fixture is JSON");
    for (case, groups) in obj(&rc5) {
        for g in groups.as_array().unwrap() {
            out.push((format!("testdata case {case}"), g["st"].clone(), strings(&g["sql"])));
        }
    }
    let corpus: Value = serde_json::from_str(CORPUS).expect("corpus fixture is JSON");
    for g in corpus.as_array().unwrap() {
        out.push((format!("tests/cases/{}", g["case"].as_str().unwrap()), g["st"].clone(), strings(&g["sql"])));
    }
    out
}

/// Statements where dbkit writes SQL that works and drizzle-kit's fails on PostgreSQL: the golden
/// cases listed in tests/cases/MISMATCHES.md, and hand-made fixtures with the same cause.
fn known_divergences() -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/cases/MISMATCHES.md");
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let mut out: Vec<String> = text
        .lines()
        .filter_map(|l| l.strip_prefix("- `"))
        .filter_map(|l| l.split_once('`'))
        .map(|(k, _)| format!("tests/cases/{k}"))
        .collect();
    // an identity added to a nullable column: dbkit sets NOT NULL first
    out.push("testdata case alter_columns_identity".into());
    out
}

#[test]
fn every_statement_renders_like_drizzle() {
    let all = statements();
    let known = known_divergences();
    let mut failures = Vec::new();
    for (source, st, want) in all.iter().filter(|(source, _, _)| !known.contains(source)) {
        let got = super::render_change(&change(st));
        if &got != want {
            failures.push(format!("{source} / {}:\n  want {want:?}\n  got  {got:?}", st["type"]));
        }
    }
    assert!(failures.is_empty(), "{} of {} statements differ:\n{}", failures.len(), all.len(), failures.join("\n"));
}

#[test]
fn grouped_and_flat_rendering_agree_with_drizzle() {
    let rc5: Value = serde_json::from_str(RC5).unwrap();
    let known = known_divergences();
    for (case, groups) in obj(&rc5).iter().filter(|(case, _)| !known.contains(&format!("testdata case {case}"))) {
        let groups = groups.as_array().unwrap();
        let changes: Vec<Change> = groups.iter().map(|g| change(&g["st"])).collect();
        let expected: Vec<Vec<String>> = groups.iter().map(|g| strings(&g["sql"])).collect();
        assert_eq!(super::render_grouped(&changes), expected, "{case}");
        assert_eq!(super::render(&changes), expected.concat(), "{case}");
    }
}

#[test]
fn the_fixtures_cover_every_change_variant() {
    let mut seen: Vec<&'static str> = Vec::new();
    for (source, st, _) in statements() {
        let c = change(&st);
        assert_eq!(c.statement_type(), st["type"].as_str().unwrap(), "{source}: statement_type");
        seen.push(c.statement_type());
    }
    let missing: Vec<&str> = ALL_TYPES.iter().copied().filter(|t| !seen.contains(t)).collect();
    assert!(missing.is_empty(), "no drizzle output for {missing:?}");
}
