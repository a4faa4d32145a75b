//! The interpreter's values: JavaScript's own (shared, mutable objects and arrays as in JS) plus
//! host objects — the drizzle-orm builders and functions implemented in Rust.
//!
//! This file is the contract between the interpreter (`js/`) and the drizzle host (`drizzle/`).

use std::any::Any;
use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

/// Where something is in the source, for one-line errors (`schema.ts:12:5`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Location {
    pub file: String,
    /// 1-based.
    pub line: u32,
    /// 1-based, in characters.
    pub column: u32,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

/// A JavaScript value.
#[derive(Clone)]
pub enum Value {
    Undefined,
    Null,
    Bool(bool),
    Number(f64),
    /// A BigInt literal (`123n`), as its decimal digits.
    BigInt(String),
    String(Rc<str>),
    /// Arrays are shared and mutable, as in JS.
    Array(Rc<RefCell<Vec<Value>>>),
    /// Plain objects (literals, module namespaces).
    Object(Rc<RefCell<Object>>),
    /// A function written in the schema code (arrow or declaration).
    Function(Rc<dyn JsFunction>),
    /// A host object: a drizzle builder, table, `sql` template, native function, …
    Host(Rc<dyn HostObject>),
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Undefined => f.write_str("undefined"),
            Value::Null => f.write_str("null"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Number(n) => write!(f, "{n}"),
            Value::BigInt(d) => write!(f, "{d}n"),
            Value::String(s) => write!(f, "{s:?}"),
            Value::Array(a) => f.debug_list().entries(a.borrow().iter()).finish(),
            Value::Object(o) => f.debug_map().entries(o.borrow().props.iter().map(|(k, v)| (k, v))).finish(),
            Value::Function(_) => f.write_str("[function]"),
            Value::Host(h) => write!(f, "[{}]", h.type_name()),
        }
    }
}

impl Value {
    pub fn string(s: impl AsRef<str>) -> Value {
        Value::String(Rc::from(s.as_ref()))
    }

    pub fn array(items: Vec<Value>) -> Value {
        Value::Array(Rc::new(RefCell::new(items)))
    }

    pub fn object(props: Vec<(String, Value)>) -> Value {
        Value::Object(Rc::new(RefCell::new(Object { props })))
    }

    pub fn host(h: impl HostObject + 'static) -> Value {
        Value::Host(Rc::new(h))
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// The host object as a concrete type, if it is one.
    pub fn downcast<T: 'static>(&self) -> Option<&T> {
        match self {
            Value::Host(h) => h.as_any().downcast_ref::<T>(),
            _ => None,
        }
    }

    /// JS `ToBoolean`.
    pub fn truthy(&self) -> bool {
        match self {
            Value::Undefined | Value::Null => false,
            Value::Bool(b) => *b,
            Value::Number(n) => *n != 0.0 && !n.is_nan(),
            Value::BigInt(d) => d.trim_start_matches('-') != "0",
            Value::String(s) => !s.is_empty(),
            _ => true,
        }
    }

    /// `typeof`-like noun for messages.
    pub fn describe(&self) -> String {
        match self {
            Value::Undefined => "undefined".into(),
            Value::Null => "null".into(),
            Value::Bool(_) => "a boolean".into(),
            Value::Number(_) => "a number".into(),
            Value::BigInt(_) => "a bigint".into(),
            Value::String(_) => "a string".into(),
            Value::Array(_) => "an array".into(),
            Value::Object(_) => "an object".into(),
            Value::Function(_) => "a function".into(),
            Value::Host(h) => h.type_name().to_string(),
        }
    }
}

/// A plain object's own properties, in insertion order.
#[derive(Debug, Clone, Default)]
pub struct Object {
    pub props: Vec<(String, Value)>,
}

impl Object {
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.props.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub fn set(&mut self, key: &str, value: Value) {
        match self.props.iter_mut().find(|(k, _)| k == key) {
            Some(slot) => slot.1 = value,
            None => self.props.push((key.to_string(), value)),
        }
    }
}

/// What a host object may fail with; the interpreter adds the location of the expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostError(pub String);

impl<T: Into<String>> From<T> for HostError {
    fn from(s: T) -> Self {
        HostError(s.into())
    }
}

/// What host objects can ask of the interpreter: calling schema-code functions (a table's
/// extra-config callback, `.references(() => users.id)`, `.as((qb) => …)`).
pub trait Interp {
    fn call(&mut self, function: &Value, this: Option<Value>, args: Vec<Value>) -> Result<Value, HostError>;
}

/// A value implemented in Rust. Every method has a default that says "not supported here".
pub trait HostObject: Any {
    /// For messages: "pgTable", "a text column builder", …
    fn type_name(&self) -> &str;

    /// `obj.key` (not called for method calls; see [`HostObject::call_method`]).
    fn get(&self, _interp: &mut dyn Interp, key: &str) -> Result<Value, HostError> {
        Err(HostError(format!("{} has no property `{key}` dbkit can read", self.type_name())))
    }

    /// `obj.name(args)`; builders mutate themselves and return `this` as drizzle-orm's do.
    /// `this` is the value the method was called on (to return it).
    fn call_method(&self, _interp: &mut dyn Interp, this: &Value, name: &str, _args: Vec<Value>) -> Result<Value, HostError> {
        let _ = this;
        Err(HostError(format!("`{name}()` on {} is not supported by dbkit's schema reader", self.type_name())))
    }

    /// `obj(args)` for native functions (`pgTable(...)`, `text(...)`), and tagged templates
    /// (`sql\`…\``: the first argument is the array of cooked template strings, then the values).
    fn call(&self, _interp: &mut dyn Interp, _args: Vec<Value>) -> Result<Value, HostError> {
        Err(HostError(format!("{} cannot be called", self.type_name())))
    }

    fn as_any(&self) -> &dyn Any;
}

/// A function written in the schema code; only the interpreter knows how to run one (through
/// [`Interp::call`]).
pub trait JsFunction: Any {
    fn as_any(&self) -> &dyn Any;
    /// Source text, for messages.
    fn source(&self) -> &str;
}

/// Modules the host provides (`drizzle-orm/pg-core`, `drizzle-orm`, …): their namespace
/// objects. `None` for anything else.
pub trait Host {
    fn module(&self, specifier: &str) -> Option<Value>;
}
