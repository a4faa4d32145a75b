//! The config keys as drizzle-kit defines them, typed; a wrong type names the key.

use anyhow::{Result, bail};
use dbkit_pg::connect::{Credentials, SslSetting};
use serde::Deserialize;

use super::{Connection, Env};

/// Keys that only later commands use (schema, filters, casing, …) are still typed here, so a
/// mistyped value fails on every command, not just the one that reads it.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(dead_code)]
pub struct RawConfig {
    pub dialect: Option<String>,
    pub schema: Option<OneOrMany>,
    pub out: Option<String>,
    pub driver: Option<String>,
    pub db_credentials: Option<RawCredentials>,
    pub migrations: Option<RawMigrations>,
    pub tables_filter: Option<OneOrMany>,
    pub schema_filter: Option<OneOrMany>,
    pub extensions_filters: Option<Vec<String>>,
    pub casing: Option<RawCasing>,
    pub breakpoints: Option<bool>,
    pub strict: Option<bool>,
    pub verbose: Option<bool>,
    pub introspect: Option<RawIntrospect>,
    pub entities: Option<RawEntities>,
}

/// `introspect: { casing }`: how `pull` names keys.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct RawIntrospect {
    pub casing: Option<RawIntrospectCasing>,
    /// dbkit's own key (drizzle-kit ignores it): `'single'` (default) or `'per-table'`.
    pub layout: Option<RawLayout>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RawLayout {
    Single,
    PerTable,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RawIntrospectCasing {
    Camel,
    Preserve,
}

/// `entities: { roles }`: which roles `pull` and `push` manage.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct RawEntities {
    pub roles: Option<RawRoles>,
}

/// `roles: true`, or `{ provider: 'supabase' | 'neon', include: [...], exclude: [...] }`.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum RawRoles {
    Bool(bool),
    Listed { provider: Option<String>, include: Option<Vec<String>>, exclude: Option<Vec<String>> },
}

/// `casing`: how column names are derived from JS keys without an explicit name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum RawCasing {
    #[serde(rename = "camelCase")]
    CamelCase,
    #[serde(rename = "snake_case")]
    SnakeCase,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct RawMigrations {
    pub table: Option<String>,
    pub schema: Option<String>,
    /// dbkit's own key (drizzle-kit ignores it): `generate` also writes `down.sql`.
    pub down: Option<bool>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct RawCredentials {
    pub url: Option<String>,
    pub host: Option<String>,
    pub port: Option<Port>,
    pub user: Option<String>,
    pub password: Option<String>,
    pub database: Option<String>,
    pub ssl: Option<RawSsl>,
}

/// node-postgres takes the port as a number or a numeric string.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Port {
    Number(u16),
    Text(String),
}

#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum RawSsl {
    Bool(bool),
    Mode(String),
    Object {
        #[serde(rename = "rejectUnauthorized")]
        reject_unauthorized: Option<bool>,
        ca: Option<String>,
    },
}

impl RawConfig {
    pub fn from_value(value: serde_json::Value, display: &str) -> Result<RawConfig> {
        serde_path_to_error::deserialize(value).map_err(|e| {
            let path = e.path().to_string();
            let inner = e.into_inner().to_string();
            anyhow::anyhow!("{display}: `{path}` has the wrong type: {}; see drizzle-kit's config reference", tidy(&inner))
        })
    }
}

/// `--dialect` and `--driver`, as drizzle-kit command lines pass them.
pub fn check_dialect_flags(dialect: Option<&str>, driver: Option<&str>) -> Result<()> {
    if let Some(other) = dialect.filter(|d| *d != "postgresql") {
        bail!("--dialect {other} is not supported: dbkit works with PostgreSQL (--dialect postgresql)");
    }
    if let Some(other) = driver {
        bail!("--driver {other} is not supported: dbkit talks to PostgreSQL over its wire protocol; remove --driver and give --url");
    }
    Ok(())
}

impl RawConfig {
    pub fn check_dialect(&self, display: &str) -> Result<()> {
        match self.dialect.as_deref() {
            None | Some("postgresql") => {}
            Some(other) => bail!("{display}: dialect '{other}' is not supported: dbkit works with PostgreSQL (dialect: 'postgresql')"),
        }
        match self.driver.as_deref() {
            None => Ok(()),
            Some(other) => bail!(
                "{display}: driver '{other}' is not supported: dbkit talks to PostgreSQL over its wire protocol; remove `driver` and give dbCredentials"
            ),
        }
    }
}

