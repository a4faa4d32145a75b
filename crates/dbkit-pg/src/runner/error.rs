//! Everything that can stop a migrate run, each with a one-line message that says what to do.

use std::time::Duration;

use dbkit_core::migrations::plan::PlanError;

use super::Applied;

#[derive(Debug, thiserror::Error)]
pub enum MigrateError {
    /// A bookkeeping query failed (permissions, a broken connection, …).
    #[error("{doing}: {}", describe(source))]
    Db { doing: String, source: tokio_postgres::Error },

    #[error(
        "another migration run holds the lock on {table}{}; waited {}s — retry when it finishes, or raise --lock-timeout",
        holder.as_ref().map(|h| format!(" ({h})")).unwrap_or_default(),
        waited.as_secs()
    )]
    LockTimeout { table: String, holder: Option<String>, waited: Duration },

    #[error(transparent)]
    Plan(#[from] PlanError),

    #[error(
        "cannot upgrade {table} to drizzle-orm 1.0's shape: rows with id {} match no local migration (by time or hash); restore those migration files, or delete the rows if they were never part of this project",
        ids.iter().map(|i| i.to_string()).collect::<Vec<_>>().join(", ")
    )]
    LegacyUnmatched { table: String, ids: Vec<i32> },

    /// `pull --init` on a database whose bookkeeping table already lists migrations.
    #[error(
        "{table} already lists {count} applied migration(s) (the last: {last}); --init adopts a database that has never been migrated: pull without --init, or use `dbkit migrate`"
    )]
    AlreadyMigrated { table: String, count: usize, last: String },

    /// A revert's migration is not (or no longer) recorded as applied.
    #[error("{name} is not recorded as applied in {table}; nothing was reverted (run `dbkit status` to see what is applied)")]
    NotRecorded { table: String, name: String },

    /// A down statement failed; that migration's transaction was rolled back.
    #[error(
        "reverting {migration}: statement {statement} failed: {reason}: `{excerpt}`; {}{}",
        if *outside {
            format!("it ran outside a transaction (PostgreSQL refuses it in one), so the statements before it stay undone; {migration} stays recorded as applied: finish its undo by hand, then `dbkit revert --mark-only`")
        } else {
            format!("rolled back, {migration} stays applied")
        },
        if *reverted > 0 { format!(" ({reverted} newer migration(s) were reverted before it)") } else { String::new() }
    )]
    RevertFailed { migration: String, statement: usize, excerpt: String, reason: String, reverted: usize, outside: bool },

    /// A migration's statement failed. Everything in its transaction was rolled back.
    #[error("{}", failure.describe(applied))]
    Statement { failure: StatementFailure, applied: Vec<Applied> },
}

/// Where and why a migration's statement failed.
#[derive(Debug, Clone)]
pub struct StatementFailure {
    pub path: String,
    pub migration: String,
    pub statement: usize,
    pub line: usize,
    pub message: String,
    pub code: Option<String>,
    pub detail: Option<String>,
    pub hint: Option<String>,
    /// The failing statement's first line, for orientation.
    pub excerpt: String,
    /// Migrations whose work was undone by the rollback (the failing one included).
    pub rolled_back: Vec<String>,
    /// Statements of a no-transaction file that ran before the failure and stay applied.
    pub kept_statements: usize,
}

impl StatementFailure {
    fn describe(&self, applied: &[Applied]) -> String {
        let mut s = format!("{}:{}: statement {} failed: {}", self.path, self.line, self.statement, self.message);
        if let Some(code) = &self.code {
            s += &format!(" (SQLSTATE {code})");
        }
        if let Some(detail) = &self.detail {
            s += &format!("; detail: {detail}");
        }
        if let Some(hint) = &self.hint {
            s += &format!("; hint: {hint}");
        }
        s += &format!("; at: {}", self.excerpt);
        if self.kept_statements > 0 {
            s += &format!(
                "; {} statement{} before it ran outside a transaction and stay applied, so make the file safe to re-run",
                self.kept_statements,
                if self.kept_statements == 1 { "" } else { "s" }
            );
        } else if self.rolled_back.len() > 1 {
            s += &format!("; rolled back {} migrations ({})", self.rolled_back.len(), self.rolled_back.join(", "));
        } else {
            s += "; rolled back";
        }
        if !applied.is_empty() {
            s += &format!("; {} migration{} committed before it stay applied", applied.len(), if applied.len() == 1 { "" } else { "s" });
        }
        s
    }
}

/// PostgreSQL's own words for a failed query, without tokio-postgres's "db error:" prefix.
pub fn describe(e: &tokio_postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => format!("{} (SQLSTATE {})", db.message(), db.code().code()),
        None if e.is_closed() => "the connection to the server was lost".into(),
        None => e.to_string(),
    }
}

/// A failed statement as errors quote it: its first line, at most 160 characters.
pub(crate) fn statement_excerpt(statement: &str) -> String {
    statement.lines().next().unwrap_or_default().chars().take(160).collect()
}

pub(crate) fn db(doing: impl Into<String>) -> impl FnOnce(tokio_postgres::Error) -> MigrateError {
    let doing = doing.into();
    move |source| MigrateError::Db { doing, source }
}
