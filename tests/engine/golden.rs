//! dbkit's SQL and snapshots against drizzle-kit 1.0's, byte for byte, for every corpus step.
//!
//! Known, explained differences are listed in `tests/cases/MISMATCHES.md` (one
//! "- `area/case/step`: reason" per line). Any other difference fails, and so does a listed step
//! that now matches, so the list stays true.

use std::collections::BTreeMap;

use super::corpus::{cases, listed, replay};

fn first_difference(what: &str, a: &str, b: &str) -> String {
    for (i, (x, y)) in a.lines().zip(b.lines()).enumerate() {
        if x != y {
            return format!("{what} differs at line {}:\n  drizzle: {x}\n  dbkit:   {y}", i + 1);
        }
    }
    format!("{what} differs in length ({} vs {} lines)", a.lines().count(), b.lines().count())
}

#[test]
fn sql_and_snapshots_match_drizzle_kit() {
    let (mut steps, mut sql_ok, mut all_ok, mut drizzle_failed) = (0, 0, 0, 0);
    let mut failures: BTreeMap<String, String> = BTreeMap::new();
    let mut seen = Vec::new();
    let all_cases = cases();
    for case in &all_cases {
        for step in replay(case) {
            steps += 1;
            seen.push(step.id.clone());
            let problem = match &step.dbkit {
                None if step.drizzle_exit == 0 => None,
                // drizzle-kit failed on this input (a crash, or a refusal such as a duplicate name):
                // there is no output to compare; dbkit's handling of it is tested with the schema reader.
                None if step.drizzle_exit != 2 => {
                    drizzle_failed += 1;
                    continue;
                }
                None if step.questions.is_some() => match step.questions.as_ref().unwrap() {
                    Ok((theirs, ours)) if theirs.trim() == ours.trim() => None,
                    Ok((theirs, ours)) => Some(format!("open questions differ:\n--- drizzle\n{theirs}\n--- dbkit\n{ours}")),
                    Err(e) => Some(e.clone()),
                },
                None => Some(format!(
                    "drizzle exited {} and wrote nothing (open questions are checked by the generate tests)",
                    step.drizzle_exit
                )),
                Some(Err(e)) => Some(e.clone()),
                Some(Ok(out)) => {
                    let expected_sql = step.drizzle_sql.clone().unwrap_or_default();
                    let expected_snapshot = step.drizzle_snapshot.clone().unwrap_or_default();
                    let mut p = Vec::new();
                    if out.sql == expected_sql {
                        sql_ok += 1;
                    } else {
                        p.push(format!("SQL differs:\n--- drizzle\n{expected_sql}\n--- dbkit\n{}", out.sql));
                    }
                    if out.snapshot != expected_snapshot {
                        p.push(first_difference("snapshot", &expected_snapshot, &out.snapshot));
                    }
                    (!p.is_empty()).then(|| p.join("\n"))
                }
            };
            match problem {
                None => {
                    if step.dbkit.is_none() {
                        sql_ok += 1;
                    }
                    all_ok += 1;
                }
                Some(p) => {
                    failures.insert(step.id, p);
                }
            }
        }
    }
    let compared = steps - drizzle_failed;
    eprintln!(
        "golden corpus: {} cases, {steps} steps ({drizzle_failed} where drizzle-kit itself failed); of {compared} compared: SQL identical {sql_ok}, SQL and snapshot identical {all_ok}",
        all_cases.len()
    );
    let known: BTreeMap<String, String> = listed("MISMATCHES.md").into_iter().collect();
    let unexpected: Vec<_> = failures.iter().filter(|(k, _)| !known.contains_key(*k)).collect();
    let fixed: Vec<_> = known.keys().filter(|k| seen.contains(k) && !failures.contains_key(*k)).collect();
    for (k, e) in &unexpected {
        eprintln!("\n=== {k}\n{e}");
    }
    assert!(unexpected.is_empty(), "{} steps differ from drizzle-kit and are not in tests/cases/MISMATCHES.md", unexpected.len());
    assert!(fixed.is_empty(), "these steps now match drizzle-kit; remove them from tests/cases/MISMATCHES.md: {fixed:?}");
}
