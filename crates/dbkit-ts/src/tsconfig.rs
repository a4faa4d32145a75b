//! tsconfig.json's `compilerOptions.paths` (with `baseUrl` and relative `extends`) as the
//! interpreter's import aliases (`~/*` → `src/*`), read the way TypeScript reads the file:
//! comments and trailing commas allowed.

use serde_json::Value;

use crate::js::resolve::{folder, join, normalize};

/// How deep `extends` chains are followed (a cycle stops there too).
const MAX_EXTENDS: usize = 8;

/// The aliases of `<dir>/tsconfig.json` (`dir` is a '/'-separated project path, "" for the
/// root), for [`crate::js::Interpreter::with_aliases`]: (`~/`, `src/`) for `"~/*": ["./src/*"]`.
/// Only the first target of each pattern counts; a pattern without `*` is an exact alias
/// (`"@db": ["./src/db/index.ts"]`), one with `*` elsewhere than at its end is left out. No
/// tsconfig (or one that does not parse) gives none, so `~/env` is then read as a package.
pub fn path_aliases(dir: &str, loader: &mut dyn FnMut(&str) -> Option<String>) -> Vec<(String, String)> {
    let mut base_url: Option<String> = None;
    let mut paths: Option<(String, serde_json::Map<String, Value>)> = None;
    let mut file = normalize(&format!("{dir}/tsconfig.json"));
    for _ in 0..MAX_EXTENDS {
        let Some(config) = loader(&file).and_then(|text| serde_json::from_str::<Value>(&strip_jsonc(&text)).ok()) else { break };
        let options = config.get("compilerOptions");
        if base_url.is_none()
            && let Some(url) = options.and_then(|o| o.get("baseUrl")).and_then(Value::as_str)
        {
            base_url = Some(join(&file, url));
        }
        if paths.is_none()
            && let Some(map) = options.and_then(|o| o.get("paths")).and_then(Value::as_object)
        {
            paths = Some((folder(&file).to_string(), map.clone()));
        }
        // TypeScript 5 allows an array; the last entry wins, so it is the nearest parent.
        let parent = match config.get("extends") {
            Some(Value::String(parent)) => Some(parent.as_str()),
            Some(Value::Array(parents)) => parents.iter().rev().find_map(Value::as_str),
            _ => None,
        };
        match parent {
            Some(parent) if parent.starts_with("./") || parent.starts_with("../") => {
                let parent = if parent.ends_with(".json") { parent.to_string() } else { format!("{parent}.json") };
                file = join(&file, &parent);
            }
            _ => break,
        }
    }
    let Some((paths_dir, map)) = paths else { return Vec::new() };
    // Targets are relative to `baseUrl` if there is one, else to the file that sets `paths`.
    let base = base_url.unwrap_or(paths_dir);
    map.iter()
        .filter_map(|(pattern, targets)| {
            let target = targets.as_array()?.first()?.as_str()?;
            let (prefix, target) = match (pattern.strip_suffix('*'), target.strip_suffix('*')) {
                (Some(prefix), Some(target)) => (prefix, target),
                (None, _) => (pattern.as_str(), target),
                (Some(_), None) => return None,
            };
            if prefix.contains('*') || target.contains('*') {
                return None;
            }
            let mut resolved = normalize(&format!("{base}/{target}"));
            if target.ends_with('/') && !resolved.is_empty() {
                resolved.push('/');
            }
            Some((prefix.to_string(), resolved))
        })
        .collect()
}

/// JSON with comments (`//`, `/* */`) and trailing commas → JSON.
fn strip_jsonc(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let mut in_string = false;
    while i < chars.len() {
        let c = chars[i];
        if in_string {
            out.push(c);
            if c == '\\' && i + 1 < chars.len() {
                out.push(chars[i + 1]);
                i += 1;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '/' && chars.get(i + 1) == Some(&'/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            continue;
        } else if c == '/' && chars.get(i + 1) == Some(&'*') {
            i += 2;
            while i < chars.len() && !(chars[i] == '*' && chars.get(i + 1) == Some(&'/')) {
                i += 1;
            }
            i += 2;
            out.push(' ');
            continue;
        } else {
            in_string = c == '"';
            out.push(c);
        }
        i += 1;
    }
    drop_trailing_commas(&out)
}

/// Removes each `,` (outside strings) that only whitespace separates from a `}` or `]`.
fn drop_trailing_commas(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut in_string = false;
    let mut escaped = false;
    for (i, &c) in chars.iter().enumerate() {
        if in_string {
            in_string = escaped || c != '"';
            escaped = !escaped && c == '\\';
        } else if c == '"' {
            in_string = true;
        } else if c == ',' && chars[i + 1..].iter().find(|c| !c.is_whitespace()).is_some_and(|c| matches!(c, '}' | ']')) {
            continue;
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn aliases(dir: &str, files: &[(&str, &str)]) -> Vec<(String, String)> {
        let files: HashMap<String, String> = files.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        let mut aliases = path_aliases(dir, &mut |path| files.get(path).cloned());
        aliases.sort();
        aliases
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn create_t3_app_paths_with_comments_and_trailing_commas() {
        let tsconfig = r#"{
  /* Base Options: */
  "compilerOptions": {
    "baseUrl": ".", // resolve from here
    "paths": { "~/*": ["./src/*"], "@db": ["./src/db/index.ts"], },
    "lib": ["dom", "dom.iterable", "ES2022",],
    "comment": "not // a comment, /* nor this */",
  },
}"#;
        assert_eq!(aliases("", &[("tsconfig.json", tsconfig)]), pairs(&[("@db", "src/db/index.ts"), ("~/", "src/")]));
        assert_eq!(aliases("web", &[("web/tsconfig.json", tsconfig)]), pairs(&[("@db", "web/src/db/index.ts"), ("~/", "web/src/")]));
        // A tsconfig above the folder the paths are relative to.
        assert_eq!(aliases("..", &[("../tsconfig.json", tsconfig)]), pairs(&[("@db", "../src/db/index.ts"), ("~/", "../src/")]));
    }

    #[test]
    fn base_url_and_extends() {
        let files = [
            ("apps/web/tsconfig.json", r#"{ "extends": "../../tsconfig.base", "compilerOptions": { "strict": true } }"#),
            (
                "tsconfig.base.json",
                r#"{ "compilerOptions": { "baseUrl": "packages", "paths": { "@db/*": ["db/src/*"], "@/*": ["../src/*"] } } }"#,
            ),
        ];
        assert_eq!(aliases("apps/web", &files), pairs(&[("@/", "src/"), ("@db/", "packages/db/src/")]));
        // Without baseUrl, targets are relative to the file that sets `paths`.
        let files = [("tsconfig.json", r##"{ "compilerOptions": { "paths": { "#lib/*": ["./lib/*"] } } }"##)];
        assert_eq!(aliases("", &files), pairs(&[("#lib/", "lib/")]));
    }

    #[test]
    fn nothing_to_read() {
        assert!(aliases("", &[]).is_empty());
        assert!(aliases("", &[("tsconfig.json", "{ not json")]).is_empty());
        assert!(
            aliases("", &[("tsconfig.json", r#"{ "extends": "./a.json" }"#), ("a.json", r#"{ "extends": "./tsconfig.json" }"#)]).is_empty()
        );
    }
}
