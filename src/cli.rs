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
    Check(FolderArgs),
    /// Convert a drizzle-kit 0.31 migrations folder (meta/_journal.json) to the 1.0 layout, in place
    Up(FolderArgs),
    /// Run a local development PostgreSQL in .dbkit/pgdata (no Docker needed)
    Db(DbArgs),
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

/// Where settings come from: the config file, then these overrides.
#[derive(Debug, Args, Clone, Default)]
pub struct ConfigArgs {
    /// Path to drizzle.config.ts/.js/.json or migrations.toml [default: the first found in the current folder]
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,
}

/// Overrides for the database connection and migrations folder.
#[derive(Debug, Args, Clone, Default)]
pub struct ConnectionArgs {
    /// Database URL (postgres://user:password@host:port/db?sslmode=…); overrides dbCredentials
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
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
