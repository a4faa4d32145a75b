//! `migrate`: apply pending migrations under a lock, with drizzle-orm 1.0's bookkeeping.
//!
//! The order of a run: take the advisory lock; upgrade a 0.45-shaped table like drizzle-orm 1.0
//! does; read the rows; let [`dbkit_core::migrations::plan`] decide; apply the pending files in
//! transactions ([`apply`]); release the lock. What to apply is decided purely in core; this
//! module only talks to the database.

mod adopt;
mod apply;
pub mod error;
mod lock;
mod revert;
pub mod table;

use std::time::Duration;

use dbkit_core::migrations::{AppliedRow, Layout, LocalMigration, lock_key, plan::plan, txn::NoTransaction};
use tokio_postgres::Client;

pub use adopt::{Adoption, adopt};
pub use error::{MigrateError, StatementFailure};
pub use revert::{RevertStep, revert};
pub use table::{Bookkeeping, Shape};

/// How pending migrations are grouped into transactions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TxMode {
    /// One transaction around every pending migration, like drizzle-orm's `migrate()`.
    #[default]
    All,
    /// One transaction per migration file: a failure keeps the files before it.
    PerFile,
}

#[derive(Debug, Clone)]
pub struct MigrateOptions {
    pub bookkeeping: Bookkeeping,
    pub layout: Layout,
    pub transaction: TxMode,
    pub allow_modified: bool,
    pub lock_timeout: Duration,
}

/// One migration this run applied and recorded.
#[derive(Debug, Clone)]
pub struct Applied {
    pub name: String,
    pub path: String,
    pub statements: usize,
    pub duration: Duration,
    /// Set when the file had to run outside a transaction, with the statement that forced it.
    pub no_transaction: Option<NoTransaction>,
    /// It sorted before an already-applied migration (a late merge).
    pub out_of_order: bool,
}

#[derive(Debug, Clone, Default)]
pub struct MigrateReport {
    pub applied: Vec<Applied>,
    /// Migrations that were already applied before this run.
    pub already_applied: usize,
    /// Rows with no local file.
    pub missing: Vec<AppliedRow>,
    /// Applied files whose text changed, accepted with `--allow-modified`.
    pub modified: Vec<String>,
    /// Rows named during the upgrade of a drizzle-orm 0.45 table, if one happened.
    pub upgraded_rows: Option<usize>,
}

/// Things worth telling the user while the run is still going.
#[derive(Debug, Clone)]
pub enum Notice {
    /// Another run holds the lock; we wait (holder described when known).
    WaitingForLock { holder: Option<String> },
    /// About to apply this migration.
    Applying { name: String },
}

/// Applies every pending migration. `local` must be in apply order (as core's loaders return it).
pub async fn migrate(
    client: &mut Client,
    local: &[LocalMigration],
    opts: &MigrateOptions,
    notice: &mut dyn FnMut(Notice),
) -> Result<MigrateReport, MigrateError> {
    let bk = &opts.bookkeeping;
    // Lets the server notice a killed client during a long statement and roll back promptly
    // (PostgreSQL 14+; older servers do not know the setting, which is harmless here).
    let _ = client.batch_execute("SET client_connection_check_interval = '1s'").await;
    let key = lock_key(&bk.schema, &bk.table);
    lock::acquire(client, key, &bk.display(), opts.lock_timeout, &mut |holder| notice(Notice::WaitingForLock { holder })).await?;
    let result = migrate_locked(client, local, opts, notice).await;
    // Disconnecting releases it as well; an error here must not hide the run's own result.
    let _ = lock::release(client, key).await;
    result
}

async fn migrate_locked(
    client: &mut Client,
    local: &[LocalMigration],
    opts: &MigrateOptions,
    notice: &mut dyn FnMut(Notice),
) -> Result<MigrateReport, MigrateError> {
    let bk = &opts.bookkeeping;
    let mut report = MigrateReport::default();
    let mut shape = table::shape(client, bk).await?;
    if shape == Shape::Legacy && opts.layout == Layout::Folders {
        report.upgraded_rows = Some(table::upgrade_legacy(client, bk, local).await?);
        shape = Shape::Current;
    }
    let rows = table::rows(client, bk, shape).await?;
    let plan = plan(opts.layout, local, &rows);
    plan.check(opts.allow_modified)?;
    report.missing = plan.missing.iter().map(|r| (*r).clone()).collect();
    report.modified = plan.modified().map(|e| e.migration.path.clone()).collect();
    report.already_applied = plan.entries.len() - plan.pending().count();
    let pending: Vec<_> = plan.pending().map(|e| (e.migration, e.out_of_order)).collect();
    if pending.is_empty() {
        return Ok(report);
    }
    // A fresh database gets the table in the shape its layout's runtime would create.
    let create = match (shape, opts.layout) {
        (Shape::Missing, Layout::Journal) => Some(Shape::Legacy),
        (Shape::Missing, Layout::Folders) => Some(Shape::Current),
        _ => None,
    };
    apply::apply(client, bk, shape, create, &pending, opts.transaction, &mut report.applied, notice).await?;
    Ok(report)
}

/// The bookkeeping table's shape and rows, read without creating or changing anything.
pub async fn applied_rows(client: &Client, bk: &Bookkeeping) -> Result<(Shape, Vec<AppliedRow>), MigrateError> {
    let shape = table::shape(client, bk).await?;
    let rows = table::rows(client, bk, shape).await?;
    Ok((shape, rows))
}
