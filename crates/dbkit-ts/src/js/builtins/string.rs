//! String methods, with JS's UTF-16 indexes: `toLowerCase toUpperCase trim trimStart trimEnd
//! replace replaceAll split startsWith endsWith includes indexOf lastIndexOf slice substring
//! padStart padEnd concat charAt at repeat`. Patterns are strings only (dbkit has no regular
//! expressions); `replace` accepts a replacement function.

use oxc_span::Span;

use super::super::number::is_js_whitespace;
use super::super::value::Value;
use super::super::{Interpreter, Result};
use super::arg;
use super::array::{MAX_ITEMS, relative};
use super::regexp::RegExpObj;

const METHODS: &[&str] = &[
    "toLowerCase",
    "toUpperCase",
    "trim",
    "trimStart",
    "trimEnd",
    "replace",
    "replaceAll",
    "split",
    "match",
    "matchAll",
    "search",
    "startsWith",
    "endsWith",
    "includes",
    "indexOf",
    "lastIndexOf",
    "slice",
    "substring",
    "padStart",
    "padEnd",
    "concat",
    "charAt",
    "at",
    "repeat",
    "toString",
    "valueOf",
];

pub(in super::super) fn method(key: &str) -> Option<&'static str> {
    METHODS.iter().find(|m| **m == key).copied()
}

fn text(units: &[u16]) -> Value {
    Value::string(String::from_utf16_lossy(units))
}

fn find(units: &[u16], search: &[u16], from: usize) -> Option<usize> {
    let last = units.len().checked_sub(search.len())?;
    (from..=last).find(|&i| units[i..].starts_with(search))
}

/// A replacement template (`String.prototype.replace`): `$$`, `$&`, `` $` ``, `$'`, and for a
/// regular expression's match (`groups`) `$1`…`$99` and `$<name>`; anything else stays as written.
pub(super) fn expand(template: &str, matched: &str, before: &str, after: &str, groups: Option<&regex::Captures<'_>>) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(i) = rest.find('$') {
        out.push_str(&rest[..i]);
        let after_dollar = &rest[i + 1..];
        let group = |n: usize| groups.and_then(|c| c.get(n)).map_or("", |g| g.as_str());
        let count = groups.map_or(0, regex::Captures::len);
        let digits: String = after_dollar.chars().take(2).take_while(char::is_ascii_digit).collect();
        let (text, used) = match after_dollar.chars().next() {
            Some('$') => ("$", 1),
            Some('&') => (matched, 1),
            Some('`') => (before, 1),
            Some('\'') => (after, 1),
            Some('<') if groups.is_some() && after_dollar.contains('>') => {
                let name = &after_dollar[1..after_dollar.find('>').unwrap_or(1)];
                (groups.and_then(|c| c.name(name)).map_or("", |g| g.as_str()), name.len() + 2)
            }
            _ if !digits.is_empty() => {
                // Two digits only when that group exists, as JavaScript reads `$10` with one group.
                let two: usize = digits.parse().unwrap_or(0);
                let one: usize = digits[..1].parse().unwrap_or(0);
                if digits.len() == 2 && two > 0 && two < count {
                    (group(two), 2)
                } else if one > 0 && one < count {
                    (group(one), 1)
                } else {
                    ("$", 0)
                }
            }
            _ => ("$", 0),
        };
        out.push_str(text);
        rest = &after_dollar[used..];
    }
    out.push_str(rest);
    out
}

/// The offset of byte `byte` of `s` in UTF-16 units, as JavaScript counts string positions.
pub(super) fn utf16_offset(s: &str, byte: usize) -> f64 {
    s[..byte].encode_utf16().count() as f64
}

