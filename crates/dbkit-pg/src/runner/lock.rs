//! The session advisory lock that serialises migrate and revert runs on one database.
//!
//! drizzle-kit takes no lock: eight concurrent `drizzle-kit migrate` runs on a fresh database
//! end with seven failures (a race creating the bookkeeping table). dbkit polls
//! `pg_try_advisory_lock` until a deadline, so the others wait, then find nothing pending.
//! The lock is session-level: it spans several transactions and no-transaction files, and the
//! server drops it if the process dies.

use std::time::{Duration, Instant};

use tokio_postgres::Client;

use super::error::{MigrateError, db};

const POLL: Duration = Duration::from_millis(100);

/// Waits for the lock until `timeout`; calls `on_wait` once, with the holder, if it has to wait.
pub async fn acquire(
    client: &Client,
    key: i64,
    table: &str,
    timeout: Duration,
    on_wait: &mut dyn FnMut(Option<String>),
) -> Result<(), MigrateError> {
    let started = Instant::now();
    let mut told = false;
    loop {
        let row = client.query_one("select pg_try_advisory_lock($1)", &[&key]).await.map_err(db("taking the migration lock"))?;
        if row.get::<_, bool>(0) {
            return Ok(());
        }
        if !told {
            told = true;
            on_wait(holder(client, key).await);
        }
        if started.elapsed() >= timeout {
            let holder = holder(client, key).await;
            return Err(MigrateError::LockTimeout { table: table.into(), holder, waited: timeout });
        }
        tokio::time::sleep(POLL).await;
    }
}

pub async fn release(client: &Client, key: i64) -> Result<(), MigrateError> {
    client.query_one("select pg_advisory_unlock($1)", &[&key]).await.map_err(db("releasing the migration lock"))?;
    Ok(())
}

/// Who holds the lock, e.g. `pid 4242, dbkit from 10.0.0.7, since 2026-11-25 10:00:01 UTC`.
async fn holder(client: &Client, key: i64) -> Option<String> {
    // A bigint advisory key shows up in pg_locks split into classid (high half) and objid (low half).
    let sql = "select a.pid, coalesce(nullif(a.application_name, ''), 'unknown client'), \
               coalesce(host(a.client_addr), 'local socket'), \
               to_char(a.backend_start at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS') \
               from pg_locks l join pg_stat_activity a on a.pid = l.pid \
               where l.locktype = 'advisory' and l.granted and l.objsubid = 1 \
               and l.classid::bigint = (($1::bigint >> 32) & 4294967295) and l.objid::bigint = ($1::bigint & 4294967295) \
               limit 1";
    let row = client.query_opt(sql, &[&key]).await.ok()??;
    let (pid, app, from, since): (i32, String, String, String) = (row.get(0), row.get(1), row.get(2), row.get(3));
    Some(format!("pid {pid}, {app} from {from}, connected since {since} UTC"))
}
