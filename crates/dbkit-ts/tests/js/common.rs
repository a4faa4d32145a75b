//! A fake host ('test-host': native functions that record their arguments, a chainable column
//! builder, a table that calls its callback back, a `sql` tag) and helpers that run sources
//! held in memory.

use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use dbkit_ts::js::{Host, HostError, HostObject, Interp, Interpreter, JsError, ModuleExports, Value};

/// Every call made to a recording host function: (function name, arguments).
pub type Log = Rc<RefCell<Vec<(String, Vec<Value>)>>>;

pub struct TestHost {
    pub log: Log,
}

impl TestHost {
    pub fn new() -> Self {
        TestHost { log: Log::default() }
    }
}

impl Host for TestHost {
    fn module(&self, specifier: &str) -> Option<Value> {
        let native = |name: &str| Value::host(Native { name: name.to_string(), log: self.log.clone() });
        match specifier {
            "test-host" => Some(Value::object(
                ["record", "echo", "column", "table", "sql", "fail", "callBack", "callAndRethrow"]
                    .iter()
                    .map(|name| (name.to_string(), native(name)))
                    .collect(),
            )),
            // A host module that is itself a host object (exports read through `get`).
            "test-host/lazy" => Some(Value::host(Native { name: "lazy".into(), log: self.log.clone() })),
            _ => None,
        }
    }
}

/// A host function; what it does depends on its name.
pub struct Native {
    pub name: String,
    pub log: Log,
}

impl HostObject for Native {
    fn type_name(&self) -> &str {
        &self.name
    }

    fn get(&self, _interp: &mut dyn Interp, key: &str) -> Result<Value, HostError> {
        match (self.name.as_str(), key) {
            ("lazy", "record") => Ok(Value::host(Native { name: "record".into(), log: self.log.clone() })),
            _ => Err(HostError(format!("{} has no `{key}`", self.name))),
        }
    }

    fn call(&self, interp: &mut dyn Interp, args: Vec<Value>) -> Result<Value, HostError> {
        self.log.borrow_mut().push((self.name.clone(), args.clone()));
        match self.name.as_str() {
            "record" => Ok(Value::Undefined),
            "echo" => Ok(Value::array(args)),
            "column" => {
                let name = args.first().and_then(|a| a.as_str()).unwrap_or("").to_string();
                Ok(Value::host(Column { name, calls: RefCell::default() }))
            }
            "table" => {
                let columns = args.get(1).cloned().unwrap_or(Value::Undefined);
                let extra = match args.get(2) {
                    Some(callback) => interp.call(callback, None, vec![columns.clone()])?,
                    None => Value::Undefined,
                };
                Ok(Value::host(Table { columns, extra }))
            }
            "sql" => Ok(Value::host(Sql { args })),
            "fail" => Err(HostError("the host refused".into())),
            // Calls a schema function with `this` and passes its error on unchanged.
            "callBack" => interp.call(&args[0], args.get(1).cloned(), args.iter().skip(2).cloned().collect()),
            // Calls a schema function and wraps its error in its own message.
            "callAndRethrow" => interp.call(&args[0], None, Vec::new()).map_err(|e| HostError(format!("while calling back: {}", e.0))),
            _ => Err(HostError(format!("{} cannot be called", self.name))),
        }
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A chainable builder: methods record themselves and return `this`.
pub struct Column {
    pub name: String,
    pub calls: RefCell<Vec<(String, Vec<Value>)>>,
}

impl HostObject for Column {
    fn type_name(&self) -> &str {
        "a test column"
    }

    fn get(&self, _interp: &mut dyn Interp, key: &str) -> Result<Value, HostError> {
        match key {
            "name" => Ok(Value::string(&self.name)),
            _ => Err(HostError(format!("a test column has no property `{key}`"))),
        }
    }

    fn call_method(&self, interp: &mut dyn Interp, this: &Value, name: &str, args: Vec<Value>) -> Result<Value, HostError> {
        match name {
            "notNull" | "primaryKey" | "default" => {
                self.calls.borrow_mut().push((name.to_string(), args));
                Ok(this.clone())
            }
            // Calls the callback at once, like a host that resolves references eagerly.
            "resolve" => interp.call(&args[0], None, Vec::new()),
            _ => Err(HostError(format!("`{name}()` on a test column is not supported"))),
        }
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub struct Table {
    pub columns: Value,
    pub extra: Value,
}

impl HostObject for Table {
    fn type_name(&self) -> &str {
        "a test table"
    }

    fn get(&self, _interp: &mut dyn Interp, key: &str) -> Result<Value, HostError> {
        match &self.columns {
            Value::Object(o) => o.borrow().get(key).cloned().ok_or_else(|| HostError(format!("the table has no column `{key}`"))),
            _ => Err(HostError("no columns".into())),
        }
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub struct Sql {
    pub args: Vec<Value>,
}

impl HostObject for Sql {
    fn type_name(&self) -> &str {
        "an sql template"
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Runs `entry` of a project held in memory.
pub fn run_files(files: &[(&str, &str)], entry: &str) -> Result<ModuleExports, JsError> {
    run_with(files, entry, Vec::new(), HashMap::new()).0
}

pub fn run_with(
    files: &[(&str, &str)],
    entry: &str,
    aliases: Vec<(String, String)>,
    env: HashMap<String, String>,
) -> (Result<ModuleExports, JsError>, Log) {
    let host = TestHost::new();
    let files: HashMap<String, String> = files.iter().map(|(p, t)| (p.to_string(), t.to_string())).collect();
    let loader = Box::new(move |path: &str| files.get(path).cloned());
    let mut interpreter = Interpreter::new(&host, loader).with_aliases(aliases).with_env(env);
    let result = interpreter.load(entry);
    (result, host.log.clone())
}

/// The exports of a one-file program `main.ts`.
pub fn run(source: &str) -> ModuleExports {
    run_files(&[("main.ts", source)], "main.ts").unwrap_or_else(|e| panic!("{e}"))
}

pub fn export(exports: &ModuleExports, name: &str) -> Value {
    exports.exports.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone()).unwrap_or_else(|| panic!("no export {name}"))
}

/// `{:?}` of the value of `export const v = <expr>` after `prelude`.
pub fn eval_in(prelude: &str, expr: &str) -> String {
    let exports = run(&format!("{prelude}\nexport const v = {expr};\n"));
    format!("{:?}", export(&exports, "v"))
}

pub fn eval(expr: &str) -> String {
    eval_in("", expr)
}

/// The error of running `main.ts`; asserts it is one line.
pub fn error(source: &str) -> String {
    error_files(&[("main.ts", source)], "main.ts")
}

pub fn error_files(files: &[(&str, &str)], entry: &str) -> String {
    match run_files(files, entry) {
        Ok(exports) => panic!("expected an error, got {:?}", exports.exports),
        Err(error) => {
            let message = error.to_string();
            assert!(!message.contains('\n'), "multi-line message: {message}");
            message
        }
    }
}

/// Asserts `message` starts with `file:line:column: ` and contains `needle`.
pub fn assert_error(message: &str, at: &str, needle: &str) {
    assert!(message.starts_with(&format!("{at}: ")), "expected it at {at}: {message}");
    assert!(message.contains(needle), "expected {needle:?} in: {message}");
}
