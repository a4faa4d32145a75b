//! `up`: older snapshots read into the version 9 model, and a 0.31 migrations folder converted to
//! drizzle-kit 1.0's folder layout, as `drizzle-kit up` (1.0.0-rc.5) does it.
//!
//! Versions and the path each takes:
//! - "4", "5", "6" (drizzle-kit 0.2x) → "7" (`legacy.rs`);
//! - "7" (0.31) → format 8 DDL rows ([`SnapshotV8`], drizzle's `upToV8`);
//! - "8" (1.0-rc.1 to rc.4, the whole state per snapshot) → "9": the first snapshot becomes the
//!   base, every later one a diff against the state its parents leave, with the footprints of
//!   the statements that diff stands for ([`upgrade`], drizzle's `upToV9`);
//! - "9" is read as it is.
//!
//! Entry points, all pure (the caller reads and writes the files):
//! - [`up_journal`]: a 0.2x/0.31 folder (`meta/_journal.json`, `meta/NNNN_snapshot.json`,
//!   `NNNN_tag.sql`) → the 1.0 folders `<UTC stamp of when>_<tag without index>` with their
//!   `migration.sql` and `snapshot.json` texts ([`UpFolder`]);
//! - [`up_folders`]: 1.0 folders whose snapshots are format 8 → their new `snapshot.json` texts;
//! - [`read_snapshot`]: one snapshot text of any version → the version 9 state it records;
//! - [`load`] and [`upgrade`]: the same steps on snapshots already read.
//!
//! Every error is one line that names the file (or journal entry) and what is wrong with it.

mod folders;
mod js;
mod legacy;
mod v8;
mod v9;

#[cfg(test)]
mod tests;

use serde_json::Value;

use crate::model::Ddl;

use super::{Snapshot, SnapshotError};

pub use folders::{UpFolder, up_folders, up_journal};
pub use v8::SnapshotV8;
pub use v9::{SourceFile, upgrade};

/// What went wrong reading or converting older snapshots. Each message is one line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UpError {
    #[error("{path}: not valid JSON ({message}); restore the file from git")]
    Json { path: String, message: String },
    #[error(
        "{path}: snapshot version {version} is not one dbkit reads (it reads 4 to 9); check that the file is a PostgreSQL snapshot of drizzle-kit"
    )]
    UnsupportedVersion { path: String, version: String },
    #[error("{path}: malformed snapshot: {problem}; restore the file from git, then run up again")]
    Malformed { path: String, problem: String },
    #[error("{path}: {problem}; restore the journal from git, then run up again")]
    Journal { path: String, problem: String },
    #[error("the journal entry {tag} has no snapshot; it is expected at {path}; restore this file from git, then run up again")]
    MissingSnapshot { tag: String, path: String },
    #[error("the journal entry {tag} has no SQL file; it is expected at {path}; restore this file from git, then run up again")]
    MissingSql { tag: String, path: String },
    #[error("the journal entry {tag} matches several SQL files ({files}); keep one of them, then run up again")]
    SqlConflict { tag: String, files: String },
    #[error(
        "after up moves the migrations into folders, migration {name} ({folder}) would sort before its parent {parent} ({parent_folder}), so migrate could run it first; up names each folder after the second in `when` of its journal entry: in meta/_journal.json set `when` of {name} to at least one second after `when` of {parent}, then run up again"
    )]
    JournalOrder { name: String, folder: String, parent: String, parent_folder: String },
    #[error(
        "migration {folder} sorts before its parent {parent}, so migrate could run it first; rename the folders so that {folder} sorts after {parent}"
    )]
    FolderOrder { folder: String, parent: String },
    #[error("{path}: snapshot {id} is also the snapshot of {other}; every migration needs its own snapshot id")]
    DuplicateId { path: String, id: String, other: String },
    #[error(
        "a migration was deleted in the middle of the history: {name} follows the snapshot {parent}, and no migration in the folder has it; restore the missing migration from git, or delete {name} and every later migration, run up, and generate them again"
    )]
    MissingParent { name: String, parent: String },
    #[error(
        "the folder has two first migrations, {first} and {second}, and a folder has one; delete one of them together with every migration that follows it, run up again, then generate"
    )]
    TwoFirsts { first: String, second: String },
    #[error(
        "the merge in migration {folder} cannot be expressed in snapshot format 9 ({problem}); delete the merge migration, every later one and the migrations of one branch after the fork, then run up again and generate"
    )]
    Merge { folder: String, problem: String },
    #[error("cannot convert migration {name} to snapshot format 9: {problem}; no snapshot was converted")]
    Convert { name: String, problem: String },
}

