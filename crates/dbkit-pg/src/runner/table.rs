//! The `__drizzle_migrations` bookkeeping table: its shapes, creation, upgrade and rows.
//!
//! Shapes, as drizzle-orm creates them:
//! - 0.45 ("legacy"): `id serial, hash text not null, created_at bigint`;
//! - 1.0 ("current"): the same plus `name text, applied_at timestamptz default now()`.
//!
//! The DDL text is drizzle-orm's own (template-literal whitespace included), so a table made by
//! dbkit is indistinguishable from one made by the runtime.

use dbkit_core::migrations::{AppliedRow, LocalMigration, legacy::backfill_names};
use tokio_postgres::GenericClient;

use super::error::{MigrateError, db};

/// Where the bookkeeping rows live (`migrations.schema` / `migrations.table` in the config).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bookkeeping {
    pub schema: String,
    pub table: String,
}

impl Default for Bookkeeping {
    fn default() -> Self {
        Bookkeeping { schema: "drizzle".into(), table: "__drizzle_migrations".into() }
    }
}

impl Bookkeeping {
    /// `"drizzle"."__drizzle_migrations"`
    pub fn qualified(&self) -> String {
        format!("{}.{}", quote_ident(&self.schema), quote_ident(&self.table))
    }

    /// `drizzle.__drizzle_migrations`, for messages.
    pub fn display(&self) -> String {
        format!("{}.{}", self.schema, self.table)
    }

    fn create_schema_sql(&self) -> String {
        format!("CREATE SCHEMA IF NOT EXISTS {}", quote_ident(&self.schema))
    }

    fn create_table_sql(&self, shape: Shape) -> String {
        let extra = match shape {
            Shape::Legacy => "",
            _ => ",\n\t\t\t\tname text,\n\t\t\t\tapplied_at timestamp with time zone DEFAULT now()",
        };
        format!(
            "\n\t\t\tCREATE TABLE IF NOT EXISTS {} (\n\t\t\t\tid SERIAL PRIMARY KEY,\n\t\t\t\thash text NOT NULL,\n\t\t\t\tcreated_at bigint{extra}\n\t\t\t)\n\t\t",
            self.qualified()
        )
    }
}

/// PostgreSQL identifier quoting, as drizzle's `sql.identifier` does it.
pub fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Which shape the bookkeeping table has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Missing,
    /// drizzle-orm 0.45: no `name` column.
    Legacy,
    /// drizzle-orm 1.0.
    Current,
}

pub async fn shape(client: &impl GenericClient, bk: &Bookkeeping) -> Result<Shape, MigrateError> {
    let rows = client
        .query(
            "select a.attname::text from pg_catalog.pg_attribute a \
             join pg_catalog.pg_class c on c.oid = a.attrelid \
             join pg_catalog.pg_namespace n on n.oid = c.relnamespace \
             where n.nspname = $1 and c.relname = $2 and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped",
            &[&bk.schema, &bk.table],
        )
        .await
        .map_err(db(format!("reading the columns of {}", bk.display())))?;
    if rows.is_empty() {
        return Ok(Shape::Missing);
    }
    let has_name = rows.iter().any(|r| r.get::<_, &str>(0) == "name");
    Ok(if has_name { Shape::Current } else { Shape::Legacy })
}

/// Creates the schema and table in `shape` (nothing happens if they exist).
pub async fn create(client: &impl GenericClient, bk: &Bookkeeping, shape: Shape) -> Result<(), MigrateError> {
    let doing = format!("creating {}", bk.display());
    client.batch_execute(&bk.create_schema_sql()).await.map_err(db(doing.clone()))?;
    client.batch_execute(&bk.create_table_sql(shape)).await.map_err(db(doing))?;
    Ok(())
}

