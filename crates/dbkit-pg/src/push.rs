//! push's two steps on the database: count what each hazard would lose (before anything runs),
//! then run the statements, in one transaction where PostgreSQL allows it.
//!
//! drizzle-kit 1.0 runs push statements one by one without a transaction, so a failure half-way
//! leaves the database half-changed. dbkit runs them in one transaction; the statements
//! PostgreSQL refuses inside one (`CREATE INDEX CONCURRENTLY`, …) run after it commits, one by
//! one, and the caller is told which.

use dbkit_core::migrations::txn::needs_no_transaction;
use tokio_postgres::Client;
use tokio_postgres::error::SqlState;

use crate::runner::error::{describe, statement_excerpt};

/// Why push stopped.
#[derive(Debug, thiserror::Error)]
pub enum PushError {
    #[error("counting what {what} would lose failed: {reason}")]
    Probe { what: String, reason: String },

    /// A statement failed; everything in the transaction was rolled back.
    #[error(
        "statement {number} of {total} failed: {reason}: `{excerpt}`; {}",
        if *after_commit { "the statements before it were committed (it ran outside the transaction)" } else { "nothing was changed (rolled back)" }
    )]
    Statement { number: usize, total: usize, excerpt: String, reason: String, after_commit: bool },

    #[error("{doing}: {reason}")]
    Db { doing: &'static str, reason: String },
}

/// One count per probe query (each returns one bigint), in order.
pub async fn probe(client: &Client, probes: &[(String, String)]) -> Result<Vec<i64>, PushError> {
    let mut out = Vec::with_capacity(probes.len());
    for (what, sql) in probes {
        match client.query_one(sql.as_str(), &[]).await {
            Ok(row) => out.push(row.get::<_, i64>(0)),
            // The object gets its name from a rename in the same push, so it cannot be counted
            // beforehand; if the data does not fit, the statement fails and the transaction
            // changes nothing.
            Err(e) if matches!(e.code(), Some(c) if *c == SqlState::UNDEFINED_TABLE || *c == SqlState::UNDEFINED_COLUMN) => out.push(0),
            Err(e) => return Err(PushError::Probe { what: what.clone(), reason: describe(&e) }),
        }
    }
    Ok(out)
}

/// What `apply` did.
#[derive(Debug, Default)]
pub struct Applied {
    /// Statements run inside the transaction.
    pub in_transaction: usize,
    /// Statements PostgreSQL refuses inside a transaction, run after it, with the reason.
    pub outside: Vec<String>,
}

/// Runs `statements`: every one that may run in a transaction inside one, then the others in order.
pub async fn apply(client: &mut Client, statements: &[String], on_statement: &mut dyn FnMut(&str)) -> Result<Applied, PushError> {
    let total = statements.len();
    type Numbered<'a> = Vec<(usize, &'a String)>;
    let (inside, outside): (Numbered, Numbered) = statements.iter().enumerate().partition(|(_, s)| needs_no_transaction(s).is_none());
    let failed = |number: usize, statement: &str, e: &tokio_postgres::Error, after_commit: bool| PushError::Statement {
        number: number + 1,
        total,
        excerpt: statement_excerpt(statement),
        reason: describe(e),
        after_commit,
    };
    let tx = client.transaction().await.map_err(|e| PushError::Db { doing: "starting a transaction", reason: describe(&e) })?;
    for (i, statement) in &inside {
        on_statement(statement);
        tx.batch_execute(statement).await.map_err(|e| failed(*i, statement, &e, false))?;
    }
    tx.commit().await.map_err(|e| PushError::Db { doing: "committing", reason: describe(&e) })?;
    let mut applied = Applied { in_transaction: inside.len(), outside: Vec::new() };
    for (i, statement) in &outside {
        on_statement(statement);
        client.batch_execute(statement).await.map_err(|e| failed(*i, statement, &e, true))?;
        applied.outside.push(statement.lines().next().unwrap_or_default().to_string());
    }
    Ok(applied)
}
