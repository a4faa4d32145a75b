//! What to apply: one pure function of the bookkeeping rows and the local files.
//!
//! drizzle-orm 1.0 treats a local folder as applied when its name is in the table (0.45: when
//! its `when` is not newer than the newest row, which silently skips late merges). dbkit keeps
//! 1.0's identity (names; `created_at` for 0.31 journals) and adds what the runtime leaves out:
//! an applied file whose text changed is *modified*, a row with no local file is *missing*, a
//! pending file older than an applied one is *out of order* (applied, and said).

use super::{AppliedRow, Layout, LocalMigration};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Applied,
    Pending,
    /// Applied, but the file's sha256 no longer equals the recorded hash.
    Modified,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            State::Applied => "applied",
            State::Pending => "pending",
            State::Modified => "modified",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Entry<'a> {
    pub migration: &'a LocalMigration,
    pub state: State,
    /// The bookkeeping row, for applied and modified migrations.
    pub row: Option<&'a AppliedRow>,
    /// A pending migration that sorts before one already applied (a late merge).
    pub out_of_order: bool,
}

#[derive(Debug, Clone)]
pub struct Plan<'a> {
    /// Every local migration in apply order.
    pub entries: Vec<Entry<'a>>,
    /// Rows that match no local migration (the file was deleted or renamed).
    pub missing: Vec<&'a AppliedRow>,
    /// Pairs of local migrations with the same timestamp where at least one is pending.
    pub clashes: Vec<(&'a LocalMigration, &'a LocalMigration)>,
}

