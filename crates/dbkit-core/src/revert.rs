//! The down migration of an applied folder, computed from the folder's own snapshots: the
//! engine diffs the migration's state back to its parent's and renders it with the same rules.
//!
//! drizzle-kit has no revert. dbkit computes one only where it can be sure it undoes what ran:
//! the folder's `migration.sql` must be exactly what the engine renders for the step (so a
//! `--custom` or hand-edited file stops the revert, asking for `down.sql`), the step has one
//! parent (not a merge), and it renamed nothing (a rename's reverse is not re-asked; write
//! `down.sql`). Nothing is guessed.

use crate::diff::{Change, CreateAll, DiffError, Mode, diff};
use crate::model::Ddl;
use crate::snapshot::history::{History, HistoryError};
use crate::snapshot::{Body, Delta, ORIGIN_ID};
use crate::sql::{migration_text, render};

#[derive(Debug, thiserror::Error)]
pub enum RevertError {
    #[error("{folder}: no snapshot.json, so its down migration cannot be computed; write {folder}/down.sql")]
    NoSnapshot { folder: String },
    #[error(
        "{folder}: its migration.sql is not what its snapshot describes (custom SQL or edited by hand), so dbkit cannot compute its undo; write {folder}/down.sql with the SQL that undoes it"
    )]
    Custom { folder: String },
    #[error("{folder}: a merge of {parents} branches; write {folder}/down.sql with the SQL that undoes it")]
    Merge { folder: String, parents: usize },
    #[error("{folder}: renames {what}; dbkit does not compute the undo of a rename yet: write {folder}/down.sql")]
    Rename { folder: String, what: String },
    #[error(transparent)]
    History(#[from] HistoryError),
    #[error("{folder}: {source}")]
    Diff { folder: String, source: Box<DiffError> },
}

/// How an applied migration can be undone, as `status` shows it: a cheap look at the folder
/// (its `down.sql`, its snapshot's parents and renames, the `--custom` marker); `revert` still
/// checks that the file is what the snapshot describes before computing anything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Revertible {
    DownSql,
    Computed,
    Needs(&'static str),
}

impl Revertible {
    pub fn describe(&self) -> String {
        match self {
            Revertible::DownSql => "down.sql".into(),
            Revertible::Computed => "computed".into(),
            Revertible::Needs(why) => format!("needs down.sql ({why})"),
        }
    }
}

/// drizzle-kit's first line of a `--custom` migration.
const CUSTOM_MARKER: &str = "-- Custom SQL migration file";

pub fn revertible(history: &History, folder: &str, has_down_sql: bool, migration_sql: &str) -> Revertible {
    if has_down_sql {
        return Revertible::DownSql;
    }
    let Some(entry) = history.entries().iter().find(|e| e.folder == folder) else { return Revertible::Needs("no snapshot") };
    if entry.snapshot.prev_ids.len() > 1 {
        return Revertible::Needs("a merge");
    }
    if let Body::Diff { deltas } = &entry.snapshot.body
        && deltas.iter().any(|d| matches!(d, Delta::Rename { .. }))
    {
        return Revertible::Needs("renames");
    }
    if migration_sql.starts_with(CUSTOM_MARKER) {
        return Revertible::Needs("custom SQL");
    }
    Revertible::Computed
}

/// A computed down migration: the changes (for the data-loss probes) and their statements.
#[derive(Debug)]
pub struct Down {
    pub changes: Vec<Change>,
    pub statements: Vec<String>,
}

/// The down migration of `folder`, whose applied file text is `migration_sql`.
pub fn computed_down(history: &History, folder: &str, migration_sql: &str) -> Result<Down, RevertError> {
    let entry = history.entries().iter().find(|e| e.folder == folder).ok_or_else(|| RevertError::NoSnapshot { folder: folder.into() })?;
    let snapshot = &entry.snapshot;
    if let Body::Diff { deltas } = &snapshot.body
        && let Some(Delta::Rename { key, .. }) = deltas.iter().find(|d| matches!(d, Delta::Rename { .. }))
    {
        return Err(RevertError::Rename { folder: folder.into(), what: key.clone() });
    }
    let parent = match snapshot.prev_ids.as_slice() {
        [origin] if origin == ORIGIN_ID => Ddl::default(),
        [parent] => history.state_of(parent)?,
        parents => return Err(RevertError::Merge { folder: folder.into(), parents: parents.len() }),
    };
    let this = history.state_of(&snapshot.id)?;
    let step = |from: Ddl, to: Ddl| {
        diff(from, to, &mut CreateAll, Mode::Generate)
            .map_err(|source| RevertError::Diff { folder: folder.into(), source: Box::new(source) })
    };
    let forward = render(&step(parent.clone(), this.clone())?.changes);
    let written = |breakpoints| migration_text(&forward, breakpoints);
    if migration_sql != written(true) && migration_sql != written(false) {
        return Err(RevertError::Custom { folder: folder.into() });
    }
    let back = step(this, parent)?;
    let statements = render(&back.changes);
    Ok(Down { changes: back.changes, statements })
}

/// The `down.sql` of a migration being generated (`generate --down`): the statements that take
/// `result`'s state back to `prev`, or `None` when the step renames something (the reverse of a
/// rename is not re-asked; the user writes that down.sql).
pub fn down_sql(prev: Ddl, result: &crate::diff::DiffResult, breakpoints: bool) -> Result<Option<String>, DiffError> {
    if result.has_renames() {
        return Ok(None);
    }
    let back = diff(result.cur.clone(), prev, &mut CreateAll, Mode::Generate)?;
    Ok(Some(migration_text(&render(&back.changes), breakpoints)))
}
