//! Backups around migrate and revert: `pg_dump` of the database into a timestamped file before
//! anything changes, and `pg_restore` of one. The password reaches the tools through their
//! environment (`PGPASSWORD`), never their arguments, and never appears in output.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};
use dbkit_pg::connect::{ConnectOptions, Host, SslMode};

/// libpq's environment for `o`: what pg_dump and pg_restore connect with.
fn libpq_env(cmd: &mut Command, o: &ConnectOptions) {
    let host = match &o.host {
        Host::Tcp(h) => h.clone(),
        Host::Unix(dir) => dir.to_string_lossy().into_owned(),
    };
    let sslmode = match o.ssl {
        // node-postgres's no-verify is libpq's require (TLS without verification).
        SslMode::NoVerify => "require",
        other => other.as_str(),
    };
    cmd.env("PGHOST", host)
        .env("PGPORT", o.port.to_string())
        .env("PGUSER", &o.user)
        .env("PGDATABASE", &o.database)
        .env("PGSSLMODE", sslmode);
    match &o.password {
        Some(p) => cmd.env("PGPASSWORD", p),
        None => cmd.env_remove("PGPASSWORD"),
    };
}

/// `program` and its major version, refusing one older than the server (pg_dump cannot read a
/// newer server's catalogs).
fn tool(program: &str, server_major: u32) -> Result<PathBuf> {
    let Some((path, major)) = dbkit_cluster::find_client(program) else {
        bail!(
            "{program} not found: install the PostgreSQL client tools (apt-get install -y postgresql-client), or set DBKIT_PG_BIN to their folder"
        );
    };
    if major < server_major {
        bail!(
            "{} is PostgreSQL {major}, older than the server ({server_major}), and cannot read it: install postgresql-client-{server_major} or newer",
            path.display()
        );
    }
    Ok(path)
}

/// Where a backup goes: `path` as given (a folder gets a file in it), or `.dbkit/backups/`.
pub fn target(given: &str, database: &str, stamp: &str) -> PathBuf {
    let file = format!("{database}-{stamp}.dump");
    if given.is_empty() {
        return Path::new(".dbkit").join("backups").join(file);
    }
    let p = PathBuf::from(given);
    if p.is_dir() || given.ends_with('/') { p.join(file) } else { p }
}

/// Dumps the database into `file` (pg_dump's custom format, for pg_restore).
pub fn dump(o: &ConnectOptions, server_major: u32, file: &Path) -> Result<()> {
    let pg_dump = tool("pg_dump", server_major)?;
    if let Some(parent) = file.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).with_context(|| format!("{}: cannot create the backup folder", parent.display()))?;
    }
    let mut cmd = Command::new(&pg_dump);
    cmd.arg("--format=custom").arg("--no-password").arg("--file").arg(file);
    libpq_env(&mut cmd, o);
    let out = cmd.output().with_context(|| format!("cannot run {}", pg_dump.display()))?;
    if !out.status.success() {
        let _ = std::fs::remove_file(file);
        bail!("pg_dump failed, so nothing was changed: {}", first_line(&out.stderr));
    }
    Ok(())
}

/// Restores `file` into the database in one transaction: objects in the dump are dropped and
/// recreated; anything the dump does not have is left alone.
pub fn restore(o: &ConnectOptions, server_major: u32, file: &Path) -> Result<()> {
    let pg_restore = tool("pg_restore", server_major)?;
    let mut cmd = Command::new(&pg_restore);
    cmd.args(["--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error", "--no-password", "--dbname"])
        .arg(&o.database)
        .arg(file);
    libpq_env(&mut cmd, o);
    let out = cmd.output().with_context(|| format!("cannot run {}", pg_restore.display()))?;
    if !out.status.success() {
        bail!("pg_restore failed and rolled back, so the database is unchanged: {}", first_line(&out.stderr));
    }
    Ok(())
}

fn first_line(stderr: &[u8]) -> String {
    String::from_utf8_lossy(stderr).lines().find(|l| !l.trim().is_empty()).unwrap_or("no message").trim().to_string()
}
