//! drizzle-kit 0.31's layout: `<out>/meta/_journal.json` listing `<out>/<tag>.sql` files.

use serde::Deserialize;

use super::stamp::folder_stamp;
use super::{FolderError, LocalMigration, folders::SqlFile};

/// `meta/_journal.json`, as drizzle-kit 0.31 writes it. Only what the runtime reads is kept.
#[derive(Debug, Clone, Deserialize)]
pub struct Journal {
    pub entries: Vec<JournalEntry>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct JournalEntry {
    /// Epoch milliseconds at generation time; drizzle-orm 0.45 records it as `created_at`.
    pub when: i64,
    pub tag: String,
}

impl Journal {
    pub fn parse(path: &str, text: &str) -> Result<Journal, FolderError> {
        serde_json::from_str(text).map_err(|e| FolderError::BadJournal { path: path.into(), message: e.to_string() })
    }
}

/// The migration for one journal entry, given what the filesystem layer found at `<out>/<tag>.sql`.
pub fn migration(out: &str, entry: &JournalEntry, sql: SqlFile) -> Result<LocalMigration, FolderError> {
    let path = format!("{out}/{}.sql", entry.tag);
    let text = match sql {
        SqlFile::Missing => {
            return Err(FolderError::MissingJournalFile { path: format!("{out}/meta/_journal.json"), tag: entry.tag.clone() });
        }
        SqlFile::NotUtf8 => return Err(FolderError::NotUtf8 { path }),
        SqlFile::Text(text) => text,
    };
    if text.trim().is_empty() {
        return Err(FolderError::EmptySql { path });
    }
    Ok(LocalMigration::new(entry.tag.clone(), upgraded_name(entry), entry.when, path, text))
}

/// The folder name `drizzle-kit up` gives a journal entry: the UTC stamp of `when`, then the tag
/// without its index (`0000_cute_shinobi_shaw` at 1795501049975 → `20261124061729_cute_shinobi_shaw`).
pub fn upgraded_name(entry: &JournalEntry) -> String {
    let rest = entry.tag.split_once('_').map_or(entry.tag.as_str(), |(_, rest)| rest);
    let stamp = folder_stamp(entry.when).unwrap_or_else(|| entry.when.to_string());
    format!("{stamp}_{rest}")
}

#[cfg(test)]
mod tests {
    use super::*;

    const JOURNAL: &str = r#"{"version":"7","dialect":"postgresql","entries":[
      {"idx":0,"version":"7","when":1795501049975,"tag":"0000_cute_shinobi_shaw","breakpoints":true},
      {"idx":1,"version":"7","when":1795501052077,"tag":"0001_schema_b","breakpoints":true}]}"#;

    #[test]
    fn reads_entries_in_journal_order() {
        let journal = Journal::parse("drizzle/meta/_journal.json", JOURNAL).unwrap();
        let m = migration("drizzle", &journal.entries[1], SqlFile::Text("select 1;".into())).unwrap();
        assert_eq!(m.name, "0001_schema_b");
        assert_eq!(m.created_at, 1_795_501_052_077);
        assert_eq!(m.path, "drizzle/0001_schema_b.sql");
        // the name drizzle-kit up gave this entry in the v1/upgrade transcript
        assert_eq!(m.record_name, "20261124061732_schema_b");
    }

    #[test]
    fn broken_journals_are_named() {
        let err = Journal::parse("drizzle/meta/_journal.json", "{").unwrap_err();
        assert!(err.to_string().starts_with("drizzle/meta/_journal.json: cannot parse the journal"));
        let journal = Journal::parse("j", JOURNAL).unwrap();
        let err = migration("drizzle", &journal.entries[0], SqlFile::Missing).unwrap_err();
        assert!(err.to_string().contains("0000_cute_shinobi_shaw"));
    }
}
