//! `pull --init`: record a migration as applied without running it, so a database that already
//! has the schema adopts migrations (drizzle-orm 1.0's migrator `init` mode).
//!
//! The row is inserted in a transaction the caller commits once its files are written, under the
//! same advisory lock as `migrate`, so a concurrent deploy cannot interleave; the lock is held by
//! the session until the caller disconnects.

use std::time::Duration;

use dbkit_core::migrations::{LocalMigration, lock_key};
use tokio_postgres::{Client, Transaction};

use super::error::{MigrateError, db};
use super::lock;
use super::table::{self, Bookkeeping, Shape};

/// A recorded but not yet committed adoption: commit it once the migration's files are in place,
/// or drop it to roll the row back.
pub struct Adoption<'a> {
    tx: Transaction<'a>,
}

impl Adoption<'_> {
    pub async fn commit(self) -> Result<(), MigrateError> {
        self.tx.commit().await.map_err(db("committing the bookkeeping row"))
    }
}

/// Takes the migration lock, creates the bookkeeping table when missing (drizzle-orm 1.0's
/// shape) and records `m` as applied. A table that already lists migrations is refused: adopting
/// is for a database that has never been migrated.
pub async fn adopt<'a>(
    client: &'a mut Client,
    bk: &Bookkeeping,
    m: &LocalMigration,
    lock_timeout: Duration,
    on_wait: &mut dyn FnMut(Option<String>),
) -> Result<Adoption<'a>, MigrateError> {
    lock::acquire(client, lock_key(&bk.schema, &bk.table), &bk.display(), lock_timeout, on_wait).await?;
    let tx = client.transaction().await.map_err(db("starting a transaction"))?;
    let shape = match table::shape(&tx, bk).await? {
        Shape::Missing => {
            table::create(&tx, bk, Shape::Current).await?;
            Shape::Current
        }
        shape => shape,
    };
    let rows = table::rows(&tx, bk, shape).await?;
    if let Some(last) = rows.last() {
        return Err(MigrateError::AlreadyMigrated {
            table: bk.display(),
            count: rows.len(),
            last: last.name.clone().unwrap_or_else(|| format!("created_at {}", last.created_at.unwrap_or_default())),
        });
    }
    table::record(&tx, bk, shape, m).await?;
    Ok(Adoption { tx })
}
