//! What `restore` prints.

use std::path::Path;

use anyhow::Result;
use dialoguer::Confirm;
use dialoguer::theme::ColorfulTheme;
use serde_json::json;

use super::{Mark, Ui};

pub fn confirm(file: &Path, target: &str) -> Result<bool> {
    Ok(Confirm::with_theme(&ColorfulTheme::default())
        .with_prompt(format!("Restore {} into {target}? Everything the backup holds is dropped and recreated", file.display()))
        .default(false)
        .interact_opt()?
        .unwrap_or(false))
}

pub fn aborted(ui: &Ui) {
    ui.line("[x] Restore aborted; nothing was changed");
    ui.json(&json!({"status": "aborted"}));
}

pub fn done(ui: &Ui, file: &Path, target: &str) {
    ui.mark(Mark::Done, format!("Restored {} into {target}", file.display()));
    ui.json(&json!({"status": "ok", "file": file.display().to_string()}));
}
