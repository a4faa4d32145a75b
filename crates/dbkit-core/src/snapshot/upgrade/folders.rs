//! The folder conversion `up` performs, as a pure function of the files' texts.
//!
//! A 0.31 folder becomes one 1.0 folder per journal entry, in journal order: entry
//! `{when: 1795501049975, tag: "0000_cute_shinobi_shaw"}` becomes
//! `20261124061729_cute_shinobi_shaw/` (the UTC second of `when`, then the tag without its first
//! `_`-separated part), holding the entry's SQL file unchanged as `migration.sql` and its
//! `meta/<prefix>_snapshot.json`, upgraded, as `snapshot.json`. Snapshot ids are kept, so the
//! first folder gets a base snapshot and each later one a diff against its parent.
//!
//! When the snapshot of an entry is not where the tag says, nothing is guessed; when the SQL file
//! is not `<tag>.sql`, the one `.sql` file whose name starts with `<prefix>_` is taken (a renamed
//! migration), as drizzle-kit does.

use serde_json::Value;

use super::v9::{SourceFile, upgrade};
use super::{Loaded, UpError, load};
use crate::migrations::stamp::folder_stamp;

/// One converted migration folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UpFolder {
    /// e.g. `20261124061729_cute_shinobi_shaw`.
    pub name: String,
    pub migration_sql: String,
    pub snapshot_json: String,
    /// The `.sql` file (a name in `out/`) the migration came from, which `up` removes.
    pub sql_file: String,
}

/// Converts a 0.31 migrations folder.
///
/// - `out`: the folder as the user names it (e.g. `drizzle`), used in messages only;
/// - `journal`: the text of `meta/_journal.json`;
/// - `snapshots`: `(file name in meta/, text)`, e.g. `("0000_snapshot.json", …)`;
/// - `sql_files`: `(file name in out/, text)` of the `.sql` files.
///
/// Returns the folders in journal order. A snapshot that is already version 9 is copied as it is.
pub fn up_journal(
    out: &str,
    journal: &str,
    snapshots: &[(String, String)],
    sql_files: &[(String, String)],
) -> Result<Vec<UpFolder>, UpError> {
    let journal_path = format!("{out}/meta/_journal.json");
    let bad = |problem: String| UpError::Journal { path: journal_path.clone(), problem };
    let journal: Value = serde_json::from_str(journal).map_err(|e| bad(format!("not valid JSON ({e})")))?;
    let entries = journal.get("entries").and_then(Value::as_array).ok_or_else(|| bad("`entries` is missing or not a list".into()))?;

    struct Planned<'a> {
        tag: String,
        folder: String,
        snapshot_path: String,
        snapshot_text: &'a str,
        sql: Option<(&'a str, &'a str)>,
    }
    let mut planned = Vec::new();
    for (i, entry) in entries.iter().enumerate() {
        let tag = entry.get("tag").and_then(Value::as_str).ok_or_else(|| bad(format!("entry {i} has no `tag`")))?.to_string();
        let when = entry
            .get("when")
            .and_then(Value::as_f64)
            .filter(|w| *w != 0.0)
            .ok_or_else(|| bad(format!("entry {tag} has no `when` time")))?;
        let stamp = folder_stamp(when.trunc() as i64).ok_or_else(|| bad(format!("entry {tag} has `when` {when}, which is not a time")))?;
        let (prefix, rest) = tag.split_once('_').unwrap_or((tag.as_str(), ""));
        let folder = format!("{stamp}_{rest}");
        let snapshot_name = format!("{prefix}_snapshot.json");
        let snapshot_path = format!("{out}/meta/{snapshot_name}");
        let snapshot_text = snapshots
            .iter()
            .find(|(name, _)| *name == snapshot_name)
            .map(|(_, text)| text.as_str())
            .ok_or_else(|| UpError::MissingSnapshot { tag: tag.clone(), path: snapshot_path.clone() })?;
        let sql_name = format!("{tag}.sql");
        let sql = match sql_files.iter().find(|(name, _)| *name == sql_name) {
            Some((name, text)) => Some((name.as_str(), text.as_str())),
            None => {
                let candidates: Vec<&(String, String)> =
                    sql_files.iter().filter(|(name, _)| name.starts_with(&format!("{prefix}_")) && name.ends_with(".sql")).collect();
                if candidates.len() > 1 {
                    let files = candidates.iter().map(|(n, _)| format!("{out}/{n}")).collect::<Vec<_>>().join(", ");
                    return Err(UpError::SqlConflict { tag, files });
                }
                candidates.first().map(|(name, text)| (name.as_str(), text.as_str()))
            }
        };
        planned.push(Planned { tag, folder, snapshot_path, snapshot_text, sql });
    }
    if let Some(p) = planned.iter().find(|p| p.sql.is_none()) {
        return Err(UpError::MissingSql { tag: p.tag.clone(), path: format!("{out}/{}.sql", p.tag) });
    }

    let mut sources = Vec::new();
    for p in &planned {
        let snapshot = load(&p.snapshot_path, p.snapshot_text)?;
        sources.push(SourceFile { folder: p.folder.clone(), name: p.tag.clone(), path: p.snapshot_path.clone(), snapshot });
    }
    let texts = convert_texts(sources)?;
    Ok(planned
        .into_iter()
        .map(|p| {
            let snapshot_json =
                texts.iter().find(|(folder, _)| *folder == p.folder).map_or_else(|| p.snapshot_text.to_string(), |(_, t)| t.clone());
            let (sql_file, sql) = p.sql.unwrap_or_default();
            UpFolder { name: p.folder, migration_sql: sql.to_string(), snapshot_json, sql_file: sql_file.to_string() }
        })
        .collect())
}

/// Upgrades the snapshots of a 1.0 folder layout (`(folder name, snapshot.json text)`) whose
/// snapshots are not all version 9 yet. Returns `(folder, new snapshot.json text)` for each one
/// that changed, in folder order; nothing when every snapshot is already version 9.
pub fn up_folders(out: &str, folders: &[(String, String)]) -> Result<Vec<(String, String)>, UpError> {
    let mut sources = Vec::new();
    for (folder, text) in folders {
        let path = format!("{out}/{folder}/snapshot.json");
        let snapshot = load(&path, text)?;
        sources.push(SourceFile { folder: folder.clone(), name: folder.clone(), path, snapshot });
    }
    convert_texts(sources)
}

/// Converts when anything is older than version 9 (as `up` does: a folder of version 9
/// snapshots is left alone); returns the new texts by folder.
fn convert_texts(sources: Vec<SourceFile>) -> Result<Vec<(String, String)>, UpError> {
    if sources.iter().all(|s| matches!(s.snapshot, Loaded::Latest(_))) {
        return Ok(Vec::new());
    }
    Ok(upgrade(sources)?.into_iter().filter_map(|(file, snapshot)| Some((file.folder, snapshot?.to_text()))).collect())
}
