//! Local PostgreSQL clusters without Docker: find the installed server, `initdb`, start, stop.
//!
//! Used by `dbkit db start|stop|status` and by the test harness. `initdb` and `postgres` refuse
//! to run as root, so when dbkit runs as root (CI, containers) they run as the `postgres` OS user
//! (created if missing), and the data folder is handed to that user.

mod bin;
mod user;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

pub use bin::{PgBin, find_binaries, find_client};

#[derive(Debug, thiserror::Error)]
pub enum ClusterError {
    #[error(
        "no PostgreSQL server binaries found (looked at `pg_config --bindir`, /usr/lib/postgresql/*/bin and PATH); install them, e.g. `apt-get install -y postgresql` or `brew install postgresql@16`, or set DBKIT_PG_BIN"
    )]
    NoBinaries,
    #[error(
        "DBKIT_PG_BIN={dir} does not hold PostgreSQL's initdb and pg_ctl; point it at the server's bin folder (e.g. /usr/lib/postgresql/16/bin) or unset it"
    )]
    BadBinDir { dir: String },
    #[error("{what} failed: {detail}")]
    Command { what: String, detail: String },
    #[error("{path}: {message}")]
    Io { path: String, message: String },
}

/// What a cluster looks like; everything but `data_dir` and `port` has a sensible default.
#[derive(Debug, Clone)]
pub struct ClusterSpec {
    pub data_dir: PathBuf,
    pub port: u16,
    /// `listen_addresses`, e.g. `localhost` or `127.0.0.1`.
    pub listen: String,
    /// Folder for the unix socket; `None` disables unix sockets.
    pub socket_dir: Option<PathBuf>,
    /// The bootstrap superuser `initdb` creates.
    pub superuser: String,
    /// Its password, for scram-sha-256 over TCP (local socket connections are trusted).
    pub password: String,
    /// fsync and full-page writes off: for throwaway test clusters only.
    pub unsafe_fast: bool,
}

/// A cluster on disk, managed with the server binaries it was found with.
#[derive(Debug, Clone)]
pub struct Cluster {
    pub spec: ClusterSpec,
    pub bin: PgBin,
}

/// Whether `pg_ctl status` sees a running server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    NotInitialised,
    Stopped,
    Running,
}

impl Cluster {
    pub fn new(spec: ClusterSpec, bin: PgBin) -> Cluster {
        Cluster { spec, bin }
    }

    pub fn log_file(&self) -> PathBuf {
        self.spec.data_dir.join("postgres.log")
    }

    pub fn state(&self) -> State {
        if !self.spec.data_dir.join("PG_VERSION").is_file() {
            return State::NotInitialised;
        }
        let status =
            self.pg_command("pg_ctl").arg("status").arg("-D").arg(&self.spec.data_dir).stdout(Stdio::null()).stderr(Stdio::null()).status();
        match status {
            Ok(s) if s.success() => State::Running,
            _ => State::Stopped,
        }
    }

    /// Runs `initdb` once; a folder that already holds a cluster is left alone.
    pub fn init(&self) -> Result<bool, ClusterError> {
        if self.state() != State::NotInitialised {
            return Ok(false);
        }
        let data = &self.spec.data_dir;
        create_dir(data)?;
        user::hand_over(data)?;
        let pwfile = data.with_extension("pwfile");
        std::fs::write(&pwfile, format!("{}\n", self.spec.password)).map_err(|e| io(&pwfile, e))?;
        user::hand_over(&pwfile)?;
        let mut cmd = self.pg_command("initdb");
        cmd.arg("-D")
            .arg(data)
            .args(["-U", &self.spec.superuser, "-E", "UTF8", "--locale=C.UTF-8", "--auth-local=trust", "--auth-host=scram-sha-256"])
            .arg(format!("--pwfile={}", pwfile.display()));
        if self.spec.unsafe_fast {
            cmd.arg("--no-sync");
        }
        let result = run(cmd, "initdb");
        let _ = std::fs::remove_file(&pwfile);
        result.map(|_| true)
    }

    /// Starts the server and waits until it accepts connections.
    pub fn start(&self) -> Result<(), ClusterError> {
        if self.state() == State::Running {
            return Ok(());
        }
        if let Some(dir) = &self.spec.socket_dir {
            create_dir(dir)?;
            user::hand_over(dir)?;
        }
        let mut options = format!("-p {} -c listen_addresses='{}'", self.spec.port, self.spec.listen);
        match &self.spec.socket_dir {
            Some(dir) => options += &format!(" -k '{}'", dir.display()),
            None => options += " -c unix_socket_directories=''",
        }
        if self.spec.unsafe_fast {
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        }
        let mut cmd = self.pg_command("pg_ctl");
        cmd.arg("start").arg("-D").arg(&self.spec.data_dir).arg("-l").arg(self.log_file()).args(["-w", "-t", "60", "-o", &options]);
        run(cmd, "pg_ctl start").map(drop).map_err(|e| match e {
            ClusterError::Command { what, detail } => {
                let log = std::fs::read_to_string(self.log_file()).unwrap_or_default();
                let last = log.lines().rev().find(|l| l.contains("FATAL") || l.contains("ERROR")).unwrap_or(detail.as_str()).to_string();
                ClusterError::Command { what, detail: format!("{last} (log: {})", self.log_file().display()) }
            }
            other => other,
        })
    }

    /// Stops the server (fast shutdown: open sessions are disconnected).
    pub fn stop(&self) -> Result<bool, ClusterError> {
        if self.state() != State::Running {
            return Ok(false);
        }
        let mut cmd = self.pg_command("pg_ctl");
        cmd.arg("stop").arg("-D").arg(&self.spec.data_dir).args(["-m", "fast", "-w"]);
        run(cmd, "pg_ctl stop").map(|_| true)
    }

    /// A command for one of the server binaries, as the `postgres` OS user when we are root.
    pub fn pg_command(&self, program: &str) -> Command {
        user::command(&self.bin.dir.join(program))
    }
}

fn create_dir(path: &Path) -> Result<(), ClusterError> {
    std::fs::create_dir_all(path).map_err(|e| io(path, e))
}

fn io(path: &Path, e: std::io::Error) -> ClusterError {
    ClusterError::Io { path: path.display().to_string(), message: e.to_string() }
}

fn run(mut cmd: Command, what: &str) -> Result<String, ClusterError> {
    let output = cmd.stdin(Stdio::null()).output().map_err(|e| ClusterError::Command { what: what.into(), detail: e.to_string() })?;
    let text = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    if output.status.success() {
        Ok(text)
    } else {
        let detail = text.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("no output").trim().to_string();
        Err(ClusterError::Command { what: what.into(), detail })
    }
}
