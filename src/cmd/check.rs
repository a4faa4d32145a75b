//! `dbkit check`: is the migrations folder sound (one base, known parents, folder order, every
//! snapshot readable) and do its branches commute? When a schema is set (config or `--schema`),
//! also: does it have changes no migration holds yet? As drizzle-kit 1.0's `check`, those are
//! warnings (exit 0); the folder's problems are errors.

use anyhow::Result;
use dbkit_core::diff::Mode;
use dbkit_core::footprint::check_conflicts;
use dbkit_core::model::Ddl;
use dbkit_core::sql::render;

use crate::cli::CheckArgs;
use crate::project::read_history;
use crate::settings::{Overrides, Settings};
use crate::ui::folder::{CheckWarning, WarningKind};
use crate::ui::{self, Ui};

pub fn run(args: &CheckArgs, ui: &Ui) -> Result<u8> {
    let cwd = std::env::current_dir()?;
    let overrides = Overrides {
        out: args.out.clone(),
        schema: args.schema.schema.clone(),
        casing: args.schema.casing.is_some(),
        ..Overrides::default()
    };
    let settings = super::folder_settings(&args.config, &overrides, ui)?;
    let history = read_history(&settings.out, &settings.out_display)?;
    let report = check_conflicts(&history);
    let mut warnings = Vec::new();
    if report.has_conflicts() {
        if !args.ignore_conflicts {
            ui::folder::conflicts(ui, &report, &settings.out_display);
            return Ok(1);
        }
        warnings.push(CheckWarning::conflicts(&report, &settings.out_display));
    }
    // Every leaf's state must rebuild, as generate will need it.
    let state = history.combined_state().map_err(|e| anyhow::anyhow!("{}: {e}", settings.out_display))?;
    if !settings.schema.is_empty() {
        let newest = history.leaf_folders().into_iter().max();
        warnings.extend(compare_schema(&cwd, &settings, args, ui, state, newest.as_deref()));
    }
    ui::folder::checked(ui, &warnings);
    Ok(0)
}

/// What the schema has that the migrations do not, as a warning (none when they agree).
fn compare_schema(
    cwd: &std::path::Path,
    settings: &Settings,
    args: &CheckArgs,
    ui: &Ui,
    state: Ddl,
    newest: Option<&str>,
) -> Option<CheckWarning> {
    let not_compared = |why: String| {
        Some(CheckWarning { kind: WarningKind::NotCompared, message: format!("The schema was not compared with the migrations: {why}") })
    };
    let read = match super::schema::read(cwd, settings, &args.schema, ui) {
        Ok(read) => read,
        Err(e) => return not_compared(format!("{e:#}; `dbkit generate` stops on the same error")),
    };
    for w in &read.warnings {
        ui.warn(w);
    }
    let changed = |message: String| Some(CheckWarning { kind: WarningKind::SchemaChanged, message });
    if read.ddl.is_empty() {
        return (!state.is_empty()).then(|| super::schema::empty_schema(&settings.schema, state.tables.len())).and_then(not_compared);
    }
    let Some(newest) = newest else {
        return changed(
            "The migrations folder has no migration, and the schema is not empty. Run `dbkit generate` to write the first migration."
                .into(),
        );
    };
    // No prompt, no hints: an open rename question is a difference too.
    let differs = match super::diff_answered(state, read.ddl, Vec::new(), false, Mode::Generate, "nothing was written") {
        Ok((result, missing)) => !missing.is_empty() || !render(&result.changes).is_empty(),
        Err(e) => return not_compared(format!("{e:#}")),
    };
    differs.then(|| {
        format!(
            "The schema differs from the migrations. The newest migration is {newest}. Run `dbkit generate --explain` to see the difference, \
             and `dbkit generate` to write a migration for it."
        )
    })
    .and_then(changed)
}
