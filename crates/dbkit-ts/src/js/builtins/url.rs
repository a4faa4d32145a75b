//! WHATWG `URL` for the shapes connection strings take (`postgres://user:pass@host:5432/db?x=y`,
//! `https://…`, relative references against a base), `URLSearchParams.get`, and the global
//! `encodeURIComponent` / `decodeURIComponent` / `encodeURI` / `decodeURI`. Like Node, `URL`
//! keeps percent-escapes as written (`url.password` of `p%40ss` is `p%40ss`) and escapes what the
//! standard's encode sets name; hosts of special schemes (http, https, ws, wss, ftp, file) are
//! lowercased and their default ports dropped. Not done: IDNA (non-ASCII host names), IPv4
//! shorthand (`127.1`), setters.

use std::any::Any;

use crate::js::value::{HostError, HostObject, Interp, Value};

/// A parsed URL; every field as the standard serializes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Url {
    /// Lowercase, without the `:`.
    scheme: String,
    username: String,
    password: String,
    /// None for a URL without an authority (`mailto:x`, `postgres:db`).
    host: Option<String>,
    port: Option<u16>,
    path: String,
    query: Option<String>,
    fragment: Option<String>,
}

const FRAGMENT_SET: &str = " \"<>`";
const QUERY_SET: &str = " \"#<>";
const SPECIAL_QUERY_SET: &str = " \"#<>'";
const PATH_SET: &str = " \"#<>?^`{}";
const USERINFO_SET: &str = " \"#<>?^`{}/:;=@[\\]|";
/// Characters a host may not contain (a special scheme's also may not contain `%`).
const FORBIDDEN_HOST: &str = " #/:<>?@[\\]^|";

fn default_port(scheme: &str) -> Option<u16> {
    match scheme {
        "http" | "ws" => Some(80),
        "https" | "wss" => Some(443),
        "ftp" => Some(21),
        _ => None,
    }
}

fn is_special(scheme: &str) -> bool {
    matches!(scheme, "http" | "https" | "ws" | "wss" | "ftp" | "file")
}

/// Percent-encodes controls, non-ASCII and the characters of `set` (a `%` is kept as written).
fn encode(text: &str, set: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_control() || !c.is_ascii() || set.contains(c) {
            escape(c, &mut out);
        } else {
            out.push(c);
        }
    }
    out
}

/// `%XX` for each UTF-8 byte of `c`.
fn escape(c: char, out: &mut String) {
    let mut buf = [0; 4];
    c.encode_utf8(&mut buf).bytes().for_each(|b| out.push_str(&format!("%{b:02X}")));
}

/// Decodes `%XX` escapes (others are kept); invalid UTF-8 becomes U+FFFD, as URLSearchParams does.
fn decode_lossy(text: &str) -> String {
    String::from_utf8_lossy(&percent_bytes(text)).into_owned()
}

fn percent_bytes(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok()).and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    out
}