/// Any snapshot read into memory: version 9 as it is, anything older as format 8.
#[derive(Debug, Clone)]
pub enum Loaded {
    Latest(Snapshot),
    /// Boxed: a whole state is large next to a version 9 snapshot's header.
    Older(Box<SnapshotV8>),
}

impl Loaded {
    pub fn id(&self) -> &str {
        match self {
            Loaded::Latest(s) => &s.id,
            Loaded::Older(s) => &s.id,
        }
    }

    pub fn prev_ids(&self) -> &[String] {
        match self {
            Loaded::Latest(s) => &s.prev_ids,
            Loaded::Older(s) => &s.prev_ids,
        }
    }
}

/// Parses a snapshot of any version dbkit reads; `path` names the file in errors.
pub fn load(path: &str, text: &str) -> Result<Loaded, UpError> {
    let value: Value = serde_json::from_str(text).map_err(|e| UpError::Json { path: path.into(), message: e.to_string() })?;
    let malformed = |problem: String| UpError::Malformed { path: path.into(), problem };
    if !value.is_object() {
        return Err(malformed("the top level is not an object".into()));
    }
    let version = legacy::version_number(&value).filter(|v| *v != 0.0 && v.is_finite());
    let shown =
        || value.get("version").map_or_else(|| "(none)".to_string(), |v| v.as_str().map_or_else(|| v.to_string(), |s| format!("\"{s}\"")));
    match version {
        Some(9.0) => Snapshot::from_value(path, value).map(Loaded::Latest).map_err(|e| match e {
            SnapshotError::Malformed { problem, .. } => malformed(problem),
            SnapshotError::Json { message, .. } => UpError::Json { path: path.into(), message },
            SnapshotError::Version { version, .. } => UpError::UnsupportedVersion { path: path.into(), version },
        }),
        Some(8.0) => {
            if value.get("dialect").and_then(Value::as_str) != Some("postgres") {
                return Err(malformed(format!("dialect is {}, expected \"postgres\"", value.get("dialect").unwrap_or(&Value::Null))));
            }
            SnapshotV8::from_v8(&value).map(|s| Loaded::Older(Box::new(s))).map_err(malformed)
        }
        Some(v) if (4.0..8.0).contains(&v) && v.fract() == 0.0 => {
            let dialect = value.get("dialect").and_then(Value::as_str).unwrap_or("");
            if !matches!(dialect, "pg" | "postgresql") {
                return Err(malformed(format!(
                    "dialect is {}, not a PostgreSQL one (\"postgresql\" or \"pg\")",
                    value.get("dialect").unwrap_or(&Value::Null)
                )));
            }
            let v7 = legacy::up_to_v7(value).map_err(malformed)?;
            SnapshotV8::from_v7(&v7).map(|s| Loaded::Older(Box::new(s))).map_err(malformed)
        }
        _ => Err(UpError::UnsupportedVersion { path: path.into(), version: shown() }),
    }
}

/// The version 9 state one snapshot records on its own (a 0.31 or format 8 snapshot holds the
/// whole state; a version 9 one only when it is a base snapshot).
pub fn read_snapshot(path: &str, text: &str) -> Result<Ddl, UpError> {
    match load(path, text)? {
        Loaded::Older(s) => Ok(s.ddl),
        Loaded::Latest(s) => match s.body {
            super::Body::Base { ddl } => Ok(*ddl),
            super::Body::Diff { .. } => Err(UpError::Malformed {
                path: path.into(),
                problem: "a diff snapshot holds only changes; its state needs the folder's history".into(),
            }),
        },
    }
}
