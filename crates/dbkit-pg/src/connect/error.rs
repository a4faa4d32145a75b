//! `ConnectError`: one-line, actionable connection errors, and their classification from
//! `tokio_postgres::Error` (SQLSTATE, io error kind, rustls error, TLS negotiation text).
//! No variant ever holds a password; free text from elsewhere goes through `redact`.

use std::error::Error as StdError;
use std::io;
use std::time::Duration;

use rustls::CertificateError;
use tokio_postgres::error::SqlState;

use super::redact::redact;
use super::{ConnectOptions, Host, SslMode};

/// Why a connection could not be opened (or its settings not understood).
#[derive(Debug, thiserror::Error)]
pub enum ConnectError {
    /// The URL or keyword/value string does not parse; `url` is redacted.
    #[error("invalid database URL {url}: {reason}")]
    InvalidUrl { url: String, reason: String },
    /// drizzle `dbCredentials` that cannot be used.
    #[error("invalid dbCredentials: {reason}")]
    InvalidCredentials { reason: String },
    /// `sslrootcert` / `ssl.ca` could not be read or holds no usable certificate.
    #[error("could not load {what}: {reason}: give a PEM file holding the CA certificate that signed the server's certificate")]
    RootCert { what: String, reason: String },
    /// rustls refused the TLS configuration (not expected in practice).
    #[error("could not set up TLS: {reason}")]
    TlsSetup { reason: String },
    /// `connect` was called outside a tokio runtime.
    #[error("could not connect: no tokio runtime is running (dbkit-pg's connect must run inside one)")]
    NoRuntime,
    /// Nothing listens at the address (refused, or no socket file).
    #[error("could not connect to {target}: {reason} — is the database running at {target}? (start one with `dbkit db start`)")]
    Refused { target: String, reason: String },
    /// No route to the host or its network.
    #[error("could not connect to {target}: {reason} — check the host name or address and your network (VPN, firewall)")]
    Unreachable { target: String, reason: String },
    /// Something answered that is not PostgreSQL (an HTTP proxy, another database…).
    #[error("the server at {target} did not answer like PostgreSQL ({detail}): check the host and port")]
    NotPostgres { target: String, detail: String },
    /// The host name does not resolve.
    #[error("unknown host \"{host}\": check DATABASE_HOST / the host in your config")]
    UnknownHost { host: String },
    /// The connect timeout ran out (`after` is e.g. "10s").
    #[error(
        "timed out after {after} connecting to {target}: check the host and port and that the server is reachable from here (firewall, VPN), or raise connect_timeout"
    )]
    Timeout { after: String, target: String },
    /// SQLSTATE 28P01.
    #[error("password authentication failed for user \"{user}\" at {target}: check the password in your config or DATABASE_PASSWORD")]
    PasswordFailed { user: String, target: String },
    /// The server asked for a password and none was configured.
    #[error(
        "the server at {target} wants a password for user \"{user}\" and none was given: add it to your config or set DATABASE_PASSWORD"
    )]
    PasswordMissing { user: String, target: String },
    /// SQLSTATE 3D000.
    #[error(
        "database \"{database}\" does not exist at {target}: create it (createdb {database}, or `dbkit db start`) or fix the database name"
    )]
    DatabaseMissing { database: String, target: String },
    /// The server answered the TLS request with "no" and the mode requires TLS.
    #[error(
        "the server at {target} does not support TLS but sslmode={mode}: use sslmode=prefer or disable (ssl: false), or enable TLS on the server"
    )]
    TlsUnsupported { target: String, mode: SslMode },
    /// The server certificate failed verification; `problem` says which check.
    #[error("TLS certificate of {target} rejected with sslmode={mode}: {problem}; {hint}")]
    Certificate { target: String, mode: SslMode, problem: String, hint: String },
    /// Any other TLS handshake failure.
    #[error("TLS handshake with {target} failed (sslmode={mode}): {reason}{hint}")]
    Tls { target: String, mode: SslMode, reason: String, hint: String },
    /// SQLSTATE 28000: pg_hba.conf or a missing role; `message` is the server's.
    #[error("the server at {target} rejected user \"{user}\" for database \"{database}\": {message}{hint}")]
    Rejected { target: String, user: String, database: String, message: String, hint: String },
    /// Anything else, with tokio-postgres's or the server's message.
    #[error("could not connect to {target}: {message}")]
    Other { target: String, message: String },
}

