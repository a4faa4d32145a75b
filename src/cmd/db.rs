//! `dbkit db start|stop|status|url`: a local development PostgreSQL in `.dbkit/pgdata`.
//!
//! The cluster listens where the config's credentials point (default localhost:5433) and gets
//! the configured role, password and database (defaults as in the seed config: tanstack-kit /
//! 123456789 / test, from DATABASE_HOST/PORT/USERNAME/PASSWORD/NAME). Every action is idempotent.

use std::net::{TcpStream, ToSocketAddrs};
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result, bail};
use dbkit_cluster::{Cluster, ClusterSpec, State, find_binaries};
use dbkit_pg::connect::{ConnectOptions, Credentials, Host, SslMode};

use crate::cli::{DbAction, DbArgs};
use crate::settings::{Env, Overrides, Settings, needs};
use crate::ui::{Mark, Ui};

/// The file in the data folder that remembers the bootstrap superuser `initdb` created.
const SUPERUSER_FILE: &str = "dbkit-superuser";
/// Exit code of `db status` when the database is not running.
const NOT_RUNNING: u8 = 3;

pub fn run(args: &DbArgs, ui: &Ui) -> Result<u8> {
    let cwd = std::env::current_dir()?;
    let env = Env::from_process();
    let settings = Settings::resolve(&cwd, &args.config, &Overrides::default(), env.clone(), true, needs::DB)?;
    let target = match settings.config_path {
        Some(_) => settings.connect_options()?,
        None => seed_defaults(&env)?,
    };
    let root = settings.config_path.as_deref().and_then(Path::parent).map_or(cwd.clone(), Path::to_path_buf);
    let local = LocalDb::new(&root, &target)?;
    match args.action {
        DbAction::Start => start(&local, &target, ui),
        DbAction::Stop => {
            match local.cluster.as_ref().map(Cluster::stop).transpose()? {
                Some(true) => ui.mark(Mark::Done, format!("Stopped the local database at {}", target.target())),
                _ => ui.mark(Mark::Info, "The local database is not running"),
            }
            Ok(0)
        }
        DbAction::Status => {
            let state = local.cluster.as_ref().map_or(State::NotInitialised, Cluster::state);
            let text = match state {
                State::Running => {
                    format!("running at {} (data in {})", target.target(), local.display)
                }
                State::Stopped => format!("stopped (data in {}); start it with `dbkit db start`", local.display),
                State::NotInitialised => "not created yet; create and start it with `dbkit db start`".to_string(),
            };
            ui.mark(if state == State::Running { Mark::Done } else { Mark::Info }, format!("Local database: {text}"));
            Ok(if state == State::Running { 0 } else { NOT_RUNNING })
        }
        DbAction::Url => {
            let mut shown = target.clone();
            shown.password = None;
            ui.line(shown.redacted_url());
            Ok(0)
        }
    }
}

/// The seed project's connection when there is no config file at all.
fn seed_defaults(env: &Env) -> Result<ConnectOptions> {
    let var = |key: &str, default: &str| env.get(key).filter(|v| !v.is_empty()).unwrap_or_else(|| default.to_string());
    let port = var("DATABASE_PORT", "5433");
    Ok(ConnectOptions::from_credentials(&Credentials {
        host: var("DATABASE_HOST", "localhost"),
        port: Some(port.parse().with_context(|| format!("DATABASE_PORT={port:?} is not a port number"))?),
        user: Some(var("DATABASE_USERNAME", "tanstack-kit")),
        password: Some(var("DATABASE_PASSWORD", "123456789")),
        database: var("DATABASE_NAME", "test"),
        ssl: None,
    })?)
}

struct LocalDb {
    /// `None` when the server binaries are missing (start reports it; stop/status have nothing to do).
    cluster: Option<Cluster>,
    missing_binaries: Option<dbkit_cluster::ClusterError>,
    display: String,
    socket_dir: Option<PathBuf>,
}