/// serde's untagged-enum message is vague; say what is accepted instead.
fn tidy(message: &str) -> String {
    if message.starts_with("data did not match any variant of untagged enum Port") {
        return "expected a port number such as 5433".into();
    }
    if message.starts_with("data did not match any variant of untagged enum RawSsl") {
        return "expected true/false, a mode such as 'require', or { rejectUnauthorized, ca }".into();
    }
    if message.starts_with("data did not match any variant of untagged enum RawRoles") {
        return "expected true/false or { provider, include, exclude }".into();
    }
    if message.starts_with("data did not match any variant of untagged enum OneOrMany") {
        return "expected a string or an array of strings".into();
    }
    message.to_string()
}

impl RawCredentials {
    /// drizzle's two forms: `url`, or `host`+`database`. Missing pieces of the host form fall back
    /// to libpq's PG* variables, as node-postgres does.
    pub(super) fn into_connection(self, env: &Env) -> Connection {
        if let Some(url) = self.url {
            return Connection::Url(url);
        }
        let host = self.host.or_else(|| env.get("PGHOST"));
        let database = self.database.or_else(|| env.get("PGDATABASE"));
        let (Some(host), Some(database)) = (host, database) else {
            return Connection::Missing;
        };
        let port = match self.port {
            Some(Port::Number(p)) => Some(p),
            Some(Port::Text(t)) => t.trim().parse().ok(),
            None => env.get("PGPORT").and_then(|p| p.parse().ok()),
        };
        Connection::Credentials(Credentials {
            host,
            port,
            user: self.user.or_else(|| env.get("PGUSER")),
            password: self.password.or_else(|| env.get("PGPASSWORD")),
            database,
            ssl: self.ssl.map(|s| match s {
                RawSsl::Bool(b) => SslSetting::Bool(b),
                RawSsl::Mode(m) => SslSetting::Mode(m),
                RawSsl::Object { reject_unauthorized, ca } => SslSetting::Object { reject_unauthorized, ca },
            }),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn wrong_types_name_the_key() {
        let err = RawConfig::from_value(json!({"dbCredentials": {"port": true}}), "drizzle.config.ts").unwrap_err();
        assert_eq!(
            err.to_string(),
            "drizzle.config.ts: `dbCredentials.port` has the wrong type: expected a port number such as 5433; see drizzle-kit's config reference"
        );
        let err = RawConfig::from_value(json!({"out": 5}), "drizzle.config.json").unwrap_err();
        assert!(err.to_string().starts_with("drizzle.config.json: `out` has the wrong type: invalid type: integer `5`"), "{err}");
    }

    #[test]
    fn unknown_keys_are_ignored_like_drizzle_kit() {
        let raw = RawConfig::from_value(json!({"out": "./x", "somethingNew": 1, "migrations": {"prefix": "timestamp"}}), "c").unwrap();
        assert_eq!(raw.out.as_deref(), Some("./x"));
    }

    #[test]
    fn other_dialects_and_drivers_are_refused() {
        let raw = RawConfig::from_value(json!({"dialect": "mysql"}), "c").unwrap();
        assert!(raw.check_dialect("drizzle.config.ts").unwrap_err().to_string().contains("dialect 'mysql' is not supported"));
        let raw = RawConfig::from_value(json!({"dialect": "postgresql", "driver": "pglite"}), "c").unwrap();
        assert!(raw.check_dialect("c").is_err());
    }

    #[test]
    fn host_credentials_fall_back_to_pg_variables() {
        let raw = RawConfig::from_value(json!({"dbCredentials": {"host": "localhost", "port": "5433", "database": "test"}}), "c").unwrap();
        let env = Env::from_pairs(&[("PGPASSWORD", "from-env"), ("PGUSER", "app")]);
        match raw.db_credentials.unwrap().into_connection(&env) {
            Connection::Credentials(c) => {
                assert_eq!(c.port, Some(5433));
                assert_eq!(c.user.as_deref(), Some("app"));
                assert_eq!(c.password.as_deref(), Some("from-env"));
            }
            other => panic!("{other:?}"),
        }
    }
}
