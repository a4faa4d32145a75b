//! A small JavaScript/TypeScript interpreter for drizzle schema files, without Node.
//!
//! It evaluates modules (imports between files, re-exports, top-level bindings, functions,
//! object/array literals with spreads, template literals, tagged templates, method chains) and
//! leaves everything drizzle-specific to a [`Host`] that provides `drizzle-orm/pg-core` and
//! `drizzle-orm` as host objects. Files are read through a loader callback, so this module does
//! no I/O of its own. Anything it cannot evaluate is an error naming `file:line:column` and the
//! code, never a silent `undefined`.

pub mod value;

pub use value::{Host, HostError, HostObject, Interp, JsFunction, Location, Object, Value};

/// A module's exports after evaluation, in source order (the caller sorts as drizzle-kit does).
#[derive(Debug, Clone)]
pub struct ModuleExports {
    /// The path the module was loaded from.
    pub path: String,
    pub exports: Vec<(String, Value)>,
}

/// One-line error: `schema/users.ts:12:5: cannot evaluate \`getId()\` …`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{location}: {message}")]
pub struct JsError {
    pub location: Location,
    pub message: String,
}
