//! Running pending migration files: grouping into transactions, executing, recording.
//!
//! With [`TxMode::All`] consecutive files share one transaction, as in drizzle-orm; a file that
//! PostgreSQL will not run in a transaction (see core's `txn`) runs alone, statement by statement,
//! and is recorded once all its statements succeeded. The bookkeeping table of a fresh database is
//! created inside the first transaction, so a failed first run leaves nothing behind (drizzle-orm
//! leaves an empty table).

use std::time::Instant;

use dbkit_core::migrations::{
    LocalMigration,
    split::{Statement, split_statements},
    txn::{NoTransaction, needs_no_transaction},
};
use tokio_postgres::{Client, GenericClient, error::ErrorPosition};

use super::error::{MigrateError, StatementFailure, db};
use super::table::{self, Bookkeeping, Shape};
use super::{Applied, Notice, TxMode};

/// A run of files applied together.
struct Group<'a> {
    files: Vec<(&'a LocalMigration, bool)>,
    /// `Some` when the (single) file must run outside a transaction.
    no_transaction: Option<NoTransaction>,
}

fn groups<'a>(pending: &[(&'a LocalMigration, bool)], mode: TxMode) -> Vec<Group<'a>> {
    let mut out: Vec<Group<'a>> = Vec::new();
    for &(m, out_of_order) in pending {
        let no_transaction = needs_no_transaction(&m.sql);
        let joins_last = mode == TxMode::All && no_transaction.is_none() && out.last().is_some_and(|g: &Group| g.no_transaction.is_none());
        if joins_last {
            out.last_mut().expect("checked").files.push((m, out_of_order));
        } else {
            out.push(Group { files: vec![(m, out_of_order)], no_transaction });
        }
    }
    out
}

#[allow(clippy::too_many_arguments)]
pub(super) async fn apply(
    client: &mut Client,
    bk: &Bookkeeping,
    shape: Shape,
    mut create: Option<Shape>,
    pending: &[(&LocalMigration, bool)],
    mode: TxMode,
    applied: &mut Vec<Applied>,
    notice: &mut dyn FnMut(Notice),
) -> Result<(), MigrateError> {
    let record_shape = create.unwrap_or(shape);
    for group in groups(pending, mode) {
        let result = match &group.no_transaction {
            None => run_in_transaction(client, bk, record_shape, create.take(), &group, notice).await,
            Some(reason) => {
                if let Some(s) = create.take() {
                    table::create(&*client, bk, s).await?;
                }
                let (m, out_of_order) = group.files[0];
                notice(Notice::Applying { name: m.name.clone() });
                run_file(&*client, bk, record_shape, m, out_of_order, Some(reason.clone()), true).await.map(|a| vec![a])
            }
        };
        match result {
            Ok(done) => applied.extend(done),
            Err(Failed::Statement(failure)) => {
                return Err(MigrateError::Statement { failure, applied: std::mem::take(applied) });
            }
            Err(Failed::Other(e)) => return Err(e),
        }
    }
    Ok(())
}

enum Failed {
    Statement(StatementFailure),
    Other(MigrateError),
}

impl From<MigrateError> for Failed {
    fn from(e: MigrateError) -> Self {
        Failed::Other(e)
    }
}

async fn run_in_transaction(
    client: &mut Client,
    bk: &Bookkeeping,
    record_shape: Shape,
    create: Option<Shape>,
    group: &Group<'_>,
    notice: &mut dyn FnMut(Notice),
) -> Result<Vec<Applied>, Failed> {
    let tx = client.transaction().await.map_err(db("starting a transaction"))?;
    if let Some(s) = create {
        table::create(&tx, bk, s).await?;
    }
    let mut done = Vec::with_capacity(group.files.len());
    for &(m, out_of_order) in &group.files {
        notice(Notice::Applying { name: m.name.clone() });
        match run_file(&tx, bk, record_shape, m, out_of_order, None, false).await {
            Ok(a) => done.push(a),
            Err(Failed::Statement(mut failure)) => {
                let _ = tx.rollback().await;
                failure.rolled_back = done.iter().map(|a: &Applied| a.name.clone()).chain([m.name.clone()]).collect();
                return Err(Failed::Statement(failure));
            }
            Err(other) => return Err(other),
        }
    }
    tx.commit().await.map_err(db("committing the migrations"))?;
    Ok(done)
}

/// Runs one file's statements on `client` (a transaction or the bare connection) and records it.
async fn run_file(
    client: &impl GenericClient,
    bk: &Bookkeeping,
    record_shape: Shape,
    m: &LocalMigration,
    out_of_order: bool,
    no_transaction: Option<NoTransaction>,
    autocommit: bool,
) -> Result<Applied, Failed> {
    let started = Instant::now();
    let statements = split_statements(&m.sql);
    for (done, stmt) in statements.iter().enumerate() {
        if let Err(e) = client.batch_execute(stmt.sql).await {
            let kept = if autocommit { done } else { 0 };
            return Err(Failed::Statement(failure(m, stmt, &e, kept)));
        }
    }
    table::record(client, bk, record_shape, m).await?;
    Ok(Applied {
        name: m.name.clone(),
        path: m.path.clone(),
        statements: statements.len(),
        duration: started.elapsed(),
        no_transaction,
        out_of_order,
    })
}

fn failure(m: &LocalMigration, stmt: &Statement<'_>, e: &tokio_postgres::Error, kept_statements: usize) -> StatementFailure {
    let db = e.as_db_error();
    let position = db.and_then(|d| match d.position() {
        Some(ErrorPosition::Original(p)) => Some(*p as usize),
        _ => None,
    });
    let first_line = stmt.sql.trim_start().lines().next().unwrap_or_default().trim_end();
    let excerpt = if first_line.chars().count() > 80 {
        format!("{}…", first_line.chars().take(80).collect::<String>())
    } else {
        first_line.to_string()
    };
    StatementFailure {
        path: m.path.clone(),
        migration: m.name.clone(),
        statement: stmt.number,
        line: stmt.line_at(position),
        message: db.map_or_else(|| super::error::describe(e), |d| d.message().to_string()),
        code: db.map(|d| d.code().code().to_string()),
        detail: db.and_then(|d| d.detail().map(str::to_string)),
        hint: db.and_then(|d| d.hint().map(str::to_string)),
        excerpt,
        rolled_back: vec![m.name.clone()],
        kept_statements,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(name: &str, sql: &str) -> LocalMigration {
        LocalMigration::new(name.into(), name.into(), 0, format!("d/{name}/migration.sql"), sql.into())
    }

    #[test]
    fn all_mode_shares_a_transaction_except_around_concurrent_indexes() {
        let (a, b, c, d) = (
            m("a", "create table a ();"),
            m("b", "create table b ();"),
            m("c", "create index concurrently i on a (x);"),
            m("d", "create table d ();"),
        );
        let pending = [(&a, false), (&b, false), (&c, false), (&d, false)];
        let got: Vec<(Vec<&str>, bool)> = groups(&pending, TxMode::All)
            .iter()
            .map(|g| (g.files.iter().map(|(m, _)| m.name.as_str()).collect(), g.no_transaction.is_some()))
            .collect();
        assert_eq!(got, vec![(vec!["a", "b"], false), (vec!["c"], true), (vec!["d"], false)]);
        assert_eq!(groups(&pending, TxMode::PerFile).len(), 4);
    }
}
