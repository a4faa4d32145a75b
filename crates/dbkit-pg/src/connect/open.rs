//! `connect`: resolves the host, runs the attempts each sslmode calls for (allow and prefer
//! fall back to the other TLS choice), applies the overall timeout, and spawns the
//! connection task on the current tokio runtime.

use std::net::IpAddr;

use tokio_postgres::tls::MakeTlsConnect;
use tokio_postgres::{Client, Socket};
use tokio_postgres_rustls::MakeRustlsConnect;

use super::error::{classify, timeout};
use super::tls::{Verify, connector, policy};
use super::{ConnectError, ConnectOptions, Host, SslMode};

type TlsStream = <MakeRustlsConnect as MakeTlsConnect<Socket>>::Stream;
type Connection = tokio_postgres::Connection<Socket, TlsStream>;

/// Connects and spawns the connection task on the current tokio runtime (which needs its
/// time driver enabled, as `#[tokio::main]` and `Builder::enable_all` do).
///
/// `opts.connect_timeout` bounds the whole attempt: name resolution, TCP, TLS,
/// authentication and any allow/prefer fallback.
pub async fn connect(opts: &ConnectOptions) -> Result<Client, ConnectError> {
    if tokio::runtime::Handle::try_current().is_err() {
        return Err(ConnectError::NoRuntime);
    }
    let attempt = connect_with_fallbacks(opts);
    let (client, connection) = if opts.connect_timeout.is_zero() {
        attempt.await?
    } else {
        match tokio::time::timeout(opts.connect_timeout, attempt).await {
            Ok(result) => result?,
            Err(_elapsed) => return Err(timeout(opts)),
        }
    };
    tokio::spawn(async move {
        // Errors after start-up surface on the client's next call.
        let _ = connection.await;
    });
    Ok(client)
}

/// How the one TCP/unix attempt negotiates TLS.
#[derive(Clone, Copy)]
enum Negotiate {
    Plain,
    TryTls,
    MustTls,
}

async fn connect_with_fallbacks(opts: &ConnectOptions) -> Result<(Client, Connection), ConnectError> {
    let addrs = resolve(opts).await?;
    if matches!(opts.host, Host::Unix(_)) {
        // PostgreSQL never speaks TLS over a unix socket.
        return attempt(opts, &addrs, Negotiate::Plain).await;
    }
    match opts.ssl {
        SslMode::Disable => attempt(opts, &addrs, Negotiate::Plain).await,
        SslMode::Allow => match attempt(opts, &addrs, Negotiate::Plain).await {
            Err(first) if first.is_rejection() => match attempt(opts, &addrs, Negotiate::MustTls).await {
                Err(ConnectError::TlsUnsupported { .. }) => Err(first),
                other => other,
            },
            other => other,
        },
        SslMode::Prefer => match attempt(opts, &addrs, Negotiate::TryTls).await {
            Err(first) if first.is_rejection() || first.is_tls_handshake() => attempt(opts, &addrs, Negotiate::Plain).await,
            other => other,
        },
        SslMode::Require | SslMode::NoVerify | SslMode::VerifyCa | SslMode::VerifyFull => attempt(opts, &addrs, Negotiate::MustTls).await,
    }
}

/// The addresses of a TCP host (resolved here so that a DNS failure is told apart from
/// everything else); empty for a unix socket.
async fn resolve(opts: &ConnectOptions) -> Result<Vec<IpAddr>, ConnectError> {
    let Host::Tcp(host) = &opts.host else {
        return Ok(Vec::new());
    };
    if let Ok(ip) = host.parse::<IpAddr>() {
        return Ok(vec![ip]);
    }
    let unknown = || ConnectError::UnknownHost { host: host.clone() };
    let found = tokio::net::lookup_host((host.as_str(), opts.port)).await.map_err(|_| unknown())?;
    let mut ips: Vec<IpAddr> = Vec::new();
    for addr in found {
        if !ips.contains(&addr.ip()) {
            ips.push(addr.ip());
        }
    }
    if ips.is_empty() {
        return Err(unknown());
    }
    Ok(ips)
}

/// One connection attempt with the given TLS negotiation, tried on each address in turn.
async fn attempt(opts: &ConnectOptions, addrs: &[IpAddr], negotiate: Negotiate) -> Result<(Client, Connection), ConnectError> {
    let mut config = tokio_postgres::Config::new();
    config.user(&opts.user).dbname(&opts.database).application_name(&opts.application_name).port(opts.port);
    if let Some(password) = &opts.password {
        config.password(password.as_bytes());
    }
    if let Some(options) = &opts.options {
        config.options(options);
    }
    if !opts.connect_timeout.is_zero() {
        config.connect_timeout(opts.connect_timeout);
    }
    match &opts.host {
        Host::Unix(dir) => {
            config.host_path(dir);
        }
        Host::Tcp(name) => {
            // The name is kept for TLS (SNI and verify-full); the address is dialled.
            for ip in addrs {
                config.host(name).hostaddr(*ip);
            }
        }
    }
    let (ssl_mode, verify) = match negotiate {
        Negotiate::Plain => (tokio_postgres::config::SslMode::Disable, Verify::Nothing),
        Negotiate::TryTls => (tokio_postgres::config::SslMode::Prefer, policy(opts)),
        Negotiate::MustTls => (tokio_postgres::config::SslMode::Require, policy(opts)),
    };
    config.ssl_mode(ssl_mode);
    let tls = connector(verify, opts.ssl_root_cert.as_ref())?;
    config.connect(tls).await.map_err(|e| classify(&e, opts))
}

/// The server's major version (`150018` -> 15).
pub async fn server_major(client: &Client) -> Result<u32, String> {
    let row = client.query_one("select current_setting('server_version_num')::int", &[]).await.map_err(|e| e.to_string())?;
    Ok((row.get::<_, i32>(0) / 10000) as u32)
}
