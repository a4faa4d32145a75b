//! `ConfigError`, every way reading drizzle.config.ts can fail, each displayed as one line:
//! `file:line:column`, the offending source text and what to do about it.

use std::fmt;

/// A position in the config file: the display path, 1-based line and 1-based column (in characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub file: String,
    pub line: u32,
    pub column: u32,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

/// Why a config file could not be read. `expr`/`snippet` fields hold the offending source text,
/// on one line and shortened to about 60 characters.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ConfigError {
    /// The file does not parse (oxc's message).
    #[error("{at}: syntax error: {message} (at `{snippet}`); fix the file so it parses as {language}")]
    Syntax { at: Location, message: String, snippet: String, language: &'static str },

    /// No `export default …`, `export { x as default }`, `export = …` or `module.exports = …`.
    #[error(
        "{at}: {} has no default export: dbkit reads the config from `export default defineConfig({{ ... }})` (or `module.exports = {{ ... }}` in a .js file); add one",
        .at.file
    )]
    NoDefaultExport { at: Location },

    /// An expression dbkit cannot evaluate without running Node (calls, `await`, unbound names, …).
    #[error(
        "{at}: cannot evaluate `{expr}` statically{}: dbkit reads {} without running Node; use a literal, process.env.X, or a simple expression",
        parenthesized(.reason),
        .at.file
    )]
    Unsupported { at: Location, expr: String, reason: Option<String> },

    /// A `NaN` or `±Infinity` would end up in the config (JSON has neither).
    #[error("{}", not_finite_message(.at, .expr, .what, .path, .env_vars))]
    NotFinite {
        at: Location,
        expr: String,
        /// "NaN", "Infinity" or "-Infinity".
        what: &'static str,
        /// Dotted key path in the config, e.g. "dbCredentials.port".
        path: String,
        /// Environment variables read while computing the number.
        env_vars: Vec<String>,
    },

    /// The default export evaluated to something other than an object.
    #[error(
        "{at}: the default export `{expr}` is {kind}, not an object: export the config object, e.g. `export default defineConfig({{ ... }})`"
    )]
    NotAnObject { at: Location, expr: String, kind: &'static str },

    /// A dotenv load under `if`, a loop or `catch`: whether Node would run it is unknown.
    #[error(
        "{at}: `{expr}` loads .env files conditionally, which dbkit cannot decide without running Node; call it unconditionally at the top level of the config"
    )]
    ConditionalDotenv { at: Location, expr: String },

    /// A `dotenv.config({ ... })` option dbkit cannot honour (the reason says what to do).
    #[error("{at}: cannot use `{expr}` in dotenv's config(): {reason}")]
    DotenvOption { at: Location, expr: String, reason: String },
}

impl ConfigError {
    /// Where the error points.
    pub fn location(&self) -> &Location {
        match self {
            ConfigError::Syntax { at, .. }
            | ConfigError::NoDefaultExport { at }
            | ConfigError::Unsupported { at, .. }
            | ConfigError::NotFinite { at, .. }
            | ConfigError::NotAnObject { at, .. }
            | ConfigError::ConditionalDotenv { at, .. }
            | ConfigError::DotenvOption { at, .. } => at,
        }
    }
}

fn parenthesized(reason: &Option<String>) -> String {
    reason.as_ref().map(|r| format!(" ({r})")).unwrap_or_default()
}

fn not_finite_message(at: &Location, expr: &str, what: &str, path: &str, env_vars: &[String]) -> String {
    let cause = match env_vars {
        [] => format!("JSON has no {what}; make it evaluate to a finite number"),
        [one] => format!("{one} is not set or not a number; set it to a number or give a fallback, e.g. `process.env.{one} || '5432'`"),
        many => format!("one of {} is not set or not a number; set them or give fallbacks with `||`", many.join(", ")),
    };
    format!("{at}: `{expr}` is {what} (at {path}): {cause}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at() -> Location {
        Location { file: "drizzle.config.ts".into(), line: 9, column: 15 }
    }

    #[test]
    fn unsupported_names_place_expression_and_remedy() {
        let err = ConfigError::Unsupported { at: at(), expr: "getUrl()".into(), reason: None };
        assert_eq!(
            err.to_string(),
            "drizzle.config.ts:9:15: cannot evaluate `getUrl()` statically: dbkit reads drizzle.config.ts without running Node; use a literal, process.env.X, or a simple expression"
        );
        let err = ConfigError::Unsupported { at: at(), expr: "getUrl()".into(), reason: Some("`getUrl` is a function".into()) };
        assert!(err.to_string().contains("statically (`getUrl` is a function): dbkit"));
    }

    #[test]
    fn not_finite_names_the_env_var() {
        let err = ConfigError::NotFinite {
            at: at(),
            expr: "parseInt(process.env.DATABASE_PORT)".into(),
            what: "NaN",
            path: "dbCredentials.port".into(),
            env_vars: vec!["DATABASE_PORT".into()],
        };
        let msg = err.to_string();
        assert!(msg.starts_with(
            "drizzle.config.ts:9:15: `parseInt(process.env.DATABASE_PORT)` is NaN (at dbCredentials.port): DATABASE_PORT is not set or not a number"
        ));
        assert_eq!(err.location(), &at());
    }
}