impl Interpreter<'_> {
    pub(in super::super) fn string_method(&mut self, name: &'static str, s: &str, args: Vec<Value>, site: Span) -> Result<Value> {
        let units: Vec<u16> = s.encode_utf16().collect();
        let len = units.len();
        let number_arg = |interp: &Self, i: usize| match args.get(i) {
            None | Some(Value::Undefined) => Ok(None),
            Some(v) => interp.number_of(v, site).map(Some),
        };
        let string_arg = |interp: &Self, i: usize| interp.string_of(&arg(&args, i), site);
        let position =
            |n: Option<f64>, default: usize| n.map_or(default, |n| if n.is_nan() { 0 } else { n.trunc().clamp(0.0, len as f64) as usize });
        Ok(match name {
            "toLowerCase" => Value::string(s.to_lowercase()),
            "toUpperCase" => Value::string(s.to_uppercase()),
            "trim" => Value::string(s.trim_matches(is_js_whitespace)),
            "trimStart" => Value::string(s.trim_start_matches(is_js_whitespace)),
            "trimEnd" => Value::string(s.trim_end_matches(is_js_whitespace)),
            "toString" | "valueOf" => Value::string(s),
            "startsWith" => {
                let search: Vec<u16> = string_arg(self, 0)?.encode_utf16().collect();
                Value::Bool(units[position(number_arg(self, 1)?, 0)..].starts_with(&search))
            }
            "endsWith" => {
                let search: Vec<u16> = string_arg(self, 0)?.encode_utf16().collect();
                Value::Bool(units[..position(number_arg(self, 1)?, len)].ends_with(&search))
            }
            "includes" | "indexOf" => {
                let search: Vec<u16> = string_arg(self, 0)?.encode_utf16().collect();
                let found = find(&units, &search, position(number_arg(self, 1)?, 0));
                if name == "includes" { Value::Bool(found.is_some()) } else { Value::Number(found.map_or(-1.0, |i| i as f64)) }
            }
            "lastIndexOf" => {
                let search: Vec<u16> = string_arg(self, 0)?.encode_utf16().collect();
                let found = len.checked_sub(search.len()).and_then(|last| (0..=last).rev().find(|&i| units[i..].starts_with(&search)));
                Value::Number(found.map_or(-1.0, |i| i as f64))
            }
            "slice" => {
                let start = relative(number_arg(self, 0)?, len, 0);
                let end = relative(number_arg(self, 1)?, len, len);
                if start < end { text(&units[start..end]) } else { Value::string("") }
            }
            "substring" => {
                let (a, b) = (position(number_arg(self, 0)?, 0), position(number_arg(self, 1)?, len));
                text(&units[a.min(b)..a.max(b)])
            }
            "charAt" => {
                let i = number_arg(self, 0)?.unwrap_or(0.0).trunc();
                if i >= 0.0 && (i as usize) < len { text(&units[i as usize..=i as usize]) } else { Value::string("") }
            }
            "at" => {
                let i = number_arg(self, 0)?.unwrap_or(0.0).trunc();
                let i = if i < 0.0 { len as f64 + i } else { i };
                if i >= 0.0 && (i as usize) < len { text(&units[i as usize..=i as usize]) } else { Value::Undefined }
            }
            "padStart" | "padEnd" => {
                let target = number_arg(self, 0)?.unwrap_or(0.0);
                let fill: Vec<u16> = match args.get(1) {
                    None | Some(Value::Undefined) => vec![u16::from(b' ')],
                    Some(_) => string_arg(self, 1)?.encode_utf16().collect(),
                };
                if target.is_nan() || target <= len as f64 || fill.is_empty() {
                    return Ok(Value::string(s));
                }
                if target > MAX_ITEMS as f64 {
                    return Err(self.fail(site, format!("`.{name}()` would build a string longer than 10,000,000")));
                }
                let padding: Vec<u16> = fill.iter().copied().cycle().take(target as usize - len).collect();
                let joined = if name == "padStart" { [padding, units].concat() } else { [units, padding].concat() };
                text(&joined)
            }
            "concat" => {
                let mut out = s.to_string();
                for value in &args {
                    out.push_str(&self.string_of(value, site)?);
                }
                Value::string(out)
            }
            "repeat" => {
                let count = number_arg(self, 0)?.unwrap_or(0.0).trunc();
                if !(0.0..=1e6).contains(&count) {
                    return Err(self.fail(site, "`.repeat()` needs a count between 0 and 1,000,000"));
                }
                Value::string(s.repeat(count as usize))
            }
            "split" if arg(&args, 0).downcast::<RegExpObj>().is_some() => {
                let limit = match args.get(1) {
                    None | Some(Value::Undefined) => usize::MAX,
                    Some(limit) => self.number_of(limit, site)?.trunc().max(0.0) as usize,
                };
                let first = arg(&args, 0);
                self.regexp_split(s, first.downcast::<RegExpObj>().expect("checked"), limit)
            }
            "split" => self.split(s, &units, &args, site)?,
            "replace" | "replaceAll" if arg(&args, 0).downcast::<RegExpObj>().is_some() => {
                let first = arg(&args, 0);
                self.regexp_replace(s, first.downcast::<RegExpObj>().expect("checked"), name == "replaceAll", &arg(&args, 1), site)?
            }
            "replace" | "replaceAll" => self.replace(s, name == "replaceAll", &args, site)?,
            "match" | "matchAll" | "search" => {
                // A string argument is a pattern, as `new RegExp(string)` reads it.
                let first = arg(&args, 0);
                let compiled;
                let re = match first.downcast::<RegExpObj>() {
                    Some(re) => re,
                    None => {
                        let source = if matches!(first, Value::Undefined) { String::new() } else { self.string_of(&first, site)? };
                        let flags = if name == "matchAll" { "g" } else { "" };
                        compiled = RegExpObj::new(&source, flags).map_err(|m| self.fail(site, m))?;
                        &compiled
                    }
                };
                self.regexp_match(s, re, name, site)?
            }
            _ => Value::Undefined,
        })
    }

    fn split(&mut self, s: &str, units: &[u16], args: &[Value], site: Span) -> Result<Value> {
        let limit = match args.get(1) {
            None | Some(Value::Undefined) => usize::MAX,
            Some(limit) => self.number_of(limit, site)?.trunc().max(0.0) as usize,
        };
        let parts: Vec<Value> = match args.first() {
            None | Some(Value::Undefined) => vec![Value::string(s)],
            Some(separator) => {
                let separator = self.string_of(separator, site)?;
                if separator.is_empty() {
                    units.iter().map(|u| text(std::slice::from_ref(u))).collect()
                } else {
                    s.split(separator.as_str()).map(Value::string).collect()
                }
            }
        };
        Ok(Value::array(parts.into_iter().take(limit).collect()))
    }

    fn replace(&mut self, s: &str, all: bool, args: &[Value], site: Span) -> Result<Value> {
        let pattern = self.string_of(&arg(args, 0), site)?;
        let replacement = arg(args, 1);
        let mut matches: Vec<usize> = if pattern.is_empty() {
            s.char_indices().map(|(i, _)| i).chain(std::iter::once(s.len())).collect()
        } else {
            s.match_indices(pattern.as_str()).map(|(i, _)| i).collect()
        };
        if !all {
            matches.truncate(1);
        }
        let mut out = String::new();
        let mut last = 0;
        for start in matches {
            let end = start + pattern.len();
            out.push_str(&s[last..start]);
            let with = if super::super::eval::callable(&replacement) {
                let offset = Value::Number(utf16_offset(s, start));
                let result = self.callback(&replacement, vec![Value::string(&pattern), offset, Value::string(s)], "`.replace()`", site)?;
                self.string_of(&result, site)?
            } else {
                expand(&self.string_of(&replacement, site)?, &pattern, &s[..start], &s[end..], None)
            };
            out.push_str(&with);
            last = end;
        }
        out.push_str(&s[last..]);
        Ok(Value::string(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replacement_patterns() {
        assert_eq!(expand("[$&]", "b", "a", "c", None), "[b]");
        assert_eq!(expand("$$-$`-$'", "b", "a", "c", None), "$-a-c");
        assert_eq!(expand("$1", "b", "a", "c", None), "$1");
        assert_eq!(expand("$<n>", "b", "a", "c", None), "$<n>");
    }

    #[test]
    fn find_in_units() {
        let units: Vec<u16> = "abcabc".encode_utf16().collect();
        let search: Vec<u16> = "bc".encode_utf16().collect();
        assert_eq!(find(&units, &search, 0), Some(1));
        assert_eq!(find(&units, &search, 2), Some(4));
        assert_eq!(find(&units, &search, 5), None);
        assert_eq!(find(&search, &units, 0), None);
    }
}
