//! `dbkit up`: convert a drizzle-kit 0.31 folder (meta/_journal.json, NNNN_tag.sql,
//! meta/NNNN_snapshot.json) to the 1.0 layout in place, keeping snapshot ids, as `drizzle-kit up`
//! does; also upgrades 1.0 release-candidate (v8) snapshots. The new folders are written first;
//! the old files are removed only once every new folder is in place.

use std::path::Path;

use anyhow::{Context, Result};
use dbkit_core::snapshot::upgrade::{up_folders, up_journal};

use crate::cli::FolderArgs;
use crate::project::write_migration;
use crate::settings::Overrides;
use crate::ui::{self, Ui};

pub fn run(args: &FolderArgs, ui: &Ui) -> Result<u8> {
    let settings = super::folder_settings(&args.config, &Overrides { out: args.out.clone(), ..Overrides::default() }, ui)?;
    let (out, shown) = (&settings.out, settings.out_display.as_str());
    let upgraded = if out.join("meta").join("_journal.json").is_file() { from_journal(out, shown)? } else { from_v8(out, shown)? };
    ui::folder::upgraded(ui, &upgraded);
    Ok(0)
}

fn read_dir_files(dir: &Path, keep: impl Fn(&str) -> bool) -> Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).with_context(|| format!("{}: cannot list", dir.display()))?.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if e.path().is_file() && keep(&name) {
            let text = std::fs::read_to_string(e.path()).with_context(|| format!("{}: cannot read", e.path().display()))?;
            out.push((name, text));
        }
    }
    out.sort();
    Ok(out)
}

fn from_journal(out: &Path, shown: &str) -> Result<Vec<String>> {
    let meta = out.join("meta");
    let journal =
        std::fs::read_to_string(meta.join("_journal.json")).with_context(|| format!("{shown}/meta/_journal.json: cannot read"))?;
    let snapshots = read_dir_files(&meta, |n| n.ends_with(".json") && !n.starts_with('_'))?;
    let sql_files = read_dir_files(out, |n| n.ends_with(".sql"))?;
    let folders = up_journal(shown, &journal, &snapshots, &sql_files)?;
    let mut written = Vec::new();
    for f in &folders {
        write_migration(out, &f.name, &f.migration_sql, None, |w| w.write_all(f.snapshot_json.as_bytes()))?;
        written.push(format!("{shown}/{}/snapshot.json", f.name));
    }
    for f in &folders {
        let _ = std::fs::remove_file(out.join(&f.sql_file));
    }
    std::fs::remove_dir_all(&meta).with_context(|| format!("{shown}/meta: cannot remove after the conversion"))?;
    Ok(written)
}

fn from_v8(out: &Path, shown: &str) -> Result<Vec<String>> {
    if !out.is_dir() {
        return Ok(Vec::new());
    }
    let mut folders = Vec::new();
    for e in std::fs::read_dir(out).with_context(|| format!("{shown}: cannot list"))?.flatten() {
        let path = e.path().join("snapshot.json");
        if path.is_file() {
            let text = std::fs::read_to_string(&path).with_context(|| format!("{}: cannot read", path.display()))?;
            folders.push((e.file_name().to_string_lossy().into_owned(), text));
        }
    }
    folders.sort();
    let changed = up_folders(shown, &folders)?;
    let mut written = Vec::new();
    for (folder, text) in changed {
        let path = out.join(&folder).join("snapshot.json");
        let temp = out.join(&folder).join(".snapshot.json.tmp");
        std::fs::write(&temp, &text).with_context(|| format!("{}: cannot write", temp.display()))?;
        std::fs::rename(&temp, &path).with_context(|| format!("{}: cannot write", path.display()))?;
        written.push(format!("{shown}/{folder}/snapshot.json"));
    }
    Ok(written)
}
