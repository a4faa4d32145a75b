//! Connection settings and the public `connect` entry point: the option types, their
//! redacted renderings, and the re-exports of the parser, TLS and error submodules.
//!
//! Settings come from a `postgres://` URL, a libpq keyword/value string, or drizzle's
//! `dbCredentials` host form. They are parsed here rather than by tokio-postgres, whose
//! parser rejects valid libpq options (`sslmode=verify-full`, `sslrootcert=…`, unknown
//! keys). A password is never rendered by any `Display` or `Debug` output in this module.

mod credentials;
mod error;
mod open;
mod redact;
mod tls;
mod url;

#[cfg(test)]
mod tests;

use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

pub use error::ConnectError;
pub use open::{connect, server_major};
pub use redact::{redact, redact_url};
pub use tokio_postgres::Client;

/// Port used when none is given.
pub const DEFAULT_PORT: u16 = 5432;
/// User used when none is given (env vars such as `$USER` are the caller's business).
pub const DEFAULT_USER: &str = "postgres";
/// Host used when a URL names none.
pub const DEFAULT_HOST: &str = "localhost";
/// `application_name` sent to the server when none is given.
pub const DEFAULT_APPLICATION_NAME: &str = "dbkit";
/// Connect timeout used when none is given.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// libpq's `sslmode`, plus node-postgres's `no-verify`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslMode {
    /// No TLS.
    Disable,
    /// Plain first; TLS (unverified) only if the server rejects the plain connection.
    Allow,
    /// TLS (unverified) first; plain if the server does not offer TLS. The default.
    Prefer,
    /// TLS required, certificate not verified (verified against `sslrootcert` if one is given, as libpq does).
    Require,
    /// TLS required, certificate not verified (node-postgres's `no-verify`).
    NoVerify,
    /// TLS required, certificate chain verified, host name not checked.
    VerifyCa,
    /// TLS required, certificate chain and host name verified.
    VerifyFull,
}

impl SslMode {
    /// The libpq spelling (`"verify-full"`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            SslMode::Disable => "disable",
            SslMode::Allow => "allow",
            SslMode::Prefer => "prefer",
            SslMode::Require => "require",
            SslMode::NoVerify => "no-verify",
            SslMode::VerifyCa => "verify-ca",
            SslMode::VerifyFull => "verify-full",
        }
    }

    /// Parses a libpq spelling (case-insensitive); `None` for anything else.
    pub fn parse(s: &str) -> Option<SslMode> {
        let mode = match s.trim().to_ascii_lowercase().as_str() {
            "disable" => SslMode::Disable,
            "allow" => SslMode::Allow,
            "prefer" => SslMode::Prefer,
            "require" => SslMode::Require,
            "no-verify" => SslMode::NoVerify,
            "verify-ca" => SslMode::VerifyCa,
            "verify-full" => SslMode::VerifyFull,
            _ => return None,
        };
        Some(mode)
    }

    /// Whether a connection in this mode must use TLS.
    pub fn requires_tls(self) -> bool {
        matches!(self, SslMode::Require | SslMode::NoVerify | SslMode::VerifyCa | SslMode::VerifyFull)
    }
}

impl fmt::Display for SslMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where the server is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Host {
    /// A host name or IP address (IPv6 without brackets).
    Tcp(String),
    /// A directory holding the server's `.s.PGSQL.<port>` socket.
    Unix(PathBuf),
}

/// Trusted roots for `verify-ca` / `verify-full` (and `require` when given, as in libpq).
#[derive(Clone, PartialEq, Eq)]
pub enum RootCert {
    /// A PEM file (`sslrootcert=/path/ca.pem`), read when connecting.
    File(PathBuf),
    /// PEM text (drizzle's `ssl: { ca }`).
    Pem(String),
    /// `sslrootcert=system`: the bundled Mozilla roots (webpki-roots).
    System,
}

impl fmt::Debug for RootCert {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RootCert::File(p) => f.debug_tuple("File").field(p).finish(),
            RootCert::Pem(text) => write!(f, "Pem(<{} bytes of PEM>)", text.len()),
            RootCert::System => f.write_str("System"),
        }
    }
}

/// drizzle's `dbCredentials.ssl`: `true`/`false`, a mode string, or a `tls.ConnectionOptions` object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SslSetting {
    /// `ssl: true` (verify-full, node's default) or `ssl: false` (disable).
    Bool(bool),
    /// `ssl: 'require' | 'allow' | 'prefer' | 'verify-full'` (also accepted: the other libpq modes).
    Mode(String),
    /// `ssl: { rejectUnauthorized, ca }`; other keys of the object are not represented.
    Object {
        /// `rejectUnauthorized`; absent means `true` (node's default).
        reject_unauthorized: Option<bool>,
        /// `ca`: PEM text of the trusted root(s).
        ca: Option<String>,
    },
}

