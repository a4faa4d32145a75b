//! drizzle-orm's pg-core, as host objects for the interpreter, and the conversion of a schema's
//! exports into dbkit's model (what drizzle-kit's `fromDrizzleSchema` + `interimToDDL` do).
//!
//! [`read_schema`] evaluates the schema files in the order given (drizzle-kit's: each folder's
//! entries sorted by name), takes each file's exports in the order drizzle-kit's loader (jiti,
//! CommonJS) enumerates them — own and named re-exports sorted by name, then each `export *` in
//! statement order, recursively — counts an entity reached through several files once, and
//! builds the DDL rows drizzle-kit 1.0 would: same order, names, defaults and refusals.

mod columns;
mod constraints;
mod convert;
mod ddl;
mod defaults;
mod entities;
mod host;
mod names;
mod providers;
mod sql;
mod table;
mod table_rows;
mod util;
mod view;

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use dbkit_core::model::Ddl;

pub use host::DrizzleHost;
pub use names::Casing;

use crate::js::{Interp, Interpreter, JsError, Location, ModuleExports, Value};

/// A view's `(schema, name)` and the views its query reads.
pub type ViewDependency = ((String, String), Vec<(String, String)>);

/// Reads a schema file's text by its path (`None` when there is no such file).
pub type Loader<'a> = Box<dyn FnMut(&str) -> Option<String> + 'a>;

/// What a schema declares, as drizzle-kit 1.0 sees it.
#[derive(Debug, Clone)]
pub struct SchemaRead {
    pub ddl: Ddl,
    /// View dependencies as drizzle computes them (for ordering CREATE VIEW): each view's
    /// `(schema, name)` with the views its query reads.
    pub view_dependencies: Vec<ViewDependency>,
    /// What drizzle-kit warns about (an unlinked policy is skipped).
    pub warnings: Vec<String>,
    /// What the schema declares `.existing()`: managed outside drizzle, so not in `ddl`, and
    /// never to be dropped by push.
    pub existing: Existing,
}

/// Entities declared `.existing()`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Existing {
    pub schemas: Vec<String>,
    pub roles: Vec<String>,
    /// `(schema, name)`; the schema is `public` when none is given.
    pub views: Vec<(String, String)>,
}

/// Why a schema cannot be read. Each is one line: where, what, and what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SchemaError {
    /// The schema code could not be evaluated (the interpreter's message, with its location).
    #[error(transparent)]
    Eval(#[from] JsError),
    /// The schema declares something drizzle-kit refuses (a duplicate name, an unnamed
    /// expression index, …).
    #[error("{location}: {what}; {fix}")]
    Invalid { location: Location, what: String, fix: String },
}

/// Where a problem comes from: the file and export, and a name to look for in its code.
#[derive(Debug, Clone)]
pub(crate) struct Origin {
    pub file: String,
    pub export: String,
    pub needle: Option<String>,
}

/// A problem found while converting, before its location in the source is looked up.
#[derive(Debug)]
pub(crate) struct Problem {
    pub origin: Origin,
    pub what: String,
    /// (Boxed to keep `Result<_, Problem>` small.)
    pub fix: Box<str>,
    /// The other place, when two declarations clash.
    pub other: Option<Box<Origin>>,
}

impl Problem {
    pub(crate) fn at(origin: &Origin, what: impl Into<String>, fix: impl Into<String>) -> Problem {
        Problem { origin: origin.clone(), what: what.into(), fix: fix.into().into_boxed_str(), other: None }
    }

    /// The same problem, naming `other` too (the first of two clashing declarations).
    pub(crate) fn and(mut self, other: Option<&Origin>) -> Problem {
        self.other = other.cloned().map(Box::new);
        self
    }

    fn into_error(self, sources: &dyn Sources) -> SchemaError {
        // An error the interpreter raised in schema code (a callback drizzle runs lazily) is
        // already `file:line:column: message`, at a more precise place than the export.
        if let Some(e) = located_message(&self.what, sources) {
            return SchemaError::Eval(e);
        }
        let location = locate(sources, &self.origin);
        let what = match &self.other {
            Some(other) => format!("{} (the other is at {})", self.what, locate(sources, other)),
            None => self.what,
        };
        SchemaError::Invalid { location, what, fix: self.fix.into() }
    }
}

/// `file:line:column: message` for a known file, as a [`JsError`].
fn located_message(text: &str, sources: &dyn Sources) -> Option<JsError> {
    let (file, rest) = text.split_once(':')?;
    sources.text(file)?;
    let (line, rest) = rest.split_once(':')?;
    let (column, message) = rest.split_once(": ")?;
    Some(JsError {
        location: Location { file: file.to_string(), line: line.parse().ok()?, column: column.parse().ok()? },
        message: message.to_string(),
    })
}

