//! The filesystem side of a project: reading the migrations folder and the schema files into
//! core's values, and writing new migration folders.

mod history;
mod schema_files;
mod schema_folder;
mod write;

pub use history::{read_history, snapshots_size};
pub use schema_files::schema_files;
pub use schema_folder::{FolderWrite, schema_folder, write_schema_folder};
pub use write::{write_files, write_migration};

use std::path::Path;

use anyhow::{Context, Result, bail};
use dbkit_core::migrations::{
    FolderError, Layout, LocalMigration,
    folders::{self, FolderEntry, SqlFile},
    journal::{self, Journal},
};

/// The local migrations in apply order, and which layout they use.
pub struct Migrations {
    pub layout: Layout,
    pub list: Vec<LocalMigration>,
}

/// Reads `<out>` in either layout. A missing folder is an error that says how to create one.
pub fn read_migrations(out: &Path, out_display: &str) -> Result<Migrations> {
    if !out.is_dir() {
        bail!(
            "{out_display}: migrations folder not found; run `dbkit generate` or `drizzle-kit generate` first, or set `out` in the config"
        );
    }
    let journal_path = out.join("meta").join("_journal.json");
    let entries = read_folder_entries(out, out_display)?;
    if journal_path.is_file() {
        if let Some(example) = entries.iter().find(|e| e.sql != SqlFile::Missing) {
            return Err(FolderError::MixedLayouts { out: out_display.into(), example: example.name.clone() }.into());
        }
        let display = format!("{out_display}/meta/_journal.json");
        let text = std::fs::read_to_string(&journal_path).with_context(|| format!("{display}: cannot read"))?;
        let parsed = Journal::parse(&display, &text)?;
        let list = parsed
            .entries
            .iter()
            .map(|entry| {
                let sql = read_sql(&out.join(format!("{}.sql", entry.tag)))?;
                Ok(journal::migration(out_display, entry, sql)?)
            })
            .collect::<Result<Vec<_>>>()?;
        return Ok(Migrations { layout: Layout::Journal, list });
    }
    Ok(Migrations { layout: Layout::Folders, list: folders::from_folders(out_display, entries)? })
}

/// How many migrations `<out>` holds in either layout (0 when it does not exist): folders with a
/// `migration.sql` or `snapshot.json`, or the entries of a 0.31 journal.
pub fn count_migrations(out: &Path, out_display: &str) -> Result<usize> {
    if !out.is_dir() {
        return Ok(0);
    }
    let journal = out.join("meta").join("_journal.json");
    if journal.is_file() {
        let display = format!("{out_display}/meta/_journal.json");
        let text = std::fs::read_to_string(&journal).with_context(|| format!("{display}: cannot read"))?;
        return Ok(Journal::parse(&display, &text)?.entries.len());
    }
    let mut count = 0;
    for entry in std::fs::read_dir(out).with_context(|| format!("{out_display}: cannot list the migrations folder"))? {
        let path = entry.with_context(|| format!("{out_display}: cannot list the migrations folder"))?.path();
        if path.join("migration.sql").is_file() || path.join("snapshot.json").is_file() {
            count += 1;
        }
    }
    Ok(count)
}

fn read_folder_entries(out: &Path, out_display: &str) -> Result<Vec<FolderEntry>> {
    let mut entries = Vec::new();
    for entry in std::fs::read_dir(out).with_context(|| format!("{out_display}: cannot list the migrations folder"))? {
        let entry = entry.with_context(|| format!("{out_display}: cannot list the migrations folder"))?;
        if !entry.file_type().map(|t| t.is_dir()).unwrap_or(false) {
            continue;
        }
        let name = entry.file_name().to_string_lossy().into_owned();
        entries.push(FolderEntry { sql: read_sql(&entry.path().join("migration.sql"))?, name });
    }
    Ok(entries)
}

/// `Missing` only when there is no file; any other read failure (permissions, …) is an error.
fn read_sql(path: &Path) -> Result<SqlFile> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(String::from_utf8(bytes).map_or(SqlFile::NotUtf8, SqlFile::Text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(SqlFile::Missing),
        Err(e) => Err(anyhow::anyhow!("{}: cannot read: {e}", path.display())),
    }
}
