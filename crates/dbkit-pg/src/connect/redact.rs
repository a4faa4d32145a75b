//! Password masking: `redact` for any text that might echo a known password, and
//! `redact_url` for raw connection strings (URL or keyword/value) that may not even parse.

use super::url::{encode_component, encode_component_lower};

/// What a password is replaced with.
pub(crate) const MASK: &str = "****";

/// Masks `password` wherever it occurs in `s`, raw or percent-encoded.
/// `None` or an empty password leaves `s` unchanged.
pub fn redact(s: &str, password: Option<&str>) -> String {
    let Some(pw) = password.filter(|p| !p.is_empty()) else {
        return s.to_string();
    };
    // Longest form first: the raw password can be a prefix of its own encoding ("100%" in "100%25").
    let mut out = s.to_string();
    for form in [encode_component(pw), encode_component_lower(pw)] {
        if form != pw {
            out = out.replace(&form, MASK);
        }
    }
    out.replace(pw, MASK)
}

/// Masks the password in a raw connection string, well-formed or not: the `user:password@`
/// part of a URL, a `password=` query parameter, or a `password=` keyword.
pub fn redact_url(url: &str) -> String {
    match url.find("://") {
        Some(i) => {
            let (scheme, rest) = url.split_at(i + 3);
            format!("{scheme}{}", redact_url_rest(rest))
        }
        None => redact_keywords(url),
    }
}

/// Everything after `scheme://`.
fn redact_url_rest(rest: &str) -> String {
    let (head, query) = match rest.find('?') {
        Some(q) => (&rest[..q], Some(&rest[q + 1..])),
        None => (rest, None),
    };
    // Lenient on purpose: the last '@' before the query ends the user info, so that an
    // unencoded '/' or '@' in a password is still masked in a URL that fails to parse.
    let mut out = match head.rfind('@') {
        Some(at) => {
            let userinfo = &head[..at];
            match userinfo.find(':') {
                Some(colon) => format!("{}:{MASK}{}", &userinfo[..colon], &head[at..]),
                None => head.to_string(),
            }
        }
        None => head.to_string(),
    };
    if let Some(query) = query {
        out.push('?');
        let pairs: Vec<String> = query
            .split('&')
            .map(|pair| {
                let key = pair.split('=').next().unwrap_or("");
                if key.eq_ignore_ascii_case("password") && pair.contains('=') { format!("{key}={MASK}") } else { pair.to_string() }
            })
            .collect();
        out.push_str(&pairs.join("&"));
    }
    out
}

/// Masks `password = value` in a keyword/value string (value quoted or not).
fn redact_keywords(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let at_word_start = i == 0 || bytes[i - 1].is_ascii_whitespace();
        if at_word_start && bytes.len() >= i + 8 && bytes[i..i + 8].eq_ignore_ascii_case(b"password") {
            let mut j = i + 8;
            while j < s.len() && bytes[j].is_ascii_whitespace() {
                j += 1;
            }
            if j < s.len() && bytes[j] == b'=' {
                j += 1;
                while j < s.len() && bytes[j].is_ascii_whitespace() {
                    j += 1;
                }
                let end = value_end(s, j);
                out.push_str(&s[i..j]);
                out.push_str(MASK);
                i = end;
                continue;
            }
        }
        // Copy one whole character.
        let ch_len = s[i..].chars().next().map_or(1, char::len_utf8);
        out.push_str(&s[i..i + ch_len]);
        i += ch_len;
    }
    out
}

/// End (exclusive) of a keyword value starting at `start`: a quoted value runs to its
/// closing quote (backslash escapes honoured), an unquoted one to the next whitespace.
fn value_end(s: &str, start: usize) -> usize {
    let bytes = s.as_bytes();
    let mut j = start;
    if j < s.len() && bytes[j] == b'\'' {
        j += 1;
        while j < s.len() {
            match bytes[j] {
                b'\\' => j += 2,
                b'\'' => return j + 1,
                _ => j += 1,
            }
        }
        return s.len();
    }
    while j < s.len() && !bytes[j].is_ascii_whitespace() {
        if bytes[j] == b'\\' {
            j += 1;
        }
        j += 1;
    }
    j.min(s.len())
}
