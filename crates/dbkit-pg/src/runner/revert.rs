//! `revert`: undo applied migrations, newest first, under the same advisory lock as `migrate`.
//! Each migration's down statements and the deletion of its `__drizzle_migrations` row run in
//! one transaction, so a migration is either still applied (and recorded) or undone (and not).

use std::time::Duration;

use dbkit_core::migrations::lock_key;
use dbkit_core::migrations::txn::needs_no_transaction;
use tokio_postgres::Client;

use super::error::{MigrateError, db, describe, statement_excerpt};
use super::lock;
use super::table::{self, Bookkeeping, Shape};

/// One migration to undo: its recorded name and the statements that undo it (none for
/// `--mark-only`, which only forgets the row).
#[derive(Debug, Clone)]
pub struct RevertStep {
    pub name: String,
    pub statements: Vec<String>,
}

/// Undoes `steps` in order (newest first), each in its own transaction; returns how many were
/// undone. Every name must be recorded when the lock is taken, or nothing runs.
pub async fn revert(
    client: &mut Client,
    bk: &Bookkeeping,
    steps: &[RevertStep],
    lock_timeout: Duration,
    on_wait: &mut dyn FnMut(Option<String>),
    on_step: &mut dyn FnMut(&str),
) -> Result<usize, MigrateError> {
    let key = lock_key(&bk.schema, &bk.table);
    lock::acquire(client, key, &bk.display(), lock_timeout, on_wait).await?;
    let result = revert_locked(client, bk, steps, on_step).await;
    let _ = lock::release(client, key).await;
    result
}

async fn revert_locked(
    client: &mut Client,
    bk: &Bookkeeping,
    steps: &[RevertStep],
    on_step: &mut dyn FnMut(&str),
) -> Result<usize, MigrateError> {
    // Another run may have changed the table since the plan was made: check under the lock.
    let shape = table::shape(&*client, bk).await?;
    let rows = table::rows(&*client, bk, shape).await?;
    if shape != Shape::Current {
        return Err(MigrateError::NotRecorded { table: bk.display(), name: steps.first().map(|s| s.name.clone()).unwrap_or_default() });
    }
    if let Some(step) = steps.iter().find(|s| !rows.iter().any(|r| r.name.as_deref() == Some(s.name.as_str()))) {
        return Err(MigrateError::NotRecorded { table: bk.display(), name: step.name.clone() });
    }
    let delete = format!("DELETE FROM {} WHERE \"name\" = $1", bk.qualified());
    let mut done = 0;
    for step in steps {
        on_step(&step.name);
        let failed = |i: usize, statement: &str, e: &tokio_postgres::Error, outside: bool| MigrateError::RevertFailed {
            migration: step.name.clone(),
            statement: i + 1,
            excerpt: statement_excerpt(statement),
            reason: describe(e),
            reverted: done,
            outside,
        };
        // An undo holding a statement PostgreSQL refuses in a transaction (CREATE INDEX
        // CONCURRENTLY) runs statement by statement, as migrate runs such a file; its row goes
        // once every statement has run.
        if step.statements.iter().any(|s| needs_no_transaction(s).is_some()) {
            for (i, statement) in step.statements.iter().enumerate() {
                client.batch_execute(statement).await.map_err(|e| failed(i, statement, &e, true))?;
            }
            client.execute(&delete, &[&step.name]).await.map_err(db(format!("deleting the row of {} from {}", step.name, bk.display())))?;
            done += 1;
            continue;
        }
        let tx = client.transaction().await.map_err(db("starting a transaction"))?;
        for (i, statement) in step.statements.iter().enumerate() {
            tx.batch_execute(statement).await.map_err(|e| failed(i, statement, &e, false))?;
        }
        tx.execute(&delete, &[&step.name]).await.map_err(db(format!("deleting the row of {} from {}", step.name, bk.display())))?;
        tx.commit().await.map_err(db(format!("committing the revert of {}", step.name)))?;
        done += 1;
    }
    Ok(done)
}
