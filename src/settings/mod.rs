//! Config file + CLI flags + environment → one resolved [`Settings`] value.
//!
//! The keys are drizzle-kit's (`dialect schema out dbCredentials migrations tablesFilter
//! schemaFilter extensionsFilters casing breakpoints strict verbose …`); unknown keys are ignored
//! as drizzle-kit's zod schema does, but a known key with the wrong type is an error naming it.
//! A value only a package dbkit does not run could compute (`env.DATABASE_URL` from
//! `@t3-oss/env-nextjs`) is an error only for a command that reads that key ([`needs`]).

mod file;
mod raw;

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use dbkit_pg::connect::{ConnectOptions, Credentials};
use dbkit_pg::introspect::{Filters, MigrationsTable, RolesFilter};
use dbkit_pg::runner::Bookkeeping;
use dbkit_ts::{Cause, Unknown};

pub use file::Env;
use raw::{RawConfig, RawCredentials};

use crate::cli::{ConfigArgs, ConnectionArgs};

/// What command-line flags override in the config file.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub url: Option<String>,
    /// drizzle-kit's --host/--port/--user/--password/--database/--ssl, when any is given.
    pub credentials: Option<RawCredentials>,
    pub out: Option<PathBuf>,
    pub migrations_table: Option<String>,
    pub migrations_schema: Option<String>,
    pub schema: Vec<String>,
    pub breakpoints: Option<bool>,
    /// `--casing` was given (applied where the schema is read).
    pub casing: bool,
    pub tables_filter: Vec<String>,
    pub schema_filter: Vec<String>,
    pub extensions_filters: Vec<String>,
    /// `--introspect-casing preserve` (Some(true)) or `camel` (Some(false)).
    pub introspect_preserve: Option<bool>,
    /// `--layout per-table` (Some(true)) or `single` (Some(false)).
    pub per_table: Option<bool>,
}

/// The config keys each command reads, besides `dialect` and `driver` (read by all) and
/// `dbCredentials` (read when connecting, see [`Settings::connect_options`]).
pub mod needs {
    pub const GENERATE: &[&str] = &["out", "schema", "casing", "breakpoints", "migrations"];
    pub const EXPORT: &[&str] = &["schema", "casing"];
    /// `check` and `up`: the migrations folder only.
    pub const FOLDER: &[&str] = &["out"];
    /// `migrate` and `status`.
    pub const MIGRATE: &[&str] = &["out", "migrations", "verbose"];
    pub const DB: &[&str] = &[];
    pub const PUSH: &[&str] =
        &["schema", "casing", "tablesFilter", "schemaFilter", "extensionsFilters", "entities", "migrations", "verbose", "strict"];
    pub const PULL: &[&str] =
        &["out", "schema", "breakpoints", "tablesFilter", "schemaFilter", "extensionsFilters", "introspect", "entities", "migrations"];
}

impl Overrides {
    /// Whether a flag gives the value of config key `path` (`dbCredentials.url`, `out`, …).
    fn cover(&self, path: &str) -> bool {
        match top_key(path) {
            "out" => self.out.is_some(),
            "schema" => !self.schema.is_empty(),
            "breakpoints" => self.breakpoints.is_some(),
            "casing" => self.casing,
            "tablesFilter" => !self.tables_filter.is_empty(),
            "schemaFilter" => !self.schema_filter.is_empty(),
            "extensionsFilters" => !self.extensions_filters.is_empty(),
            "introspect" => self.introspect_preserve.is_some() && self.per_table.is_some(),
            "dbCredentials" => self.url.is_some() || self.credentials.is_some(),
            "migrations" => match path {
                "migrations.table" => self.migrations_table.is_some(),
                "migrations.schema" => self.migrations_schema.is_some(),
                _ => self.migrations_table.is_some() && self.migrations_schema.is_some(),
            },
            _ => false,
        }
    }
}

/// `dbCredentials` of `dbCredentials.url`, `schema` of `schema[1]`; "" for the whole config.
fn top_key(path: &str) -> &str {
    path.split(['.', '[']).next().unwrap_or_default()
}

impl From<&ConnectionArgs> for Overrides {
    fn from(a: &ConnectionArgs) -> Self {
        Overrides {
            url: a.url.clone(),
            credentials: credentials(&a.credentials),
            out: a.out.clone(),
            migrations_table: a.migrations_table.clone(),
            migrations_schema: a.migrations_schema.clone(),
            ..Overrides::default()
        }
    }
}

