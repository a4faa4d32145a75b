//! pull's per-table layout on disk: which folder the files go to, and a manifest of the files
//! dbkit wrote there (`.dbkit-pull.json`, each with the sha256 of what was written), so a later
//! pull removes the file of a dropped table only if dbkit wrote it and nobody changed it since.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use dbkit_core::migrations::sha256_hex;

use super::write_files;

pub const MANIFEST: &str = ".dbkit-pull.json";

/// The folder of the config's `schema` (`./src/database/schema`, or the folder of
/// `./src/database/schema/index.ts`); globs and several entries have no one folder.
pub fn schema_folder(cwd: &Path, patterns: &[String]) -> Result<(PathBuf, String)> {
    let [pattern] = patterns else {
        bail!(
            "the per-table layout writes into the schema folder, but `schema` {}; set `schema` to one folder such as './src/database/schema'",
            if patterns.is_empty() { "is not set".to_string() } else { format!("lists {} entries", patterns.len()) }
        );
    };
    if pattern.contains(['*', '?', '{', '[']) {
        bail!(
            "the per-table layout writes into the schema folder, but `schema` is a glob ({pattern}); set it to one folder such as './src/database/schema'"
        );
    }
    let folder = if pattern.ends_with(".ts") { Path::new(pattern).parent().unwrap_or(Path::new(".")) } else { Path::new(pattern) };
    let display = folder.to_string_lossy().trim_start_matches("./").trim_end_matches('/').to_string();
    Ok((cwd.join(folder), if display.is_empty() { ".".into() } else { display }))
}

/// What writing the folder did.
#[derive(Debug, Default)]
pub struct FolderWrite {
    /// Files of an earlier pull that the schema no longer has, removed.
    pub removed: Vec<String>,
    /// Such files that were changed since dbkit wrote them: kept, for the user to delete.
    pub kept: Vec<String>,
}

/// Writes `files` (paths relative to `dir`) and the manifest, then removes what the previous
/// manifest lists and this pull did not write, when its text is still what dbkit wrote.
pub fn write_schema_folder(dir: &Path, files: &[(String, String)]) -> Result<FolderWrite> {
    let previous = read_manifest(dir)?;
    let manifest: BTreeMap<&str, String> = files.iter().map(|(path, text)| (path.as_str(), sha256_hex(text))).collect();
    let manifest_text = serde_json::to_string_pretty(&serde_json::json!({ "writtenBy": "dbkit pull", "files": manifest }))? + "\n";
    let mut all: Vec<(&str, &str)> = files.iter().map(|(p, t)| (p.as_str(), t.as_str())).collect();
    all.push((MANIFEST, &manifest_text));
    write_files(dir, &all)?;
    let mut outcome = FolderWrite::default();
    for (path, hash) in previous {
        if manifest.contains_key(path.as_str()) {
            continue;
        }
        let full = dir.join(&path);
        match std::fs::read_to_string(&full) {
            Ok(text) if sha256_hex(&text) == hash => {
                std::fs::remove_file(&full).with_context(|| format!("{}: cannot remove", full.display()))?;
                outcome.removed.push(path);
            }
            Ok(_) => outcome.kept.push(path),
            Err(_) => {}
        }
    }
    Ok(outcome)
}

fn read_manifest(dir: &Path) -> Result<BTreeMap<String, String>> {
    let path = dir.join(MANIFEST);
    let Ok(text) = std::fs::read_to_string(&path) else { return Ok(BTreeMap::new()) };
    let value: serde_json::Value =
        serde_json::from_str(&text).with_context(|| format!("{}: not valid JSON; delete it to start over", path.display()))?;
    let files = value.get("files").and_then(|f| f.as_object()).with_context(|| format!("{}: no `files` object", path.display()))?;
    Ok(files.iter().filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string()))).collect())
}
