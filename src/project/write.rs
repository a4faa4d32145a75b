//! Writing a migration folder all at once: files go to a hidden temporary folder that is renamed
//! into place, so an interrupted `generate` leaves nothing half-written.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

/// Writes `<out>/<folder>/{migration.sql, snapshot.json}` and returns the folder's path.
pub fn write_migration(out: &Path, folder: &str, sql: &str, snapshot: &str) -> Result<PathBuf> {
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
        std::fs::write(temp.join("snapshot.json"), snapshot)?;
        std::fs::rename(&temp, &target)?;
        Ok(())
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_dir_all(&temp);
        return Err(e.context(format!("{}: cannot write the migration", target.display())));
    }
    Ok(target)
}
