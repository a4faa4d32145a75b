//! Parsing of `postgres://` URLs and libpq keyword/value strings into `ConnectOptions`,
//! plus the percent-encoding helpers they need.
//!
//! Both forms feed the same `Settings`; query parameters override the URL's own parts, as
//! in libpq. Unknown parameters (`schema`, `pgbouncer`, `uselibpqcompat`, …) are ignored, as
//! node-postgres does. Error messages show the input only through `redact_url`.

use std::path::PathBuf;
use std::time::Duration;

use super::redact::redact_url;
use super::{
    ConnectError, ConnectOptions, DEFAULT_APPLICATION_NAME, DEFAULT_CONNECT_TIMEOUT, DEFAULT_HOST, DEFAULT_PORT, DEFAULT_USER, Host,
    RootCert, SslMode,
};

/// Raw settings gathered from either form, before defaults and validation.
#[derive(Default)]
struct Settings {
    host: Option<String>,
    hostaddr: Option<String>,
    port: Option<String>,
    user: Option<String>,
    password: Option<String>,
    dbname: Option<String>,
    sslmode: Option<String>,
    sslrootcert: Option<String>,
    connect_timeout: Option<String>,
    application_name: Option<String>,
    options: Option<String>,
}

impl Settings {
    /// Records one `key=value`; unknown keys are ignored.
    fn set(&mut self, key: &str, value: String) {
        let slot = match key {
            "host" => &mut self.host,
            "hostaddr" => &mut self.hostaddr,
            "port" => &mut self.port,
            "user" => &mut self.user,
            "password" => &mut self.password,
            "dbname" => &mut self.dbname,
            "sslmode" => &mut self.sslmode,
            "sslrootcert" => &mut self.sslrootcert,
            "connect_timeout" => &mut self.connect_timeout,
            "application_name" => &mut self.application_name,
            "options" => &mut self.options,
            _ => return,
        };
        *slot = Some(value);
    }
}

/// Parses a URL or keyword/value string.
pub(crate) fn parse(input: &str) -> Result<ConnectOptions, ConnectError> {
    let invalid = |reason: String| ConnectError::InvalidUrl { url: redact_url(input), reason };
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(invalid("it is empty (expected postgres://user:password@host:port/database)".into()));
    }
    let settings = if let Some(i) = trimmed.find("://") {
        let scheme = &trimmed[..i];
        if !scheme.eq_ignore_ascii_case("postgres") && !scheme.eq_ignore_ascii_case("postgresql") {
            return Err(invalid(format!("unsupported scheme \"{scheme}\" (expected postgres:// or postgresql://)")));
        }
        parse_url_rest(&trimmed[i + 3..]).map_err(invalid)?
    } else if trimmed.contains('=') {
        parse_keywords(trimmed).map_err(invalid)?
    } else {
        return Err(invalid("expected a postgres://user:password@host:port/database URL or a libpq \"key=value\" string".into()));
    };
    finish(settings).map_err(invalid)
}

/// Parses what follows `postgres://`.
fn parse_url_rest(rest: &str) -> Result<Settings, String> {
    let mut s = Settings::default();
    // A fragment means nothing to a database URL (WHATWG drops it too).
    let rest = rest.split('#').next().unwrap_or("");
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(authority_end);

    let hostport = match authority.rfind('@') {
        Some(at) => {
            let userinfo = &authority[..at];
            let (user, password) = match userinfo.find(':') {
                Some(c) => (&userinfo[..c], Some(&userinfo[c + 1..])),
                None => (userinfo, None),
            };
            s.user = Some(decode(user, false).map_err(|e| format!("{e} in the user name"))?);
            if let Some(pw) = password {
                s.password = Some(decode(pw, false).map_err(|e| format!("{e} in the password"))?);
            }
            &authority[at + 1..]
        }
        None => authority,
    };
    parse_hostport(hostport, &mut s)?;

    let (path, query) = match tail.find('?') {
        Some(q) => (&tail[..q], Some(&tail[q + 1..])),
        None => (tail, None),
    };
    if let Some(db) = path.strip_prefix('/') {
        s.dbname = Some(decode(db, false).map_err(|e| format!("{e} in the database name"))?);
    }
    for pair in query.unwrap_or("").split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let key = decode(k, true).map_err(|e| format!("{e} in a query parameter name"))?;
        let value = decode(v, true).map_err(|e| format!("{e} in query parameter \"{key}\""))?;
        s.set(&key, value);
    }
    Ok(s)
}

