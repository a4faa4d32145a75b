//! drizzle's `dbCredentials` host form (`{host, port, user, password, database, ssl}`) to
//! `ConnectOptions`, including drizzle-kit's mapping of the `ssl` value.

use super::url::host_from_text;
use super::{ConnectError, ConnectOptions, Credentials, DEFAULT_PORT, DEFAULT_USER, RootCert, SslMode, SslSetting};

pub(crate) fn from_credentials(c: &Credentials) -> Result<ConnectOptions, ConnectError> {
    let invalid = |reason: String| ConnectError::InvalidCredentials { reason };
    let host = c.host.trim();
    if host.is_empty() {
        return Err(invalid("host is empty: set dbCredentials.host (or use dbCredentials.url)".into()));
    }
    if c.database.trim().is_empty() {
        return Err(invalid("database is empty: set dbCredentials.database".into()));
    }
    if c.port == Some(0) {
        return Err(invalid("port 0 is not valid: use the server's port, usually 5432".into()));
    }
    let user = c.user.clone().filter(|u| !u.is_empty()).unwrap_or_else(|| DEFAULT_USER.to_string());
    let (ssl, ssl_root_cert) = map_ssl(c.ssl.as_ref()).map_err(invalid)?;
    let mut opts = ConnectOptions::new(host_from_text(host), c.database.clone());
    opts.port = c.port.unwrap_or(DEFAULT_PORT);
    opts.user = user;
    opts.password = c.password.clone().filter(|p| !p.is_empty());
    opts.ssl = ssl;
    opts.ssl_root_cert = ssl_root_cert;
    Ok(opts)
}

/// drizzle-kit passes `'require' | 'allow' | 'prefer'` to node-postgres as
/// `{rejectUnauthorized: false}` and `'verify-full'` as `{}`; booleans and objects go through
/// unchanged, and node verifies unless `rejectUnauthorized` is `false`. dbkit keeps libpq's
/// meaning of `allow` and `prefer` (TLS optional) and defaults to `prefer` when `ssl` is absent.
fn map_ssl(ssl: Option<&SslSetting>) -> Result<(SslMode, Option<RootCert>), String> {
    let mapped = match ssl {
        None => (SslMode::Prefer, None),
        Some(SslSetting::Bool(false)) => (SslMode::Disable, None),
        Some(SslSetting::Bool(true)) => (SslMode::VerifyFull, None),
        Some(SslSetting::Mode(m)) => match SslMode::parse(m) {
            // 'require' (drizzle: rejectUnauthorized:false) has no root here, so it is
            // TLS without verification, which is what `SslMode::Require` means without a root.
            Some(mode) => (mode, None),
            None => {
                return Err(format!("ssl: '{m}' is not a known mode (use true, false, 'require', 'allow', 'prefer' or 'verify-full')"));
            }
        },
        Some(SslSetting::Object { reject_unauthorized: Some(false), .. }) => (SslMode::NoVerify, None),
        Some(SslSetting::Object { ca, .. }) => {
            (SslMode::VerifyFull, ca.as_ref().filter(|pem| !pem.trim().is_empty()).map(|pem| RootCert::Pem(pem.clone())))
        }
    };
    Ok(mapped)
}
