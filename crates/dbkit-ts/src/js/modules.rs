//! The module graph, like ES modules: a file is parsed and its top-level names are created
//! (functions ready, `const`/`let` uninitialised) before its imports are linked, imports share
//! the exporter's bindings, dependencies run before the importer, and a module already running
//! is skipped (a cycle). So two files whose tables reference each other inside closures
//! (`.references(() => other.id)`) work as in Node. `.js`/`.cjs` files without
//! `import`/`export` are CommonJS (`module.exports`), run when first imported or `require`d.

use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

use oxc_span::Span;

use super::ast::{DEFAULT_SLOT, Export, Imported, Name, Program, Stmt};
use super::opaque::Opaque;
use super::scope::{BindingKind, Entry, Scope, slot};
use super::source::SourceFile;
use super::value::{Object, Value};
use super::{Interpreter, JsError, ModuleExports, Result, resolve};

pub(super) struct Module {
    pub src: Rc<SourceFile>,
    /// The program without its body, which `body` holds until the module runs.
    pub program: Rc<Program>,
    /// The top-level statements, taken and dropped one by one as they run: only the functions
    /// they create outlive them (closures hold their `Rc<Function>`), so the tree of a large
    /// schema file is not kept while later files run and the schema is converted.
    body: Vec<Stmt>,
    pub env: super::scope::Env,
    status: Status,
    namespace: Rc<RefCell<Object>>,
    /// CommonJS: the `module` object (its `exports` property is the module's value).
    commonjs: Option<Value>,
    deps: Vec<(Name, Dep)>,
}

#[derive(Clone)]
enum Status {
    Linking,
    Linked,
    Evaluating,
    Done,
    Failed(JsError),
}

#[derive(Clone)]
pub(super) enum Dep {
    File(usize),
    /// A module the host provides: its namespace value.
    Host(Value),
    /// A package dbkit does not run: imports from it are [`Opaque`].
    Unknown(Name),
}

/// What an exported name refers to.
enum Resolved {
    Binding(Entry),
    Value(Value),
    Ambiguous,
}

