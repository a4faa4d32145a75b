//! `dbkit check`: is the migrations folder sound (one base, known parents, folder order, every
//! snapshot readable) and do its branches commute? As drizzle-kit 1.0's `check`.

use anyhow::Result;
use dbkit_core::footprint::check_conflicts;

use crate::cli::FolderArgs;
use crate::project::read_history;
use crate::ui::{self, Ui};

pub fn run(args: &FolderArgs, ui: &Ui) -> Result<u8> {
    let settings = super::folder_settings(&args.config, args.out.clone(), ui)?;
    let history = read_history(&settings.out, &settings.out_display)?;
    let report = check_conflicts(&history);
    if report.has_conflicts() {
        ui::folder::conflicts(ui, &report, &settings.out_display);
        return Ok(1);
    }
    // Every leaf's state must rebuild, as generate will need it.
    history.combined_state().map_err(|e| anyhow::anyhow!("{}: {e}", settings.out_display))?;
    ui::folder::fine(ui);
    Ok(0)
}