impl Url {
    /// `new URL(input, base)`.
    pub fn parse(input: &str, base: Option<&str>) -> Result<Url, String> {
        let base = match base {
            Some(base) => Some(Url::parse(base, None).map_err(|_| format!("Invalid base URL: '{base}' is not a URL"))?),
            None => None,
        };
        let input: String = input.trim_matches(|c: char| c <= ' ').chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).collect();
        match (scheme_of(&input), base) {
            (Some(scheme), _) => Url::absolute(&scheme, &input[scheme.len() + 1..]).map_err(|why| invalid(&input, &why)),
            (None, Some(base)) => base.join(&input).map_err(|why| invalid(&input, &why)),
            (None, None) => Err(invalid(&input, "it has no scheme such as `postgres:` (pass a base URL to resolve a relative one)")),
        }
    }

    fn absolute(scheme: &str, rest: &str) -> Result<Url, String> {
        let scheme = scheme.to_ascii_lowercase();
        let special = is_special(&scheme);
        let mut url = Url {
            scheme,
            username: String::new(),
            password: String::new(),
            host: None,
            port: None,
            path: String::new(),
            query: None,
            fragment: None,
        };
        let rest = if special { rest.replace('\\', "/") } else { rest.to_string() };
        let (rest, fragment) = split_off(&rest, '#');
        let (rest, query) = split_off(rest, '?');
        url.fragment = fragment.map(|f| encode(f, FRAGMENT_SET));
        url.query = query.map(|q| encode(q, if special { SPECIAL_QUERY_SET } else { QUERY_SET }));
        let after_authority = if url.scheme == "file" {
            rest.strip_prefix("//").map(|r| url.authority(r)).transpose()?.unwrap_or(rest)
        } else if special {
            url.authority(rest.trim_start_matches('/'))?
        } else if let Some(r) = rest.strip_prefix("//") {
            url.authority(r)?
        } else if !rest.starts_with('/') {
            // An opaque path (`mailto:x`): kept as written, controls escaped.
            url.path = encode(rest, "");
            return Ok(url);
        } else {
            rest
        };
        url.path = normalize_path(after_authority, special);
        Ok(url)
    }

    /// Reads `user:pass@host:port` from the start of `rest`; returns what follows (the path).
    fn authority<'r>(&mut self, rest: &'r str) -> Result<&'r str, String> {
        let end = rest.find('/').unwrap_or(rest.len());
        let (authority, path) = rest.split_at(end);
        let host_port = match authority.rsplit_once('@') {
            Some((userinfo, host_port)) => {
                let (user, password) = userinfo.split_once(':').unwrap_or((userinfo, ""));
                self.username = encode(user, USERINFO_SET);
                self.password = encode(password, USERINFO_SET);
                host_port
            }
            None => authority,
        };
        let (host, port) = if host_port.starts_with('[') {
            let close = host_port.find(']').ok_or("its IPv6 host has no closing `]`")?;
            let (host, after) = host_port.split_at(close + 1);
            match after {
                "" => (host.to_ascii_lowercase(), None),
                after => (host.to_ascii_lowercase(), Some(after.strip_prefix(':').ok_or("unexpected text after the IPv6 host")?)),
            }
        } else {
            match host_port.split_once(':') {
                Some((host, port)) => (host.to_string(), Some(port)),
                None => (host_port.to_string(), None),
            }
        };
        self.host = Some(self.host(&host)?);
        self.port = match port {
            None | Some("") => None,
            Some(port) if port.bytes().all(|b| b.is_ascii_digit()) => {
                let number: u32 = port.parse().map_err(|_| format!("its port {port} is out of range"))?;
                let number = u16::try_from(number).map_err(|_| format!("its port {port} is out of range"))?;
                (default_port(&self.scheme) != Some(number)).then_some(number)
            }
            Some(port) => return Err(format!("its port `{port}` is not a number")),
        };
        Ok(path)
    }

    fn host(&self, host: &str) -> Result<String, String> {
        if host.starts_with('[') {
            return Ok(host.to_string());
        }
        if !is_special(&self.scheme) {
            if let Some(c) = host.chars().find(|c| FORBIDDEN_HOST.contains(*c)) {
                return Err(format!("its host contains `{c}`"));
            }
            return Ok(encode(host, ""));
        }
        let host = decode_lossy(host).to_lowercase();
        if let Some(c) = host.chars().find(|c| FORBIDDEN_HOST.contains(*c) || *c == '%' || c.is_control()) {
            return Err(format!("its host contains `{c}`"));
        }
        if host.is_empty() && self.scheme != "file" {
            return Err("it has no host".into());
        }
        Ok(host)
    }

    /// A relative reference resolved against `self`.
    fn join(&self, input: &str) -> Result<Url, String> {
        let special = is_special(&self.scheme);
        let input = if special { input.replace('\\', "/") } else { input.to_string() };
        if let Some(fragment) = input.strip_prefix('#') {
            return Ok(Url { fragment: Some(encode(fragment, FRAGMENT_SET)), ..self.clone() });
        }
        if self.host.is_none() && !self.path.starts_with('/') {
            return Err("its base URL cannot be a base (it has no `/` path)".into());
        }
        let prefix = match &self.host {
            Some(_) => format!("{}:{}", self.scheme, self.authority_text()),
            None => format!("{}:", self.scheme),
        };
        let text = if input.starts_with("//") {
            format!("{}:{input}", self.scheme)
        } else if input.is_empty() || input.starts_with('?') {
            let query = if input.is_empty() { self.query.as_ref().map(|q| format!("?{q}")).unwrap_or_default() } else { input };
            format!("{prefix}{}{query}", self.path)
        } else if input.starts_with('/') {
            format!("{prefix}{input}")
        } else {
            let folder = self.path.rfind('/').map_or("/", |i| &self.path[..=i]);
            format!("{prefix}{folder}{input}")
        };
        Url::absolute(&self.scheme, &text[self.scheme.len() + 1..])
    }

    /// `//user:pass@host:port` (empty parts left out).
    fn authority_text(&self) -> String {
        let mut out = String::from("//");
        if !self.username.is_empty() || !self.password.is_empty() {
            out.push_str(&self.username);
            if !self.password.is_empty() {
                out.push(':');
                out.push_str(&self.password);
            }
            out.push('@');
        }
        out.push_str(&self.host_text());
        out
    }

    fn host_text(&self) -> String {
        let host = self.host.clone().unwrap_or_default();
        match self.port {
            Some(port) => format!("{host}:{port}"),
            None => host,
        }
    }

    pub fn href(&self) -> String {
        let mut out = format!("{}:", self.scheme);
        if self.host.is_some() {
            out.push_str(&self.authority_text());
        } else if self.path.starts_with("//") {
            out.push_str("/.");
        }
        out.push_str(&self.path);
        if let Some(query) = &self.query {
            out.push('?');
            out.push_str(query);
        }
        if let Some(fragment) = &self.fragment {
            out.push('#');
            out.push_str(fragment);
        }
        out
    }

    /// A property of `URL.prototype`; None for names it does not have.
    pub fn property(&self, key: &str) -> Option<Value> {
        let prefixed =
            |mark: char, part: &Option<String>| part.as_ref().filter(|p| !p.is_empty()).map_or(String::new(), |p| format!("{mark}{p}"));
        Some(Value::string(match key {
            "href" => self.href(),
            "protocol" => format!("{}:", self.scheme),
            "username" => self.username.clone(),
            "password" => self.password.clone(),
            "host" => self.host_text(),
            "hostname" => self.host.clone().unwrap_or_default(),
            "port" => self.port.map(|p| p.to_string()).unwrap_or_default(),
            "pathname" => self.path.clone(),
            "search" => prefixed('?', &self.query),
            "hash" => prefixed('#', &self.fragment),
            "origin" if is_special(&self.scheme) && self.scheme != "file" => format!("{}://{}", self.scheme, self.host_text()),
            "origin" => "null".into(),
            "searchParams" => return Some(Value::host(SearchParams::parse(self.query.as_deref().unwrap_or("")))),
            _ => return None,
        }))
    }
}

