//! Migration folders and the `__drizzle_migrations` bookkeeping, as pure data and rules.
//!
//! Two layouts are read, both as drizzle-orm's runtime `migrate()` reads them:
//! - drizzle-kit 1.0 folders: `<out>/<YYYYMMDDHHMMSS>_<name>/migration.sql` ([`folders`]);
//! - drizzle-kit 0.31 journals: `<out>/meta/_journal.json` + `<out>/<tag>.sql` ([`journal`]).
//!
//! [`plan`] decides what is applied, pending, modified or missing from the rows of the
//! bookkeeping table and the local files; [`split`] cuts a file into statements exactly like the
//! runtime does; [`txn`] tells which files cannot run inside a transaction.

pub mod collate;
pub mod folders;
pub mod journal;
pub mod legacy;
pub mod plan;
pub mod split;
pub mod stamp;
pub mod txn;

use sha2::{Digest, Sha256};

/// Which of drizzle-kit's two folder layouts a migrations folder uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// drizzle-kit 1.0: one folder per migration; identity is the folder name.
    Folders,
    /// drizzle-kit 0.31: `meta/_journal.json`; identity is the entry's `when` (`created_at`).
    Journal,
}

/// One migration found on disk, in the order drizzle-orm applies them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalMigration {
    /// The folder name (1.0) or journal tag (0.31), as the user sees it.
    pub name: String,
    /// The name recorded in `__drizzle_migrations.name`: the folder name, or for a journal entry
    /// the folder name `drizzle-kit up` will give it, so the row stays valid after the upgrade.
    pub record_name: String,
    /// `created_at` as drizzle records it: the folder's timestamp (1.0) or the entry's `when` (0.31), in ms.
    pub created_at: i64,
    /// Display path of the SQL file, relative to the project (e.g. `drizzle/2026…_init/migration.sql`).
    pub path: String,
    /// The whole file text.
    pub sql: String,
    /// sha256 of the file text, lowercase hex (drizzle's `hash` column).
    pub hash: String,
}

impl LocalMigration {
    pub fn new(name: String, record_name: String, created_at: i64, path: String, sql: String) -> Self {
        let hash = sha256_hex(&sql);
        LocalMigration { name, record_name, created_at, path, sql, hash }
    }
}

/// A row of `__drizzle_migrations`. `name` and `applied_at` are absent in 0.31-shaped tables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppliedRow {
    pub id: i32,
    pub hash: String,
    pub created_at: Option<i64>,
    pub name: Option<String>,
    /// `applied_at` rendered as RFC 3339 UTC, when known.
    pub applied_at: Option<String>,
}

/// sha256 of a file's text in lowercase hex, as drizzle-orm computes `hash`.
pub fn sha256_hex(text: &str) -> String {
    use std::fmt::Write;
    let digest = Sha256::digest(text.as_bytes());
    let mut out = String::with_capacity(64);
    for byte in digest.iter() {
        let _ = write!(out, "{byte:02x}");
    }
    out
}

/// Problems with the local migration files themselves (before any database is involved).
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum FolderError {
    #[error(
        "{path}: the folder name must start with a UTC timestamp YYYYMMDDHHMMSS (as drizzle-kit writes it, e.g. 20261124063106_init); rename the folder"
    )]
    BadFolderName { path: String },
    #[error("{path}: no migration.sql in this migration folder; add it or delete the folder")]
    MissingSql { path: String },
    #[error("{path}: the file is empty; write the migration's SQL or delete the folder")]
    EmptySql { path: String },
    #[error("{path}: the file is not valid UTF-8 text; save it as UTF-8")]
    NotUtf8 { path: String },
    #[error(
        "{path}: cannot parse the journal: {message}; restore it from version control or run `drizzle-kit up` to move to the 1.0 folder layout"
    )]
    BadJournal { path: String, message: String },
    #[error("{path}: journal entry {tag:?} has no SQL file; restore {tag}.sql or remove the entry")]
    MissingJournalFile { path: String, tag: String },
    #[error(
        "{out}: has both a 0.31 journal (meta/_journal.json) and 1.0 migration folders ({example}); finish the upgrade with `drizzle-kit up` or remove the stale layout"
    )]
    MixedLayouts { out: String, example: String },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_matches_sha256sum() {
        // `printf 'select 1;' | sha256sum`
        assert_eq!(sha256_hex("select 1;"), "354b7196c9ba5fb4b21cf615bb6ec4cd5c07503c34229feef033fc081a8c03f4");
        assert_eq!(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}

/// The PostgreSQL advisory-lock key dbkit holds while it migrates with a given bookkeeping table.
///
/// Derived from the table's qualified name, so projects sharing one database but keeping separate
/// tables do not wait on each other, while every `dbkit migrate`/`revert` of one project does.
pub fn lock_key(schema: &str, table: &str) -> i64 {
    let digest = Sha256::digest(format!("dbkit migrate {schema}.{table}").as_bytes());
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    i64::from_be_bytes(first)
}

#[cfg(test)]
mod lock_key_tests {
    use super::lock_key;

    #[test]
    fn stable_and_per_table() {
        assert_eq!(lock_key("drizzle", "__drizzle_migrations"), lock_key("drizzle", "__drizzle_migrations"));
        assert_ne!(lock_key("drizzle", "__drizzle_migrations"), lock_key("drizzle", "other"));
    }
}
