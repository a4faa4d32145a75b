//! Config mode ([`Interpreter::deferring_failures`]): what a file computes from packages dbkit
//! does not run stays unknown instead of failing the file, and a guard that throws at the top
//! level is passed over. `drizzle.config.ts` is read this way, so that `generate` works with a
//! `dbCredentials.url` that only `@t3-oss/env-nextjs` could compute.

use std::cell::RefCell;
use std::rc::Rc;

use super::ast::{Expr, ExprKind, Stmt, StmtKind};
use super::opaque::{Opaque, take_needed};
use super::scope::Env;
use super::value::{Object, Value};
use super::{Interpreter, JsError, Result};

impl Interpreter<'_> {
    /// Config mode. An initializer (`const url = …`), a property value (`url: …`) or a default
    /// export that fails because it needs the actual value of a package dbkit does not run
    /// (`new URL(env.DATABASE_URL)`, `` `${env.DATABASE_URL}?ssl=true` ``) becomes a stand-in for
    /// that package, named after the expression, so only whoever needs the value fails. A
    /// top-level statement that throws (`if (!process.env.DATABASE_URL) throw new Error(…)`) is
    /// passed over: the values it guards are reported where they are needed.
    pub fn deferring_failures(mut self) -> Self {
        self.defer_failures = true;
        self
    }

    /// `process.env`: the object `process.env.X` reads, shared with whoever holds it (a host
    /// module such as `dotenv` adds variables to it).
    pub fn process_env(&self) -> Rc<RefCell<Object>> {
        self.env.clone()
    }

    /// Evaluates the module at `path` (once) and returns what a loader's
    /// `require(path).default ?? require(path)` gives: None when there is no default export.
    pub fn default_export(&mut self, path: &str) -> Result<Option<Value>> {
        let index = self.load_module(path)?;
        self.evaluate(index)?;
        self.default_value(index)
    }

    /// `eval`, except that in config mode a failure caused by a package value becomes a stand-in.
    pub(super) fn eval_or_stand_in(&mut self, expr: &Expr, env: &Env) -> Result<Value> {
        if !self.defer_failures {
            return self.eval(expr, env);
        }
        take_needed();
        self.eval(expr, env).or_else(|error| match take_needed() {
            Some(needed) if error.message.contains(&needed.message()) => {
                Ok(Value::host(Opaque { name: self.snippet(expr.span), module: needed.module }))
            }
            _ => Err(error),
        })
    }

    /// In config mode, whether a top-level statement that failed with `error` is passed over:
    /// one that threw and neither binds nor exports anything (later code reads those).
    pub(super) fn skips_thrown(&mut self, statement: &Stmt, error: &JsError) -> bool {
        let thrown = self.thrown.take();
        let binds = match &statement.kind {
            StmtKind::Declare { .. } | StmtKind::ExportDefault(_) => true,
            StmtKind::Expr(expr) => matches!(expr.kind, ExprKind::Assign { .. }),
            _ => false,
        };
        self.defer_failures && !binds && thrown.as_ref() == Some(error)
    }
}
