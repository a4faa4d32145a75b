//! `dbkit status`: applied / pending / modified / missing, without changing anything.

use anyhow::Result;
use dbkit_core::migrations::{Layout, legacy::backfill_names, plan::State, plan::plan};
use dbkit_core::revert::revertible;
use dbkit_pg::runner::{self, Shape};

use crate::cli::StatusArgs;
use crate::project::read_history;
use crate::ui::{self, Ui};

/// Exit code when something is pending or modified.
pub const NOT_UP_TO_DATE: u8 = 3;

pub fn run(args: &StatusArgs, ui: &Ui) -> Result<u8> {
    let super::MigrationsProject { settings, migrations, connect } = super::open_migrations(&args.config, &args.connection, ui)?;
    let (shape, mut rows) = super::runtime()?.block_on(async {
        let client = dbkit_pg::connect::connect(&connect).await?;
        anyhow::Ok(runner::applied_rows(&client, &settings.bookkeeping).await?)
    })?;
    // A drizzle-orm 0.45 table has no names yet; show the names the next migrate will give it.
    if shape == Shape::Legacy
        && migrations.layout == Layout::Folders
        && let Ok(named) = backfill_names(&rows, &migrations.list)
    {
        for (id, name) in named {
            if let Some(row) = rows.iter_mut().find(|r| r.id == id) {
                row.name = Some(name);
            }
        }
    }
    let plan = plan(migrations.layout, &migrations.list, &rows);
    // How each applied migration could be reverted (the 1.0 layout only; a folder whose
    // snapshots cannot be read shows nothing rather than failing status).
    let history = (migrations.layout == Layout::Folders).then(|| read_history(&settings.out, &settings.out_display).ok()).flatten();
    let revert: Vec<Option<String>> = plan
        .entries
        .iter()
        .map(|e| {
            let history = history.as_ref()?;
            (e.state != State::Pending).then(|| {
                let has_down = settings.out.join(&e.migration.name).join("down.sql").is_file();
                revertible(history, &e.migration.name, has_down, &e.migration.sql).describe()
            })
        })
        .collect();
    ui::status::report(
        ui,
        &plan,
        &revert,
        &settings.out_display,
        &settings.bookkeeping.display(),
        &connect.target(),
        shape != Shape::Missing,
    );
    Ok(if plan.is_up_to_date() { 0 } else { NOT_UP_TO_DATE })
}
