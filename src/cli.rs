//! The command line: clap structs with drizzle-kit 1.0's command and flag spellings.
//!
//! Only commands that work are listed. Flags given here override the config file.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "dbkit",
    version,
    about = "Fast, CI-safe migrations for TypeScript teams on PostgreSQL — a drop-in drizzle-kit replacement",
    after_help = "Exit codes: 0 done, 1 error, 2 a decision is needed, 3 (status) migrations pending or modified.\n\
                  Configuration: drizzle.config.ts/.js/.json (read without Node) or migrations.toml in the current folder."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Apply pending migrations from the migrations folder (drizzle-kit migrate)
    Migrate(MigrateArgs),
    /// Show which migrations are applied, pending, modified or missing
    #[command(after_help = "Exit codes: 0 up to date, 1 error, 3 something is pending or modified.")]
    Status(StatusArgs),
    /// Check the migrations folder: snapshot history and conflicting branches
    Check(CheckArgs),
    /// Convert a drizzle-kit 0.31 migrations folder (meta/_journal.json) to the 1.0 layout, in place
    Up(FolderArgs),
    /// Diff the TypeScript schema against the migrations folder and write the next migration
    #[command(after_help = "Exit codes: 0 written or nothing to do, 1 error, 2 a rename question has no answer (no terminal): \
                            the output lists the --hints that answer it.")]
    Generate(GenerateArgs),
    /// Print the SQL that creates the whole TypeScript schema from an empty database
    Export(ExportArgs),
    /// Make the database match the TypeScript schema, without migration files (drizzle-kit push)
    #[command(after_help = "Exit codes: 0 applied, nothing to do, or aborted at the prompt; 1 error; 2 a rename or data-loss \
                            question has no answer (no terminal): the output lists the --hints that answer it.")]
    Push(PushArgs),
    /// Undo applied migrations, newest first: the folder's down.sql, or computed from its snapshots
    #[command(after_help = "Exit codes: 0 reverted (or nothing changed with --dry-run), 1 error, 2 data would be lost and there is no \
                            terminal to ask: pass --force.")]
    Revert(RevertArgs),
    /// Restore a backup written by --backup into the database (after a confirmation)
    #[command(after_help = "Exit codes: 0 restored or aborted at the prompt, 1 error, 2 no terminal to confirm: pass --force.")]
    Restore(RestoreArgs),
    /// Read the database into TypeScript: <out>/schema.ts, relations.ts and a first migration (drizzle-kit pull)
    #[command(visible_alias = "introspect")]
    Pull(PullArgs),
    /// Run a local development PostgreSQL in .dbkit/pgdata (no Docker needed)
    Db(DbArgs),
}

/// How column names are derived from JS keys when a builder has no explicit name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Casing {
    #[value(name = "camelCase")]
    CamelCase,
    #[value(name = "snake_case")]
    SnakeCase,
}

/// Where the TypeScript schema is.
#[derive(Debug, Args, Clone, Default)]
pub struct SchemaArgs {
    /// Schema files, folders or globs; overrides `schema` (repeatable)
    #[arg(long, value_name = "PATH")]
    pub schema: Vec<String>,
    /// Column names for keys without an explicit name; overrides `casing`
    #[arg(long, value_enum)]
    pub casing: Option<Casing>,
}