impl ConnectError {
    /// Whether the server refused the login itself (SQLSTATE 28000), which `allow` and
    /// `prefer` answer by retrying with the other TLS choice.
    pub(crate) fn is_rejection(&self) -> bool {
        matches!(self, ConnectError::Rejected { .. })
    }

    /// Whether the TLS handshake (not the TLS request) failed.
    pub(crate) fn is_tls_handshake(&self) -> bool {
        matches!(self, ConnectError::Tls { .. } | ConnectError::Certificate { .. })
    }
}

/// "10s", "1m30s", or "250ms" for sub-second limits.
pub(crate) fn human_duration(d: Duration) -> String {
    if d.subsec_millis() != 0 || d.as_secs() == 0 {
        return format!("{}ms", d.as_millis());
    }
    let secs = d.as_secs();
    match (secs / 60, secs % 60) {
        (0, s) => format!("{s}s"),
        (m, 0) => format!("{m}m"),
        (m, s) => format!("{m}m{s}s"),
    }
}

pub(crate) fn timeout(opts: &ConnectOptions) -> ConnectError {
    ConnectError::Timeout { after: human_duration(opts.connect_timeout), target: opts.target() }
}

/// Turns a tokio-postgres connection error into a `ConnectError`.
pub(crate) fn classify(e: &tokio_postgres::Error, opts: &ConnectOptions) -> ConnectError {
    let target = opts.target();
    if let Some(db) = e.as_db_error() {
        let code = db.code();
        if *code == SqlState::INVALID_PASSWORD {
            return ConnectError::PasswordFailed { user: opts.user.clone(), target };
        }
        if *code == SqlState::INVALID_CATALOG_NAME {
            return ConnectError::DatabaseMissing { database: opts.database.clone(), target };
        }
        let message = redact(&one_line(db.message()), opts.password.as_deref());
        if *code == SqlState::INVALID_AUTHORIZATION_SPECIFICATION {
            let hint = rejection_hint(&message, opts);
            return ConnectError::Rejected { target, user: opts.user.clone(), database: opts.database.clone(), message, hint };
        }
        let mut text = format!("{message} (SQLSTATE {})", code.code());
        if let Some(hint) = db.hint() {
            text.push_str(": ");
            text.push_str(&redact(&one_line(hint), opts.password.as_deref()));
        }
        return ConnectError::Other { target, message: text };
    }

    let mut cause: Option<&(dyn StdError + 'static)> = e.source();
    while let Some(err) = cause {
        if let Some(tls) = err.downcast_ref::<rustls::Error>() {
            return from_rustls(tls, opts);
        }
        if let Some(io) = err.downcast_ref::<io::Error>() {
            if let Some(tls) = io.get_ref().and_then(|i| i.downcast_ref::<rustls::Error>()) {
                return from_rustls(tls, opts);
            }
            match io.kind() {
                io::ErrorKind::ConnectionRefused => {
                    return ConnectError::Refused { target, reason: "connection refused".into() };
                }
                io::ErrorKind::TimedOut => return timeout(opts),
                io::ErrorKind::HostUnreachable | io::ErrorKind::NetworkUnreachable => {
                    return ConnectError::Unreachable {
                        target,
                        reason: if io.kind() == io::ErrorKind::HostUnreachable {
                            "no route to host".into()
                        } else {
                            "network is unreachable".into()
                        },
                    };
                }
                io::ErrorKind::NotFound => {
                    if let Host::Unix(dir) = &opts.host {
                        return ConnectError::Refused {
                            target,
                            reason: format!("no server socket {}", dir.join(format!(".s.PGSQL.{}", opts.port)).display()),
                        };
                    }
                }
                _ => {}
            }
        }
        cause = err.source();
    }

    // tokio-postgres reports the rest only as text (its error kinds are private).
    let top = e.to_string();
    let source = e.source().map(|s| one_line(&s.to_string()));
    match (top.as_str(), source.as_deref()) {
        ("error performing TLS handshake", Some("server does not support TLS")) => {
            return ConnectError::TlsUnsupported { target, mode: opts.ssl };
        }
        ("error performing TLS handshake", Some(reason)) => {
            return ConnectError::Tls { target, mode: opts.ssl, reason: redact(reason, opts.password.as_deref()), hint: String::new() };
        }
        ("unexpected message from server", _)
        | ("error parsing response from server", _)
        | ("error communicating with the server", Some("bytes remaining on stream")) => {
            return ConnectError::NotPostgres {
                target,
                detail: match source {
                    Some(s) => format!("{top}: {s}"),
                    None => top,
                },
            };
        }
        ("invalid configuration", Some("password missing")) => {
            return ConnectError::PasswordMissing { user: opts.user.clone(), target };
        }
        _ => {}
    }
    let message = match source {
        Some(s) => format!("{top}: {s}"),
        None => top,
    };
    ConnectError::Other { target, message: redact(&one_line(&message), opts.password.as_deref()) }
}

/// A rustls failure: certificate checks get a precise problem and a way out.
pub(super) fn from_rustls(e: &rustls::Error, opts: &ConnectOptions) -> ConnectError {
    let target = opts.target();
    let rustls::Error::InvalidCertificate(cert) = e else {
        let no_common_ground = matches!(
            e,
            rustls::Error::PeerIncompatible(_)
                | rustls::Error::AlertReceived(
                    rustls::AlertDescription::HandshakeFailure
                        | rustls::AlertDescription::ProtocolVersion
                        | rustls::AlertDescription::InsufficientSecurity
                )
        );
        let hint = if no_common_ground {
            " — no TLS version or cipher in common with the server (dbkit speaks TLS 1.2 and 1.3 with modern ciphers): \
             check the server's ssl_ciphers and ssl_min_protocol_version, or use sslmode=prefer or disable"
        } else {
            ""
        };
        return ConnectError::Tls { target, mode: opts.ssl, reason: one_line(&e.to_string()), hint: hint.to_string() };
    };
    let skip = if opts.ssl == SslMode::Require {
        // require only verifies because a root was given (libpq).
        "or drop sslrootcert (or use sslmode=no-verify) to skip verification"
    } else {
        "or use sslmode=require / no-verify (ssl: { rejectUnauthorized: false }) to skip verification"
    };
    let (problem, hint) = match cert {
        CertificateError::UnknownIssuer => (
            "it is not signed by a trusted CA".to_string(),
            format!("pass the CA that signed it with sslrootcert=/path/ca.pem (ssl: {{ ca }}), {skip}"),
        ),
        CertificateError::NotValidForName => (
            "it is not valid for this host name".to_string(),
            format!("connect with a host name the certificate names, use sslmode=verify-ca to skip the host-name check, {skip}"),
        ),
        CertificateError::NotValidForNameContext { presented, .. } => (
            format!(
                "it is not valid for the host name in your config (it names: {})",
                presented.iter().map(|name| presented_name(name)).collect::<Vec<_>>().join(", ")
            ),
            format!("connect with a host name the certificate names, use sslmode=verify-ca to skip the host-name check, {skip}"),
        ),
        CertificateError::Expired | CertificateError::ExpiredContext { .. } => {
            ("it has expired".to_string(), format!("renew the server certificate, {skip}"))
        }
        CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => {
            ("it is not valid yet (check this machine's clock)".to_string(), skip.to_string())
        }
        other => (one_line(&rustls::Error::InvalidCertificate(other.clone()).to_string()), format!("check sslrootcert / ssl.ca, {skip}")),
    };
    ConnectError::Certificate { target, mode: opts.ssl, problem, hint }
}

/// rustls lists presented names as `DnsName("db.example.com")`; keep the name.
pub(super) fn presented_name(name: &str) -> &str {
    match (name.find("(\""), name.strip_suffix("\")")) {
        (Some(open), Some(head)) if open + 2 <= head.len() => &head[open + 2..],
        _ => name,
    }
}

/// What to do about a 28000 rejection, judged from the server's message.
pub(super) fn rejection_hint(message: &str, opts: &ConnectOptions) -> String {
    let hint = if message.contains("does not exist") {
        "check the user name"
    } else if message.contains("no pg_hba.conf entry") {
        let plain = message.contains("no encryption") || message.contains("SSL off");
        let tls = message.contains("SSL encryption") || message.contains("GSS encryption") || message.contains("SSL on");
        match (plain, tls, opts.ssl) {
            (true, _, SslMode::Disable) => {
                "pg_hba.conf has no entry for unencrypted connections like this one: try sslmode=require (or prefer), or add an entry"
            }
            (_, true, mode) if mode.requires_tls() => {
                "pg_hba.conf has no entry for TLS connections like this one: try sslmode=prefer (or disable), or add an entry"
            }
            _ => "the server's pg_hba.conf has no entry for this host, user and database",
        }
    } else if message.contains("pg_hba.conf rejects") {
        "the server's pg_hba.conf refuses this user and database from this address"
    } else {
        return String::new();
    };
    format!(" — {hint}")
}

/// Joins lines so every message stays on one line.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