fn invalid(input: &str, why: &str) -> String {
    format!("Invalid URL: '{input}' cannot be parsed ({why})")
}

/// `postgres` for `postgres://…`: a letter, then letters, digits, `+`, `-`, `.`, then `:`.
fn scheme_of(input: &str) -> Option<String> {
    let colon = input.find(':')?;
    let scheme = &input[..colon];
    let mut chars = scheme.chars();
    let valid = chars.next()?.is_ascii_alphabetic() && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then(|| scheme.to_string())
}

/// (before, Some(after)) around the first `mark`, or (text, None).
fn split_off(text: &str, mark: char) -> (&str, Option<&str>) {
    match text.split_once(mark) {
        Some((before, after)) => (before, Some(after)),
        None => (text, None),
    }
}

/// Resolves `.` and `..` segments and escapes what the path encode set names. A special URL's
/// path is at least `/`.
fn normalize_path(path: &str, special: bool) -> String {
    if path.is_empty() {
        return if special { "/".into() } else { String::new() };
    }
    let mut segments: Vec<String> = Vec::new();
    let parts: Vec<&str> = path.strip_prefix('/').unwrap_or(path).split('/').collect();
    for (i, part) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        match part.to_ascii_lowercase().as_str() {
            "." | "%2e" => {
                if last {
                    segments.push(String::new());
                }
            }
            ".." | ".%2e" | "%2e." | "%2e%2e" => {
                segments.pop();
                if last {
                    segments.push(String::new());
                }
            }
            _ => segments.push(encode(part, PATH_SET)),
        }
    }
    format!("/{}", segments.join("/"))
}

/// `url.searchParams`: the query's name/value pairs, decoded (`+` is a space).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchParams {
    pairs: Vec<(String, String)>,
}

impl SearchParams {
    fn parse(query: &str) -> SearchParams {
        let decode = |s: &str| decode_lossy(&s.replace('+', " "));
        let pairs = query
            .split('&')
            .filter(|pair| !pair.is_empty())
            .map(|pair| {
                let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
                (decode(name), decode(value))
            })
            .collect();
        SearchParams { pairs }
    }

    fn serialize(&self) -> String {
        let form = |s: &str| {
            let mut out = String::new();
            for c in s.chars() {
                match c {
                    ' ' => out.push('+'),
                    c if c.is_ascii_alphanumeric() || "*-._".contains(c) => out.push(c),
                    c => escape(c, &mut out),
                }
            }
            out
        };
        self.pairs.iter().map(|(name, value)| format!("{}={}", form(name), form(value))).collect::<Vec<_>>().join("&")
    }
}

impl HostObject for Url {
    fn type_name(&self) -> &str {
        "a URL"
    }