/// Everything a command needs to know about the project, resolved once.
#[derive(Debug)]
pub struct Settings {
    /// The config file that was read, if any (absolute).
    pub config_path: Option<PathBuf>,
    /// How the config file is named in messages (relative to the current folder when possible).
    pub config_display: String,
    /// The migrations folder (`out`), relative to the current folder as drizzle-kit resolves it.
    pub out: PathBuf,
    /// `out` as the user wrote it, for messages (`drizzle`, not `./drizzle`).
    pub out_display: String,
    pub bookkeeping: Bookkeeping,
    pub verbose: bool,
    /// `schema`: files, folders and globs of the TypeScript schema.
    pub schema: Vec<String>,
    /// `breakpoints` (default true): join statements with `--> statement-breakpoint`.
    pub breakpoints: bool,
    /// `casing`: Some(true) for snake_case, Some(false) for camelCase, None when unset.
    pub snake_case: Option<bool>,
    /// What `pull` reads: `schemaFilter`, `tablesFilter`, `extensionsFilters`, `entities.roles`,
    /// and the bookkeeping table it leaves out.
    pub filters: Filters,
    /// `introspect.casing: 'preserve'` (keys are the database names); camel otherwise.
    pub introspect_preserve: bool,
    /// `introspect.layout: 'per-table'`: pull writes one file per table into the schema folder.
    pub per_table: bool,
    /// `migrations.down`: generate also writes `down.sql`.
    pub down: bool,
    connection: Connection,
    unknown: Vec<Unknown>,
}

/// Where the connection settings come from.
#[derive(Debug)]
enum Connection {
    Url(String),
    Credentials(Credentials),
    /// Computed by a package dbkit does not run.
    Unknown(Unknown),
    Missing,
}

