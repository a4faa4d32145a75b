//! Lexical environments: a chain of scopes mapping names to shared slots. A slot holding `None`
//! is a binding in its temporal dead zone (declared, not yet initialised). Imports share the
//! exporting module's slot, which gives ES modules' live bindings: a closure that reads an
//! imported table from a module still being evaluated sees it once that module has run.

use std::cell::RefCell;
use std::rc::Rc;

use super::ast::{DeclKind, Name};
use super::value::Value;
use rustc_hash::FxHashMap as FxMap;

pub(crate) type Slot = Rc<RefCell<Option<Value>>>;
pub(crate) type Env = Rc<Scope>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum BindingKind {
    Const,
    Let,
    /// Imported from a module (its path or specifier): read-only here.
    Import(Rc<str>),
    /// `import * as ns` of a project file (by module index): while that module is still being
    /// evaluated (a cycle), reading the binding refreshes the namespace object with the exports
    /// initialised so far, as Node's live namespaces (and CommonJS's partial `exports`) show them.
    Namespace(Rc<str>, usize),
}

impl From<DeclKind> for BindingKind {
    fn from(kind: DeclKind) -> Self {
        match kind {
            DeclKind::Const => BindingKind::Const,
            DeclKind::Let | DeclKind::Var => BindingKind::Let,
        }
    }
}

#[derive(Clone)]
pub(crate) struct Entry {
    pub slot: Slot,
    pub kind: BindingKind,
    /// Byte offset of the declaration in its file (for "used before its declaration at …").
    pub at: u32,
}

pub(crate) struct Scope {
    vars: RefCell<Vars>,
    parent: Option<Env>,
    /// `this` of a function (or module) scope; None for blocks and arrow functions, which see
    /// their parent's.
    this: Option<Value>,
}

/// A scope's bindings: a short list for function and block scopes (a few names, looked up by
/// comparing, which beats hashing them), a map once there are more (a module's top level).
#[derive(Default)]
struct Vars {
    few: Vec<(Name, Entry)>,
    many: FxMap<Name, Entry>,
}

/// Bindings kept in the list before they move to the map.
const FEW: usize = 8;

impl Vars {
    fn get(&self, name: &str) -> Option<&Entry> {
        if self.many.is_empty() { self.few.iter().find(|(n, _)| **n == *name).map(|(_, e)| e) } else { self.many.get(name) }
    }

    fn insert(&mut self, name: Name, entry: Entry) {
        if !self.many.is_empty() {
            self.many.insert(name, entry);
            return;
        }
        if let Some(slot) = self.few.iter_mut().find(|(n, _)| *n == name) {
            slot.1 = entry;
        } else if self.few.len() < FEW {
            self.few.push((name, entry));
        } else {
            self.many.reserve(FEW * 2);
            self.many.extend(self.few.drain(..));
            self.many.insert(name, entry);
        }
    }

    fn clear(&mut self) {
        self.few.clear();
        self.many.clear();
    }
}

pub(crate) fn slot(value: Option<Value>) -> Slot {
    Rc::new(RefCell::new(value))
}

impl Scope {
    pub fn root() -> Env {
        Rc::new(Scope { vars: RefCell::default(), parent: None, this: Some(Value::Undefined) })
    }

    pub fn child(parent: &Env, this: Option<Value>) -> Env {
        Rc::new(Scope { vars: RefCell::default(), parent: Some(parent.clone()), this })
    }

    /// Adds (or replaces) a binding in this scope.
    pub fn declare(&self, name: Name, kind: BindingKind, at: u32, value: Option<Value>) {
        self.vars.borrow_mut().insert(name, Entry { slot: slot(value), kind, at });
    }

    pub fn bind(&self, name: Name, entry: Entry) {
        self.vars.borrow_mut().insert(name, entry);
    }

    pub fn own(&self, name: &str) -> Option<Entry> {
        self.vars.borrow().get(name).cloned()
    }

    pub fn lookup(&self, name: &str) -> Option<Entry> {
        let mut scope = self;
        loop {
            if let Some(entry) = scope.own(name) {
                return Some(entry);
            }
            scope = scope.parent.as_deref()?;
        }
    }

    /// Initialises a binding declared in this scope (leaving its TDZ), or declares it.
    pub fn initialize(&self, name: &Name, kind: BindingKind, at: u32, value: Value) {
        match self.own(name) {
            Some(entry) => *entry.slot.borrow_mut() = Some(value),
            None => self.declare(name.clone(), kind, at, Some(value)),
        }
    }

    pub fn this(&self) -> Value {
        let mut scope = self;
        loop {
            if let Some(this) = &scope.this {
                return this.clone();
            }
            match scope.parent.as_deref() {
                Some(parent) => scope = parent,
                None => return Value::Undefined,
            }
        }
    }

    /// Drops every binding: breaks the reference cycles between a module scope and the closures
    /// stored in it when the interpreter goes away.
    pub fn clear(&self) {
        self.vars.borrow_mut().clear();
    }
}
