//! `dbkit status`: applied / pending / modified / missing, without changing anything.

use anyhow::Result;
use dbkit_core::migrations::{Layout, legacy::backfill_names, plan::State, plan::plan};
use dbkit_core::revert::revertible;
use dbkit_pg::runner::{self, Shape};

use crate::cli::StatusArgs;
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
    // How each applied migration could be reverted (the 1.0 layout only). Only the snapshots'
    // parents matter, so the first folder's (the base, with the whole schema: tens of megabytes
    // at 10,000 tables) is not read, only looked for; the others are small diffs.
    let revert: Vec<Option<String>> = plan
        .entries
        .iter()
        .enumerate()
        .map(|(i, e)| {
            (migrations.layout == Layout::Folders && e.state != State::Pending).then(|| {
                let folder = settings.out.join(&e.migration.name);
                let snapshot = folder.join("snapshot.json");
                let parents = if i == 0 { snapshot.is_file().then_some(1) } else { snapshot_parents(&snapshot) };
                revertible(folder.join("down.sql").is_file(), parents, &e.migration.sql).describe()
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

/// How many parents a snapshot names; `None` when it cannot be read.
fn snapshot_parents(path: &std::path::Path) -> Option<usize> {
    let text = std::fs::read_to_string(path).ok()?;
    Some(dbkit_core::snapshot::Snapshot::parse(&path.display().to_string(), &text).ok()?.prev_ids.len())
}
