//! Upgrading a drizzle-orm 0.45 bookkeeping table (`id, hash, created_at`) to the 1.0 shape.
//!
//! drizzle-orm 1.0 adds `name` and `applied_at`, then back-fills `name` by matching each row to a
//! local folder: `created_at` truncated to whole seconds must equal the folder's timestamp; when
//! several folders share that second the hash picks one; when none does, the hash alone decides.
//! A row that matches nothing stops the upgrade. dbkit follows the same rule so a database
//! upgraded by either tool ends up with the same names.

use std::collections::HashMap;

use super::{AppliedRow, LocalMigration};

/// `(row id, folder name)` for every row, or the ids of rows that match no local migration.
pub fn backfill_names(rows: &[AppliedRow], local: &[LocalMigration]) -> Result<Vec<(i32, String)>, Vec<i32>> {
    let mut by_second: HashMap<i64, Vec<&LocalMigration>> = HashMap::new();
    let mut by_hash: HashMap<&str, &LocalMigration> = HashMap::new();
    for m in local {
        by_second.entry(m.created_at).or_default().push(m);
        // drizzle-orm keeps the last local migration with a given hash
        by_hash.insert(&m.hash, m);
    }
    let mut named = Vec::with_capacity(rows.len());
    let mut unmatched = Vec::new();
    for row in rows {
        let second = row.created_at.map(|ms| ms - ms.rem_euclid(1000));
        let matched = match second.and_then(|s| by_second.get(&s)) {
            Some(candidates) if candidates.len() == 1 => Some(candidates[0]),
            Some(candidates) => candidates.iter().copied().find(|m| m.hash == row.hash),
            None => by_hash.get(row.hash.as_str()).copied(),
        };
        match matched {
            Some(m) => named.push((row.id, m.record_name.clone())),
            None => unmatched.push(row.id),
        }
    }
    if unmatched.is_empty() { Ok(named) } else { Err(unmatched) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn local(name: &str, sql: &str) -> LocalMigration {
        let at = super::super::stamp::folder_millis(name).unwrap();
        LocalMigration::new(name.into(), name.into(), at, format!("d/{name}/migration.sql"), sql.into())
    }

    fn row(id: i32, created_at: i64, sql: &str) -> AppliedRow {
        AppliedRow { id, hash: super::super::sha256_hex(sql), created_at: Some(created_at), name: None, applied_at: None }
    }

    #[test]
    fn matches_rows_by_second_like_drizzle_orm() {
        // v1/upgrade: rows at 1795501049975 and 1795501052077 became these two folders.
        let locals = [local("20261124061729_cute_shinobi_shaw", "a"), local("20261124061732_schema_b", "b")];
        let rows = [row(1, 1_795_501_049_975, "a"), row(2, 1_795_501_052_077, "b")];
        assert_eq!(
            backfill_names(&rows, &locals).unwrap(),
            vec![(1, "20261124061729_cute_shinobi_shaw".into()), (2, "20261124061732_schema_b".into())]
        );
    }

    #[test]
    fn hash_breaks_ties_and_rescues_moved_stamps() {
        let locals = [local("20261124061729_a", "a"), local("20261124061729_b", "b"), local("20261124070000_c", "c")];
        let rows = [row(1, 1_795_501_049_100, "b"), row(2, 1, "c")];
        assert_eq!(backfill_names(&rows, &locals).unwrap(), vec![(1, "20261124061729_b".into()), (2, "20261124070000_c".into())]);
    }

    #[test]
    fn unmatched_rows_are_reported() {
        let locals = [local("20261124061729_a", "a")];
        assert_eq!(backfill_names(&[row(7, 5_000, "zzz")], &locals), Err(vec![7]));
    }
}
