//! Glue per command: read inputs, call the crates, hand results to `ui`.

pub mod db;
pub mod migrate;
pub mod status;

use anyhow::{Context, Result};
use dbkit_pg::connect::ConnectOptions;

use crate::cli::{ConfigArgs, ConnectionArgs};
use crate::project::{Migrations, read_migrations};
use crate::settings::{Env, Settings};
use crate::ui::Ui;

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
    let settings = Settings::resolve(&cwd, config, connection, Env::from_process(), false)?;
    if settings.config_path.is_some() {
        ui.detail(format!("Reading config file '{}'", settings.config_display));
    }
    let migrations = read_migrations(&settings.out, &settings.out_display)?;
    let connect = settings.connect_options()?;
    Ok(MigrationsProject { settings, migrations, connect })
}
