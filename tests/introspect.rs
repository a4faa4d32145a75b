//! dbkit's introspection against drizzle-kit 1.0's `pull`, byte for byte, on real databases.
//!
//! Each `tests/pull_cases/<case>/schema.sql` is applied to a fresh database; `introspect` (with the
//! case's `config.json` filters, as the role it names) must produce exactly the `ddl` array of the
//! snapshot drizzle-kit wrote for it (`scripts/capture-pull.sh`). Known, explained differences are
//! listed in `tests/pull_cases/MISMATCHES.md` ("- `case`: reason"); any other difference fails, and
//! so does a listed case that now matches, so the list stays true.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use dbkit_core::model::js::to_pretty;
use dbkit_pg::introspect::{Counts, Filters, IntrospectError, Introspected, MigrationsTable, RolesFilter, introspect};
use serde_json::Value;

use crate::support::{TestDb, server};

pub(crate) fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pull_cases")
}

pub(crate) fn cases() -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> =
        std::fs::read_dir(root()).unwrap().flatten().map(|e| e.path()).filter(|p| p.join("schema.sql").is_file()).collect();
    out.sort();
    out
}

fn listed() -> BTreeMap<String, String> {
    crate::support::listed(&root().join("MISMATCHES.md")).into_iter().collect()
}

fn strings(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(a)) => a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect(),
        _ => Vec::new(),
    }
}

/// The case's drizzle.config.ts keys as dbkit filters, and the role to connect as.
pub(crate) fn config(case: &Path) -> (Filters, Option<(String, String)>) {
    let config: Value = std::fs::read_to_string(case.join("config.json")).map(|t| serde_json::from_str(&t).unwrap()).unwrap_or(Value::Null);
    let roles = match config.pointer("/entities/roles") {
        Some(Value::Bool(true)) => RolesFilter::All,
        Some(Value::Object(o)) => RolesFilter::Listed {
            provider: o.get("provider").and_then(Value::as_str).map(str::to_string),
            include: strings(o.get("include")),
            exclude: strings(o.get("exclude")),
        },
        _ => RolesFilter::Off,
    };
    let defaults = MigrationsTable::default();
    let migrations = MigrationsTable {
        schema: config.pointer("/migrations/schema").and_then(Value::as_str).map_or(defaults.schema, str::to_string),
        table: config.pointer("/migrations/table").and_then(Value::as_str).map_or(defaults.table, str::to_string),
    };
    let filters = Filters {
        schemas: strings(config.get("schemaFilter")),
        tables: strings(config.get("tablesFilter")),
        extensions: strings(config.get("extensionsFilters")),
        roles,
        migrations,
    };
    let role =
        config.get("connectAs").map(|c| (c["user"].as_str().unwrap().to_string(), c["password"].as_str().unwrap_or_default().to_string()));
    (filters, role)
}

