//! Running the server as the `postgres` OS user when dbkit itself runs as root.

use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::Command;

use super::ClusterError;

const SERVER_USER: &str = "postgres";

/// `(uid, gid)` of the `postgres` user, creating it when missing. `None` when not root.
fn server_user() -> Result<Option<(u32, u32)>, ClusterError> {
    if !is_root() {
        return Ok(None);
    }
    if let Some(ids) = lookup(SERVER_USER) {
        return Ok(Some(ids));
    }
    let status = Command::new("useradd").args(["--system", "--no-create-home", "--shell", "/bin/sh", SERVER_USER]).status();
    match (status, lookup(SERVER_USER)) {
        (_, Some(ids)) => Ok(Some(ids)),
        (Ok(_), None) | (Err(_), None) => Err(ClusterError::Command {
            what: "creating the postgres OS user".into(),
            detail: "initdb cannot run as root and `useradd postgres` did not work; create a `postgres` user or run dbkit as a normal user"
                .into(),
        }),
    }
}

fn is_root() -> bool {
    // The owner of /proc/self is the effective uid, without needing libc.
    std::fs::metadata("/proc/self").map(|m| std::os::unix::fs::MetadataExt::uid(&m) == 0).unwrap_or(false)
}

fn lookup(name: &str) -> Option<(u32, u32)> {
    let passwd = std::fs::read_to_string("/etc/passwd").ok()?;
    passwd.lines().find_map(|line| {
        let mut f = line.split(':');
        (f.next()? == name).then_some(())?;
        let _password = f.next()?;
        Some((f.next()?.parse().ok()?, f.next()?.parse().ok()?))
    })
}

/// A command that runs as the server user when we are root, as ourselves otherwise.
pub fn command(program: &Path) -> Command {
    let mut cmd = Command::new(program);
    if let Ok(Some((uid, gid))) = server_user() {
        cmd.uid(uid).gid(gid);
        // The server user must not inherit root's HOME (psql history, .pgpass…).
        cmd.env("HOME", "/tmp");
    }
    cmd
}

/// Gives `path` to the server user (when root) and makes sure every parent folder can be
/// traversed by it, which a 0700 temp folder would prevent.
pub fn hand_over(path: &Path) -> Result<(), ClusterError> {
    let Some((uid, gid)) = server_user()? else {
        return Ok(());
    };
    std::os::unix::fs::chown(path, Some(uid), Some(gid))
        .map_err(|e| ClusterError::Io { path: path.display().to_string(), message: e.to_string() })?;
    let mut parent = path.parent();
    while let Some(dir) = parent {
        if let Ok(meta) = std::fs::metadata(dir) {
            use std::os::unix::fs::PermissionsExt;
            let mode = meta.permissions().mode();
            if mode & 0o001 == 0 {
                let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(mode | 0o011));
            }
        }
        parent = dir.parent();
    }
    Ok(())
}
