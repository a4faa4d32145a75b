//! Stand-in values for what dbkit does not run: bindings imported from packages the host does
//! not provide (`nanoid`, `zod`, `drizzle-zod`, …) and class declarations.
//!
//! A package value stays opaque through calls, method calls, property reads and `new` (each
//! gives another opaque value named after the expression): schema files call such helpers at
//! the top level (`const nanoid = customAlphabet('0123…')`, `export const insertUser =
//! createInsertSchema(users)`) and drizzle-kit, which runs them, ignores what they return. It
//! fails, naming the expression and the package, only where a real value is needed: turned into
//! a string or number, tested for truth, compared, spread, iterated — or wherever a host object
//! that receives one needs its value (see [`Opaque::message`]).

use std::any::Any;
use std::cell::RefCell;

use super::value::{HostError, HostObject, Interp, Value};

thread_local! {
    /// The last package value whose actual value was needed (so an error was raised): read by
    /// [`take_needed`] where the interpreter turns such failures into stand-ins (config mode).
    static NEEDED: RefCell<Option<Opaque>> = const { RefCell::new(None) };
}

/// A value from a module dbkit does not run (neither a project file nor a module the host
/// provides), or computed from one. Host objects that receive one (e.g. `$defaultFn(createId)`)
/// can keep it; where they need its value they should fail with [`Opaque::message`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opaque {
    /// The local name in the importing file (`createId`, or `z` for `import * as z`), or the
    /// expression that computed it from one (`customAlphabet('abc', 12)`, `z.string()`).
    pub name: String,
    /// The module specifier it was imported from (`@paralleldrive/cuid2`).
    pub module: String,
}

impl Opaque {
    pub fn message(&self) -> String {
        format!(
            "`{}` comes from '{}', which dbkit does not run: dbkit reads schema files without running Node, so values from other packages can only be passed along (or used in callbacks drizzle-kit never calls, like `$defaultFn(() => …)`); use a literal or a drizzle-orm function here",
            self.name, self.module
        )
    }
}

impl HostObject for Opaque {
    fn type_name(&self) -> &str {
        "a value from a package dbkit does not run"
    }

    fn get(&self, _interp: &mut dyn Interp, _key: &str) -> Result<Value, HostError> {
        Err(HostError(self.message()))
    }

    fn call_method(&self, _interp: &mut dyn Interp, _this: &Value, _name: &str, _args: Vec<Value>) -> Result<Value, HostError> {
        Err(HostError(self.message()))
    }

    fn call(&self, _interp: &mut dyn Interp, _args: Vec<Value>) -> Result<Value, HostError> {
        Err(HostError(self.message()))
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A declared value dbkit does not model (a class): every use fails with `message`.
pub(crate) struct Inert {
    pub message: String,
}

impl HostObject for Inert {
    fn type_name(&self) -> &str {
        "a class"
    }

    fn get(&self, _interp: &mut dyn Interp, _key: &str) -> Result<Value, HostError> {
        Err(HostError(self.message.clone()))
    }

    fn call_method(&self, _interp: &mut dyn Interp, _this: &Value, _name: &str, _args: Vec<Value>) -> Result<Value, HostError> {
        Err(HostError(self.message.clone()))
    }

    fn call(&self, _interp: &mut dyn Interp, _args: Vec<Value>) -> Result<Value, HostError> {
        Err(HostError(self.message.clone()))
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The message for using `value`, if it is a stand-in (every caller fails with it, so a package
/// value is also remembered for [`take_needed`]).
pub(crate) fn stand_in_message(value: &Value) -> Option<String> {
    if let Some(opaque) = value.downcast::<Opaque>() {
        NEEDED.with(|needed| *needed.borrow_mut() = Some(opaque.clone()));
        return Some(opaque.message());
    }
    value.downcast::<Inert>().map(|inert| inert.message.clone())
}

/// The package value whose actual value was last needed, if any since the previous call.
pub(crate) fn take_needed() -> Option<Opaque> {
    NEEDED.with(|needed| needed.borrow_mut().take())
}