impl Interpreter<'_> {
    /// The module at `path` (a project path given to `load`), instantiated if new.
    pub(super) fn load_module(&mut self, path: &str) -> Result<usize> {
        let path = resolve::normalize(path);
        let at_file = |message: String| JsError { location: super::Location { file: path.clone(), line: 1, column: 1 }, message };
        match self.find_file(&path) {
            Some(found) => self.file_module(found),
            None => Err(at_file(format!("cannot read {path}: no such file (also tried .ts, .js and index files)"))),
        }
    }

    /// The first candidate file for `path` that exists: (path, Some(text)) for a new file,
    /// (path, None) for one already loaded.
    fn find_file(&mut self, path: &str) -> Option<(String, Option<String>)> {
        resolve::candidates(path).into_iter().find_map(|candidate| {
            if self.by_path.contains_key(&candidate) {
                return Some((candidate, None));
            }
            (self.loader)(&candidate).map(|text| (candidate, Some(text)))
        })
    }

    fn file_module(&mut self, (path, text): (String, Option<String>)) -> Result<usize> {
        match text {
            None => Ok(self.by_path[&path]),
            Some(text) => self.instantiate(path, text),
        }
    }

    fn instantiate(&mut self, path: String, text: String) -> Result<usize> {
        if path.ends_with(".json") {
            return self.json_module(path, text);
        }
        let src = Rc::new(SourceFile::new(&path, text));
        let mut program = src.parse()?;
        let body = std::mem::take(&mut program.body);
        let program = Rc::new(program);
        let env = Scope::child(&self.globals, Some(Value::Undefined));
        // TypeScript's `export = value` is CommonJS too (`module.exports = value`, as tsc emits it).
        let commonjs = ((src.may_be_commonjs() && !program.has_module_syntax) || program.export_assignment).then(|| {
            let exports = Value::object(Vec::new());
            let module = Value::object(vec![("exports".into(), exports.clone())]);
            env.declare("module".into(), BindingKind::Let, 0, Some(module.clone()));
            env.declare("exports".into(), BindingKind::Let, 0, Some(exports));
            module
        });
        let outer = std::mem::replace(&mut self.src, src.clone());
        self.hoist(&body, &env);
        self.src = outer;
        for (name, span) in &program.vars {
            if env.own(name).is_none() {
                env.declare(name.clone(), BindingKind::Let, span.start, Some(Value::Undefined));
            }
        }
        if env.own(DEFAULT_SLOT).is_none() {
            env.declare(DEFAULT_SLOT.into(), BindingKind::Const, 0, None);
        }
        let index = self.modules.len();
        let namespace = Rc::new(RefCell::new(Object::default()));
        self.modules.push(Module { src, program, body, env, status: Status::Linking, namespace, commonjs, deps: Vec::new() });
        self.by_path.insert(path, index);
        if let Err(error) = self.link(index) {
            self.modules[index].status = Status::Failed(error.clone());
            return Err(error);
        }
        Ok(index)
    }

    /// `import data from './data.json'`: a module whose `module.exports` is the document (its
    /// top-level keys are named exports too, as bundlers make them).
    fn json_module(&mut self, path: String, text: String) -> Result<usize> {
        let document: serde_json::Value = serde_json::from_str(&text).map_err(|error| JsError {
            location: super::Location { file: path.clone(), line: error.line() as u32, column: error.column() as u32 },
            message: format!("this JSON file does not parse: {error}"),
        })?;
        let exports = super::builtins::json::from_json(document);
        let src = Rc::new(SourceFile::new(&path, text));
        let program = Rc::new(Program::default());
        let env = Scope::child(&self.globals, Some(Value::Undefined));
        let commonjs = Some(Value::object(vec![("exports".into(), exports)]));
        let namespace = Rc::new(RefCell::new(Object::default()));
        let index = self.modules.len();
        self.modules.push(Module { src, program, body: Vec::new(), env, status: Status::Linked, namespace, commonjs, deps: Vec::new() });
        self.by_path.insert(path, index);
        Ok(index)
    }

    /// Resolves every request of the module and binds its imports.
    fn link(&mut self, index: usize) -> Result<()> {
        let program = self.modules[index].program.clone();
        for (specifier, span) in &program.requests {
            self.dependency(index, specifier, *span)?;
        }
        for import in &program.imports {
            let dep = self.dependency(index, &import.specifier, import.span)?;
            for binding in &import.bindings {
                let shared = match (&binding.imported, &dep) {
                    (_, Dep::Unknown(module)) => slot(Some(opaque(&binding.local, module))),
                    (Imported::Namespace, dep) => slot(Some(self.namespace_of(dep))),
                    (Imported::Name(name), Dep::Host(host)) => match self.host_export(host, name) {
                        Some(value) => slot(Some(value)),
                        None => {
                            let message = format!(
                                "'{}' has no export `{name}` that dbkit knows: check the spelling; if drizzle-orm exports it, dbkit's schema reader does not support it yet",
                                import.specifier
                            );
                            return Err(self.error_in(index, binding.span, message));
                        }
                    },
                    (Imported::Name(name), Dep::File(file)) => match self.resolve_export(*file, name, &mut HashSet::new())? {
                        Some(Resolved::Binding(entry)) => entry.slot,
                        Some(Resolved::Value(value)) => slot(Some(value)),
                        found => {
                            let what = match found {
                                Some(_) => format!("exports `{name}` ambiguously (through two `export *`)"),
                                None => format!("has no export `{name}`"),
                            };
                            let path = &self.modules[*file].src.path;
                            let message =
                                format!("'{}' ({path}) {what}; check the name, or import types with `import type`", import.specifier);
                            return Err(self.error_in(index, binding.span, message));
                        }
                    },
                };
                let from: Rc<str> = match &dep {
                    Dep::File(file) => self.modules[*file].src.path.as_str().into(),
                    _ => import.specifier.clone(),
                };
                let kind = match (&binding.imported, &dep) {
                    (Imported::Namespace, Dep::File(file)) => BindingKind::Namespace(from, *file),
                    _ => BindingKind::Import(from),
                };
                let entry = Entry { slot: shared, kind, at: binding.span.start };
                self.modules[index].env.bind(binding.local.clone(), entry);
            }
        }
        self.modules[index].status = Status::Linked;
        Ok(())
    }

    fn error_in(&self, index: usize, span: Span, message: String) -> JsError {
        JsError { location: self.modules[index].src.location(span.start), message }
    }

    /// What `specifier` names from module `index` (resolved once per module).
    fn dependency(&mut self, index: usize, specifier: &Name, span: Span) -> Result<Dep> {
        if let Some((_, dep)) = self.modules[index].deps.iter().find(|(s, _)| s == specifier) {
            return Ok(dep.clone());
        }
        let importer = self.modules[index].src.clone();
        // Re-exports followed before this module finished linking come without a span.
        let requests = &self.modules[index].program.requests;
        let span = requests.iter().find(|(s, _)| s == specifier).map_or(span, |(_, at)| *at);
        let dep = self.resolve_specifier(&importer, specifier, span)?;
        self.modules[index].deps.push((specifier.clone(), dep.clone()));
        Ok(dep)
    }

    /// `specifier` as imported by `importer`: a project file (instantiated, and run at once if
    /// it is CommonJS), a host module, or a package dbkit does not know.
    pub(super) fn resolve_specifier(&mut self, importer: &SourceFile, specifier: &Name, span: Span) -> Result<Dep> {
        let path = match resolve::alias(specifier, &self.aliases) {
            Some(path) => path,
            None if resolve::is_relative(specifier) => resolve::join(&importer.path, specifier),
            None => {
                return Ok(match self.host_module(specifier) {
                    Some(value) => Dep::Host(value),
                    None => Dep::Unknown(specifier.clone()),
                });
            }
        };
        let Some(found) = self.find_file(&path) else {
            let message = format!(
                "cannot find '{specifier}' (looked for {path}, {path}.ts and the other TypeScript/JavaScript extensions, and {path}/index.ts): check the path{}",
                if self.aliases.is_empty() { "" } else { " or the tsconfig `paths` aliases" }
            );
            return Err(JsError { location: importer.location(span.start), message });
        };
        let file = self.file_module(found)?;
        if self.modules[file].commonjs.is_some() {
            self.evaluate(file)?;
        }
        Ok(Dep::File(file))
    }

    fn host_module(&mut self, specifier: &str) -> Option<Value> {
        if let Some(cached) = self.host_modules.get(specifier) {
            return cached.clone();
        }
        let value = self.host.module(specifier).or_else(|| {
            // `import process from 'node:process'`: the interpreter's own `process`.
            matches!(specifier, "process" | "node:process").then(|| self.globals.own("process").and_then(|e| e.slot.borrow().clone()))?
        });
        self.host_modules.insert(specifier.to_string(), value.clone());
        value
    }

    /// A named export of a host module (`default` falls back to the namespace itself, as
    /// bundlers' interop does).
    fn host_export(&mut self, namespace: &Value, name: &str) -> Option<Value> {
        let found = match namespace {
            Value::Object(object) => object.borrow().get(name).cloned(),
            Value::Host(host) => host.clone().get(self, name).ok(),
            _ => None,
        };
        match found {
            Some(Value::Undefined) | None if name == "default" => Some(namespace.clone()),
            Some(Value::Undefined) | None => None,
            found => found,
        }
    }

    fn namespace_of(&mut self, dep: &Dep) -> Value {
        match dep {
            Dep::File(file) => Value::Object(self.modules[*file].namespace.clone()),
            Dep::Host(value) => value.clone(),
            Dep::Unknown(module) => opaque(module, module),
        }
    }

    /// ES `ResolveExport`: follows local bindings, imports re-exported, `export … from` and
    /// `export *` (where a name found twice through different bindings is ambiguous).
    fn resolve_export(&mut self, file: usize, name: &str, visited: &mut HashSet<(usize, String)>) -> Result<Option<Resolved>> {
        if !visited.insert((file, name.to_string())) {
            return Ok(None);
        }
        if let Some(module) = self.modules[file].commonjs.clone() {
            let exports = module_exports_value(&module);
            let value = match (&exports, name) {
                (_, "default") => Some(exports.clone()),
                (Value::Object(object), name) => object.borrow().get(name).cloned(),
                _ => None,
            };
            return Ok(value.map(Resolved::Value));
        }
        let program = self.modules[file].program.clone();
        match program.export_index.get(name).map(|&i| &program.exports[i]) {
            Some(Export::Local { local, .. }) => {
                if let Some(&(i, j)) = program.import_index.get(local) {
                    let import = &program.imports[i];
                    let dep = self.dependency(file, &import.specifier, import.span)?;
                    return self.resolve_import(dep, &import.bindings[j].imported, local, visited);
                }
                return Ok(self.modules[file].env.own(local).map(Resolved::Binding));
            }
            Some(Export::From { exported, imported, specifier }) => {
                let dep = self.dependency(file, specifier, Span::default())?;
                return self.resolve_import(dep, imported, exported, visited);
            }
            _ => {}
        }
        if name == "default" {
            return Ok(None);
        }
        let mut found: Option<Resolved> = None;
        for export in &program.exports {
            let Export::Star { specifier } = export else { continue };
            let dep = self.dependency(file, specifier, Span::default())?;
            let resolved = match dep {
                Dep::File(star) => self.resolve_export(star, name, visited)?,
                Dep::Host(Value::Object(object)) => object.borrow().get(name).cloned().map(Resolved::Value),
                _ => None,
            };
            found = match (found, resolved) {
                (None, resolved) | (resolved, None) => resolved,
                (Some(Resolved::Binding(a)), Some(Resolved::Binding(b))) if Rc::ptr_eq(&a.slot, &b.slot) => Some(Resolved::Binding(a)),
                // The same package export through two stars (`export { sql } from "drizzle-orm"`).
                (Some(Resolved::Value(a)), Some(Resolved::Value(b))) if same_object(&a, &b) => Some(Resolved::Value(a)),
                _ => Some(Resolved::Ambiguous),
            };
        }
        Ok(found)
    }

    fn resolve_import(
        &mut self,
        dep: Dep,
        imported: &Imported,
        local: &str,
        visited: &mut HashSet<(usize, String)>,
    ) -> Result<Option<Resolved>> {
        Ok(match (imported, dep) {
            (_, Dep::Unknown(module)) => Some(Resolved::Value(opaque(local, &module))),
            (Imported::Namespace, dep) => Some(Resolved::Value(self.namespace_of(&dep))),
            (Imported::Name(name), Dep::Host(host)) => self.host_export(&host, name).map(Resolved::Value),
            (Imported::Name(name), Dep::File(file)) => self.resolve_export(file, name, visited)?,
        })
    }

    /// Runs a module after its dependencies (once).
    pub(super) fn evaluate(&mut self, index: usize) -> Result<()> {
        match &self.modules[index].status {
            Status::Failed(error) => return Err(error.clone()),
            Status::Evaluating | Status::Done | Status::Linking => return Ok(()),
            Status::Linked => {}
        }
        self.modules[index].status = Status::Evaluating;
        let result = self.run_module(index);
        self.modules[index].status = match &result {
            Ok(()) => Status::Done,
            Err(error) => Status::Failed(error.clone()),
        };
        if result.is_ok() {
            self.fill_namespace(index)?;
        }
        result
    }

    /// Brings a module's namespace object up to date while the module is still being evaluated.
    pub(super) fn refresh_namespace(&mut self, index: usize) -> Result<()> {
        match self.modules[index].status {
            Status::Done | Status::Failed(_) => Ok(()),
            _ => self.fill_namespace(index),
        }
    }

    fn fill_namespace(&mut self, index: usize) -> Result<()> {
        let exports = self.export_values(index)?;
        let namespace = self.modules[index].namespace.clone();
        let mut namespace = namespace.borrow_mut();
        if namespace.props.is_empty() {
            // The usual case (filled once, when the module has run): the names are distinct, so
            // this is `put` for each without its scan for an existing key.
            namespace.props = exports;
            super::member::sort_indexed_first(&mut namespace.props);
            return Ok(());
        }
        for (name, value) in exports {
            super::member::put(&mut namespace, &name, value);
        }
        Ok(())
    }

    fn run_module(&mut self, index: usize) -> Result<()> {
        let deps: Vec<Dep> = self.modules[index].deps.iter().map(|(_, dep)| dep.clone()).collect();
        for dep in deps {
            if let Dep::File(file) = dep {
                self.evaluate(file)?;
            }
        }
        let (src, env) = {
            let module = &self.modules[index];
            (module.src.clone(), module.env.clone())
        };
        let body = std::mem::take(&mut self.modules[index].body);
        let outer = std::mem::replace(&mut self.src, src);
        let mut result = Ok(());
        for statement in body {
            match self.exec(&statement, &env) {
                // A CommonJS file may `return` at its top level.
                Ok(super::exec::Completion::Return(_)) => break,
                Ok(_) => {}
                Err(error) if self.skips_thrown(&statement, &error) => {}
                Err(error) => {
                    result = Err(error);
                    break;
                }
            }
        }
        self.src = outer;
        result
    }

    /// The value `require(specifier)` returns.
    pub(super) fn require(&mut self, specifier: &str, site: Span) -> Result<Value> {
        let importer = self.src.clone();
        let specifier: Name = specifier.into();
        match self.resolve_specifier(&importer, &specifier, site)? {
            Dep::File(file) => {
                self.evaluate(file)?;
                self.refresh_namespace(file)?;
                Ok(match &self.modules[file].commonjs {
                    Some(module) => module_exports_value(module),
                    None => Value::Object(self.modules[file].namespace.clone()),
                })
            }
            dep => Ok(self.namespace_of(&dep)),
        }
    }

    /// Exported names in the order a TypeScript loader's CommonJS output defines them (jiti's
    /// babel transform, which drizzle-kit 1.0 loads schema files with): the module's own exports
    /// and named re-exports sorted by name (UTF-16 code units), then each `export *` in statement
    /// order with that module's names in this same order, leaving out `default` and names already
    /// there. drizzle-kit enumerates a schema file's entities in this order.
    fn export_names(&mut self, index: usize, seen: &mut HashSet<usize>) -> Vec<Name> {
        if !seen.insert(index) {
            return Vec::new();
        }
        if let Some(module) = &self.modules[index].commonjs {
            return match module_exports_value(module) {
                Value::Object(object) => object.borrow().props.iter().map(|(k, _)| k.as_str().into()).collect(),
                _ => vec!["default".into()],
            };
        }
        let program = self.modules[index].program.clone();
        let mut names: Vec<Name> = program
            .exports
            .iter()
            .filter_map(|export| match export {
                Export::Local { exported, .. } | Export::From { exported, .. } => Some(exported.clone()),
                Export::Star { .. } => None,
            })
            .collect();
        names.sort_by(|a, b| a.encode_utf16().cmp(b.encode_utf16()));
        names.dedup();
        let mut listed: Option<HashSet<Name>> = None;
        for export in &program.exports {
            let Export::Star { specifier } = export else { continue };
            if let Some((_, Dep::File(star))) = self.modules[index].deps.iter().find(|(s, _)| s == specifier).cloned() {
                let starred = self.export_names(star, seen);
                let listed = listed.get_or_insert_with(|| names.iter().cloned().collect());
                for name in starred {
                    if &*name != "default" && listed.insert(name.clone()) {
                        names.push(name);
                    }
                }
            }
        }
        names
    }

    fn export_values(&mut self, index: usize) -> Result<Vec<(String, Value)>> {
        let mut values = Vec::new();
        for name in self.export_names(index, &mut HashSet::new()) {
            let value = match self.resolve_export(index, &name, &mut HashSet::new())? {
                Some(Resolved::Binding(entry)) => entry.slot.borrow().clone(),
                Some(Resolved::Value(value)) => Some(value),
                Some(Resolved::Ambiguous) => return Err(self.ambiguous(index, &name)),
                None => None,
            };
            if let Some(value) = value {
                values.push((name.to_string(), value));
            }
        }
        Ok(values)
    }

    /// Two `export *` of one module give `name` different values. ES modules leave the name out;
    /// TypeScript rejects it (TS2308) and drizzle-kit's loader fails ("Cannot redefine property"),
    /// so dbkit says so rather than silently dropping what may be a table.
    fn ambiguous(&mut self, index: usize, name: &str) -> JsError {
        let program = self.modules[index].program.clone();
        let mut from = Vec::new();
        for export in &program.exports {
            let Export::Star { specifier } = export else { continue };
            if let Some((_, Dep::File(star))) = self.modules[index].deps.iter().find(|(s, _)| s == specifier).cloned()
                && matches!(self.resolve_export(star, name, &mut HashSet::new()), Ok(Some(_)))
            {
                from.push(specifier.clone());
            }
        }
        let span = from.get(1).and_then(|s| program.requests.iter().find(|(r, _)| r == s)).map_or(Span::default(), |(_, at)| *at);
        let sources = from.iter().map(|s| format!("'{s}'")).collect::<Vec<_>>().join(" and ");
        self.error_in(
            index,
            span,
            format!(
                "`export *` from {sources} both export `{name}`, as different values (TypeScript rejects this too); re-export the one you mean by name: export {{ {name} }} from '…'"
            ),
        )
    }

    /// What a loader's `require(file).default ?? require(file)` gives (drizzle-kit reads its
    /// config so): `module.exports` of a CommonJS module (its `default` if it has one), the
    /// `default` export of an ES module; None when there is no default export.
    pub(super) fn default_value(&mut self, index: usize) -> Result<Option<Value>> {
        if let Some(module) = self.modules[index].commonjs.clone() {
            let exports = module_exports_value(&module);
            let default = match &exports {
                Value::Object(object) => object.borrow().get("default").cloned().filter(|v| !matches!(v, Value::Undefined)),
                _ => None,
            };
            return Ok(Some(default.unwrap_or(exports)));
        }
        Ok(match self.resolve_export(index, "default", &mut HashSet::new())? {
            Some(Resolved::Binding(entry)) => entry.slot.borrow().clone(),
            Some(Resolved::Value(value)) => Some(value),
            Some(Resolved::Ambiguous) | None => None,
        })
    }

    pub(super) fn module_exports(&mut self, index: usize) -> Result<ModuleExports> {
        Ok(ModuleExports { path: self.modules[index].src.path.clone(), exports: self.export_values(index)? })
    }
}

