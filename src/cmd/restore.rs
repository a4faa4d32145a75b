//! `dbkit restore <file>`: put back a backup written by `migrate --backup` or `revert --backup`,
//! after a confirmation (or `--force`), in one transaction.

use anyhow::{Result, bail};

use crate::cli::RestoreArgs;
use crate::settings::{Env, Settings, needs};
use crate::ui::{self, Ui};

pub fn run(args: &RestoreArgs, ui: &Ui) -> Result<u8> {
    if !args.file.is_file() {
        bail!("{}: no such backup file", args.file.display());
    }
    let cwd = std::env::current_dir()?;
    let settings = Settings::resolve(&cwd, &args.config, &(&args.connection).into(), Env::from_process(), false, needs::MIGRATE)?;
    if settings.config_path.is_some() {
        ui.detail(format!("Reading config file '{}'", settings.config_display));
    }
    let connect = settings.connect_options()?;
    let target = connect.redacted_url();
    if !args.force {
        let interactive = super::interactive(args.output);
        if !interactive {
            ui.error(&format!(
                "restoring {} replaces what it holds in {target}; no terminal to confirm: pass --force (exit code 2)",
                args.file.display()
            ));
            return Ok(2);
        }
        if !ui::restore::confirm(&args.file, &target)? {
            ui::restore::aborted(ui);
            return Ok(0);
        }
    }
    let rt = super::runtime()?;
    let major = rt.block_on(async {
        let client = dbkit_pg::connect::connect(&connect).await?;
        super::server_major(&client).await
    })?;
    crate::backup::restore(&connect, major, &args.file)?;
    ui::restore::done(ui, &args.file, &target);
    Ok(0)
}