#[derive(Debug, Args)]
pub struct GenerateArgs {
    #[command(flatten)]
    pub config: ConfigArgs,
    #[command(flatten)]
    pub schema: SchemaArgs,
    /// Migrations folder; overrides `out`
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Migration name, the part of the folder name after the timestamp [default: a random word pair]
    #[arg(long)]
    pub name: Option<String>,
    /// Write an empty migration.sql for hand-written SQL (the snapshot keeps the current state)
    #[arg(long)]
    pub custom: bool,
    /// Separate statements with `--> statement-breakpoint`; overrides `breakpoints` [default: true]
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set)]
    pub breakpoints: Option<bool>,
    /// Print the statements instead of writing a migration
    #[arg(long)]
    pub explain: bool,
    /// Output format
    #[arg(long, value_enum, default_value_t = Output::Text)]
    pub output: Output,
    /// Answers to rename questions, as the JSON array a non-interactive run prints
    #[arg(long, value_name = "JSON", conflicts_with = "hints_file")]
    pub hints: Option<String>,
    /// The same answers, read from a file
    #[arg(long = "hints-file", value_name = "PATH")]
    pub hints_file: Option<PathBuf>,
    /// Generate even when migrations on two branches conflict
    #[arg(long = "ignore-conflicts")]
    pub ignore_conflicts: bool,
    /// Delete the conflicting branch's migrations (the ones check lists) and generate on what is left
    #[arg(long = "fix-conflicts", conflicts_with = "ignore_conflicts")]
    pub fix_conflicts: bool,
    /// Accept a schema that declares nothing (a migration that drops everything)
    #[arg(long = "allow-empty")]
    pub allow_empty: bool,
    /// Also write down.sql, the SQL that undoes the migration (for `dbkit revert`); overrides `migrations.down`
    #[arg(long)]
    pub down: bool,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub config: ConfigArgs,
    #[command(flatten)]
    pub schema: SchemaArgs,
    /// Print SQL (the only format PostgreSQL has; accepted for drizzle-kit compatibility)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true", default_value_t = true, action = clap::ArgAction::Set)]
    pub sql: bool,
    /// Output format
    #[arg(long, value_enum, default_value_t = Output::Text)]
    pub output: Output,
}

/// How pulled names become TypeScript keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum IntrospectCasing {
    /// `user_id` becomes `userId` (drizzle-kit's default)
    Camel,
    /// Keys are the database names as they are
    Preserve,
}

/// Which database objects pull and push look at (drizzle-kit's filter flags).
#[derive(Debug, Args, Clone, Default)]
pub struct FilterArgs {
    /// Table and view name globs, `!` to leave out (comma-separated or repeated); overrides `tablesFilter`
    #[arg(long = "tablesFilter", value_name = "GLOB", value_delimiter = ',')]
    pub tables_filter: Vec<String>,
    /// Schema name globs; overrides `schemaFilter` [default: every schema]
    #[arg(long = "schemaFilter", alias = "schemaFilters", value_name = "GLOB", value_delimiter = ',')]
    pub schema_filter: Vec<String>,
    /// Extensions whose own tables are left out (postgis); overrides `extensionsFilters`
    #[arg(long = "extensionsFilters", value_name = "NAME", value_delimiter = ',')]
    pub extensions_filters: Vec<String>,
}

#[derive(Debug, Args)]
pub struct PushArgs {
    #[command(flatten)]
    pub config: ConfigArgs,
    #[command(flatten)]
    pub schema: SchemaArgs,
    /// Database URL (postgres://user:password@host:port/db?sslmode=…); overrides dbCredentials
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    #[command(flatten)]
    pub credentials: CredentialArgs,
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Accept data loss without asking (renames still need an answer or --hints)
    #[arg(long)]
    pub force: bool,
    /// Print each statement as it runs
    #[arg(long)]
    pub verbose: bool,
    /// Print the statements and what they would lose, and change nothing
    #[arg(long, alias = "dry-run")]
    pub explain: bool,
    /// drizzle-kit 1.0 refuses it; so does dbkit (use --explain)
    #[arg(long, hide = true)]
    pub strict: bool,
    /// Answers to rename and data-loss questions, as the JSON array a non-interactive run prints
    #[arg(long, value_name = "JSON", conflicts_with = "hints_file")]
    pub hints: Option<String>,
    /// The same answers, read from a file
    #[arg(long = "hints-file", value_name = "PATH")]
    pub hints_file: Option<PathBuf>,
    /// Output format
    #[arg(long, value_enum, default_value_t = Output::Text)]
    pub output: Output,
}

/// Where pulled declarations go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PullLayout {
    /// `<out>/schema.ts` and `<out>/relations.ts`, as drizzle-kit writes them
    Single,
    /// One file per table in the `schema` folder, enums and other shared declarations in their own files, an index.ts
    PerTable,
}

