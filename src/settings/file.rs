//! Finding and reading the config file into one JSON value, whatever its format.
//!
//! `drizzle.config.ts`/`.js` are evaluated statically by `dbkit-ts` (no Node), `.json` is
//! parsed, and dbkit's own `migrations.toml` is TOML with `${VAR}` / `${VAR:-default}` in strings.
//! `.env` beside the config is loaded first, as drizzle-kit does (`dotenv/config`); variables
//! already in the environment win.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use dbkit_ts::Undefined;

/// Config file names tried in the current folder, in drizzle-kit's order, then dbkit's own.
pub const DEFAULT_NAMES: [&str; 4] = ["drizzle.config.ts", "drizzle.config.js", "drizzle.config.json", "migrations.toml"];

/// A config file's content, evaluated.
#[derive(Debug)]
pub struct Loaded {
    pub path: PathBuf,
    pub value: serde_json::Value,
    /// Keys left out because they evaluated to `undefined`, with where that came from.
    pub undefined: Vec<Undefined>,
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
        if !path.is_file() {
            return Ok(());
        }
        let iter = dotenvy::from_path_iter(path).with_context(|| format!("{}: cannot read", path.display()))?;
        for item in iter {
            let (key, value) = item.map_err(|e| anyhow::anyhow!("{}: {e}; fix the line or remove it", path.display()))?;
            self.vars.entry(key).or_insert(value);
        }
        Ok(())
    }
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

/// Reads and evaluates `path`, loading `.env` from its folder into `env` first.
pub fn load(path: &Path, display: &str, env: &mut Env) -> Result<Loaded> {
    let dir = path.parent().unwrap_or(Path::new("."));
    env.load_dotenv(&dir.join(".env"))?;
    let text = std::fs::read_to_string(path).with_context(|| format!("{display}: cannot read the config file"))?;
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or_default();
    let (value, undefined) = match ext {
        "json" => (serde_json::from_str(&text).map_err(|e| anyhow::anyhow!("{display}:{}:{}: {e}", e.line(), e.column()))?, Vec::new()),
        "toml" => toml_config(&text, display, env)?,
        "ts" | "mts" | "cts" | "js" | "mjs" | "cjs" => {
            for request in dbkit_ts::dotenv_requests(&text, display)? {
                if let Some(extra) = request.path {
                    env.load_dotenv(&dir.join(extra))?;
                }
            }
            let evaluated = dbkit_ts::evaluate_config(&text, display, &|key| env.get(key))?;
            (evaluated.value, evaluated.undefined)
        }
        _ => bail!("{display}: unknown config format; use drizzle.config.ts, .js, .json or migrations.toml"),
    };
    if !value.is_object() {
        bail!("{display}: the config must be an object with keys such as out, dialect and dbCredentials");
    }
    Ok(Loaded { path: path.to_path_buf(), value, undefined })
}

/// `migrations.toml` → JSON, with `${VAR}` / `${VAR:-default}` expanded in strings. A string
/// that names an unset variable without a default is left out and recorded as undefined.
fn toml_config(text: &str, display: &str, env: &Env) -> Result<(serde_json::Value, Vec<Undefined>)> {
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

fn toml_to_json(value: toml::Value, path: &str, env: &Env, undefined: &mut Vec<Undefined>) -> Option<serde_json::Value> {
    use serde_json::Value as J;
    Some(match value {
        toml::Value::String(s) => match interpolate(&s, env) {
            Ok(s) => J::String(s),
            Err(var) => {
                undefined.push(Undefined { path: path.into(), expr: format!("${{{var}}}"), line: 0, column: 0 });
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
