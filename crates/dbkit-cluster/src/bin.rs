//! Finding the PostgreSQL server binaries: `$DBKIT_PG_BIN`, `pg_config --bindir`,
//! `/usr/lib/postgresql/<newest>/bin`, then `PATH`.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::ClusterError;

/// A folder holding `initdb`, `pg_ctl` and `postgres`, and their major version.
#[derive(Debug, Clone)]
pub struct PgBin {
    pub dir: PathBuf,
    pub major: u32,
}

pub fn find_binaries() -> Result<PgBin, ClusterError> {
    // An explicit choice is not second-guessed: a wrong DBKIT_PG_BIN is an error, not a fallback.
    if let Some(dir) = std::env::var_os("DBKIT_PG_BIN") {
        let dir = PathBuf::from(dir);
        return check(&dir).ok_or_else(|| ClusterError::BadBinDir { dir: dir.display().to_string() });
    }
    candidates().into_iter().find_map(|dir| check(&dir)).ok_or(ClusterError::NoBinaries)
}

/// A PostgreSQL client program (`pg_dump`, `pg_restore`) and its major version, from the same
/// places as the server binaries, newest install first.
pub fn find_client(program: &str) -> Option<(PathBuf, u32)> {
    let mut dirs = candidates();
    if let Some(dir) = std::env::var_os("DBKIT_PG_BIN") {
        dirs.insert(0, PathBuf::from(dir));
    }
    dirs.into_iter().find_map(|dir| {
        let path = dir.join(program);
        if !path.is_file() {
            return None;
        }
        // "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)"
        let out = Command::new(&path).arg("--version").output().ok()?;
        let text = String::from_utf8_lossy(&out.stdout);
        let major = text.split_whitespace().nth(2)?.split('.').next()?.parse().ok()?;
        Some((path, major))
    })
}

fn candidates() -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    if let Ok(out) = Command::new("pg_config").arg("--bindir").output()
        && out.status.success()
    {
        dirs.push(PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()));
    }
    // Debian/Ubuntu keep each major version apart; prefer the newest.
    let mut versioned: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| Some((e.file_name().to_str()?.parse().ok()?, e.path().join("bin"))))
        .collect();
    versioned.sort_by_key(|(major, _)| std::cmp::Reverse(*major));
    dirs.extend(versioned.into_iter().map(|(_, p)| p));
    if let Some(path) = std::env::var_os("PATH") {
        dirs.extend(std::env::split_paths(&path));
    }
    dirs
}

fn check(dir: &Path) -> Option<PgBin> {
    if !(dir.join("initdb").is_file() && dir.join("pg_ctl").is_file()) {
        return None;
    }
    let out = Command::new(dir.join("pg_ctl")).arg("--version").output().ok()?;
    // "pg_ctl (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)"
    let text = String::from_utf8_lossy(&out.stdout);
    let version = text.split_whitespace().nth(2)?;
    let major = version.split('.').next()?.parse().ok()?;
    Some(PgBin { dir: dir.to_path_buf(), major })
}