/// Every bookkeeping row, oldest first.
pub async fn rows(client: &impl GenericClient, bk: &Bookkeeping, shape: Shape) -> Result<Vec<AppliedRow>, MigrateError> {
    let sql = match shape {
        Shape::Missing => return Ok(Vec::new()),
        Shape::Legacy => format!("select id, hash, created_at, null::text, null::text from {} order by id", bk.qualified()),
        Shape::Current => format!(
            "select id, hash, created_at, name, to_char(applied_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') from {} order by id",
            bk.qualified()
        ),
    };
    let rows = client.query(&sql, &[]).await.map_err(db(format!("reading {}", bk.display())))?;
    Ok(rows
        .iter()
        .map(|r| AppliedRow { id: r.get(0), hash: r.get(1), created_at: r.get(2), name: r.get(3), applied_at: r.get(4) })
        .collect())
}

/// Upgrades a 0.45 table in place exactly as drizzle-orm 1.0's `upgradeIfNeeded` does: add
/// `name` and `applied_at`, back-fill each row's folder name, set `applied_at` to NULL. Runs in
/// one transaction; rows that match no local migration stop it before anything changes.
pub async fn upgrade_legacy(
    client: &mut tokio_postgres::Client,
    bk: &Bookkeeping,
    local: &[LocalMigration],
) -> Result<usize, MigrateError> {
    let old = rows(client, bk, Shape::Legacy).await?;
    let named = backfill_names(&old, local).map_err(|ids| MigrateError::LegacyUnmatched { table: bk.display(), ids })?;
    let doing = format!("upgrading {} to drizzle-orm 1.0's shape", bk.display());
    let tx = client.transaction().await.map_err(db(doing.clone()))?;
    let table = bk.qualified();
    tx.batch_execute(&format!(
        "ALTER TABLE {table} ADD COLUMN IF NOT EXISTS \"name\" text;\
         ALTER TABLE {table} ADD COLUMN IF NOT EXISTS \"applied_at\" timestamp with time zone DEFAULT now();"
    ))
    .await
    .map_err(db(doing.clone()))?;
    let update = format!("UPDATE {table} SET \"name\" = $1, \"applied_at\" = NULL WHERE \"id\" = $2");
    for (id, name) in &named {
        tx.execute(&update, &[name, id]).await.map_err(db(doing.clone()))?;
    }
    tx.commit().await.map_err(db(doing))?;
    Ok(named.len())
}

/// Records one applied migration, as drizzle-orm's migrator does.
pub async fn record(client: &impl GenericClient, bk: &Bookkeeping, shape: Shape, m: &LocalMigration) -> Result<(), MigrateError> {
    let doing = format!("recording {} in {}", m.name, bk.display());
    let table = bk.qualified();
    let result = match shape {
        Shape::Legacy => {
            let sql = format!("insert into {table} (\"hash\", \"created_at\") values($1, $2)");
            client.execute(&sql, &[&m.hash, &m.created_at]).await
        }
        _ => {
            let sql = format!("insert into {table} (\"hash\", \"created_at\", \"name\") values($1, $2, $3)");
            client.execute(&sql, &[&m.hash, &m.created_at, &m.record_name]).await
        }
    };
    result.map(drop).map_err(db(doing))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ddl_is_drizzle_orms_text() {
        let bk = Bookkeeping::default();
        assert_eq!(bk.create_schema_sql(), "CREATE SCHEMA IF NOT EXISTS \"drizzle\"");
        assert_eq!(
            bk.create_table_sql(Shape::Current),
            "\n\t\t\tCREATE TABLE IF NOT EXISTS \"drizzle\".\"__drizzle_migrations\" (\n\t\t\t\tid SERIAL PRIMARY KEY,\n\t\t\t\thash text NOT NULL,\n\t\t\t\tcreated_at bigint,\n\t\t\t\tname text,\n\t\t\t\tapplied_at timestamp with time zone DEFAULT now()\n\t\t\t)\n\t\t"
        );
        assert_eq!(
            bk.create_table_sql(Shape::Legacy),
            "\n\t\t\tCREATE TABLE IF NOT EXISTS \"drizzle\".\"__drizzle_migrations\" (\n\t\t\t\tid SERIAL PRIMARY KEY,\n\t\t\t\thash text NOT NULL,\n\t\t\t\tcreated_at bigint\n\t\t\t)\n\t\t"
        );
    }

    #[test]
    fn quotes_identifiers() {
        assert_eq!(quote_ident("we\"ird"), "\"we\"\"ird\"");
    }
}