impl Settings {
    /// Reads the config (or none, when `allow_missing`) and applies the CLI overrides. `needs` are
    /// the keys the command reads (see [`needs`]): one whose value is not known fails here.
    pub fn resolve(
        cwd: &Path,
        config: &ConfigArgs,
        overrides: &Overrides,
        mut env: Env,
        allow_missing: bool,
        needs: &[&str],
    ) -> Result<Settings> {
        let path = file::find(cwd, config.config.as_deref())?;
        let (raw, config_path, config_display, unknown) = match path {
            Some(path) => {
                let display = display_path(cwd, &path);
                let loaded = file::load(cwd, &path, &display, &mut env)?;
                (RawConfig::from_value(loaded.value, &display)?, Some(loaded.path), display, loaded.unknown)
            }
            None if allow_missing || overrides.url.is_some() || overrides.credentials.is_some() => {
                (RawConfig::default(), None, "(no config file)".into(), Vec::new())
            }
            None => bail!(
                "no drizzle.config.ts, drizzle.config.js, drizzle.config.json or migrations.toml in {}; create one, pass --config <path>, or pass --url",
                cwd.display()
            ),
        };
        let needed = |u: &&Unknown| {
            let key = top_key(&u.path);
            (key.is_empty() || ["dialect", "driver"].contains(&key) || needs.contains(&key)) && !overrides.cover(&u.path)
        };
        if let Some(u) = unknown.iter().filter(|u| matches!(u.cause, Cause::Package { .. })).find(needed) {
            bail!("{}", unknown_message(&config_display, u, "this command"));
        }
        raw.check_dialect(&config_display)?;
        raw::check_dialect_flags(config.dialect.as_deref(), config.driver.as_deref())?;
        let out_raw =
            overrides.out.as_ref().map(|p| p.to_string_lossy().into_owned()).or(raw.out.clone()).unwrap_or_else(|| "drizzle".into());
        let out_display = out_raw.trim_start_matches("./").trim_end_matches('/').to_string();
        let out_display = if out_display.is_empty() { ".".to_string() } else { out_display };
        let migrations = raw.migrations.clone().unwrap_or_default();
        let defaults = Bookkeeping::default();
        let bookkeeping = Bookkeeping {
            schema: overrides.migrations_schema.clone().or(migrations.schema).unwrap_or(defaults.schema),
            table: overrides.migrations_table.clone().or(migrations.table).unwrap_or(defaults.table),
        };
        let schema = if overrides.schema.is_empty() {
            match &raw.schema {
                Some(raw::OneOrMany::One(s)) => vec![s.clone()],
                Some(raw::OneOrMany::Many(v)) => v.clone(),
                None => Vec::new(),
            }
        } else {
            overrides.schema.clone()
        };
        let breakpoints = overrides.breakpoints.or(raw.breakpoints).unwrap_or(true);
        let list = |flag: &Vec<String>, key: &Option<raw::OneOrMany>| match (flag.is_empty(), key) {
            (false, _) => flag.clone(),
            (true, Some(raw::OneOrMany::One(s))) => vec![s.clone()],
            (true, Some(raw::OneOrMany::Many(v))) => v.clone(),
            (true, None) => Vec::new(),
        };
        let roles = match raw.entities.as_ref().and_then(|e| e.roles.clone()) {
            None | Some(raw::RawRoles::Bool(false)) => RolesFilter::Off,
            Some(raw::RawRoles::Bool(true)) => RolesFilter::All,
            Some(raw::RawRoles::Listed { provider, include, exclude }) => {
                RolesFilter::Listed { provider, include: include.unwrap_or_default(), exclude: exclude.unwrap_or_default() }
            }
        };
        let filters = Filters {
            schemas: list(&overrides.schema_filter, &raw.schema_filter),
            tables: list(&overrides.tables_filter, &raw.tables_filter),
            extensions: if overrides.extensions_filters.is_empty() {
                raw.extensions_filters.clone().unwrap_or_default()
            } else {
                overrides.extensions_filters.clone()
            },
            roles,
            migrations: MigrationsTable { schema: bookkeeping.schema.clone(), table: bookkeeping.table.clone() },
        };
        let per_table =
            overrides.per_table.unwrap_or_else(|| raw.introspect.as_ref().and_then(|i| i.layout) == Some(raw::RawLayout::PerTable));
        let introspect_preserve = overrides
            .introspect_preserve
            .unwrap_or_else(|| raw.introspect.as_ref().and_then(|i| i.casing) == Some(raw::RawIntrospectCasing::Preserve));
        let package_credentials = unknown.iter().find(|u| top_key(&u.path) == "dbCredentials" && matches!(u.cause, Cause::Package { .. }));
        let connection = match (&overrides.url, &overrides.credentials, package_credentials, raw.db_credentials) {
            (Some(url), _, _, _) => Connection::Url(url.clone()),
            (None, Some(flags), _, _) => flags.clone().into_connection(&env),
            (None, None, Some(u), _) => Connection::Unknown(u.clone()),
            (None, None, None, Some(c)) => c.into_connection(&env),
            (None, None, None, None) => Connection::Missing,
        };
        Ok(Settings {
            config_path,
            config_display,
            out: cwd.join(&out_raw),
            out_display,
            bookkeeping,
            verbose: raw.verbose.unwrap_or(false),
            schema,
            breakpoints,
            snake_case: raw.casing.map(|c| c == raw::RawCasing::SnakeCase),
            filters,
            introspect_preserve,
            per_table,
            down: raw.migrations.as_ref().and_then(|m| m.down).unwrap_or(false),
            connection,
            unknown,
        })
    }

    /// The connection to use, or an error saying which setting is missing and why.
    pub fn connect_options(&self) -> Result<ConnectOptions> {
        match &self.connection {
            Connection::Url(url) => Ok(ConnectOptions::from_url(url)?),
            Connection::Credentials(c) => Ok(ConnectOptions::from_credentials(c)?),
            Connection::Unknown(u) => bail!("{}", unknown_message(&self.config_display, u, "the database connection")),
            Connection::Missing => {
                if let Some(u) = self.unknown.iter().find(|u| u.path.starts_with("dbCredentials")) {
                    bail!("{}", unknown_message(&self.config_display, u, "the database connection"));
                }
                bail!(
                    "{}: no database connection: add dbCredentials (url, or host/port/user/password/database) or pass --url",
                    self.config_display
                )
            }
        }
    }
}

