//! A small JavaScript/TypeScript interpreter for drizzle schema files, without Node.
//!
//! It evaluates modules (imports between files, re-exports, top-level bindings, functions,
//! object/array literals with spreads, template literals, tagged templates, method chains) and
//! leaves everything drizzle-specific to a [`Host`] that provides `drizzle-orm/pg-core` and
//! `drizzle-orm` as host objects. Files are read through a loader callback, so this module does
//! no I/O of its own. Anything it cannot evaluate is an error naming `file:line:column` and the
//! code, never a silent `undefined`.
//!
//! The pipeline: oxc parses a file (`source.rs`), `lower.rs` turns oxc's AST into the small
//! owned tree of `ast.rs`, `modules.rs` links and runs modules, `eval.rs`/`exec.rs`/`member.rs`
//! evaluate, `builtins/` holds the standard library subset schema code uses, `defer.rs` the config
//! mode (what depends on an unknown package stays unknown instead of failing the file).

mod ast;
mod buffer;
mod builtins;
mod class;
mod date;
mod defer;
mod eval;
mod exec;
mod function;
mod lower;
mod lower_expr;
mod member;
mod modules;
pub(crate) mod number;
mod opaque;
mod ops;
pub(crate) mod resolve;
mod scope;
pub(crate) mod source;
pub mod value;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use oxc_span::Span;

pub use buffer::Buffer;
pub use builtins::url::Url;
pub use date::Date;
pub use function::is_getter;
pub use opaque::Opaque;
pub use value::{Host, HostError, HostObject, Interp, JsFunction, Location, Object, Value};

use scope::Env;
use source::SourceFile;

/// A module's exports after evaluation, in the order a TypeScript loader's CommonJS output
/// enumerates them (drizzle-kit's order): own and named re-exports sorted by name, then each
/// `export *` in statement order.
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

pub(crate) type Result<T> = std::result::Result<T, JsError>;

/// Reads a project file: `loader(path)` is its text, or None if there is no such file.
pub type Loader<'h> = Box<dyn FnMut(&str) -> Option<String> + 'h>;

/// Evaluates schema modules. One interpreter reads one project: modules are evaluated once and
/// shared between [`Interpreter::load`] calls, as Node's module cache does.
pub struct Interpreter<'h> {
    host: &'h dyn Host,
    loader: Loader<'h>,
    aliases: Vec<(String, String)>,
    /// `process.env`, filled by [`Interpreter::with_env`].
    env: Rc<RefCell<Object>>,
    globals: Env,
    modules: Vec<modules::Module>,
    by_path: HashMap<String, usize>,
    host_modules: HashMap<String, Option<Value>>,
    /// The file being evaluated (closures switch to their own while they run).
    src: Rc<SourceFile>,
    /// The call expression being evaluated: where errors of functions that host objects call
    /// back, or of built-ins, are reported.
    site: Span,
    /// The error of the last schema function a host object called through `Interp::call`, so
    /// that when the host passes it on unchanged it keeps its own, more precise location.
    pending: Option<JsError>,
    /// Schema-function call depth (runaway recursion becomes an error, not a stack overflow).
    depth: usize,
    /// Config mode (see [`Interpreter::deferring_failures`]).
    defer_failures: bool,
    /// The error of the last `throw` statement run, to tell a thrown error from others.
    thrown: Option<JsError>,
}

impl<'h> Interpreter<'h> {
    /// `loader(path)` returns a file's text or None; paths are '/'-separated, relative to the
    /// project (as given to `load`).
    pub fn new(host: &'h dyn Host, loader: Loader<'h>) -> Self {
        let env = Rc::new(RefCell::new(Object::default()));
        let globals = builtins::globals(Value::Object(env.clone()));
        Self {
            host,
            loader,
            aliases: Vec::new(),
            env,
            globals,
            modules: Vec::new(),
            by_path: HashMap::new(),
            host_modules: HashMap::new(),
            src: Rc::new(SourceFile::new("", String::new())),
            site: Span::default(),
            pending: None,
            depth: 0,
            defer_failures: false,
            thrown: None,
        }
    }

    /// tsconfig `paths` aliases, e.g. ("@/", "src/"): an import starting with the prefix is
    /// resolved as the replacement (a project-relative path) followed by the rest. The longest
    /// matching prefix wins.
    pub fn with_aliases(mut self, aliases: Vec<(String, String)>) -> Self {
        self.aliases = aliases;
        self.aliases.sort_by_key(|(prefix, _)| std::cmp::Reverse(prefix.len()));
        self
    }

    /// The variables `process.env.X` reads (missing ones are `undefined`).
    pub fn with_env(self, vars: HashMap<String, String>) -> Self {
        let mut vars: Vec<_> = vars.into_iter().collect();
        vars.sort();
        let mut env = self.env.borrow_mut();
        for (name, value) in vars {
            env.set(&name, Value::string(value));
        }
        drop(env);
        self
    }

    /// Evaluates a module (once; later loads return the cached exports) and returns its exports.
    pub fn load(&mut self, path: &str) -> Result<ModuleExports> {
        let index = self.load_module(path)?;
        self.evaluate(index)?;
        self.module_exports(index)
    }

    /// The text of a file this interpreter has loaded (by the path it was loaded from).
    pub fn source_text(&self, path: &str) -> Option<&str> {
        self.by_path.get(path).map(|&i| self.modules[i].src.text.as_str())
    }

    /// Calls a schema-code function (also available to host objects through `Interp`).
    pub fn call(&mut self, f: &Value, this: Option<Value>, args: Vec<Value>) -> Result<Value> {
        let site = self.site;
        self.call_value(f, this.unwrap_or(Value::Undefined), args, site)
    }

    /// An error at `span` of the file being evaluated (on one line, whatever the message).
    fn error(&self, span: Span, message: impl Into<String>) -> JsError {
        let message: String = message.into();
        let message = if message.contains(['\n', '\r']) { message.split_whitespace().collect::<Vec<_>>().join(" ") } else { message };
        JsError { location: self.src.location(span.start), message }
    }

    fn snippet(&self, span: Span) -> String {
        self.src.snippet(span)
    }

    /// `cannot evaluate \`…\` statically: …` for a construct dbkit does not run.
    fn cannot(&self, span: Span, what: ast::Unsupported) -> JsError {
        self.error(
            span,
            format!(
                "cannot evaluate `{}` statically: dbkit reads schema files without running Node and does not support {}; {}",
                self.snippet(span),
                what.what,
                what.hint
            ),
        )
    }

    /// "`snippet`: message" at `span` (a JS TypeError-like failure); the snippet is left out
    /// when the message already starts by quoting it.
    fn fail(&self, span: Span, message: impl std::fmt::Display) -> JsError {
        let snippet = format!("`{}`", self.snippet(span));
        let message = message.to_string();
        if message.starts_with(&snippet) { self.error(span, message) } else { self.error(span, format!("{snippet}: {message}")) }
    }
}

impl Interp for Interpreter<'_> {
    fn call(&mut self, function: &Value, this: Option<Value>, args: Vec<Value>) -> std::result::Result<Value, HostError> {
        let site = self.site;
        self.call_value(function, this.unwrap_or(Value::Undefined), args, site).map_err(|error| {
            let message = error.to_string();
            self.pending = Some(error);
            HostError(message)
        })
    }
}

impl Drop for Interpreter<'_> {
    /// Module scopes and the closures stored in them point at each other; clearing the scopes
    /// lets the reference counts reach zero.
    fn drop(&mut self) {
        for module in &self.modules {
            module.env.clear();
        }
        self.globals.clear();
    }
}
