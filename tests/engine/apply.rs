//! dbkit's SQL for every golden case, executed in order on a real PostgreSQL.
//!
//! Each case runs in one transaction that is rolled back, so roles (cluster-wide) never leak
//! between cases. `CONCURRENTLY` cannot run in a transaction, so it is dropped from the text here;
//! concurrent index builds are covered by the migrate tests. A case's `setup.sql` runs first, to
//! create what its schema declares as existing. Steps PostgreSQL rejects are listed, with the
//! reason, in `tests/cases/INVALID_SQL.md`.

use super::corpus::{cases, listed, replay};
use crate::support::TestDb;

#[test]
fn every_golden_migration_runs_on_postgres() {
    let invalid: Vec<String> = listed("INVALID_SQL.md").into_iter().map(|(k, _)| k).collect();
    let db = TestDb::new();
    let mut failures = Vec::new();
    let all = cases();
    for case in &all {
        let mut plan: Vec<(String, String)> = Vec::new();
        if let Ok(setup) = std::fs::read_to_string(case.join("setup.sql")) {
            plan.push((format!("{}/setup.sql", super::corpus::name(case)), setup));
        }
        for step in replay(case) {
            // Our own output where we have it; drizzle's where the replay failed (the golden test reports that).
            let statements = match &step.dbkit {
                Some(Ok(out)) => out.statements.clone(),
                _ => step
                    .drizzle_sql
                    .as_deref()
                    .map(|s| dbkit_core::migrations::split::split_statements(s).iter().map(|p| p.sql.to_string()).collect())
                    .unwrap_or_default(),
            };
            plan.extend(statements.into_iter().map(|s| (step.id.clone(), s.replace(" CONCURRENTLY", ""))));
        }
        let sql: Vec<&str> = plan.iter().map(|(_, s)| s.as_str()).collect();
        if let Err((index, message)) = db.try_in_rolled_back_transaction(&sql) {
            let step = &plan[index].0;
            if !invalid.contains(step) {
                failures.push(format!("{step}: {message}\n    {}", plan[index].1.trim()));
            }
        }
    }
    eprintln!("applied dbkit's SQL for {} golden cases", all.len());
    assert!(failures.is_empty(), "PostgreSQL rejected SQL not listed in tests/cases/INVALID_SQL.md:\n{}", failures.join("\n"));
}