/// Whether two values are one object (or the same primitive), as `===` compares them.
fn same_object(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Host(x), Value::Host(y)) => {
            // A package dbkit does not run gives a new stand-in per import of one export.
            std::ptr::addr_eq(Rc::as_ptr(x), Rc::as_ptr(y)) || a.downcast::<Opaque>().is_some_and(|o| b.downcast::<Opaque>() == Some(o))
        }
        (Value::Function(a), Value::Function(b)) => std::ptr::addr_eq(Rc::as_ptr(a), Rc::as_ptr(b)),
        (Value::Object(a), Value::Object(b)) => Rc::ptr_eq(a, b),
        (Value::Array(a), Value::Array(b)) => Rc::ptr_eq(a, b),
        (Value::String(a), Value::String(b)) => a == b,
        (Value::Number(a), Value::Number(b)) => a == b,
        (Value::BigInt(a), Value::BigInt(b)) => a == b,
        (Value::Bool(a), Value::Bool(b)) => a == b,
        (Value::Null, Value::Null) | (Value::Undefined, Value::Undefined) => true,
        _ => false,
    }
}

fn opaque(name: &str, module: &str) -> Value {
    Value::host(Opaque { name: name.to_string(), module: module.to_string() })
}

fn module_exports_value(module: &Value) -> Value {
    match module {
        Value::Object(object) => object.borrow().get("exports").cloned().unwrap_or(Value::Undefined),
        _ => Value::Undefined,
    }
}
