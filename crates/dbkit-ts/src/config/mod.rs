//! Static evaluation of `drizzle.config.ts` / `.js`: the public types and the two entry points,
//! `dotenv_requests` (which .env files the config loads) and `evaluate_config` (its default
//! export as JSON). No Node runs and nothing here touches files or the environment.

mod calls;
mod dotenv;
mod error;
mod eval;
mod operators;
mod output;
mod scope;
mod source;
mod value;

use oxc_allocator::Allocator;
use oxc_span::GetSpan;

pub use dotenv::dotenv_requests;
pub use error::{ConfigError, Location};

use eval::Evaluator;
use scope::{Export, Scope};
use source::Source;

/// One `dotenv` load the config asks for: `import 'dotenv/config'` (path None),
/// `import * as dotenv from 'dotenv'; dotenv.config()` / `config()` imported from 'dotenv' /
/// `require('dotenv').config()` (path None or Some(evaluated `path` option string, e.g. '.env.local')).
/// A `path: ['.env.local', '.env']` array yields one request per file, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DotenvRequest {
    pub path: Option<String>,
}

/// A property whose value evaluated to JS `undefined` (e.g. `process.env.DATABASE_URL` unset with
/// no default). The property is left out of `value`; this records where the `undefined` came from
/// so the caller can say "dbCredentials.url is undefined: process.env.DATABASE_URL is not set
/// (drizzle.config.ts:7:10)".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Undefined {
    /// Dotted key path, e.g. "dbCredentials.url"; array indexes as "schema[1]".
    pub path: String,
    /// Source text of the expression that produced `undefined` (e.g. `process.env.DATABASE_URL`),
    /// on one line and shortened to about 60 characters.
    pub expr: String,
    /// 1-based line of that expression.
    pub line: u32,
    /// 1-based column (in characters) of that expression.
    pub column: u32,
}

/// The evaluated default export.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluatedConfig {
    /// The default-exported object, keys in source order.
    pub value: serde_json::Value,
    /// Properties (and array items, kept as `null`) that evaluated to `undefined`.
    pub undefined: Vec<Undefined>,
}

/// Evaluates the default export of a config file. `file` is the display path used in messages
/// (its extension picks TypeScript or JavaScript); `env` looks up `process.env` variables.
pub fn evaluate_config(source: &str, file: &str, env: &dyn Fn(&str) -> Option<String>) -> Result<EvaluatedConfig, ConfigError> {
    let src = Source { file, text: source };
    let allocator = Allocator::default();
    let program = src.parse(&allocator)?;
    let scope = Scope::new(&program);
    let (config, export_span) = match &scope.export {
        None => {
            return Err(ConfigError::NoDefaultExport { at: src.location(0) });
        }
        Some(Export::Declaration(span)) => {
            let why = "export the config object, not a function or class";
            return Err(src.unsupported(*span, Some(why.into())));
        }
        Some(Export::Expr { expr, order }) => (Evaluator::new(src, &scope, env, *order).eval(expr)?, expr.span()),
        Some(Export::Name { name, span }) => (Evaluator::new(src, &scope, env, u32::MAX).name(name, *span)?, *span),
    };
    output::into_config(&src, config, export_span)
}
