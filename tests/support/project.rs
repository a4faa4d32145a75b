//! Temporary projects (config + migrations folder) and runs of the real `dbkit` binary in them.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use tempfile::TempDir;

use super::server::{PASSWORD, TestDb};

pub struct Project {
    dir: TempDir,
}

/// What one run of `dbkit` printed, and its exit code.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Both streams, for assertions that do not care where a line went.
    pub fn all(&self) -> String {
        format!("{}{}", self.stdout, self.stderr)
    }

    /// The `Error: …` line dbkit printed on stderr (exactly one is expected).
    pub fn error_line(&self) -> String {
        let lines: Vec<&str> = self.stderr.lines().filter(|l| l.starts_with("Error: ")).collect();
        assert_eq!(lines.len(), 1, "expected exactly one error line, got:\n{}", self.all());
        assert!(!self.stderr.contains("panicked"), "dbkit panicked:\n{}", self.stderr);
        lines[0].to_string()
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(self.stdout.trim()).unwrap_or_else(|e| panic!("stdout is not one JSON document ({e}):\n{}", self.stdout))
    }

    /// The password must not appear anywhere in what dbkit printed.
    pub fn assert_no_password(&self) {
        assert!(!self.all().contains(PASSWORD), "password leaked:\n{}", self.all());
    }
}

impl Project {
    /// An empty project (no config file).
    pub fn empty() -> Project {
        Project { dir: tempfile::Builder::new().prefix("dbkit-proj-").tempdir().expect("tempdir") }
    }

    /// A project with `drizzle.config.json` pointing at `db` through a URL.
    pub fn for_db(db: &TestDb) -> Project {
        let p = Project::empty();
        p.write(
            "drizzle.config.json",
            &serde_json::json!({"dialect": "postgresql", "out": "./drizzle", "dbCredentials": {"url": db.url()}}).to_string(),
        );
        p
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn write(&self, relative: &str, text: &str) -> PathBuf {
        let path = self.dir.path().join(relative);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, text).expect("write");
        path
    }

    /// Adds `drizzle/<name>/migration.sql` (the 1.0 layout).
    pub fn migration(&self, name: &str, sql: &str) -> &Project {
        self.write(&format!("drizzle/{name}/migration.sql"), sql);
        self
    }

    /// Copies `tests/fixtures/<name>` into the project's `drizzle/` folder.
    pub fn fixture(&self, name: &str) -> &Project {
        let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name);
        copy_dir(&from, &self.dir.path().join("drizzle"));
        self
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_dbkit"));
        cmd.args(args).current_dir(self.dir.path()).stdin(Stdio::null());
        // A developer's own settings must not leak into the runs.
        for var in [
            "DATABASE_URL",
            "DATABASE_HOST",
            "DATABASE_PORT",
            "DATABASE_USERNAME",
            "DATABASE_PASSWORD",
            "DATABASE_NAME",
            "PGPASSWORD",
            "PGHOST",
            "PGPORT",
            "PGUSER",
            "PGDATABASE",
            "RUST_BACKTRACE",
        ] {
            cmd.env_remove(var);
        }
        cmd
    }

    /// Runs `dbkit args…` in the project and waits for it.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with(args, &[])
    }

    pub fn run_with(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        let mut cmd = self.command(args);
        cmd.envs(env.iter().copied());
        let out = cmd.output().expect("run dbkit");
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Starts `dbkit args…` without waiting (for concurrency and kill tests).
    pub fn spawn(&self, args: &[&str]) -> Child {
        self.command(args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("spawn dbkit")
    }
}

/// The exit code and streams of a spawned run.
pub fn finish(child: Child) -> Run {
    let out = child.wait_with_output().expect("wait");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display())) {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}
