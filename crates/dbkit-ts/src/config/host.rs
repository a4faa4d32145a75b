//! The modules a config imports that dbkit provides itself: `drizzle-kit` (`defineConfig` returns
//! its argument), `dotenv` (`config()`), `dotenv/config` and `@next/env` (`loadEnvConfig()`). The
//! `.env` loads happen when Node would run them and fill `process.env` without replacing a
//! variable that is already set, so the real environment wins, then earlier files.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use super::{DotenvLoader, DotenvRequest};
use crate::js::{Host, HostError, HostObject, Interp, Object, Opaque, Value};

/// Shared between the host and the functions it hands out.
struct State {
    dotenv: DotenvLoader,
    /// `process.env` of the interpreter (set by [`ConfigHost::attach`] before anything runs).
    env: Rc<RefCell<Object>>,
    loads: Vec<DotenvRequest>,
    /// A load that failed where no call could report it (`import 'dotenv/config'`).
    failure: Option<String>,
}

impl State {
    /// Loads one `.env` file into `process.env`; returns its variables (as `parsed`).
    fn load(&mut self, path: Option<&str>) -> Result<Vec<(String, Value)>, String> {
        self.loads.push(DotenvRequest { path: path.map(str::to_string) });
        let vars = (self.dotenv)(path)?;
        let mut env = self.env.borrow_mut();
        let mut parsed = Vec::with_capacity(vars.len());
        for (name, value) in vars {
            if env.get(&name).is_none() {
                env.set(&name, Value::string(&value));
            }
            parsed.push((name, Value::string(value)));
        }
        Ok(parsed)
    }
}

pub(super) struct ConfigHost {
    state: Rc<RefCell<State>>,
}

impl ConfigHost {
    pub fn new(dotenv: DotenvLoader) -> Self {
        let state = State { dotenv, env: Rc::default(), loads: Vec::new(), failure: None };
        ConfigHost { state: Rc::new(RefCell::new(state)) }
    }

    /// The interpreter's `process.env`, which `.env` loads fill.
    pub fn attach(&self, env: Rc<RefCell<Object>>) {
        self.state.borrow_mut().env = env;
    }

    pub fn loads(&self) -> Vec<DotenvRequest> {
        self.state.borrow().loads.clone()
    }

    /// A `.env` load that failed while modules were being linked.
    pub fn failure(&self) -> Result<(), String> {
        self.state.borrow_mut().failure.take().map_or(Ok(()), Err)
    }

    fn function(&self, kind: Kind) -> Value {
        Value::host(Function { kind, state: self.state.clone() })
    }
}

impl Host for ConfigHost {
    fn module(&self, specifier: &str) -> Option<Value> {
        let namespace = |name: &str, kind: Kind| Value::object(vec![(name.to_string(), self.function(kind))]);
        match specifier {
            "drizzle-kit" => Some(namespace("defineConfig", Kind::DrizzleKit)),
            "dotenv" => Some(namespace("config", Kind::Dotenv)),
            "@next/env" => Some(namespace("loadEnvConfig", Kind::NextEnv)),
            // Importing it loads `.env` (the module is evaluated once, and so is this).
            "dotenv/config" => {
                let mut state = self.state.borrow_mut();
                if let Err(message) = state.load(None) {
                    state.failure.get_or_insert(message);
                }
                Some(Value::object(Vec::new()))
            }
            _ => None,
        }
    }
}

/// Which package's function a [`Function`] is: drizzle-kit's `defineConfig`, dotenv's `config`
/// or @next/env's `loadEnvConfig`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    DrizzleKit,
    Dotenv,
    NextEnv,
}

struct Function {
    kind: Kind,
    state: Rc<RefCell<State>>,
}

impl HostObject for Function {
    fn type_name(&self) -> &str {
        match self.kind {
            Kind::DrizzleKit => "drizzle-kit's defineConfig",
            Kind::Dotenv => "dotenv's config",
            Kind::NextEnv => "@next/env's loadEnvConfig",
        }
    }

    fn call(&self, _interp: &mut dyn Interp, args: Vec<Value>) -> Result<Value, HostError> {
        let first = args.first().cloned().unwrap_or(Value::Undefined);
        match self.kind {
            Kind::DrizzleKit => Ok(first),
            Kind::Dotenv => self.dotenv_config(&first),
            Kind::NextEnv => self.load_env_config(args.get(1).is_some_and(Value::truthy)),
        }
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Function {
    /// dotenv's `config(options)`: `{ parsed }` with every variable of the files read.
    fn dotenv_config(&self, options: &Value) -> Result<Value, HostError> {
        let paths = dotenv_paths(options)?;
        let mut state = self.state.borrow_mut();
        let mut parsed = Vec::new();
        for path in &paths {
            parsed.extend(state.load(path.as_deref())?);
        }
        Ok(Value::object(vec![("parsed".into(), Value::object(parsed))]))
    }

    /// Next.js's `loadEnvConfig(dir, dev)`: `.env.$mode.local`, `.env.local` (not in tests),
    /// `.env.$mode` and `.env`, earlier files winning; the mode is `test` when NODE_ENV is, else
    /// `development` with `dev`, else `production`. `dir` is taken to be the config's folder.
    fn load_env_config(&self, dev: bool) -> Result<Value, HostError> {
        let mut state = self.state.borrow_mut();
        let node_env = state.env.borrow().get("NODE_ENV").and_then(|v| v.as_str().map(str::to_string));
        let mode = match node_env.as_deref() {
            Some("test") => "test",
            _ if dev => "development",
            _ => "production",
        };
        let mut files = vec![format!(".env.{mode}.local")];
        if mode != "test" {
            files.push(".env.local".into());
        }
        files.extend([format!(".env.{mode}"), ".env".into()]);
        let mut parsed = Vec::new();
        for file in &files {
            parsed.extend(state.load(Some(file))?);
        }
        let combined = Value::Object(state.env.clone());
        Ok(Value::object(vec![("combinedEnv".into(), combined), ("parsedEnv".into(), Value::object(parsed))]))
    }
}

/// The files a dotenv `config(options)` call reads (None: the default `.env`), or why dbkit
/// cannot do what the options ask.
fn dotenv_paths(options: &Value) -> Result<Vec<Option<String>>, HostError> {
    let options = match options {
        Value::Undefined | Value::Null => return Ok(vec![None]),
        Value::Object(options) => options.borrow().clone(),
        other => {
            return Err(HostError(format!(
                "dotenv's config() takes an options object like `{{ path: '.env.local' }}`, not {}",
                other.describe()
            )));
        }
    };
    if options.get("override").is_some_and(Value::truthy) {
        return Err(HostError(
            "`override` makes .env values replace the real environment, but dbkit always lets the real environment win; remove `override`"
                .into(),
        ));
    }
    if options.get("processEnv").is_some() {
        return Err(HostError("dbkit loads .env values into the environment the config reads; remove `processEnv`".into()));
    }
    let path = |value: &Value| match value {
        Value::String(path) => Ok(Some(path.to_string())),
        other => Err(HostError(match other.downcast::<Opaque>() {
            Some(opaque) => format!(
                "dotenv's `path` option is `{}`, which only '{}' could compute, and dbkit does not run it; use a literal path such as '.env.local' (relative to the config's folder)",
                opaque.name, opaque.module
            ),
            None => format!("dotenv's `path` option must be a string or an array of strings, not {}", other.describe()),
        })),
    };
    match options.get("path") {
        None | Some(Value::Undefined) => Ok(vec![None]),
        Some(Value::Array(paths)) => paths.borrow().iter().map(path).collect(),
        Some(one) => Ok(vec![path(one)?]),
    }
}