#[derive(Debug, Args)]
pub struct PullArgs {
    #[command(flatten)]
    pub config: ConfigArgs,
    /// Database URL (postgres://user:password@host:port/db?sslmode=…); overrides dbCredentials
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    #[command(flatten)]
    pub credentials: CredentialArgs,
    /// Folder for schema.ts, relations.ts and the first migration; overrides `out`
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Separate statements with `--> statement-breakpoint`; overrides `breakpoints` [default: true]
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set)]
    pub breakpoints: Option<bool>,
    /// Keys for tables and columns; overrides `introspect.casing` [default: camel]
    #[arg(long = "introspect-casing", value_enum)]
    pub introspect_casing: Option<IntrospectCasing>,
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Where the TypeScript goes; overrides `introspect.layout` [default: single]
    #[arg(long, value_enum)]
    pub layout: Option<PullLayout>,
    /// Record the first migration as applied (without running it), so this database adopts migrations
    #[arg(long)]
    pub init: bool,
    /// Seconds to wait for a migrate run on the same database to finish (with --init)
    #[arg(long, value_name = "SECONDS", default_value_t = 60)]
    pub lock_timeout: u64,
    /// Output format
    #[arg(long, value_enum, default_value_t = Output::Text)]
    pub output: Output,
}

/// Commands that only need the migrations folder.
#[derive(Debug, Args)]
pub struct FolderArgs {
    #[command(flatten)]
    pub config: ConfigArgs,
    /// Migrations folder; overrides `out`
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Output format
    #[arg(long, value_enum, default_value_t = Output::Text)]
    pub output: Output,
}

/// `check`: the migrations folder, and (when a schema is set) whether it has changes not yet
/// generated.
#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub config: ConfigArgs,
    /// Migrations folder; overrides `out`
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    #[command(flatten)]
    pub schema: SchemaArgs,
    /// Report conflicting branches as a warning instead of failing
    #[arg(long = "ignore-conflicts")]
    pub ignore_conflicts: bool,
    /// Output format
    #[arg(long, value_enum, default_value_t = Output::Text)]
    pub output: Output,
}

/// Where settings come from: the config file, then these overrides.
#[derive(Debug, Args, Clone, Default)]
pub struct ConfigArgs {
    /// Path to drizzle.config.ts/.js/.json or migrations.toml [default: the first found in the current folder]
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// Database dialect: only `postgresql` (accepted so drizzle-kit command lines keep working)
    #[arg(long, value_name = "DIALECT")]
    pub dialect: Option<String>,
    /// drizzle-kit's driver for pglite, aws-data-api, …: refused, dbkit speaks PostgreSQL's own protocol
    #[arg(long, value_name = "DRIVER", hide = true)]
    pub driver: Option<String>,
}

/// drizzle-kit's connection flags, an alternative to --url: used together, instead of the
/// config's dbCredentials (PGHOST, PGDATABASE, … fill what is not given).
#[derive(Debug, Args, Clone, Default)]
pub struct CredentialArgs {
    /// Database host (with --database: instead of --url)
    #[arg(long, value_name = "HOST", conflicts_with = "url")]
    pub host: Option<String>,
    /// Database port [default: 5432]
    #[arg(long, value_name = "PORT", conflicts_with = "url")]
    pub port: Option<u16>,
    /// Database user
    #[arg(long, value_name = "USER", conflicts_with = "url")]
    pub user: Option<String>,
    /// Database password (never printed)
    #[arg(long, value_name = "PASSWORD", conflicts_with = "url")]
    pub password: Option<String>,
    /// Database name
    #[arg(long, value_name = "NAME", conflicts_with = "url")]
    pub database: Option<String>,
    /// TLS: true, false, or a mode (disable, prefer, require, verify-full)
    #[arg(long, value_name = "MODE", conflicts_with = "url")]
    pub ssl: Option<String>,
}

impl CredentialArgs {
    pub fn given(&self) -> bool {
        self.host.is_some()
            || self.port.is_some()
            || self.user.is_some()
            || self.password.is_some()
            || self.database.is_some()
            || self.ssl.is_some()
    }
}

