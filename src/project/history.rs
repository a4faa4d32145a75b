//! Reading a 1.0 migrations folder's snapshots into the engine's history.

use std::path::Path;

use anyhow::{Context, Result, bail};
use dbkit_core::snapshot::history::Entry;
use dbkit_core::snapshot::{History, Snapshot, SnapshotError};

/// The total size of `<out>/*/snapshot.json` (0 when there is no folder): what reading the
/// history will take in text.
pub fn snapshots_size(out: &Path) -> u64 {
    let Ok(dirs) = std::fs::read_dir(out) else { return 0 };
    dirs.flatten().filter_map(|d| std::fs::metadata(d.path().join("snapshot.json")).ok()).map(|m| m.len()).sum()
}

/// The snapshots of `<out>/*/snapshot.json`, checked as a graph. A missing folder is an empty
/// history (the first `generate` creates it); a 0.31 journal folder must be converted first.
pub fn read_history(out: &Path, out_display: &str) -> Result<History> {
    if out.join("meta").join("_journal.json").is_file() {
        bail!(
            "{out_display}: the migrations folder uses drizzle-kit 0.31's journal layout (meta/_journal.json); convert it with `dbkit up` (or `drizzle-kit up`) first"
        );
    }
    if !out.is_dir() {
        return Ok(History::default());
    }
    let mut entries = Vec::new();
    for dir in std::fs::read_dir(out).with_context(|| format!("{out_display}: cannot list the migrations folder"))? {
        let dir = dir.with_context(|| format!("{out_display}: cannot list the migrations folder"))?;
        let path = dir.path().join("snapshot.json");
        if !path.is_file() {
            continue;
        }
        let folder = dir.file_name().to_string_lossy().into_owned();
        let display = format!("{out_display}/{folder}/snapshot.json");
        let snapshot = read_snapshot(&path, &display)?;
        entries.push(Entry { folder, snapshot });
    }
    History::new(entries).map_err(|e| anyhow::anyhow!("{out_display}: {e}"))
}

/// Snapshot files from this size up are parsed as a stream: held whole, a 10,000-table snapshot's
/// 70 MB of text outweighed the state it holds. A stream takes about twice as long to parse, so
/// smaller files are read whole.
const STREAM_BYTES: u64 = 8 << 20;

fn read_snapshot(path: &Path, display: &str) -> Result<Snapshot> {
    let cannot_read = |e: std::io::Error| anyhow::anyhow!("{display}: cannot read ({e})");
    let file = std::fs::File::open(path).map_err(cannot_read)?;
    let size = file.metadata().map_err(cannot_read)?.len();
    let snapshot = if size >= STREAM_BYTES {
        Snapshot::read_from(display, std::io::BufReader::with_capacity(1 << 16, file))
    } else {
        Snapshot::parse(display, &std::io::read_to_string(file).map_err(cannot_read)?)
    };
    snapshot.map_err(|e| match e {
        SnapshotError::Version { .. } => anyhow::anyhow!(
            "{display}: written by an older drizzle-kit (snapshot version is not 9); convert the folder with `dbkit up` (or `drizzle-kit up`)"
        ),
        other => anyhow::anyhow!(other),
    })
}
