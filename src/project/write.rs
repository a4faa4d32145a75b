//! Writing a migration folder all at once: files go to a hidden temporary folder that is renamed
//! into place, so an interrupted `generate` leaves nothing half-written; other generated files
//! (pull's `schema.ts`) go to a temporary file renamed over the old one.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

/// Writes `<out>/<folder>/{migration.sql, snapshot.json}` (and `down.sql` when given) and returns
/// the folder's path. `snapshot` writes the snapshot's text (streamed: a 10,000-table base
/// snapshot is tens of megabytes).
pub fn write_migration(
    out: &Path,
    folder: &str,
    sql: &str,
    down: Option<&str>,
    snapshot: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<PathBuf> {
    std::fs::create_dir_all(out).with_context(|| format!("{}: cannot create the migrations folder", out.display()))?;
    let target = out.join(folder);
    if target.exists() {
        bail!("{}: already exists; wait a second and run generate again, or pass another --name", target.display());
    }
    let temp = out.join(format!(".{folder}.tmp"));
    let _ = std::fs::remove_dir_all(&temp);
    std::fs::create_dir(&temp).with_context(|| format!("{}: cannot create", temp.display()))?;
    let written = (|| -> Result<()> {
        std::fs::write(temp.join("migration.sql"), sql)?;
        if let Some(down) = down {
            std::fs::write(temp.join("down.sql"), down)?;
        }
        let mut file = std::io::BufWriter::with_capacity(1 << 16, std::fs::File::create(temp.join("snapshot.json"))?);
        snapshot(&mut file)?;
        file.flush()?;
        std::fs::rename(&temp, &target)?;
        Ok(())
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_dir_all(&temp);
        return Err(e.context(format!("{}: cannot write the migration", target.display())));
    }
    Ok(target)
}

/// Writes each `(name, text)` into `dir`: all texts go to hidden temporary files first, then each
/// is renamed over its target, so a failure leaves every old file whole.
pub fn write_files(dir: &Path, files: &[(&str, &str)]) -> Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("{}: cannot create the folder", dir.display()))?;
    // `name` may be a path (`auth/users.ts`): its temp file sits beside it.
    let temps: Vec<PathBuf> = files
        .iter()
        .map(|(name, _)| {
            let target = dir.join(name);
            let file = target.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
            target.with_file_name(format!(".{file}.tmp"))
        })
        .collect();
    let written = (|| -> Result<()> {
        for ((name, text), temp) in files.iter().zip(&temps) {
            if let Some(parent) = temp.parent() {
                std::fs::create_dir_all(parent).with_context(|| format!("{}: cannot create the folder", parent.display()))?;
            }
            std::fs::write(temp, text).with_context(|| format!("{}: cannot write", dir.join(name).display()))?;
        }
        for ((name, _), temp) in files.iter().zip(&temps) {
            std::fs::rename(temp, dir.join(name)).with_context(|| format!("{}: cannot write", dir.join(name).display()))?;
        }
        Ok(())
    })();
    if written.is_err() {
        for temp in &temps {
            let _ = std::fs::remove_file(temp);
        }
    }
    written
}
