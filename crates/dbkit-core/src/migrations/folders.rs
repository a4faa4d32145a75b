//! drizzle-kit 1.0's layout: `<out>/<YYYYMMDDHHMMSS>_<name>/migration.sql`, one folder per migration.

use super::collate::locale_compare;
use super::stamp::folder_millis;
use super::{FolderError, LocalMigration};

/// What the filesystem layer found at `<out>/<name>/migration.sql`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SqlFile {
    Missing,
    NotUtf8,
    Text(String),
}

/// One subdirectory of the migrations folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FolderEntry {
    pub name: String,
    pub sql: SqlFile,
}

/// The migrations of a 1.0 folder, in drizzle-orm's order (`localeCompare` of the folder names).
///
/// drizzle-orm silently skips a folder without `migration.sql`; dbkit does the same for folders
/// that are clearly not migrations, but a timestamped folder without its SQL, an empty file or a
/// `migration.sql` in a folder without a timestamp is a mistake worth stopping for.
pub fn from_folders(out: &str, entries: Vec<FolderEntry>) -> Result<Vec<LocalMigration>, FolderError> {
    let mut migrations = Vec::with_capacity(entries.len());
    for FolderEntry { name, sql } in entries {
        let path = format!("{out}/{name}/migration.sql");
        let millis = folder_millis(&name);
        let text = match (sql, millis) {
            (SqlFile::Missing, None) => continue,
            (SqlFile::Missing, Some(_)) => {
                return Err(FolderError::MissingSql { path: format!("{out}/{name}") });
            }
            (_, None) => {
                return Err(FolderError::BadFolderName { path: format!("{out}/{name}") });
            }
            (SqlFile::NotUtf8, Some(_)) => return Err(FolderError::NotUtf8 { path }),
            (SqlFile::Text(text), Some(_)) => text,
        };
        if text.trim().is_empty() {
            return Err(FolderError::EmptySql { path });
        }
        let created_at = millis.expect("checked above");
        migrations.push(LocalMigration::new(name.clone(), name, created_at, path, text));
    }
    migrations.sort_by(|a, b| locale_compare(&a.name, &b.name));
    Ok(migrations)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(name: &str, sql: Option<&str>) -> FolderEntry {
        FolderEntry { name: name.into(), sql: sql.map_or(SqlFile::Missing, |s| SqlFile::Text(s.into())) }
    }

    #[test]
    fn reads_and_orders_folders() {
        let got = from_folders(
            "drizzle",
            vec![entry("20261124063111_schema_b", Some("select 2;")), entry("20261124063106_init", Some("select 1;"))],
        )
        .unwrap();
        assert_eq!(got.iter().map(|m| m.name.as_str()).collect::<Vec<_>>(), ["20261124063106_init", "20261124063111_schema_b"]);
        assert_eq!(got[0].created_at, 1_795_501_866_000);
        assert_eq!(got[0].record_name, "20261124063106_init");
        assert_eq!(got[0].path, "drizzle/20261124063106_init/migration.sql");
        assert_eq!(got[0].hash, super::super::sha256_hex("select 1;"));
    }

    #[test]
    fn skips_unrelated_folders_but_not_broken_migrations() {
        assert!(from_folders("d", vec![entry("notes", None)]).unwrap().is_empty());
        assert_eq!(
            from_folders("d", vec![entry("20261124063106_init", None)]),
            Err(FolderError::MissingSql { path: "d/20261124063106_init".into() })
        );
        assert_eq!(from_folders("d", vec![entry("init", Some("select 1;"))]), Err(FolderError::BadFolderName { path: "d/init".into() }));
        assert_eq!(
            from_folders("d", vec![entry("20261124063106_init", Some(" \n"))]),
            Err(FolderError::EmptySql { path: "d/20261124063106_init/migration.sql".into() })
        );
    }
}
