//! Config file + CLI flags + environment → one resolved [`Settings`] value.
//!
//! The keys are drizzle-kit's (`dialect schema out dbCredentials migrations tablesFilter
//! schemaFilter extensionsFilters casing breakpoints strict verbose …`); unknown keys are ignored
//! as drizzle-kit's zod schema does, but a known key with the wrong type is an error naming it.

mod file;
mod raw;

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use dbkit_pg::connect::{ConnectOptions, Credentials};
use dbkit_pg::runner::Bookkeeping;
use dbkit_ts::Undefined;

pub use file::Env;
use raw::RawConfig;

use crate::cli::{ConfigArgs, ConnectionArgs};

/// What command-line flags override in the config file.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub url: Option<String>,
    pub out: Option<PathBuf>,
    pub migrations_table: Option<String>,
    pub migrations_schema: Option<String>,
    pub schema: Vec<String>,
    pub breakpoints: Option<bool>,
}

impl From<&ConnectionArgs> for Overrides {
    fn from(a: &ConnectionArgs) -> Self {
        Overrides {
            url: a.url.clone(),
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
    connection: Connection,
    undefined: Vec<Undefined>,
}

/// Where the connection settings come from.
#[derive(Debug)]
enum Connection {
    Url(String),
    Credentials(Credentials),
    Missing,
}

impl Settings {
    /// Reads the config (or none, when `allow_missing`) and applies the CLI overrides.
    pub fn resolve(cwd: &Path, config: &ConfigArgs, overrides: &Overrides, mut env: Env, allow_missing: bool) -> Result<Settings> {
        let path = file::find(cwd, config.config.as_deref())?;
        let (raw, config_path, config_display, undefined) = match path {
            Some(path) => {
                let display = display_path(cwd, &path);
                let loaded = file::load(&path, &display, &mut env)?;
                (RawConfig::from_value(loaded.value, &display)?, Some(loaded.path), display, loaded.undefined)
            }
            None if allow_missing || overrides.url.is_some() => (RawConfig::default(), None, "(no config file)".into(), Vec::new()),
            None => bail!(
                "no drizzle.config.ts, drizzle.config.js, drizzle.config.json or migrations.toml in {}; create one, pass --config <path>, or pass --url",
                cwd.display()
            ),
        };
        raw.check_dialect(&config_display)?;
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
        let connection = match (&overrides.url, raw.db_credentials) {
            (Some(url), _) => Connection::Url(url.clone()),
            (None, Some(c)) => c.into_connection(&env),
            (None, None) => Connection::Missing,
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
            connection,
            undefined,
        })
    }

    /// The connection to use, or an error saying which setting is missing and why.
    pub fn connect_options(&self) -> Result<ConnectOptions> {
        match &self.connection {
            Connection::Url(url) => Ok(ConnectOptions::from_url(url)?),
            Connection::Credentials(c) => Ok(ConnectOptions::from_credentials(c)?),
            Connection::Missing => {
                if let Some(u) = self.undefined.iter().find(|u| u.path.starts_with("dbCredentials")) {
                    bail!("{}", self.undefined_message(u, "the database connection"));
                }
                bail!(
                    "{}: no database connection: add dbCredentials (url, or host/port/user/password/database) or pass --url",
                    self.config_display
                )
            }
        }
    }

    /// `drizzle.config.ts:7:10: dbCredentials.url is undefined (process.env.DATABASE_URL is not set) …`
    fn undefined_message(&self, u: &Undefined, needed_for: &str) -> String {
        let at = if u.line > 0 { format!("{}:{}:{}", self.config_display, u.line, u.column) } else { self.config_display.clone() };
        format!(
            "{at}: {} is undefined: `{}` has no value, and {needed_for} needs it; set the variable (in the environment or .env) or give a default",
            u.path, u.expr
        )
    }
}

/// `path` relative to `cwd` when it is inside it, else absolute.
fn display_path(cwd: &Path, path: &Path) -> String {
    path.strip_prefix(cwd).unwrap_or(path).to_string_lossy().into_owned()
}
