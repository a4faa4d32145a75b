//! Regular expressions as schema helpers use them: `name.replace(/_([a-z])/g, (_, c) =>
//! c.toUpperCase())`, `/^[a-z_]+$/.test(key)`, `.split(/\s*,\s*/)`, `.match(/\d+/)`. Patterns run
//! on the `regex` crate, which has no look-around and no back-references: such a pattern is an
//! error naming it. Offsets given to JavaScript are in UTF-16 units, as JavaScript counts.

use std::any::Any;

use oxc_span::Span;

use super::super::eval::callable;
use super::super::value::{HostError, HostObject, Interp, Value};
use super::super::{Interpreter, Result};
use super::string::{expand, utf16_offset};

/// A regular expression value (`/source/flags`).
pub(crate) struct RegExpObj {
    source: String,
    flags: String,
    regex: regex::Regex,
}

impl RegExpObj {
    /// Compiles `/source/flags`; the error says what dbkit cannot run.
    pub(crate) fn new(source: &str, flags: &str) -> std::result::Result<RegExpObj, String> {
        let regex = regex::RegexBuilder::new(source)
            .case_insensitive(flags.contains('i'))
            .multi_line(flags.contains('m'))
            .dot_matches_new_line(flags.contains('s'))
            .build()
            .map_err(|e| {
                let why = e.to_string();
                let why = why.lines().rfind(|l| l.starts_with("error:")).unwrap_or("unsupported syntax").trim_start_matches("error: ");
                format!("the regular expression /{source}/ is beyond what dbkit runs ({why}: no look-around or back-references)")
            })?;
        Ok(RegExpObj { source: source.to_string(), flags: flags.to_string(), regex })
    }

    fn global(&self) -> bool {
        self.flags.contains('g')
    }
}

impl HostObject for RegExpObj {
    fn type_name(&self) -> &str {
        "a regular expression"
    }
    fn get(&self, _: &mut dyn Interp, key: &str) -> std::result::Result<Value, HostError> {
        Ok(match key {
            "source" => Value::string(&self.source),
            "flags" => Value::string(&self.flags),
            "global" => Value::Bool(self.global()),
            "ignoreCase" => Value::Bool(self.flags.contains('i')),
            "multiline" => Value::Bool(self.flags.contains('m')),
            _ => return Err(HostError(format!("a regular expression has no property `{key}` dbkit can read"))),
        })
    }
    fn call_method(&self, _: &mut dyn Interp, _this: &Value, name: &str, args: Vec<Value>) -> std::result::Result<Value, HostError> {
        let text = match args.first() {
            Some(Value::String(s)) => s.to_string(),
            Some(other) => super::super::ops::to_string(other).map_err(HostError)?,
            None => "undefined".to_string(),
        };
        Ok(match name {
            "test" => Value::Bool(self.regex.is_match(&text)),
            // Without `lastIndex`: the first match, as for a non-global expression.
            "exec" => self.regex.captures(&text).map_or(Value::Null, |c| captures_array(&c)),
            "toString" => Value::string(format!("/{}/{}", self.source, self.flags)),
            _ => return Err(HostError(format!("`{name}()` on a regular expression is not supported by dbkit's schema reader"))),
        })
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `[match, group1, …]`, an unmatched group `undefined`.
fn captures_array(c: &regex::Captures<'_>) -> Value {
    Value::array(c.iter().map(|m| m.map_or(Value::Undefined, |m| Value::string(m.as_str()))).collect())
}

impl Interpreter<'_> {
    /// `s.replace(re, with)` / `s.replaceAll(re, with)`: every match for a global expression,
    /// else the first; `with` a template or a function of `(match, …groups, offset, string)`.
    pub(super) fn regexp_replace(&mut self, s: &str, re: &RegExpObj, all: bool, with: &Value, site: Span) -> Result<Value> {
        if all && !re.global() {
            return Err(self.fail(site, "replaceAll() with a regular expression needs the `g` flag (a TypeError in JavaScript)"));
        }
        let mut out = String::new();
        let mut last = 0;
        let matches: Vec<regex::Captures<'_>> =
            if re.global() { re.regex.captures_iter(s).collect() } else { re.regex.captures(s).into_iter().collect() };
        for c in matches {
            let m = c.get(0).expect("group 0 always matches");
            out.push_str(&s[last..m.start()]);
            if callable(with) {
                let mut args: Vec<Value> = c.iter().map(|g| g.map_or(Value::Undefined, |g| Value::string(g.as_str()))).collect();
                args.push(Value::Number(utf16_offset(s, m.start())));
                args.push(Value::string(s));
                let result = self.callback(with, args, "`.replace()`", site)?;
                out.push_str(&self.string_of(&result, site)?);
            } else {
                out.push_str(&expand(&self.string_of(with, site)?, m.as_str(), &s[..m.start()], &s[m.end()..], Some(&c)));
            }
            last = m.end();
        }
        out.push_str(&s[last..]);
        Ok(Value::string(out))
    }

    /// `s.split(re, limit)`: the pieces between matches, with the captured groups between them.
    pub(super) fn regexp_split(&mut self, s: &str, re: &RegExpObj, limit: usize) -> Value {
        let mut parts = Vec::new();
        let mut last = 0;
        for c in re.regex.captures_iter(s) {
            let m = c.get(0).expect("group 0 always matches");
            // An empty match at either end splits nothing (JavaScript's rule).
            if m.start() == m.end() && (m.start() == 0 || m.start() == s.len()) {
                continue;
            }
            parts.push(Value::string(&s[last..m.start()]));
            parts.extend(c.iter().skip(1).map(|g| g.map_or(Value::Undefined, |g| Value::string(g.as_str()))));
            last = m.end();
        }
        parts.push(Value::string(&s[last..]));
        parts.truncate(limit);
        Value::array(parts)
    }

    /// `s.match(re)`: every match's text for a global expression (or null), else the first
    /// match with its groups (or null); `s.matchAll(re)` every match with its groups;
    /// `s.search(re)` the first match's offset, or -1.
    pub(super) fn regexp_match(&mut self, s: &str, re: &RegExpObj, how: &str, site: Span) -> Result<Value> {
        Ok(match how {
            "match" if re.global() => {
                let all: Vec<Value> = re.regex.find_iter(s).map(|m| Value::string(m.as_str())).collect();
                if all.is_empty() { Value::Null } else { Value::array(all) }
            }
            "match" => re.regex.captures(s).map_or(Value::Null, |c| captures_array(&c)),
            "matchAll" if re.global() => Value::array(re.regex.captures_iter(s).map(|c| captures_array(&c)).collect()),
            "matchAll" => return Err(self.fail(site, "matchAll() needs the `g` flag (a TypeError in JavaScript)")),
            _ => re.regex.find(s).map_or(Value::Number(-1.0), |m| Value::Number(utf16_offset(s, m.start()))),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replacement_templates() {
        let re = regex::Regex::new("(?<w>b)(c)?").unwrap();
        let c = re.captures("abd").unwrap();
        let m = c.get(0).unwrap();
        assert_eq!(expand("[$&|$1|$2|$<w>|$$|$`|$'|$3|$]", m.as_str(), "a", "d", Some(&c)), "[b|b||b|$|a|d|$3|$]");
    }

    #[test]
    fn look_around_is_named() {
        let e = RegExpObj::new("(?<=a)b", "").err().unwrap();
        assert!(e.contains("/(?<=a)b/") && e.contains("no look-around"), "{e}");
    }
}