/// Overrides for the database connection and migrations folder.
#[derive(Debug, Args, Clone, Default)]
pub struct ConnectionArgs {
    /// Database URL (postgres://user:password@host:port/db?sslmode=…); overrides dbCredentials
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    #[command(flatten)]
    pub credentials: CredentialArgs,
    /// Migrations folder; overrides `out`
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Bookkeeping table; overrides `migrations.table` [default: __drizzle_migrations]
    #[arg(long = "migrations-table", value_name = "NAME")]
    pub migrations_table: Option<String>,
    /// Schema of the bookkeeping table; overrides `migrations.schema` [default: drizzle]
    #[arg(long = "migrations-schema", value_name = "NAME")]
    pub migrations_schema: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum Output {
    #[default]
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum Transaction {
    /// One transaction around all pending migrations (drizzle-orm's behaviour)
    #[default]
    All,
    /// One transaction per migration file
    PerFile,
}

#[derive(Debug, Args)]
pub struct MigrateArgs {
    #[command(flatten)]
    pub config: ConfigArgs,
    #[command(flatten)]
    pub connection: ConnectionArgs,
    /// How pending migrations are wrapped in transactions; files that cannot run in one (CREATE INDEX CONCURRENTLY, …) always run alone
    #[arg(long, value_enum, default_value_t = Transaction::All)]
    pub transaction: Transaction,
    /// Apply pending migrations even though an applied migration's file changed since it ran
    #[arg(long)]
    pub allow_modified: bool,
    /// Seconds to wait for another migrate run on the same database to finish
    #[arg(long, value_name = "SECONDS", default_value_t = 60)]
    pub lock_timeout: u64,
    /// Output format
    #[arg(long, value_enum, default_value_t = Output::Text)]
    pub output: Output,
    /// Print the connection (password hidden) and each migration as it starts
    #[arg(long)]
    pub verbose: bool,
    /// Accepted for drizzle-kit compatibility; dbkit's migrate does not stop on snapshot conflicts
    #[arg(long, hide = true)]
    pub ignore_conflicts: bool,
    /// Dump the database with pg_dump before changing anything (into PATH, or .dbkit/backups/)
    #[arg(long, value_name = "PATH", num_args = 0..=1, default_missing_value = "")]
    pub backup: Option<String>,
}

#[derive(Debug, Args)]
pub struct RevertArgs {
    #[command(flatten)]
    pub config: ConfigArgs,
    #[command(flatten)]
    pub connection: ConnectionArgs,
    /// How many applied migrations to undo, newest first [default: 1]
    #[arg(long, value_name = "N", conflicts_with = "to")]
    pub steps: Option<usize>,
    /// Undo every migration applied after this one (it stays applied)
    #[arg(long, value_name = "FOLDER")]
    pub to: Option<String>,
    /// Print the plan and its SQL, and change nothing
    #[arg(long = "dry-run", alias = "explain")]
    pub dry_run: bool,
    /// Accept data loss without asking
    #[arg(long)]
    pub force: bool,
    /// Only delete the bookkeeping rows: the schema stays as it is (drizzle users' manual fix)
    #[arg(long = "mark-only")]
    pub mark_only: bool,
    /// Dump the database with pg_dump before changing anything (into PATH, or .dbkit/backups/)
    #[arg(long, value_name = "PATH", num_args = 0..=1, default_missing_value = "")]
    pub backup: Option<String>,
    /// Seconds to wait for a migrate or revert run on the same database to finish
    #[arg(long, value_name = "SECONDS", default_value_t = 60)]
    pub lock_timeout: u64,
    /// Output format
    #[arg(long, value_enum, default_value_t = Output::Text)]
    pub output: Output,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    #[command(flatten)]
    pub config: ConfigArgs,
    #[command(flatten)]
    pub connection: ConnectionArgs,
    /// The backup file (pg_dump's custom format)
    pub file: PathBuf,
    /// Restore without asking
    #[arg(long)]
    pub force: bool,
    /// Output format
    #[arg(long, value_enum, default_value_t = Output::Text)]
    pub output: Output,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    #[command(flatten)]
    pub config: ConfigArgs,
    #[command(flatten)]
    pub connection: ConnectionArgs,
    /// Output format
    #[arg(long, value_enum, default_value_t = Output::Text)]
    pub output: Output,
}

#[derive(Debug, Args)]
pub struct DbArgs {
    #[command(subcommand)]
    pub action: DbAction,
    #[command(flatten)]
    pub config: ConfigArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Subcommand)]
pub enum DbAction {
    /// Create (first time) and start the local database, its role and its database
    Start,
    /// Stop the local database
    Stop,
    /// Say whether the local database is running, and where
    Status,
    /// Print the connection URL of the local database (password hidden)
    Url,
}
