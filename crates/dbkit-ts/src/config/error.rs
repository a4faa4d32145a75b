//! `ConfigError`, every way reading drizzle.config.ts can fail, each displayed as one line:
//! `file:line:column`, the offending source text and what to do about it. The interpreter's
//! own messages speak of schema files; [`for_config`] says them for a config.

use crate::js::JsError;
pub use crate::js::Location;

/// Why a config file could not be read. `expr` fields hold the offending source text, on one
/// line and shortened to about 60 characters.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ConfigError {
    /// The config (or a file it imports) cannot be run: a syntax error, a construct or name
    /// dbkit does not know, an error it throws, a dotenv option dbkit cannot honour, …
    #[error("{0}")]
    Eval(JsError),

    /// No `export default …`, `export { x as default }`, `export = …` or `module.exports = …`.
    #[error(
        "{at}: {} has no default export: dbkit reads the config from `export default defineConfig({{ ... }})` (or `module.exports = {{ ... }}` in a .js file); add one",
        .at.file
    )]
    NoDefaultExport { at: Location },

    /// The default export is something other than an object.
    #[error(
        "{at}: the default export `{expr}` is {kind}, not an object: export the config object, e.g. `export default defineConfig({{ ... }})`"
    )]
    NotAnObject { at: Location, expr: String, kind: String },

    /// A `NaN` or `±Infinity` would end up in the config (JSON has neither).
    #[error("{}", not_finite_message(.at, .expr, .what, .path, .env_vars))]
    NotFinite {
        at: Location,
        expr: String,
        /// "NaN", "Infinity" or "-Infinity".
        what: &'static str,
        /// Dotted key path in the config, e.g. "dbCredentials.port".
        path: String,
        /// Environment variables the expression reads.
        env_vars: Vec<String>,
    },

    /// A function, BigInt or object made by a class where the config holds a value.
    #[error(
        "{at}: `{expr}` is {kind} (at {path}), which is not a config value: drizzle-kit reads plain data; use a string, number, boolean, array or object"
    )]
    NotAValue { at: Location, expr: String, kind: String, path: String },
}

impl ConfigError {
    /// Where the error points.
    pub fn location(&self) -> &Location {
        match self {
            ConfigError::Eval(error) => &error.location,
            ConfigError::NoDefaultExport { at }
            | ConfigError::NotAnObject { at, .. }
            | ConfigError::NotFinite { at, .. }
            | ConfigError::NotAValue { at, .. } => at,
        }
    }
}

fn not_finite_message(at: &Location, expr: &str, what: &str, path: &str, env_vars: &[String]) -> String {
    let cause = match env_vars {
        [] => format!("JSON has no {what}; make it evaluate to a finite number"),
        [one] => format!("{one} is not set or not a number; set it to a number or give a fallback, e.g. `process.env.{one} || '5432'`"),
        many => format!("one of {} is not set or not a number; set them or give fallbacks with `||`", many.join(", ")),
    };
    format!("{at}: `{expr}` is {what} (at {path}): {cause}")
}

/// The interpreter's wording for schema files, and what it says for a config (`{file}` is the
/// config's name).
const REWORDINGS: &[(&str, &str)] = &[
    (
        ", so values from other packages can only be passed along (or used in callbacks drizzle-kit never calls, like `$defaultFn(() => …)`); use a literal or a drizzle-orm function here",
        ", so what other packages compute is unknown to it; use a literal or process.env.X here",
    ),
    (
        "check the spelling; if drizzle-orm exports it, dbkit's schema reader does not support it yet",
        "check the spelling; dbkit provides defineConfig from 'drizzle-kit', config from 'dotenv' and loadEnvConfig from '@next/env'",
    ),
    ("reads schema files without running Node", "reads {file} without running Node"),
    ("dbkit's schema reader", "dbkit's config reader"),
    ("its schema reader has no", "its config reader has no"),
    (", or use sql`now()`", ""),
    ("the schema code threw an error", "the config threw an error"),
    ("keep JSX out of schema files", "keep JSX out of the config"),
];

/// An interpreter error as the config reader reports it: the config's own path as the caller
/// gave it, and the wording of a config.
pub(super) fn for_config(mut error: JsError, file: &str, module: &str) -> JsError {
    error.location = display_location(error.location, file, module);
    for (schema, config) in REWORDINGS {
        error.message = error.message.replace(schema, &config.replace("{file}", file));
    }
    error
}

/// `module` (the config as the interpreter names it) as `file`; other files of an absolute
/// config path get their leading `/` back.
fn display_location(mut location: Location, file: &str, module: &str) -> Location {
    if location.file == module {
        location.file = file.to_string();
    } else if file.starts_with('/') {
        location.file = format!("/{}", location.file);
    }
    location
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at() -> Location {
        Location { file: "drizzle.config.ts".into(), line: 9, column: 15 }
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

    /// Each phrase reworded is still the interpreter's, so a change of its wording is noticed.
    #[test]
    fn reworded_phrases_are_the_interpreters() {
        let sources = [
            include_str!("../js/opaque.rs"),
            include_str!("../js/modules.rs"),
            include_str!("../js/eval.rs"),
            include_str!("../js/exec.rs"),
            include_str!("../js/lower_expr.rs"),
            include_str!("../js/mod.rs"),
            include_str!("../js/date.rs"),
        ]
        .concat();
        for (schema, _) in REWORDINGS {
            assert!(sources.contains(schema), "the interpreter no longer says {schema:?}");
        }
    }

    #[test]
    fn interpreter_errors_speak_of_the_config() {
        let error = JsError {
            location: Location { file: "config/drizzle.config.ts".into(), line: 2, column: 3 },
            message: "cannot evaluate `x` statically: dbkit reads schema files without running Node and …".into(),
        };
        let error = for_config(error, "./config/drizzle.config.ts", "config/drizzle.config.ts");
        assert_eq!(
            error.to_string(),
            "./config/drizzle.config.ts:2:3: cannot evaluate `x` statically: dbkit reads ./config/drizzle.config.ts without running Node and …"
        );
        let error = JsError { location: Location { file: "tmp/p/env.ts".into(), line: 1, column: 1 }, message: String::new() };
        assert_eq!(for_config(error, "/tmp/p/drizzle.config.ts", "tmp/p/drizzle.config.ts").location.file, "/tmp/p/env.ts");
    }
}