/// `host`, `host:port`, `[v6]`, `[v6]:port`, or empty.
fn parse_hostport(hostport: &str, s: &mut Settings) -> Result<(), String> {
    if hostport.is_empty() {
        return Ok(());
    }
    if hostport.contains(',') {
        return Err(format!("several hosts (\"{hostport}\") are not supported: give one host"));
    }
    let (host, port) = if let Some(inner) = hostport.strip_prefix('[') {
        let close = inner.find(']').ok_or_else(|| format!("unclosed \"[\" in host \"{hostport}\""))?;
        let after = &inner[close + 1..];
        let port = match after {
            "" => None,
            _ => Some(after.strip_prefix(':').ok_or_else(|| format!("unexpected \"{after}\" after the IPv6 address (expected :port)"))?),
        };
        (&inner[..close], port)
    } else {
        match hostport.split_once(':') {
            Some((h, p)) if p.contains(':') => {
                return Err(format!("host \"{h}:{p}\" has several \":\"; write an IPv6 address in brackets, e.g. [::1]:5432"));
            }
            Some((h, p)) => (h, Some(p)),
            None => (hostport, None),
        }
    };
    if !host.is_empty() {
        s.host = Some(decode(host, false).map_err(|e| format!("{e} in the host"))?);
    }
    if let Some(p) = port.filter(|p| !p.is_empty()) {
        s.port = Some(p.to_string());
    }
    Ok(())
}

/// Parses a libpq keyword/value string: `key=value` pairs separated by whitespace, values
/// optionally single-quoted, backslash escaping the next character.
fn parse_keywords(input: &str) -> Result<Settings, String> {
    let mut s = Settings::default();
    let mut chars = input.chars().peekable();
    loop {
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        if chars.peek().is_none() {
            break;
        }
        let mut key = String::new();
        while let Some(c) = chars.next_if(|c| *c != '=' && !c.is_whitespace()) {
            key.push(c);
        }
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        if chars.next() != Some('=') {
            return Err(format!("missing \"=\" after \"{key}\""));
        }
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        let mut value = String::new();
        if chars.next_if_eq(&'\'').is_some() {
            loop {
                match chars.next() {
                    None => return Err(format!("unterminated quoted value for \"{key}\"")),
                    Some('\'') => break,
                    Some('\\') => {
                        if let Some(c) = chars.next() {
                            value.push(c);
                        }
                    }
                    Some(c) => value.push(c),
                }
            }
        } else {
            while let Some(c) = chars.next_if(|c| !c.is_whitespace()) {
                if c == '\\' {
                    if let Some(escaped) = chars.next() {
                        value.push(escaped);
                    }
                } else {
                    value.push(c);
                }
            }
        }
        s.set(&key.to_ascii_lowercase(), value);
    }
    Ok(s)
}