impl<'a> Plan<'a> {
    pub fn pending(&self) -> impl Iterator<Item = &Entry<'a>> {
        self.entries.iter().filter(|e| e.state == State::Pending)
    }

    pub fn modified(&self) -> impl Iterator<Item = &Entry<'a>> {
        self.entries.iter().filter(|e| e.state == State::Modified)
    }

    /// Nothing pending and nothing modified.
    pub fn is_up_to_date(&self) -> bool {
        self.entries.iter().all(|e| e.state == State::Applied)
    }

    /// The problems that stop `migrate` before anything runs.
    pub fn check(&self, allow_modified: bool) -> Result<(), PlanError> {
        if let Some((a, b)) = self.clashes.first() {
            return Err(PlanError::TimestampClash { first: a.path.clone(), second: b.path.clone() });
        }
        let modified: Vec<String> = self.modified().map(|e| e.migration.path.clone()).collect();
        if !modified.is_empty() && !allow_modified {
            return Err(PlanError::Modified { paths: modified });
        }
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    #[error("{} applied migration{} changed since {} ran: {}; restore the applied text from version control (put new changes in a new migration), or pass --allow-modified to accept the edit", paths.len(), plural(paths.len()), if paths.len() == 1 { "it" } else { "they" }, paths.join(", "))]
    Modified { paths: Vec<String> },
    #[error("{first} and {second} have the same timestamp, so their order is ambiguous; rename the pending one to a later YYYYMMDDHHMMSS")]
    TimestampClash { first: String, second: String },
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Matches local migrations against the bookkeeping rows.
pub fn plan<'a>(layout: Layout, local: &'a [LocalMigration], rows: &'a [AppliedRow]) -> Plan<'a> {
    let mut used = vec![false; rows.len()];
    let mut entries = Vec::with_capacity(local.len());
    for m in local {
        let found = rows.iter().enumerate().position(|(i, row)| !used[i] && matches(layout, m, row));
        let (state, row) = match found {
            Some(i) => {
                used[i] = true;
                let state = if rows[i].hash == m.hash { State::Applied } else { State::Modified };
                (state, Some(&rows[i]))
            }
            None => (State::Pending, None),
        };
        entries.push(Entry { migration: m, state, row, out_of_order: false });
    }
    let last_applied = entries.iter().rposition(|e| e.state != State::Pending);
    for (i, e) in entries.iter_mut().enumerate() {
        e.out_of_order = e.state == State::Pending && last_applied.is_some_and(|last| i < last);
    }
    let missing = rows.iter().zip(&used).filter(|(_, used)| !**used).map(|(row, _)| row).collect();
    let mut clashes = Vec::new();
    for (i, a) in entries.iter().enumerate() {
        for b in &entries[i + 1..] {
            let either_pending = a.state == State::Pending || b.state == State::Pending;
            if either_pending && a.migration.created_at == b.migration.created_at {
                clashes.push((a.migration, b.migration));
            }
        }
    }
    Plan { entries, missing, clashes }
}

fn matches(layout: Layout, m: &LocalMigration, row: &AppliedRow) -> bool {
    let by_name = row.name.as_deref() == Some(m.record_name.as_str());
    match layout {
        Layout::Folders => by_name,
        Layout::Journal => by_name || (row.name.is_none() && row.created_at == Some(m.created_at)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::migrations::{sha256_hex, stamp::folder_millis};

    fn local(name: &str) -> LocalMigration {
        LocalMigration::new(
            name.into(),
            name.into(),
            folder_millis(name).unwrap(),
            format!("drizzle/{name}/migration.sql"),
            format!("-- {name}"),
        )
    }

    fn row(id: i32, m: &LocalMigration) -> AppliedRow {
        AppliedRow { id, hash: m.hash.clone(), created_at: Some(m.created_at), name: Some(m.name.clone()), applied_at: None }
    }

    fn states(p: &Plan) -> Vec<&'static str> {
        p.entries.iter().map(|e| e.state.as_str()).collect()
    }

    #[test]
    fn pending_is_every_unrecorded_name() {
        let l = [local("20260101000000_a"), local("20260102000000_b"), local("20260103000000_c")];
        let rows = [row(1, &l[0])];
        let p = plan(Layout::Folders, &l, &rows);
        assert_eq!(states(&p), ["applied", "pending", "pending"]);
        assert!(!p.is_up_to_date());
        assert!(p.entries.iter().all(|e| !e.out_of_order));
        assert!(p.check(false).is_ok());
    }

    #[test]
    fn a_late_merge_is_pending_and_out_of_order() {
        let l = [local("20260101000000_a"), local("20260102000000_b"), local("20260103000000_c")];
        let rows = [row(1, &l[0]), row(2, &l[2])];
        let p = plan(Layout::Folders, &l, &rows);
        assert_eq!(states(&p), ["applied", "pending", "applied"]);
        assert!(p.entries[1].out_of_order);
    }

    #[test]
    fn edited_applied_files_stop_the_run_unless_allowed() {
        let l = [local("20260101000000_a")];
        let mut r = row(1, &l[0]);
        r.hash = sha256_hex("old text");
        let rows = [r];
        let p = plan(Layout::Folders, &l, &rows);
        assert_eq!(states(&p), ["modified"]);
        let err = p.check(false).unwrap_err();
        assert_eq!(
            err.to_string(),
            "1 applied migration changed since it ran: drizzle/20260101000000_a/migration.sql; restore the applied text from version control (put new changes in a new migration), or pass --allow-modified to accept the edit"
        );
        assert!(p.check(true).is_ok());
    }

    #[test]
    fn rows_without_files_are_missing() {
        let l = [local("20260101000000_a")];
        let gone = local("20251231000000_deleted");
        let rows = [row(1, &gone), row(2, &l[0])];
        let p = plan(Layout::Folders, &l, &rows);
        assert_eq!(p.missing.iter().map(|r| r.id).collect::<Vec<_>>(), [1]);
        assert!(p.is_up_to_date());
    }

    #[test]
    fn same_second_folders_clash_only_while_one_is_pending() {
        let l = [local("20260101000000_a"), local("20260101000000_b")];
        let p = plan(Layout::Folders, &l, &[]);
        assert!(matches!(p.check(false), Err(PlanError::TimestampClash { .. })));
        let rows = [row(1, &l[0]), row(2, &l[1])];
        assert!(plan(Layout::Folders, &l, &rows).check(false).is_ok());
    }

    #[test]
    fn journal_rows_match_by_created_at() {
        let m = LocalMigration::new(
            "0000_x".into(),
            "20261124061729_x".into(),
            1_795_501_049_975,
            "drizzle/0000_x.sql".into(),
            "select 1;".into(),
        );
        let rows = [AppliedRow { id: 1, hash: m.hash.clone(), created_at: Some(1_795_501_049_975), name: None, applied_at: None }];
        let locals = [m];
        assert_eq!(states(&plan(Layout::Journal, &locals, &rows)), ["applied"]);
        assert_eq!(states(&plan(Layout::Journal, &locals, &[])), ["pending"]);
        // folder identity ignores nameless rows, as drizzle-orm 1.0 does
        assert_eq!(states(&plan(Layout::Folders, &locals, &rows)), ["pending"]);
    }
}
