//! `drizzle.config.ts` / `.js` read without Node: the interpreter ([`crate::js`]) runs the file
//! and what it imports, with `drizzle-kit`, `dotenv` and `@next/env` provided by [`host`], and
//! the default export becomes JSON ([`output`]). What only a package dbkit does not run could
//! compute stays unknown (not an error) until a command needs it. Files, `.env` files and the
//! environment come from the caller: nothing here does I/O.

mod error;
mod host;
mod origin;
mod output;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

pub use error::{ConfigError, Location};

use crate::js::resolve::normalize;
use crate::js::{Interpreter, JsError, Loader};
use host::ConfigHost;

/// Reads a `.env` file for `dotenv`: `None` is dotenv's default `.env`, `Some(path)` a `path`
/// option as written (relative to the config's folder). Returns its variables in file order
/// (none for a missing file) or why it cannot be read.
pub type DotenvLoader = Box<dyn FnMut(Option<&str>) -> Result<Vec<(String, String)>, String>>;

/// What reading a config needs from outside.
pub struct ConfigOptions<'a> {
    /// The text of a file by its '/'-separated path (the config itself and what it imports,
    /// relative to the same folder as the config's path), or None if there is none.
    pub files: Loader<'a>,
    /// The `.env` files the config loads through `dotenv` or `@next/env`.
    pub dotenv: DotenvLoader,
    /// `process.env` (the environment with `.env` already merged in, real variables winning).
    pub env: HashMap<String, String>,
    /// tsconfig `paths` aliases (see [`crate::tsconfig::path_aliases`]).
    pub aliases: Vec<(String, String)>,
}

/// One `.env` load the config made, in order: `import 'dotenv/config'`, `config()` from
/// 'dotenv' however imported or required (path None: the default `.env`, or each `path` given),
/// and each file `loadEnvConfig()` from '@next/env' reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DotenvRequest {
    pub path: Option<String>,
}

/// Why a config value is not known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cause {
    /// It is JS `undefined` (e.g. `process.env.DATABASE_URL` is not set): the key counts as not
    /// given, as in drizzle-kit.
    Undefined,
    /// Only running the package `module` could compute it (`env.DATABASE_URL` with `env` from
    /// `@t3-oss/env-nextjs`'s `createEnv`): a command that needs the key cannot go on.
    Package { module: String },
}

/// A key left out of the config because its value is not known, with where it comes from, so
/// that a command that needs it can say "drizzle.config.ts:7:10: dbCredentials.url is undefined:
/// `process.env.DATABASE_URL` has no value …".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unknown {
    /// Dotted key path, e.g. "dbCredentials.url"; array items as "schema[1]"; "" for the whole
    /// config.
    pub path: String,
    /// Source text of the expression in the config (e.g. `process.env.DATABASE_URL`), on one
    /// line and shortened to about 60 characters.
    pub expr: String,
    /// 1-based line of that expression (0 when there is no source position).
    pub line: u32,
    /// 1-based column (in characters) of that expression.
    pub column: u32,
    pub cause: Cause,
}

/// The evaluated default export.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluatedConfig {
    /// The default-exported object as JSON, keys in JS order, unknown values left out (array
    /// items as `null`).
    pub value: serde_json::Value,
    /// The values left out, in key order.
    pub unknown: Vec<Unknown>,
    /// The `.env` files the config loaded, in order.
    pub dotenv: Vec<DotenvRequest>,
}

/// Runs the config at `file` (its path for `options.files` and in messages; the extension picks
/// TypeScript or JavaScript) and converts its default export, as drizzle-kit reads
/// `require(file).default ?? require(file)`.
pub fn evaluate_config(file: &str, options: ConfigOptions<'_>) -> Result<EvaluatedConfig, ConfigError> {
    let module = normalize(file);
    let text = Rc::new(RefCell::new(String::new()));
    let (seen, wanted, mut files) = (text.clone(), module.clone(), options.files);
    let recording: Loader<'_> = Box::new(move |path: &str| {
        let found = files(path);
        if path == wanted
            && let Some(found) = &found
        {
            seen.borrow_mut().clone_from(found);
        }
        found
    });
    let host = ConfigHost::new(options.dotenv);
    let mut interp = Interpreter::new(&host, recording).with_env(options.env).with_aliases(options.aliases).deferring_failures();
    host.attach(interp.process_env());
    let relocate = |error: JsError| ConfigError::Eval(error::for_config(error, file, &module));
    let value = interp.default_export(&module).map_err(relocate)?;
    host.failure().map_err(|message| relocate(JsError { location: Location { file: module.clone(), line: 1, column: 1 }, message }))?;
    let Some(value) = value else {
        return Err(ConfigError::NoDefaultExport { at: Location { file: file.to_string(), line: 1, column: 1 } });
    };
    let text = text.borrow().clone();
    let (value, unknown) = output::to_json(&value, &mut interp, &origin::Source::new(file, text))?;
    Ok(EvaluatedConfig { value, unknown, dotenv: host.loads() })
}