/// Splits a SQL script into statements as psql does (`;` outside quotes, dollar quotes and
/// comments), so each runs in its own transaction: `ALTER TYPE … ADD VALUE` must commit before
/// the new label is used.
fn statements(script: &str) -> Vec<String> {
    let b = script.as_bytes();
    let (mut out, mut start, mut i) = (Vec::new(), 0, 0);
    while i < b.len() {
        match b[i] {
            b'\'' | b'"' => {
                let q = b[i];
                i += 1;
                while i < b.len() && b[i] != q {
                    i += 1;
                }
            }
            b'-' if b.get(i + 1) == Some(&b'-') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < b.len() && !(b[i] == b'*' && b[i + 1] == b'/') {
                    i += 1;
                }
                i += 1;
            }
            b'$' => {
                let tag_end = script[i + 1..].find(|c: char| !(c.is_alphanumeric() || c == '_')).map(|e| i + 1 + e);
                if let Some(e) = tag_end.filter(|&e| b[e] == b'$') {
                    let tag = &script[i..=e];
                    match script[e + 1..].find(tag) {
                        Some(close) => i = e + 1 + close + tag.len() - 1,
                        None => i = b.len(),
                    }
                }
            }
            b';' => {
                out.push(script[start..=i].to_string());
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    out.push(script[start.min(script.len())..].to_string());
    out.retain(|s| s.lines().any(|l| !l.trim().is_empty() && !l.trim_start().starts_with("--")));
    out
}

pub(crate) fn apply(db: &TestDb, script: &str) {
    try_apply(db, script).unwrap_or_else(|e| panic!("{e}"));
}

/// [`apply`], the first failing statement as an error (`statement: message`).
pub(crate) fn try_apply(db: &TestDb, script: &str) -> Result<(), String> {
    runtime().block_on(async {
        let client = dbkit_pg::connect::connect(&server().options(&db.name)).await.expect("connect");
        for statement in statements(script) {
            client
                .batch_execute(&statement)
                .await
                .map_err(|e| format!("{statement}: {}", e.as_db_error().map_or(e.to_string(), |d| d.message().to_string())))?;
        }
        Ok(())
    })
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap()
}

/// Runs `introspect` on `db`, as `role` when given.
pub(crate) fn pull(db: &TestDb, filters: &Filters, role: Option<&(String, String)>) -> Result<Introspected, IntrospectError> {
    let mut options = server().options(&db.name);
    if let Some((user, password)) = role {
        options.user = user.clone();
        options.password = Some(password.clone());
    }
    runtime().block_on(async {
        let client = dbkit_pg::connect::connect(&options).await.expect("connect");
        let mut seen = Vec::new();
        let result = introspect(&client, filters, &mut |c: &Counts| seen.push(*c)).await;
        if let Ok(r) = &result {
            assert_eq!(seen.last(), Some(&r.counts), "the last progress report is the final count");
        }
        result
    })
}

fn first_difference(expected: &str, actual: &str) -> String {
    for (i, (x, y)) in expected.lines().zip(actual.lines()).enumerate() {
        if x != y {
            return format!("ddl differs at line {}:\n  drizzle: {x}\n  dbkit:   {y}", i + 1);
        }
    }
    format!("ddl differs in length ({} vs {} lines)", expected.lines().count(), actual.lines().count())
}

/// drizzle-kit orders columns by position alone, and PostgreSQL leaves columns of different tables
/// at the same position in an order that depends on its plan (catalog statistics change it from
/// run to run); dbkit breaks the tie by name. Compared here: each table's columns in position
/// order, tables in name order; every other row in the order written.
fn tables_then_positions(mut rows: Vec<Value>) -> Vec<Value> {
    let start = rows.iter().position(|r| r["entityType"] == "columns").unwrap_or(rows.len());
    let end = start + rows[start..].iter().take_while(|r| r["entityType"] == "columns").count();
    rows[start..end].sort_by(|a, b| (a["schema"].as_str(), a["table"].as_str()).cmp(&(b["schema"].as_str(), b["table"].as_str())));
    rows
}

#[test]
fn pull_matches_drizzle_kit() {
    let listed = listed();
    let mut failures: BTreeMap<String, String> = BTreeMap::new();
    let (mut matched, mut compared, mut drizzle_failed) = (0, 0, 0);
    let all = cases();
    for case in &all {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let exit = std::fs::read_to_string(case.join("expected/exit")).unwrap_or_else(|_| panic!("{name}: run scripts/capture-pull.sh"));
        let db = TestDb::new();
        apply(&db, &std::fs::read_to_string(case.join("schema.sql")).unwrap());
        let (filters, role) = config(case);
        let ours = match pull(&db, &filters, role.as_ref()) {
            Ok(r) => r,
            Err(e) => {
                failures.insert(name, format!("introspect failed: {e}"));
                continue;
            }
        };
        let problem = if exit.trim() == "0" && !ours.skipped.is_empty() {
            Some(format!("dbkit skipped something drizzle-kit read: {:?}", ours.skipped))
        } else if exit.trim() != "0" {
            // drizzle-kit failed on this database; dbkit must not, and the list must say why.
            drizzle_failed += 1;
            (!listed.contains_key(&name)).then(|| format!("drizzle-kit exited {} but the case is not in MISMATCHES.md", exit.trim()))
        } else {
            compared += 1;
            let snapshot: Value = serde_json::from_str(&std::fs::read_to_string(case.join("expected/snapshot.json")).unwrap()).unwrap();
            let expected = to_pretty(&Value::Array(tables_then_positions(snapshot["ddl"].as_array().unwrap().clone())));
            let actual = to_pretty(&Value::Array(tables_then_positions(ours.ddl.to_json_rows())));
            // DBKIT_PULL_DUMP=<dir> keeps dbkit's rows per case, to review a difference.
            if let Ok(dir) = std::env::var("DBKIT_PULL_DUMP") {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(Path::new(&dir).join(format!("{name}.json")), &actual).unwrap();
            }
            match (expected == actual, listed.contains_key(&name)) {
                (true, false) => {
                    matched += 1;
                    None
                }
                (true, true) => Some("matches drizzle-kit now: remove it from MISMATCHES.md".to_string()),
                (false, true) => None,
                (false, false) => Some(first_difference(&expected, &actual)),
            }
        };
        if let Some(p) = problem {
            failures.insert(name, p);
        }
    }
    eprintln!(
        "pull corpus: {} cases; drizzle-kit failed on {drizzle_failed}; of {compared} compared, {matched} identical byte for byte",
        all.len()
    );
    for name in listed.keys() {
        if !all.iter().any(|c| c.file_name().unwrap().to_string_lossy() == name.as_str()) {
            failures.insert(name.clone(), "listed in MISMATCHES.md but there is no such case".into());
        }
    }
    assert!(
        failures.is_empty(),
        "{} case(s) differ:\n{}",
        failures.len(),
        failures.iter().map(|(k, v)| format!("- {k}: {v}")).collect::<Vec<_>>().join("\n")
    );
}

/// The number of statements does not grow with the schema, and all are sent at once.
#[test]
fn a_fixed_number_of_statements() {
    let db = TestDb::new();
    apply(&db, &std::fs::read_to_string(root().join("generated-30/schema.sql")).unwrap());
    let r = pull(&db, &Filters::default(), None).unwrap();
    assert_eq!(r.statements, 10);
    assert_eq!(r.counts.tables, 30);
    let with_roles = Filters { roles: RolesFilter::All, ..Filters::default() };
    assert_eq!(pull(&db, &with_roles, None).unwrap().statements, 11);
}

/// A catalog the role may not read: policies are skipped and said so (drizzle-kit fails the whole
/// pull with "permission denied for view pg_policies").
#[test]
fn unreadable_policies_are_skipped_not_fatal() {
    let case = root().join("permissions-catalog");
    let db = TestDb::new();
    apply(&db, &std::fs::read_to_string(case.join("schema.sql")).unwrap());
    let (filters, role) = config(&case);
    let r = pull(&db, &filters, role.as_ref()).unwrap();
    assert_eq!(r.skipped.len(), 1, "{:?}", r.skipped);
    assert!(r.skipped[0].starts_with("row-level security policies: permission denied"), "{}", r.skipped[0]);
    assert_eq!(r.ddl.tables.len(), 1);
    assert!(r.ddl.tables.iter().next().unwrap().is_rls_enabled);
    assert_eq!(r.ddl.policies.len(), 0);
}

/// Names holding a single quote (drizzle-kit's pull fails on them with a syntax error).
#[test]
fn names_with_quotes_are_pulled() {
    let db = TestDb::new();
    apply(&db, &std::fs::read_to_string(root().join("fix-quote-in-schema-name/schema.sql")).unwrap());
    let r = pull(&db, &Filters::default(), None).unwrap();
    assert!(r.skipped.is_empty(), "{:?}", r.skipped);
    let rows: Vec<String> = r.ddl.to_json_rows().iter().map(|v| serde_json::to_string(v).unwrap()).collect();
    assert_eq!(
        rows[..3],
        [
            r#"{"name":"it's","entityType":"schemas"}"#,
            r#"{"schema":"it's","name":"o'neil","isRlsEnabled":false,"entityType":"tables"}"#,
            r#"{"schema":"public","name":"plain","isRlsEnabled":false,"entityType":"tables"}"#,
        ]
    );
    assert!(rows.contains(
        &r#"{"schema":"it's","table":"o'neil","name":"o'neil_pkey","columns":["id"],"nameExplicit":true,"entityType":"pks"}"#.to_string()
    ));
    assert!(
        rows.iter()
            .any(|r| r.contains(r#""name":"it's","type":"text","typeSchema":null,"notNull":false,"dimensions":0,"default":"'it''s'""#))
    );
}

/// Without the catalogs pull cannot do without, the error is one line that says what to do.
#[test]
fn unreadable_columns_are_a_one_line_error() {
    let db = TestDb::new();
    db.execute(
        "do $$ begin if not exists (select from pg_roles where rolname = 'pull_nocolumns') then
            create role pull_nocolumns login password 'nocolumns-pw'; end if; end $$;
         create table t (id integer);
         revoke select on pg_catalog.pg_attribute from public;",
    );
    let role = ("pull_nocolumns".to_string(), "nocolumns-pw".to_string());
    let err = pull(&db, &Filters::default(), Some(&role)).unwrap_err().to_string();
    assert!(!err.contains('\n'), "{err}");
    assert!(err.starts_with("permission denied reading columns (permission denied for table pg_attribute"), "{err}");
    assert!(err.contains("connect as the database owner"), "{err}");
}

/// What views read, for ordering their creation and drops.
#[test]
fn view_dependencies_name_relations_and_columns() {
    let db = TestDb::new();
    apply(&db, &std::fs::read_to_string(root().join("views/schema.sql")).unwrap());
    let r = pull(&db, &Filters::default(), None).unwrap();
    let deps: Vec<String> = r
        .view_dependencies
        .iter()
        .filter(|d| d.view == "top_authors" || d.view == "active_users")
        .map(|d| format!("{}.{} -> {}.{} ({}) {:?}", d.schema, d.view, d.on_schema, d.on_name, d.on_kind, d.columns))
        .collect();
    assert_eq!(
        deps,
        [
            r#"public.active_users -> public.users (r) ["id", "name", "email", "active"]"#,
            r#"reports.top_authors -> public.user_posts (v) ["user_id", "post_count"]"#,
        ]
    );
    let quoted: Vec<(String, String)> =
        r.view_columns.iter().filter(|c| c.view == "Quoted View").map(|c| (c.name.clone(), c.type_.clone())).collect();
    assert_eq!(
        quoted,
        [
            ("one".to_string(), "integer".to_string()),
            ("Two".into(), "text".into()),
            ("nums".into(), "integer[]".into()),
            ("amount".into(), "numeric(10, 2)".into()),
            ("ts".into(), "timestamp(3)".into()),
        ]
    );
}

/// Speed, reported not asserted: `DBKIT_PULL_BENCH_SQL=<schema.sql> cargo test --release --test tests
/// introspect::speed -- --ignored --nocapture` (e.g. the 1,000 tables of
/// `python3 ../shared/peer/gen_schema.py schema --tables 1000 --out DIR`).
#[test]
#[ignore]
fn speed() {
    let Ok(path) = std::env::var("DBKIT_PULL_BENCH_SQL") else { return };
    let db = TestDb::new();
    let t = std::time::Instant::now();
    apply(&db, &std::fs::read_to_string(path).unwrap());
    eprintln!("applied the schema in {:?}", t.elapsed());
    runtime().block_on(async {
        let client = dbkit_pg::connect::connect(&server().options(&db.name)).await.expect("connect");
        for run in 1..=5 {
            let t = std::time::Instant::now();
            let r = introspect(&client, &Filters::default(), &mut |_: &Counts| {}).await.unwrap();
            eprintln!(
                "run {run}: introspect {:?}, {} statements, {} tables, {} columns, {} indexes, {} fks, {} ddl rows",
                t.elapsed(),
                r.statements,
                r.counts.tables,
                r.counts.columns,
                r.counts.indexes,
                r.counts.fks,
                r.ddl.len()
            );
        }
    });
}
