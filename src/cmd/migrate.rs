//! `dbkit migrate`: apply pending migrations, compatible with drizzle-orm's `migrate()`.

use std::time::{Duration, Instant};

use anyhow::Result;
use dbkit_core::migrations::plan::plan;
use dbkit_pg::runner::{self, MigrateError, MigrateOptions, TxMode};

use crate::cli::{MigrateArgs, Transaction};
use crate::ui::{self, Ui};

pub fn run(args: &MigrateArgs, ui: &Ui) -> Result<u8> {
    let started = Instant::now();
    let super::MigrationsProject { settings, migrations, connect } = super::open_migrations(&args.config, &args.connection, ui)?;
    let verbose = args.verbose || settings.verbose;
    if verbose {
        ui.detail(format!("Connecting to {}", connect.redacted_url()));
    }
    let opts = MigrateOptions {
        bookkeeping: settings.bookkeeping.clone(),
        layout: migrations.layout,
        transaction: match args.transaction {
            Transaction::All => TxMode::All,
            Transaction::PerFile => TxMode::PerFile,
        },
        allow_modified: args.allow_modified,
        lock_timeout: Duration::from_secs(args.lock_timeout),
    };
    let table = settings.bookkeeping.display();
    let result = super::runtime()?.block_on(async {
        let mut client = dbkit_pg::connect::connect(&connect).await?;
        if let Some(given) = &args.backup {
            // Only when something will run: a backup of an up-to-date database is noise.
            let (_, rows) = runner::applied_rows(&client, &opts.bookkeeping).await?;
            if plan(opts.layout, &migrations.list, &rows).pending().next().is_some() {
                super::backup_before(ui, &connect, &client, given).await?;
            }
        }
        let mut on_notice = |n: runner::Notice| ui::migrate::notice(ui, &n, verbose);
        anyhow::Ok(runner::migrate(&mut client, &migrations.list, &opts, &mut on_notice).await)
    })?;
    match result {
        Ok(report) => {
            ui::migrate::report(ui, &report, &table, started.elapsed());
            Ok(0)
        }
        Err(e @ MigrateError::Statement { .. }) => {
            let message = e.to_string();
            if let MigrateError::Statement { failure, applied } = &e {
                ui::migrate::failed(ui, failure, applied, &message);
            }
            Ok(1)
        }
        Err(e) => Err(e.into()),
    }
}