/// Applies defaults and validates.
fn finish(s: Settings) -> Result<ConnectOptions, String> {
    let host_text = s.host.filter(|h| !h.is_empty()).or(s.hostaddr.filter(|h| !h.is_empty()));
    let host = match host_text {
        None => Host::Tcp(DEFAULT_HOST.to_string()),
        Some(h) if h.contains(',') => {
            return Err(format!("several hosts (\"{h}\") are not supported: give one host"));
        }
        Some(h) => host_from_text(&h),
    };
    let port = match s.port.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
        None => DEFAULT_PORT,
        Some(p) => parse_port(p)?,
    };
    let user = s.user.filter(|u| !u.is_empty()).unwrap_or_else(|| DEFAULT_USER.to_string());
    let database = s.dbname.filter(|d| !d.is_empty()).unwrap_or_else(|| user.clone());
    let ssl_root_cert = match s.sslrootcert.as_deref() {
        None | Some("") => None,
        Some("system") => Some(RootCert::System),
        Some(path) => Some(RootCert::File(PathBuf::from(path))),
    };
    let ssl = match s.sslmode.as_deref() {
        Some(m) => SslMode::parse(m)
            .ok_or_else(|| format!("invalid sslmode \"{m}\" (use disable, allow, prefer, require, no-verify, verify-ca or verify-full)"))?,
        // libpq 16+: sslrootcert=system makes verify-full the default.
        None if ssl_root_cert == Some(RootCert::System) => SslMode::VerifyFull,
        None => SslMode::Prefer,
    };
    let connect_timeout = match s.connect_timeout.as_deref().map(str::trim) {
        None | Some("") => DEFAULT_CONNECT_TIMEOUT,
        Some(t) => parse_timeout(t)?,
    };
    Ok(ConnectOptions {
        host,
        port,
        user,
        password: s.password.filter(|p| !p.is_empty()),
        database,
        ssl,
        ssl_root_cert,
        connect_timeout,
        application_name: s.application_name.unwrap_or_else(|| DEFAULT_APPLICATION_NAME.to_string()),
        options: s.options.filter(|o| !o.is_empty()),
    })
}

/// A host name, IP address or socket directory (anything starting with `/`).
pub(crate) fn host_from_text(h: &str) -> Host {
    if h.starts_with('/') {
        Host::Unix(PathBuf::from(h))
    } else {
        let bare = h.strip_prefix('[').and_then(|x| x.strip_suffix(']')).unwrap_or(h);
        Host::Tcp(bare.to_string())
    }
}

fn parse_port(p: &str) -> Result<u16, String> {
    if p.contains(',') {
        return Err(format!("several ports (\"{p}\") are not supported: give one port"));
    }
    match p.parse::<u16>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(format!("invalid port \"{p}\" (expected a number from 1 to 65535)")),
    }
}

/// `connect_timeout` in whole seconds, as libpq; zero or negative means no limit.
fn parse_timeout(t: &str) -> Result<Duration, String> {
    match t.parse::<i64>() {
        Ok(n) if n <= 0 => Ok(Duration::ZERO),
        Ok(n) => Ok(Duration::from_secs(n.unsigned_abs())),
        Err(_) => Err(format!("invalid connect_timeout \"{t}\" (expected a whole number of seconds)")),
    }
}

/// Percent-decodes `s` (and `+` to a space when `plus_as_space`, as in a query string).
/// A `%` not followed by two hex digits is kept as is. The error names no content.
pub(crate) fn decode(s: &str, plus_as_space: bool) -> Result<String, String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'%'
            && i + 2 < bytes.len()
            && let (Some(hi), Some(lo)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            out.push(hi << 4 | lo);
            i += 3;
            continue;
        }
        out.push(if plus_as_space && b == b'+' { b' ' } else { b });
        i += 1;
    }
    String::from_utf8(out).map_err(|_| "invalid UTF-8 after percent-decoding".to_string())
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Percent-encodes everything but RFC 3986 unreserved characters, upper-case hex.
pub(crate) fn encode_component(s: &str) -> String {
    encode_with(s, b"0123456789ABCDEF")
}

/// As `encode_component`, lower-case hex (for masking text someone else encoded).
pub(crate) fn encode_component_lower(s: &str) -> String {
    encode_with(s, b"0123456789abcdef")
}

fn encode_with(s: &str, digits: &[u8; 16]) -> String {
    let mut out = String::with_capacity(s.len());
    for &b in s.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(digits[usize::from(b >> 4)]));
            out.push(char::from(digits[usize::from(b & 0x0f)]));
        }
    }
    out
}
