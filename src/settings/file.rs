//! Finding and reading the config file into one JSON value, whatever its format.
//!
//! `drizzle.config.ts`/`.js` are run by `dbkit-ts`'s interpreter (no Node), with the files they
//! import (tsconfig `paths` next to the config resolve `~/env`) and the `.env` files they load
//! through dotenv read from here; `.json` is parsed, and dbkit's own `migrations.toml` is TOML with
//! `${VAR}` / `${VAR:-default}` in strings. `.env` beside the config is loaded first, as
//! drizzle-kit does (`dotenv/config`); variables already in the environment win.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use dbkit_ts::{Cause, ConfigOptions, Unknown};

/// Config file names tried in the current folder, in drizzle-kit's order, then dbkit's own.
pub const DEFAULT_NAMES: [&str; 4] = ["drizzle.config.ts", "drizzle.config.js", "drizzle.config.json", "migrations.toml"];

/// A config file's content, evaluated.
#[derive(Debug)]
pub struct Loaded {
    pub path: PathBuf,
    pub value: serde_json::Value,
    /// Keys left out because their value is not known (`undefined`, or computed by a package
    /// dbkit does not run), with where that came from.
    pub unknown: Vec<Unknown>,
}

/// The process environment merged over `.env` files (real variables win).
#[derive(Debug, Clone, Default)]
pub struct Env {
    vars: HashMap<String, String>,
}

impl Env {
    pub fn from_process() -> Env {
        Env { vars: std::env::vars().collect() }
    }

    #[cfg(test)]
    pub fn from_pairs(pairs: &[(&str, &str)]) -> Env {
        Env { vars: pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect() }
    }

    pub fn get(&self, key: &str) -> Option<String> {
        self.vars.get(key).cloned()
    }

    /// Adds the variables of a `.env` file that are not set yet. A missing file is fine.
    fn load_dotenv(&mut self, path: &Path) -> Result<()> {
        for (key, value) in read_dotenv(path).map_err(anyhow::Error::msg)? {
            self.vars.entry(key).or_insert(value);
        }
        Ok(())
    }
}