/// The line and column of the export's declaration, or of the quoted `needle` after it.
fn locate(sources: &dyn Sources, origin: &Origin) -> Location {
    let text = sources.text(&origin.file).unwrap_or("");
    let decl = [format!("export const {}", origin.export), format!("export let {}", origin.export), format!("const {} ", origin.export)]
        .iter()
        .find_map(|p| text.find(p.as_str()).map(|i| i + "export ".len().min(p.len() - origin.export.len())))
        .unwrap_or(0);
    let decl = text.get(decl..).and_then(|rest| rest.find(origin.export.as_str()).map(|i| decl + i)).unwrap_or(decl);
    let at = origin
        .needle
        .as_ref()
        .and_then(|n| ["\"", "'", "`"].iter().find_map(|q| text.get(decl..)?.find(&format!("{q}{n}{q}")).map(|i| decl + i)))
        .unwrap_or(decl);
    let before = &text[..at.min(text.len())];
    let line = before.matches('\n').count() as u32 + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) as u32 + 1;
    Location { file: origin.file.clone(), line, column }
}

/// The text of the files read, to place problems in.
trait Sources {
    fn text(&self, path: &str) -> Option<&str>;
}

impl Sources for HashMap<String, String> {
    fn text(&self, path: &str) -> Option<&str> {
        self.get(path).map(String::as_str)
    }
}

impl Sources for Interpreter<'_> {
    fn text(&self, path: &str) -> Option<&str> {
        self.source_text(path)
    }
}

/// How the schema is read beyond its own code.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReadOptions {
    /// Column names for keys without an explicit name in tables and views that do not choose a
    /// casing themselves: drizzle-orm 0.x's connection-wide `casing`, which drizzle-kit 0.31 took
    /// from its config or `--casing`. (drizzle-orm 1.0 declares it per table, `snakeCase.table`,
    /// and drizzle-kit 1.0 ignores the config key; the CLI decides which applies.)
    pub casing: Casing,
    /// The major version of the project's installed drizzle-orm, when known. With 1.x,
    /// `relations` imported from "drizzle-orm" (0.x's API, moved to "drizzle-orm/_relations")
    /// fails when called, as it does in the application and in drizzle-kit 1.0.
    pub orm_major: Option<u64>,
    /// tsconfig `paths` as (import prefix, project-relative target prefix), e.g.
    /// `("@/", "src/")` for `"@/*": ["./src/*"]`; an exact key maps the bare specifier.
    pub aliases: Vec<(String, String)>,
}

/// Evaluates the schema files (in the order given, as drizzle-kit loads them) and converts their
/// exports.
pub fn read_schema(files: &[String], loader: Loader<'_>, options: &ReadOptions) -> Result<SchemaRead, SchemaError> {
    let host = DrizzleHost { casing: options.casing, orm_major: options.orm_major };
    let mut interp = Interpreter::new(&host, loader).with_aliases(options.aliases.clone());
    let mut modules = Vec::new();
    for file in files {
        modules.push(interp.load(file)?);
    }
    let result = read_modules(&modules, &mut interp);
    result.map_err(|p| p.into_error(&interp))
}

/// The conversion on already evaluated modules (`interp` runs the callbacks drizzle runs lazily:
/// table configs, `.references()` targets, generated-column functions).
///
/// Each module's exports come in its loader's order (see [`ModuleExports`]; sorted by name for a
/// JavaScript file, which drizzle-kit imports natively). An entity reached through several files
/// (a barrel next to the files it re-exports, a table exported again by another schema file) is
/// one object and counts once, where it is first reached. drizzle-kit 1.0
/// loads every file afresh (jiti with `requireCache: false`), so it sees a second object of the
/// same name there and fails with "duplicate table name"; two *different* objects with one name
/// are still refused, naming both places.
pub(crate) fn read_modules(modules: &[ModuleExports], interp: &mut dyn Interp) -> Result<SchemaRead, Problem> {
    let mut exports = Vec::new();
    let mut seen = HashSet::new();
    for m in modules {
        let mut named: Vec<&(String, Value)> = m.exports.iter().collect();
        // drizzle-kit loads only .ts/.mts/.cts files through jiti; others by native `import()`,
        // whose module namespace lists every export (stars included) sorted by name.
        if ![".ts", ".mts", ".cts"].iter().any(|ext| m.path.ends_with(ext)) {
            named.sort_by(|a, b| a.0.encode_utf16().cmp(b.0.encode_utf16()));
        }
        for (name, value) in named {
            if let Value::Host(object) = value
                && !seen.insert(Rc::as_ptr(object).cast::<()>())
            {
                continue;
            }
            exports.push(convert::Export { file: m.path.clone(), name: name.clone(), value: value.clone() });
        }
    }
    let existing = convert::existing(&exports);
    let (ddl, view_dependencies, warnings) = convert::from_exports(&exports, interp)?.finish()?;
    Ok(SchemaRead { ddl, view_dependencies, warnings, existing })
}

/// [`read_modules`] for callers outside this module (tests with hand-made exports): problems
/// are located in `sources` (file path → text).
pub fn read_exports(
    modules: &[ModuleExports],
    interp: &mut dyn Interp,
    sources: &HashMap<String, String>,
) -> Result<SchemaRead, SchemaError> {
    read_modules(modules, interp).map_err(|p| p.into_error(sources))
}