/// Why `needed_for` cannot have the value of a config key, e.g. `drizzle.config.ts:7:10:
/// dbCredentials.url is undefined: `process.env.DATABASE_URL` has no value …` or
/// `drizzle.config.ts:9:10: dbCredentials.url is unknown: `env.DATABASE_URL` is computed by
/// '@t3-oss/env-nextjs', which dbkit does not run …; pass --url, or …`.
fn unknown_message(config: &str, u: &Unknown, needed_for: &str) -> String {
    let at = if u.line > 0 { format!("{config}:{}:{}", u.line, u.column) } else { config.to_string() };
    let Cause::Package { module } = &u.cause else {
        return format!(
            "{at}: {} is undefined: `{}` has no value, and {needed_for} needs it; set the variable (in the environment or .env) or give a default",
            u.path, u.expr
        );
    };
    let key = if u.path.is_empty() { "the config".to_string() } else { u.path.clone() };
    let flag = match top_key(&u.path) {
        "dbCredentials" => Some("--url"),
        "out" => Some("--out"),
        "schema" => Some("--schema"),
        "casing" => Some("--casing"),
        "breakpoints" => Some("--breakpoints"),
        "migrations" => Some("--migrations-table and --migrations-schema"),
        "tablesFilter" => Some("--tablesFilter"),
        "schemaFilter" => Some("--schemaFilter"),
        "extensionsFilters" => Some("--extensionsFilters"),
        "introspect" => Some("--introspect-casing"),
        _ => None,
    };
    // `env.DATABASE_URL` names the variable the package reads, most likely.
    let variable = u
        .expr
        .rsplit_once('.')
        .map(|(_, name)| name)
        .filter(|name| name.len() > 1 && name.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'));
    let instead = match variable {
        Some(name) => format!("use `process.env.{name}` in the config"),
        None => "write the value in the config".to_string(),
    };
    let remedy = match flag {
        Some(flag) => format!("pass {flag}, or {instead}"),
        None => instead,
    };
    format!(
        "{at}: {key} is unknown: `{}` is computed by '{module}', which dbkit does not run (it reads {config} without Node), and {needed_for} needs it; {remedy}",
        u.expr
    )
}

/// `path` relative to `cwd` when it is inside it, else absolute.
fn display_path(cwd: &Path, path: &Path) -> String {
    path.strip_prefix(cwd).unwrap_or(path).to_string_lossy().into_owned()
}

/// The connection flags as the `dbCredentials` they stand for (`None` when none is given).
pub fn credentials(flags: &crate::cli::CredentialArgs) -> Option<RawCredentials> {
    flags.given().then(|| RawCredentials {
        url: None,
        host: flags.host.clone(),
        port: flags.port.map(raw::Port::Number),
        user: flags.user.clone(),
        password: flags.password.clone(),
        database: flags.database.clone(),
        ssl: flags.ssl.as_deref().map(|s| match s {
            "true" => raw::RawSsl::Bool(true),
            "false" => raw::RawSsl::Bool(false),
            mode => raw::RawSsl::Mode(mode.to_string()),
        }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unknown(path: &str, expr: &str, cause: Cause) -> Unknown {
        Unknown { path: path.into(), expr: expr.into(), line: 9, column: 10, cause }
    }

    #[test]
    fn flags_cover_the_keys_they_give() {
        let flags =
            Overrides { url: Some("postgres://x".into()), migrations_table: Some("t".into()), casing: true, ..Overrides::default() };
        for path in ["dbCredentials.url", "dbCredentials", "casing", "migrations.table"] {
            assert!(flags.cover(path), "{path}");
        }
        for path in ["out", "schema[1]", "migrations.schema", "migrations", ""] {
            assert!(!flags.cover(path), "{path}");
        }
        assert_eq!([top_key("schema[1]"), top_key("dbCredentials.url"), top_key("")], ["schema", "dbCredentials", ""]);
    }

    #[test]
    fn messages_say_where_why_and_what_to_do() {
        let package = Cause::Package { module: "@t3-oss/env-nextjs".into() };
        let message = unknown_message("drizzle.config.ts", &unknown("out", "paths.out", package.clone()), "this command");
        assert_eq!(
            message,
            "drizzle.config.ts:9:10: out is unknown: `paths.out` is computed by '@t3-oss/env-nextjs', which dbkit does not run (it reads drizzle.config.ts without Node), and this command needs it; pass --out, or write the value in the config"
        );
        let message = unknown_message("drizzle.config.ts", &unknown("", "{ ...env }", package), "this command");
        assert!(message.starts_with("drizzle.config.ts:9:10: the config is unknown: `{ ...env }`"), "{message}");
        assert!(message.ends_with("needs it; write the value in the config"), "{message}");
        let message =
            unknown_message("c.ts", &unknown("dbCredentials.url", "process.env.DATABASE_URL", Cause::Undefined), "the database connection");
        assert!(message.starts_with("c.ts:9:10: dbCredentials.url is undefined: `process.env.DATABASE_URL` has no value"), "{message}");
    }
}
