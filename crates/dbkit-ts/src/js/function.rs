//! Function values: closures written in the schema code (a function of the tree plus the scope
//! it was created in) and the interpreter's native built-ins (`Object.keys`, array methods …),
//! both as `Value::Function` so host objects can call either through `Interp::call`.

use std::any::Any;
use std::rc::Rc;

use super::ast::Function;
use super::scope::Env;
use super::source::SourceFile;
use super::value::{JsFunction, Value};

pub(crate) struct Closure {
    pub function: Rc<Function>,
    pub env: Env,
    pub src: Rc<SourceFile>,
    /// Defined with `get name() { … }` in an object literal.
    pub getter: bool,
}

impl JsFunction for Closure {
    fn as_any(&self) -> &dyn Any {
        self
    }

    fn source(&self) -> &str {
        self.src.text_of(self.function.span)
    }
}

/// A built-in function: a global (`Object.keys`, `parseInt`) or a method read off a value
/// (`list.map` used as a value), with the value it was read from.
pub(crate) struct Native {
    pub name: &'static str,
    pub kind: NativeKind,
    pub this: Value,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NativeKind {
    Global,
    ArrayMethod,
    StringMethod,
    NumberMethod,
}

impl Native {
    pub fn global(name: &'static str) -> Value {
        Value::Function(Rc::new(Native { name, kind: NativeKind::Global, this: Value::Undefined }))
    }

    pub fn method(name: &'static str, kind: NativeKind, this: Value) -> Value {
        Value::Function(Rc::new(Native { name, kind, this }))
    }
}

impl JsFunction for Native {
    fn as_any(&self) -> &dyn Any {
        self
    }

    fn source(&self) -> &str {
        self.name
    }
}

/// Is this a getter from an object literal (`{ get name() { … } }`)? Reading the property in
/// schema code calls it; a host object that finds one among an object's properties should call
/// it (with the object as `this`) to get the property's value.
pub fn is_getter(value: &Value) -> bool {
    match value {
        Value::Function(f) => f.as_any().downcast_ref::<Closure>().is_some_and(|c| c.getter),
        _ => false,
    }
}
