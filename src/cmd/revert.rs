//! `dbkit revert`: undo applied migrations, newest first. Each one's down SQL is its folder's
//! `down.sql` when there is one, otherwise computed from its snapshots (`dbkit_core::revert`);
//! what it would lose is counted first; each migration's undo and the removal of its
//! bookkeeping row commit together, under `migrate`'s lock.

use std::time::Duration;

use anyhow::{Result, bail};
use dbkit_core::migrations::{Layout, LocalMigration, split::split_statements};
use dbkit_core::revert::computed_down;
use dbkit_core::snapshot::History;
use dbkit_pg::runner::{self, RevertStep};

use crate::cli::RevertArgs;
use crate::project::read_history;
use crate::ui::{self, Ui, revert::Planned};

pub fn run(args: &RevertArgs, ui: &Ui) -> Result<u8> {
    let super::MigrationsProject { settings, migrations, connect } = super::open_migrations(&args.config, &args.connection, ui)?;
    if migrations.layout == Layout::Journal {
        bail!(
            "{}: drizzle-kit 0.31's journal layout has no per-migration snapshots to revert from; convert it with `dbkit up` first",
            settings.out_display
        );
    }
    let bk = &settings.bookkeeping;
    let rt = super::runtime()?;
    let mut client = rt.block_on(dbkit_pg::connect::connect(&connect))?;
    let (_, rows) = rt.block_on(runner::applied_rows(&client, bk))?;

    // The applied migrations, in apply order, with their rows.
    let applied: Vec<(&LocalMigration, &dbkit_core::migrations::AppliedRow)> = migrations
        .list
        .iter()
        .filter_map(|m| rows.iter().find(|r| r.name.as_deref() == Some(m.record_name.as_str())).map(|r| (m, r)))
        .collect();
    if applied.is_empty() {
        bail!("nothing to revert: {} lists no migration of {}", bk.display(), settings.out_display);
    }
    if let Some(row) = rows.last().filter(|r| !applied.iter().any(|(_, a)| a.id == r.id)) {
        bail!(
            "the last applied migration ({}) has no folder in {}; restore it from git before reverting",
            row.name.as_deref().unwrap_or("unnamed"),
            settings.out_display
        );
    }
    let count = match (&args.to, args.steps) {
        (Some(to), _) => {
            let at = applied.iter().position(|(m, _)| m.name == *to).ok_or_else(|| {
                anyhow::anyhow!("--to {to}: not an applied migration of {}; `dbkit status` lists them", settings.out_display)
            })?;
            applied.len() - at - 1
        }
        (None, steps) => {
            let n = steps.unwrap_or(1);
            if n == 0 || n > applied.len() {
                bail!("--steps {n}: {} applied migration(s) can be reverted", applied.len());
            }
            n
        }
    };
    if count == 0 {
        ui::revert::nothing(ui);
        return Ok(0);
    }
    let targets: Vec<_> = applied.iter().rev().take(count).collect();

    let mut history: Option<History> = None;
    let mut planned = Vec::new();
    let mut losses = Vec::new();
    for (m, row) in &targets {
        if row.hash != m.hash && !args.mark_only {
            bail!(
                "{}: changed since it was applied (its hash differs from the recorded one), so its undo would not match what ran; restore the file, or pass --mark-only to only forget the row",
                m.path
            );
        }
        if args.mark_only {
            planned.push(Planned { name: m.name.clone(), source: "row only", statements: Vec::new() });
            continue;
        }
        let folder = settings.out.join(&m.name);
        let down_file = folder.join("down.sql");
        if down_file.is_file() {
            let text = std::fs::read_to_string(&down_file)?;
            let statements = split_statements(&text).iter().map(|s| s.sql.to_string()).collect();
            planned.push(Planned { name: m.name.clone(), source: "down.sql", statements });
            continue;
        }
        if history.is_none() {
            history = Some(read_history(&settings.out, &settings.out_display)?);
        }
        let down = computed_down(history.as_ref().expect("read above"), &m.name, &m.sql)?;
        losses.extend(rt.block_on(super::count_losses(&client, &down.changes))?);
        planned.push(Planned { name: m.name.clone(), source: "computed", statements: down.statements });
    }

    if args.dry_run {
        ui::revert::plan(ui, &planned, &losses, args.mark_only);
        return Ok(0);
    }
    if !losses.is_empty() && !args.force {
        let interactive = super::interactive(args.output);
        if !interactive {
            ui::revert::needs_force(ui, &losses);
            return Ok(2);
        }
        if !ui::revert::confirm(ui, &planned, &losses)? {
            ui::revert::aborted(ui);
            return Ok(0);
        }
    }
    if let Some(given) = &args.backup {
        rt.block_on(super::backup_before(ui, &connect, &client, given))?;
    }
    let steps: Vec<RevertStep> = planned.iter().map(|p| RevertStep { name: p.name.clone(), statements: p.statements.clone() }).collect();
    let done = rt.block_on(async {
        let mut on_wait = |holder: Option<String>| ui::revert::waiting(ui, holder);
        let mut on_step = |name: &str| ui::revert::reverting(ui, name);
        runner::revert(&mut client, bk, &steps, Duration::from_secs(args.lock_timeout), &mut on_wait, &mut on_step).await
    })?;
    ui::revert::done(ui, &planned[..done], &bk.display(), args.mark_only);
    Ok(0)
}