/// drizzle's `dbCredentials` in its host form.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    pub host: String,
    pub port: Option<u16>,
    pub user: Option<String>,
    pub password: Option<String>,
    pub database: String,
    pub ssl: Option<SslSetting>,
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("user", &self.user)
            .field("password", &self.password.as_ref().map(|_| redact::MASK))
            .field("database", &self.database)
            .field("ssl", &self.ssl)
            .finish()
    }
}

/// Everything needed to open one connection.
#[derive(Clone, PartialEq, Eq)]
pub struct ConnectOptions {
    pub host: Host,
    pub port: u16,
    pub user: String,
    /// Never shown by `Debug`, `redacted_url` or any error.
    pub password: Option<String>,
    pub database: String,
    /// Requested mode; over a unix socket TLS is never used whatever this says.
    pub ssl: SslMode,
    pub ssl_root_cert: Option<RootCert>,
    /// Limit for the whole connection attempt (DNS, TCP, TLS, authentication, fallbacks).
    /// `Duration::ZERO` means no limit (libpq's `connect_timeout=0`).
    pub connect_timeout: Duration,
    pub application_name: String,
    /// libpq `options` (command-line options sent to the server, e.g. `-c search_path=app`).
    pub options: Option<String>,
}

impl fmt::Debug for ConnectOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ConnectOptions")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("user", &self.user)
            .field("password", &self.password.as_ref().map(|_| redact::MASK))
            .field("database", &self.database)
            .field("ssl", &self.ssl)
            .field("ssl_root_cert", &self.ssl_root_cert)
            .field("connect_timeout", &self.connect_timeout)
            .field("application_name", &self.application_name)
            .field("options", &self.options)
            .finish()
    }
}

impl ConnectOptions {
    /// Options for `host` with every other setting at its default.
    pub fn new(host: Host, database: impl Into<String>) -> Self {
        ConnectOptions {
            host,
            port: DEFAULT_PORT,
            user: DEFAULT_USER.to_string(),
            password: None,
            database: database.into(),
            ssl: SslMode::Prefer,
            ssl_root_cert: None,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            application_name: DEFAULT_APPLICATION_NAME.to_string(),
            options: None,
        }
    }

    /// Parses a `postgres://` / `postgresql://` URL or a libpq keyword/value string
    /// (`host=/tmp port=5433 dbname=x`).
    pub fn from_url(url: &str) -> Result<Self, ConnectError> {
        url::parse(url)
    }

    /// Builds options from drizzle's `dbCredentials` host form, mapping `ssl` as drizzle-kit does.
    pub fn from_credentials(c: &Credentials) -> Result<Self, ConnectError> {
        credentials::from_credentials(c)
    }

    /// `postgres://user:****@host:port/db?sslmode=prefer`, never with the password
    /// (and without `:****` when there is none).
    pub fn redacted_url(&self) -> String {
        let mut out = String::from("postgres://");
        out.push_str(&url::encode_component(&self.user));
        if self.password.is_some() {
            out.push(':');
            out.push_str(redact::MASK);
        }
        out.push('@');
        match &self.host {
            Host::Tcp(h) if h.contains(':') => {
                out.push('[');
                out.push_str(h);
                out.push(']');
            }
            Host::Tcp(h) => out.push_str(&url::encode_component(h)),
            Host::Unix(dir) => out.push_str(&url::encode_component(&dir.to_string_lossy())),
        }
        out.push(':');
        out.push_str(&self.port.to_string());
        out.push('/');
        out.push_str(&url::encode_component(&self.database));
        out.push_str("?sslmode=");
        out.push_str(self.ssl.as_str());
        match &self.ssl_root_cert {
            Some(RootCert::File(p)) => {
                out.push_str("&sslrootcert=");
                out.push_str(&url::encode_component(&p.to_string_lossy()));
            }
            Some(RootCert::System) => out.push_str("&sslrootcert=system"),
            Some(RootCert::Pem(_)) | None => {}
        }
        out
    }

    /// The server for messages: `localhost:5433`, `[::1]:5433`, `/var/run/postgresql (port 5432)`.
    pub fn target(&self) -> String {
        match &self.host {
            Host::Tcp(h) if h.contains(':') => format!("[{h}]:{}", self.port),
            Host::Tcp(h) => format!("{h}:{}", self.port),
            Host::Unix(dir) => format!("{} (port {})", dir.display(), self.port),
        }
    }

    /// Whether this connection can use TLS at all (never over a unix socket).
    pub fn uses_tls(&self) -> bool {
        matches!(self.host, Host::Tcp(_)) && self.ssl != SslMode::Disable
    }
}
