//! push's default probe: PostgreSQL keeps a column default in its own spelling
//! (`floor(random() * 10)` as `floor((random() * (10)::double precision))`, `ARRAY['x']::text[]`
//! as `ARRAY['x'::text]`, a timestamp without its `.000`). drizzle-kit 1.0's push compares the
//! schema's text with the stored one and plans the same `SET DEFAULT` on every run. dbkit asks the
//! server how it would store each declared default that differs, in a temporary table that is
//! rolled back, and compares that.

use dbkit_core::model::{Column, Ddl, Entity};
use dbkit_core::sql::{column_type, default_to_sql};
use tokio_postgres::Client;

use crate::introspect::column_default;
use crate::push::PushError;
use crate::runner::error::describe;

/// A declared column whose default differs, as text, from the one the database holds for the same
/// column of the same type.
struct Candidate {
    key: String,
    /// `<type> DEFAULT <expression>`, as `CREATE TABLE` would write the declared column.
    definition: String,
    /// The database's default, as introspection reads it.
    stored: String,
}

/// Gives each declared column whose default PostgreSQL would store exactly as it stores the
/// database's the database's spelling, so the diff sees no change; returns how many it changed.
/// A default the server cannot store in a temporary table (a type or function this push creates,
/// no TEMP privilege) is left as declared.
pub async fn adopt_stored_defaults(client: &mut Client, database: &Ddl, declared: &mut Ddl) -> Result<usize, PushError> {
    let candidates = candidates(database, declared);
    if candidates.is_empty() {
        return Ok(0);
    }
    let probed = probe(client, &candidates).await?;
    let mut adopted = 0;
    for (candidate, expression) in candidates.iter().zip(probed) {
        let Some(column) = declared.columns.get_mut(&candidate.key) else { continue };
        let as_read = column_default(&column.type_, expression.as_deref(), column.dimensions as i32, column.type_schema.is_some());
        if as_read.as_deref() == Some(candidate.stored.as_str()) {
            column.default = Some(candidate.stored.as_str().into());
            adopted += 1;
        }
    }
    Ok(adopted)
}

/// Columns both sides have with the same type and different defaults (neither identity nor
/// generated: those have no default of their own).
fn candidates(database: &Ddl, declared: &Ddl) -> Vec<Candidate> {
    let plain = |c: &Column| c.identity.is_none() && c.generated.is_none();
    declared
        .columns
        .iter()
        .filter(|c| plain(c))
        .filter_map(|c| {
            // Only a column that declares a default is looked up (the key is built to look).
            let mine = c.default.as_deref()?;
            let key = c.key();
            let db = database.columns.get(&key).filter(|db| plain(db))?;
            let stored = db.default.as_deref()?;
            let same_type = c.type_ == db.type_ && c.type_schema == db.type_schema && c.dimensions == db.dimensions;
            (same_type && mine != stored).then(|| Candidate {
                definition: format!(
                    "{} DEFAULT {}",
                    column_type(c),
                    default_to_sql(&c.type_, c.type_schema.as_deref(), c.dimensions, Some(mine))
                ),
                key,
                stored: stored.to_string(),
            })
        })
        .collect()
}

/// The expression PostgreSQL stores for each candidate's default (`None` where it refused it),
/// read from temporary tables in a transaction that is always rolled back.
async fn probe(client: &mut Client, candidates: &[Candidate]) -> Result<Vec<Option<String>>, PushError> {
    let db = |doing: &'static str| move |e: tokio_postgres::Error| PushError::Db { doing, reason: describe(&e) };
    let tx = client.transaction().await.map_err(db("starting the default probe"))?;
    for (i, candidate) in candidates.iter().enumerate() {
        tx.batch_execute("SAVEPOINT dbkit_default_probe").await.map_err(db("probing defaults"))?;
        let create = format!("CREATE TEMPORARY TABLE dbkit_default_probe_{i} (c {})", candidate.definition);
        if tx.batch_execute(&create).await.is_err() {
            tx.batch_execute("ROLLBACK TO SAVEPOINT dbkit_default_probe").await.map_err(db("probing defaults"))?;
        }
    }
    let rows = tx
        .query(
            "SELECT substr(c.relname, 21)::int, pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d JOIN pg_class c ON c.oid = d.adrelid \
             WHERE c.relnamespace = pg_my_temp_schema() AND c.relname LIKE 'dbkit\\_default\\_probe\\_%'",
            &[],
        )
        .await
        .map_err(db("reading the probed defaults"))?;
    let mut out = vec![None; candidates.len()];
    for row in rows {
        let (i, expression): (i32, String) = (row.get(0), row.get(1));
        if let Some(slot) = usize::try_from(i).ok().and_then(|i| out.get_mut(i)) {
            *slot = Some(expression);
        }
    }
    tx.rollback().await.map_err(db("ending the default probe"))?;
    Ok(out)
}