    fn get(&self, _interp: &mut dyn Interp, key: &str) -> Result<Value, HostError> {
        Ok(self.property(key).unwrap_or(Value::Undefined))
    }

    fn call_method(&self, _interp: &mut dyn Interp, _this: &Value, name: &str, _args: Vec<Value>) -> Result<Value, HostError> {
        match name {
            "toString" | "toJSON" => Ok(Value::string(self.href())),
            _ => Err(HostError(format!("`{name}()` on a URL is not supported by dbkit; read its properties (hostname, port, …)"))),
        }
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl HostObject for SearchParams {
    fn type_name(&self) -> &str {
        "URLSearchParams"
    }

    fn get(&self, _interp: &mut dyn Interp, key: &str) -> Result<Value, HostError> {
        Ok(match key {
            "size" => Value::Number(self.pairs.len() as f64),
            _ => Value::Undefined,
        })
    }

    fn call_method(&self, _interp: &mut dyn Interp, _this: &Value, name: &str, args: Vec<Value>) -> Result<Value, HostError> {
        let key = match args.first() {
            Some(Value::String(s)) => s.to_string(),
            Some(other) => crate::js::ops::to_string(other)?,
            None => String::new(),
        };
        let values = || self.pairs.iter().filter(|(k, _)| *k == key).map(|(_, v)| Value::string(v));
        Ok(match name {
            "get" => values().next().unwrap_or(Value::Null),
            "getAll" => Value::array(values().collect()),
            "has" => Value::Bool(values().next().is_some()),
            "toString" => Value::string(self.serialize()),
            _ => return Err(HostError(format!("`{name}()` on URLSearchParams is not supported by dbkit; use get(), getAll() or has()"))),
        })
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `encodeURIComponent` (`component`) and `encodeURI`: UTF-8 escapes for all but the unreserved
/// characters (and, for `encodeURI`, the reserved ones). Rust strings hold no lone surrogates,
/// so JS's "URI malformed" cannot happen here.
pub(crate) fn encode_uri(text: &str, component: bool) -> String {
    let keep = |c: char| c.is_ascii_alphanumeric() || "-_.!~*'()".contains(c) || (!component && ";/?:@&=+$,#".contains(c));
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if keep(c) {
            out.push(c);
        } else {
            escape(c, &mut out);
        }
    }
    out
}

/// `decodeURIComponent` (`component`) and `decodeURI` (which keeps escapes of reserved
/// characters); malformed escapes or UTF-8 are a URIError, as in JS.
pub(crate) fn decode_uri(text: &str, component: bool) -> Result<String, String> {
    let malformed = || format!("URI malformed: '{text}' has a `%` that is not followed by two hex digits of valid UTF-8");
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'%' {
            let c = text[i..].chars().next().unwrap_or_default();
            out.push(c);
            i += c.len_utf8();
            continue;
        }
        let byte =
            |at: usize| bytes.get(at + 1..at + 3).and_then(|h| std::str::from_utf8(h).ok()).and_then(|h| u8::from_str_radix(h, 16).ok());
        let first = byte(i).ok_or_else(malformed)?;
        let len = match first {
            0x00..=0x7f => 1,
            0xc2..=0xdf => 2,
            0xe0..=0xef => 3,
            0xf0..=0xf4 => 4,
            _ => return Err(malformed()),
        };
        let mut utf8 = vec![first];
        for k in 1..len {
            match (bytes.get(i + 3 * k), byte(i + 3 * k)) {
                (Some(b'%'), Some(next)) => utf8.push(next),
                _ => return Err(malformed()),
            }
        }
        let decoded = String::from_utf8(utf8).map_err(|_| malformed())?;
        if !component && decoded.len() == 1 && ";/?:@&=+$,#".contains(decoded.as_str()) {
            out.push_str(&text[i..i + 3]);
        } else {
            out.push_str(&decoded);
        }
        i += 3 * len;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn get(url: &Url, key: &str) -> String {
        url.property(key).and_then(|v| v.as_str().map(str::to_string)).unwrap()
    }

    #[test]
    fn connection_strings() {
        let url = Url::parse("postgres://iot:s3cr%40t@Localhost:5432/telemetry?sslmode=require#x", None).unwrap();
        let parts: Vec<String> = ["protocol", "username", "password", "host", "hostname", "port", "pathname", "search", "hash", "origin"]
            .iter()
            .map(|k| get(&url, k))
            .collect();
        assert_eq!(
            parts,
            ["postgres:", "iot", "s3cr%40t", "Localhost:5432", "Localhost", "5432", "/telemetry", "?sslmode=require", "#x", "null"]
        );
        assert_eq!(url.href(), "postgres://iot:s3cr%40t@Localhost:5432/telemetry?sslmode=require#x");
        // The last `@` ends the credentials; what the user info may not hold is escaped.
        let url = Url::parse("postgresql://me:p@ss w:rd@db.internal/app", None).unwrap();
        assert_eq!(
            (get(&url, "username"), get(&url, "password"), get(&url, "hostname")),
            ("me".into(), "p%40ss%20w%3Ard".into(), "db.internal".into())
        );
        let url = Url::parse("postgres://localhost", None).unwrap();
        assert_eq!((get(&url, "pathname"), get(&url, "port"), url.href()), (String::new(), String::new(), "postgres://localhost".into()));
        let url = Url::parse("postgres://[::1]:6543/db", None).unwrap();
        assert_eq!((get(&url, "hostname"), get(&url, "port")), ("[::1]".into(), "6543".into()));
        // What Node 22 prints for the same inputs.
        for (input, href) in [
            ("postgres://u:p^`{}|@h/db?x='y", "postgres://u:p%5E%60%7B%7D%7C@h/db?x='y"),
            ("postgres://h/a b/../c d", "postgres://h/c%20d"),
            ("postgres://h:/db", "postgres://h/db"),
            ("postgres:///db", "postgres:///db"),
            ("postgres://h/./x/..", "postgres://h/"),
        ] {
            assert_eq!(Url::parse(input, None).unwrap().href(), href, "{input}");
        }
    }

    #[test]
    fn special_schemes() {
        let url = Url::parse("HTTPS://Example.COM:443/a/./b/../c?q=1 2", None).unwrap();
        assert_eq!(url.href(), "https://example.com/a/c?q=1%202");
        assert_eq!(get(&url, "origin"), "https://example.com");
        assert_eq!(Url::parse("http://x.org", None).unwrap().href(), "http://x.org/");
        assert_eq!(Url::parse("file:///etc/hosts", None).unwrap().href(), "file:///etc/hosts");
    }

    #[test]
    fn relative_references() {
        let base = "https://x.org/docs/guide/intro?x=1#top";
        let joined = |input: &str| Url::parse(input, Some(base)).unwrap().href();
        assert_eq!(joined("setup"), "https://x.org/docs/guide/setup");
        assert_eq!(joined("../api"), "https://x.org/docs/api");
        assert_eq!(joined("/root"), "https://x.org/root");
        assert_eq!(joined("?y=2"), "https://x.org/docs/guide/intro?y=2");
        assert_eq!(joined("#bottom"), "https://x.org/docs/guide/intro?x=1#bottom");
        assert_eq!(joined("//other.org/p"), "https://other.org/p");
        assert_eq!(joined("postgres://h/db"), "postgres://h/db");
        assert_eq!(joined(""), "https://x.org/docs/guide/intro?x=1");
    }

    #[test]
    fn invalid_urls() {
        assert!(Url::parse("localhost:5432", None).is_ok(), "a scheme `localhost` with an opaque path");
        for bad in ["", "not a url", "http://", "postgres://h:99999/db", "postgres://h:port/db", "https://a b/"] {
            assert!(Url::parse(bad, None).is_err(), "{bad}");
        }
        assert!(Url::parse("x", Some("nope")).unwrap_err().contains("Invalid base URL"));
    }

    #[test]
    fn search_params() {
        let params = SearchParams::parse("sslmode=require&a=1+2&a=%C3%A9&flag");
        assert_eq!(params.pairs[1], ("a".to_string(), "1 2".to_string()));
        assert_eq!(params.pairs[2].1, "é");
        assert_eq!(params.pairs[3], ("flag".to_string(), String::new()));
        assert_eq!(params.serialize(), "sslmode=require&a=1+2&a=%C3%A9&flag=");
    }

    #[test]
    fn uri_components() {
        assert_eq!(decode_uri("p%40ss%20w%3Ard", true).unwrap(), "p@ss w:rd");
        assert_eq!(decode_uri("%C3%A9t%C3%A9", true).unwrap(), "été");
        assert_eq!(decode_uri("a%2Fb%20c", false).unwrap(), "a%2Fb c");
        assert!(decode_uri("%E0%A4%A", true).is_err());
        assert!(decode_uri("%zz", true).is_err());
        assert_eq!(encode_uri("p@ss w:rd/é", true), "p%40ss%20w%3Ard%2F%C3%A9");
        assert_eq!(encode_uri("https://x.org/a b?c=d", false), "https://x.org/a%20b?c=d");
    }
}