/// The variables of a `.env` file in file order (none if there is no such file).
fn read_dotenv(path: &Path) -> Result<Vec<(String, String)>, String> {
    if !path.is_file() {
        return Ok(Vec::new());
    }
    let iter = dotenvy::from_path_iter(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    iter.map(|item| item.map_err(|e| format!("{}: {e}; fix the line or remove it", path.display()))).collect()
}

/// The config file to use: `--config`, else the first default name that exists in `cwd`.
pub fn find(cwd: &Path, explicit: Option<&Path>) -> Result<Option<PathBuf>> {
    if let Some(path) = explicit {
        let path = cwd.join(path);
        if !path.is_file() {
            bail!("{}: config file does not exist; check --config", path.display());
        }
        return Ok(Some(path));
    }
    Ok(DEFAULT_NAMES.iter().map(|name| cwd.join(name)).find(|p| p.is_file()))
}

/// Reads and evaluates `path` (shown as `display`, relative to `cwd` unless absolute), loading
/// `.env` from its folder into `env` first, and the `.env` files the config loads after.
pub fn load(cwd: &Path, path: &Path, display: &str, env: &mut Env) -> Result<Loaded> {
    let dir = path.parent().unwrap_or(Path::new("."));
    env.load_dotenv(&dir.join(".env"))?;
    let text = std::fs::read_to_string(path).with_context(|| format!("{display}: cannot read the config file"))?;
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or_default();
    let (value, unknown) = match ext {
        "json" => (serde_json::from_str(&text).map_err(|e| anyhow::anyhow!("{display}:{}:{}: {e}", e.line(), e.column()))?, Vec::new()),
        "toml" => toml_config(&text, display, env)?,
        "ts" | "mts" | "cts" | "js" | "mjs" | "cjs" => {
            let evaluated = script_config(cwd, dir, display, env)?;
            // What dotenv added to the config's `process.env` is in the environment from now on
            // (the default `.env` already is).
            for request in evaluated.dotenv {
                if let Some(extra) = request.path {
                    env.load_dotenv(&dir.join(extra))?;
                }
            }
            (evaluated.value, evaluated.unknown)
        }
        _ => bail!("{display}: unknown config format; use drizzle.config.ts, .js, .json or migrations.toml"),
    };
    if !value.is_object() {
        bail!("{display}: the config must be an object with keys such as out, dialect and dbCredentials");
    }
    Ok(Loaded { path: path.to_path_buf(), value, unknown })
}

/// Runs `drizzle.config.ts`/`.js`. The interpreter sees paths relative to `cwd` (the config's
/// `display` path, and what it imports), or to `/` for a config given by an absolute path.
fn script_config(cwd: &Path, dir: &Path, display: &str, env: &Env) -> Result<dbkit_ts::EvaluatedConfig> {
    let root = if Path::new(display).is_absolute() { PathBuf::from("/") } else { cwd.to_path_buf() };
    let read = move |path: &str| std::fs::read_to_string(root.join(path)).ok();
    let config_folder = Path::new(display).parent().map_or(String::new(), |p| p.to_string_lossy().into_owned());
    let aliases = dbkit_ts::tsconfig::path_aliases(&config_folder, &mut read.clone());
    let dotenv_dir = dir.to_path_buf();
    let options = ConfigOptions {
        files: Box::new(read),
        dotenv: Box::new(move |path: Option<&str>| read_dotenv(&dotenv_dir.join(path.unwrap_or(".env")))),
        env: env.vars.clone(),
        aliases,
    };
    Ok(dbkit_ts::evaluate_config(display, options)?)
}

/// `migrations.toml` → JSON, with `${VAR}` / `${VAR:-default}` expanded in strings. A string
/// that names an unset variable without a default is left out and recorded as undefined.
fn toml_config(text: &str, display: &str, env: &Env) -> Result<(serde_json::Value, Vec<Unknown>)> {
    let table: toml::Table = toml::from_str(text).map_err(|e| {
        let msg = e.message().to_string();
        match e.span().map(|s| line_col(text, s.start)) {
            Some((line, col)) => anyhow::anyhow!("{display}:{line}:{col}: {msg}"),
            None => anyhow::anyhow!("{display}: {msg}"),
        }
    })?;
    let mut undefined = Vec::new();
    let value = toml_to_json(toml::Value::Table(table), "", env, &mut undefined).unwrap_or(serde_json::Value::Null);
    Ok((value, undefined))
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

fn toml_to_json(value: toml::Value, path: &str, env: &Env, undefined: &mut Vec<Unknown>) -> Option<serde_json::Value> {
    use serde_json::Value as J;
    Some(match value {
        toml::Value::String(s) => match interpolate(&s, env) {
            Ok(s) => J::String(s),
            Err(var) => {
                undefined.push(Unknown { path: path.into(), expr: format!("${{{var}}}"), line: 0, column: 0, cause: Cause::Undefined });
                return None;
            }
        },
        toml::Value::Integer(i) => J::from(i),
        toml::Value::Float(f) => serde_json::Number::from_f64(f).map_or(J::Null, J::Number),
        toml::Value::Boolean(b) => J::Bool(b),
        toml::Value::Datetime(d) => J::String(d.to_string()),
        toml::Value::Array(items) => J::Array(
            items
                .into_iter()
                .enumerate()
                .map(|(i, v)| toml_to_json(v, &format!("{path}[{i}]"), env, undefined).unwrap_or(J::Null))
                .collect(),
        ),
        toml::Value::Table(t) => J::Object(
            t.into_iter()
                .filter_map(|(k, v)| {
                    let child = if path.is_empty() { k.clone() } else { format!("{path}.{k}") };
                    toml_to_json(v, &child, env, undefined).map(|v| (k, v))
                })
                .collect(),
        ),
    })
}

/// Expands `${VAR}` and `${VAR:-default}`; `Err(VAR)` when a variable is unset and has no default.
fn interpolate(s: &str, env: &Env) -> Result<String, String> {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(start) = rest.find("${") {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        out.push_str(&rest[..start]);
        let inner = &rest[start + 2..start + len];
        let (var, default) = match inner.split_once(":-") {
            Some((var, default)) => (var, Some(default)),
            None => (inner, None),
        };
        match (env.get(var).filter(|v| !v.is_empty() || default.is_none()), default) {
            (Some(v), _) => out.push_str(&v),
            (None, Some(d)) => out.push_str(d),
            (None, None) => return Err(var.to_string()),
        }
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interpolates_like_a_shell() {
        let env = Env::from_pairs(&[("HOST", "db.internal"), ("EMPTY", "")]);
        assert_eq!(interpolate("${HOST}:${PORT:-5433}", &env).unwrap(), "db.internal:5433");
        assert_eq!(interpolate("${EMPTY:-fallback}", &env).unwrap(), "fallback");
        assert_eq!(interpolate("plain", &env).unwrap(), "plain");
        assert_eq!(interpolate("${MISSING}", &env), Err("MISSING".into()));
    }

    #[test]
    fn toml_becomes_the_same_json_as_a_drizzle_config() {
        let env = Env::from_pairs(&[("DATABASE_PORT", "6543")]);
        let text = "out = './drizzle'\ndialect = 'postgresql'\n[dbCredentials]\nhost = '${DATABASE_HOST:-localhost}'\nport = '${DATABASE_PORT:-5433}'\nurl = '${DATABASE_URL}'\n";
        let (value, undefined) = toml_config(text, "migrations.toml", &env).unwrap();
        assert_eq!(value["dbCredentials"]["host"], "localhost");
        assert_eq!(value["dbCredentials"]["port"], "6543");
        assert!(value["dbCredentials"].get("url").is_none());
        assert_eq!(undefined[0].path, "dbCredentials.url");
        assert_eq!(undefined[0].expr, "${DATABASE_URL}");
    }

    #[test]
    fn toml_syntax_errors_name_the_line() {
        let err = toml_config("out = \n", "migrations.toml", &Env::default()).unwrap_err();
        assert!(err.to_string().starts_with("migrations.toml:1:"), "{err}");
    }
}
