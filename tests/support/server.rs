//! One real PostgreSQL per test run, and a fresh database per test.
//!
//! With `DBKIT_TEST_DATABASE_URL` set (a superuser URL on a server with password auth), tests use
//! that server. Otherwise the first test to ask starts a throwaway cluster in a temp folder with
//! the installed server binaries (initdb as the `postgres` OS user when root, fsync off), and a
//! detached reaper stops it and deletes the folder when this test process exits, however it exits.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use dbkit_cluster::{Cluster, ClusterSpec, find_binaries};
use dbkit_pg::connect::{ConnectOptions, Host, SslMode};

/// The password of the test cluster's superuser (tests check it never shows up in output).
pub const PASSWORD: &str = "s3cret-Test-pw";

pub struct Server {
    pub host: String,
    pub port: u16,
    pub user: String,
    pub password: String,
    /// The cluster's folder, when this process started it.
    pub dir: Option<PathBuf>,
}

impl Server {
    /// A URL for `database` on this server.
    pub fn url(&self, database: &str) -> String {
        format!("postgres://{}:{}@{}:{}/{}?sslmode=disable", self.user, self.password, self.host, self.port, database)
    }

    pub fn options(&self, database: &str) -> ConnectOptions {
        let mut o = ConnectOptions::new(Host::Tcp(self.host.clone()), database);
        o.port = self.port;
        o.user = self.user.clone();
        o.password = Some(self.password.clone());
        o.ssl = SslMode::Disable;
        o
    }
}

static SERVER: OnceLock<Server> = OnceLock::new();

pub fn server() -> &'static Server {
    SERVER.get_or_init(|| match std::env::var("DBKIT_TEST_DATABASE_URL") {
        Ok(url) => {
            let o = ConnectOptions::from_url(&url).expect("DBKIT_TEST_DATABASE_URL must be a postgres:// URL");
            let Host::Tcp(host) = o.host else { panic!("DBKIT_TEST_DATABASE_URL must use TCP") };
            Server { host, port: o.port, user: o.user, password: o.password.unwrap_or_default(), dir: None }
        }
        Err(_) => start_cluster(),
    })
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("no free port")
}