impl LocalDb {
    fn new(root: &Path, target: &ConnectOptions) -> Result<LocalDb> {
        let listen = match &target.host {
            Host::Tcp(h) if matches!(h.as_str(), "localhost" | "127.0.0.1" | "::1") => h.clone(),
            Host::Tcp(h) => bail!(
                "`dbkit db` runs a database on this machine, but the config points at {h}; use host localhost (DATABASE_HOST) for the local database"
            ),
            Host::Unix(_) => "localhost".to_string(),
        };
        let dot = root.join(".dbkit");
        // A unix socket path must fit in 107 bytes including "/.s.PGSQL.<port>".
        let run_dir = dot.join("run");
        let socket_dir = (run_dir.as_os_str().len() <= 90).then_some(run_dir);
        let spec = ClusterSpec {
            data_dir: dot.join("pgdata"),
            port: target.port,
            listen,
            socket_dir: socket_dir.clone(),
            superuser: target.user.clone(),
            password: target.password.clone().unwrap_or_default(),
            unsafe_fast: false,
        };
        let (cluster, missing_binaries) = match find_binaries() {
            Ok(bin) => (Some(Cluster::new(spec, bin)), None),
            Err(e) => (None, Some(e)),
        };
        Ok(LocalDb { cluster, missing_binaries, display: ".dbkit/pgdata".into(), socket_dir })
    }
}

fn start(local: &LocalDb, target: &ConnectOptions, ui: &Ui) -> Result<u8> {
    let Some(cluster) = &local.cluster else {
        return Err(local.missing_binaries.as_ref().map_or_else(|| anyhow::anyhow!("no server binaries"), |e| anyhow::anyhow!("{e}")));
    };
    let data = &cluster.spec.data_dir;
    if cluster.init()? {
        std::fs::write(data.join(SUPERUSER_FILE), &target.user).with_context(|| format!("{}: cannot write", data.display()))?;
        ui.mark(Mark::Done, format!("Created a PostgreSQL {} cluster in {}", cluster.bin.major, local.display));
    }
    if cluster.state() != State::Running {
        if port_in_use(&cluster.spec.listen, target.port) {
            bail!(
                "port {} on {} is already in use by another program (another PostgreSQL?); stop it, or set another port in the config (DATABASE_PORT)",
                target.port,
                cluster.spec.listen
            );
        }
        cluster.start()?;
    }
    crate::cmd::runtime()?.block_on(ensure_role_and_database(local, data, target))?;
    ui.mark(
        Mark::Done,
        format!(
            "PostgreSQL {} is running at {}, database \"{}\" for user \"{}\" (data in {})",
            cluster.bin.major,
            target.target(),
            target.database,
            target.user,
            local.display
        ),
    );
    Ok(0)
}

fn port_in_use(host: &str, port: u16) -> bool {
    let addrs = (host, port).to_socket_addrs().map(|a| a.collect::<Vec<_>>()).unwrap_or_default();
    addrs.iter().any(|a| TcpStream::connect_timeout(a, Duration::from_millis(300)).is_ok())
}

/// Creates or updates the configured role (login, superuser: it is a development database)
/// and creates the database, connecting as the bootstrap superuser over the trusted socket.
async fn ensure_role_and_database(local: &LocalDb, data: &Path, target: &ConnectOptions) -> Result<()> {
    let admin = match &local.socket_dir {
        Some(dir) => {
            let superuser = std::fs::read_to_string(data.join(SUPERUSER_FILE)).unwrap_or_else(|_| target.user.clone());
            let mut o = ConnectOptions::new(Host::Unix(dir.clone()), "postgres");
            o.port = target.port;
            o.user = superuser.trim().to_string();
            o.ssl = SslMode::Disable;
            o
        }
        None => {
            let mut o = target.clone();
            o.database = "postgres".into();
            o
        }
    };
    let client = dbkit_pg::connect::connect(&admin).await?;
    let role = quote_ident(&target.user);
    let exists = client.query_opt("select 1 from pg_roles where rolname = $1", &[&target.user]).await?.is_some();
    let verb = if exists { "ALTER" } else { "CREATE" };
    let password = target.password.as_deref().map(quote_literal).map(|p| format!(" PASSWORD {p}")).unwrap_or_default();
    client.batch_execute(&format!("{verb} ROLE {role} LOGIN SUPERUSER{password}")).await.context("cannot set up the database role")?;
    let has_db = client.query_opt("select 1 from pg_database where datname = $1", &[&target.database]).await?.is_some();
    if !has_db {
        client
            .batch_execute(&format!("CREATE DATABASE {} OWNER {role}", quote_ident(&target.database)))
            .await
            .with_context(|| format!("cannot create database \"{}\"", target.database))?;
    }
    Ok(())
}

fn quote_ident(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

fn quote_literal(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}
