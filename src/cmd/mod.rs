//! Glue per command: read inputs, call the crates, hand results to `ui`.

pub mod check;
pub mod db;
pub mod export;
pub mod generate;
pub mod migrate;
pub mod pull;
pub mod push;
pub mod restore;
pub mod revert;
pub mod schema;
pub mod status;
pub mod up;

use std::io::IsTerminal;

use anyhow::{Context, Result, bail};
use dbkit_core::diff::hints::{Hint, HintsResolver, MissingHint};
use dbkit_core::diff::{DiffError, DiffResult, Mode, Options, ResolveError, Resolver, diff_with};
use dbkit_core::model::Ddl;
use dbkit_pg::connect::ConnectOptions;

use crate::cli::{ConfigArgs, ConnectionArgs, Output};
use crate::project::{Migrations, read_migrations};
use crate::prompt::PromptResolver;
use crate::settings::{Env, Settings, needs};
use crate::ui::Ui;

/// Whether questions can be asked: text output, and a terminal on both ends.
pub fn interactive(output: Output) -> bool {
    output == Output::Text && std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
}

/// `diff_with` with rename questions answered by `hints`, then by a prompt when `interactive`.
/// Without a terminal, the questions no hint answers come back (the caller prints them and exits
/// 2); cancelling the prompt is an error that ends with `nothing_done`.
pub fn diff_answered(
    prev: Ddl,
    cur: Ddl,
    hints: Vec<Hint>,
    interactive: bool,
    mode: Mode,
    nothing_done: &str,
) -> Result<(DiffResult, Vec<MissingHint>)> {
    let options = Options { mode, ..Options::default() };
    if interactive {
        let mut resolver = PromptResolver::new(hints);
        match diff_with(prev, cur, &mut resolver as &mut dyn Resolver, options) {
            Err(DiffError::Resolve(ResolveError::Aborted)) => bail!("cancelled at a rename question; {nothing_done}"),
            other => Ok((other?, Vec::new())),
        }
    } else {
        let mut resolver = HintsResolver::new(hints);
        let result = diff_with(prev, cur, &mut resolver, options)?;
        Ok((result, resolver.missing))
    }
}

/// One current-thread runtime: every command talks to one database over one connection.
pub fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread().enable_all().build().context("cannot start the async runtime")
}

/// What the migration commands start from: settings, the local migrations, the connection.
pub struct MigrationsProject {
    pub settings: Settings,
    pub migrations: Migrations,
    pub connect: ConnectOptions,
}

/// Reads the config (saying which file), the migrations folder and the connection settings.
pub fn open_migrations(config: &ConfigArgs, connection: &ConnectionArgs, ui: &Ui) -> Result<MigrationsProject> {
    let cwd = std::env::current_dir()?;
    let settings = Settings::resolve(&cwd, config, &connection.into(), Env::from_process(), false, needs::MIGRATE)?;
    if settings.config_path.is_some() {
        ui.detail(format!("Reading config file '{}'", settings.config_display));
    }
    let migrations = read_migrations(&settings.out, &settings.out_display)?;
    let connect = settings.connect_options()?;
    Ok(MigrationsProject { settings, migrations, connect })
}

/// Settings for commands that work on the migrations folder (and `check`'s optional schema): a
/// config is optional (`out` defaults to `drizzle`), and flags (`--out`, `--schema`) override it.
pub fn folder_settings(config: &ConfigArgs, overrides: &crate::settings::Overrides, ui: &Ui) -> Result<Settings> {
    let cwd = std::env::current_dir()?;
    let settings = Settings::resolve(&cwd, config, overrides, Env::from_process(), true, needs::FOLDER)?;
    if settings.config_path.is_some() {
        ui.detail(format!("Reading config file '{}'", settings.config_display));
    }
    Ok(settings)
}

/// Four random bytes for a migration's word-pair name (the randomness stays at the edge).
pub fn random_bytes() -> [u8; 4] {
    let b = *uuid::Uuid::new_v4().as_bytes();
    [b[0], b[1], b[2], b[3]]
}

/// `--hints '[…]'` or `--hints-file answers.json`, parsed (none when neither is given).
pub fn read_hints(inline: Option<&str>, file: Option<&std::path::Path>) -> Result<Vec<dbkit_core::diff::hints::Hint>> {
    let text = match (inline, file) {
        (Some(inline), _) => inline.to_string(),
        (None, Some(path)) => std::fs::read_to_string(path).with_context(|| format!("{}: cannot read the hints file", path.display()))?,
        (None, None) => return Ok(Vec::new()),
    };
    Ok(dbkit_core::diff::hints::parse_hints(&text)?)
}

/// The server's major version (pg_dump must be at least as new).
pub async fn server_major(client: &dbkit_pg::connect::Client) -> Result<u32> {
    dbkit_pg::connect::server_major(client).await.map_err(|e| anyhow::anyhow!("reading the server version: {e}"))
}

/// `--backup [PATH]`: dumps the database before anything changes and says where.
pub async fn backup_before(ui: &Ui, connect: &ConnectOptions, client: &dbkit_pg::connect::Client, given: &str) -> Result<()> {
    let major = server_major(client).await?;
    let file = crate::backup::target(given, &connect.database, &chrono::Utc::now().format("%Y%m%d%H%M%S").to_string());
    crate::backup::dump(connect, major, &file)?;
    ui.mark(crate::ui::Mark::Done, format!("Backup written to {} (restore it with `dbkit restore {}`)", file.display(), file.display()));
    Ok(())
}

/// What `changes` would lose, counted on the database before anything runs; a hazard that loses
/// nothing (an empty table, a column without values) is left out.
pub async fn count_losses(client: &dbkit_pg::connect::Client, changes: &[dbkit_core::diff::Change]) -> Result<Vec<crate::ui::push::Loss>> {
    let found = dbkit_core::hazard::hazards(changes);
    let probes: Vec<(String, String)> = found.iter().map(|h| (h.description.clone(), h.probe.clone())).collect();
    let counts = dbkit_pg::push::probe(client, &probes).await?;
    Ok(found
        .into_iter()
        .zip(counts)
        .filter(|(_, n)| *n > 0)
        .map(|(hazard, count)| crate::ui::push::Loss { hint_kind: push::hint_kind(&hazard), hazard, count })
        .collect())
}