fn start_cluster() -> Server {
    let bin = find_binaries().unwrap_or_else(|e| panic!("{e} (scripts/test.sh installs them)"));
    let dir = std::env::temp_dir().join(format!("dbkit-test-pg-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("cannot create the cluster folder");
    let port = free_port();
    let spec = ClusterSpec {
        data_dir: dir.join("data"),
        port,
        listen: "127.0.0.1".into(),
        socket_dir: Some(dir.join("sock")),
        superuser: "postgres".into(),
        password: PASSWORD.into(),
        unsafe_fast: true,
    };
    let cluster = Cluster::new(spec, bin);
    spawn_reaper(&cluster, &dir);
    cluster.init().expect("initdb failed");
    cluster.start().expect("pg_ctl start failed");
    Server { host: "127.0.0.1".into(), port, user: "postgres".into(), password: PASSWORD.into(), dir: Some(dir) }
}

/// Stops the cluster and removes its folder once this process is gone (panics and kills included).
#[allow(clippy::zombie_processes)] // the reaper outlives us on purpose: it waits for our exit
fn spawn_reaper(cluster: &Cluster, dir: &std::path::Path) {
    let as_user = if is_root() { "runuser -u postgres -- " } else { "" };
    let script = format!(
        "while kill -0 {pid} 2>/dev/null; do sleep 0.5; done; {as_user}'{pg_ctl}' stop -D '{data}' -m immediate >/dev/null 2>&1; rm -rf '{dir}'",
        pid = std::process::id(),
        pg_ctl = cluster.bin.dir.join("pg_ctl").display(),
        data = cluster.spec.data_dir.display(),
        dir = dir.display(),
    );
    Command::new("setsid")
        .args(["sh", "-c", &script])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("cannot start the cluster reaper");
}

/// dbkit-cluster runs the server as `postgres` when we are root; the reaper must too.
fn is_root() -> bool {
    std::fs::metadata("/proc/self").map(|m| std::os::unix::fs::MetadataExt::uid(&m) == 0).unwrap_or(false)
}

static NEXT_DB: AtomicUsize = AtomicUsize::new(0);

/// A database of its own for one test, dropped when the test ends.
pub struct TestDb {
    pub name: String,
}

impl TestDb {
    pub fn new() -> TestDb {
        let name = format!("dbkit_t{}_{}", std::process::id(), NEXT_DB.fetch_add(1, Ordering::SeqCst));
        admin(&format!("CREATE DATABASE \"{name}\""));
        TestDb { name }
    }

    /// The URL of this database, password included (as a user would write it).
    pub fn url(&self) -> String {
        server().url(&self.name)
    }

    /// Runs SQL and returns every value as text (NULL as `None`), row by row.
    pub fn query(&self, sql: &str) -> Vec<Vec<Option<String>>> {
        query(&self.name, sql)
    }

    /// The single text value of a one-row, one-column query.
    pub fn value(&self, sql: &str) -> Option<String> {
        let rows = self.query(sql);
        assert_eq!(rows.len(), 1, "expected one row from {sql}");
        rows[0][0].clone()
    }

    pub fn execute(&self, sql: &str) {
        runtime().block_on(async {
            let client = dbkit_pg::connect::connect(&server().options(&self.name)).await.expect("connect");
            client.batch_execute(sql).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
        })
    }

    /// Runs statements in one transaction and rolls it back; on failure, the index of the failing
    /// statement and PostgreSQL's message.
    pub fn try_in_rolled_back_transaction(&self, statements: &[&str]) -> Result<(), (usize, String)> {
        runtime().block_on(async {
            let mut client = dbkit_pg::connect::connect(&server().options(&self.name)).await.expect("connect");
            let tx = client.transaction().await.expect("begin");
            for (i, sql) in statements.iter().enumerate() {
                if let Err(e) = tx.batch_execute(sql).await {
                    let message = e.as_db_error().map_or_else(|| e.to_string(), |d| d.message().to_string());
                    return Err((i, message));
                }
            }
            tx.rollback().await.expect("rollback");
            Ok(())
        })
    }

    /// Names in `drizzle.__drizzle_migrations`, in id order (empty when the table is missing).
    pub fn recorded(&self) -> Vec<String> {
        self.recorded_in("drizzle", "__drizzle_migrations")
    }

    pub fn recorded_in(&self, schema: &str, table: &str) -> Vec<String> {
        let exists = self.value(&format!("select (to_regclass('\"{schema}\".\"{table}\"') is not null)::text"));
        if exists.as_deref() != Some("true") {
            return Vec::new();
        }
        self.query(&format!("select coalesce(name, created_at::text) from \"{schema}\".\"{table}\" order by id"))
            .into_iter()
            .map(|r| r[0].clone().unwrap_or_default())
            .collect()
    }

    pub fn table_exists(&self, qualified: &str) -> bool {
        self.value(&format!("select (to_regclass('{qualified}') is not null)::text")).as_deref() == Some("true")
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        // Best effort: the whole cluster goes away with the run anyway.
        let _ = std::panic::catch_unwind(|| admin(&format!("DROP DATABASE IF EXISTS \"{}\" WITH (FORCE)", self.name)));
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime")
}

fn admin(sql: &str) {
    runtime().block_on(async {
        let client = dbkit_pg::connect::connect(&server().options("postgres")).await.expect("connect to the test server");
        client.batch_execute(sql).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
    })
}

fn query(database: &str, sql: &str) -> Vec<Vec<Option<String>>> {
    runtime().block_on(async {
        let client = dbkit_pg::connect::connect(&server().options(database)).await.expect("connect");
        let messages = client.simple_query(sql).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
        messages
            .into_iter()
            .filter_map(|m| match m {
                tokio_postgres::SimpleQueryMessage::Row(row) => Some((0..row.len()).map(|i| row.get(i).map(str::to_string)).collect()),
                _ => None,
            })
            .collect()
    })
}

/// Roles belong to the whole server: tests whose schemas create roles take this lock for the
/// whole case, and drop the roles they name first (see [`drop_roles`]), so two cases never
/// race over one role name.
pub static ROLES: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Takes [`ROLES`] (a test that panicked while holding it does not poison the others).
pub fn roles_lock() -> std::sync::MutexGuard<'static, ()> {
    ROLES.lock().unwrap_or_else(|e| e.into_inner())
}

/// Drops `names` if they exist and nothing else holds on to them.
pub fn drop_roles<'a>(db: &TestDb, names: impl IntoIterator<Item = &'a str>) {
    for role in names {
        let quoted = role.replace('"', "\"\"");
        db.execute(&format!("DO $$ BEGIN DROP ROLE IF EXISTS \"{quoted}\"; EXCEPTION WHEN OTHERS THEN NULL; END $$"));
    }
}
