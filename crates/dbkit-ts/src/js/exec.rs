//! Statements and function bodies: declarations with destructuring, hoisting (functions ready
//! at the top of their block, `let`/`const` uninitialised until reached), `if`, blocks,
//! `switch`, `for…of`, `return`, `throw`, TypeScript enums and classes (`class.rs`).

use std::cell::RefCell;
use std::rc::Rc;

use oxc_span::Span;

use super::ast::{Body, DEFAULT_SLOT, DeclKind, Function, Name, Pattern, Stmt, StmtKind};
use super::member::put;
use super::number::number_to_string;
use super::scope::{BindingKind, Env, Scope};
use super::value::{Object, Value};
use super::{Interpreter, Result};

/// How a statement finished.
pub(super) enum Completion {
    Normal,
    Return(Value),
    Break,
    Continue,
}

impl Interpreter<'_> {
    /// Declares a block's names before it runs: functions initialised (so they can be called
    /// before their declaration), `let`/`const`/classes/enums uninitialised.
    pub(super) fn hoist(&mut self, statements: &[Stmt], env: &Env) {
        for statement in statements {
            match &statement.kind {
                StmtKind::Declare { kind: kind @ (DeclKind::Const | DeclKind::Let), declarators } => {
                    let mut names = Vec::new();
                    declarators.iter().for_each(|(p, _)| p.names(&mut names));
                    for (name, span) in names {
                        env.declare(name, (*kind).into(), span.start, None);
                    }
                }
                StmtKind::Function(name, function) => {
                    let value = self.closure(function, env, false);
                    env.declare(name.clone(), BindingKind::Let, statement.span.start, Some(value));
                }
                StmtKind::Enum { name, .. } => env.declare(name.clone(), BindingKind::Const, statement.span.start, None),
                StmtKind::Class(class) => env.declare(class.name.clone(), BindingKind::Const, statement.span.start, None),
                _ => {}
            }
        }
    }

    pub(super) fn exec_block(&mut self, statements: &[Stmt], env: &Env) -> Result<Completion> {
        let scope = Scope::child(env, None);
        self.hoist(statements, &scope);
        for statement in statements {
            match self.exec(statement, &scope)? {
                Completion::Normal => {}
                other => return Ok(other),
            }
        }
        Ok(Completion::Normal)
    }

    pub(super) fn exec(&mut self, statement: &Stmt, env: &Env) -> Result<Completion> {
        let span = statement.span;
        match &statement.kind {
            StmtKind::Expr(expr) => {
                self.eval(expr, env)?;
            }
            StmtKind::Declare { kind, declarators } => {
                for (pattern, init) in declarators {
                    let value = match init {
                        Some(init) => self.eval_or_stand_in(init, env)?,
                        // `var x;` leaves an earlier value alone.
                        None if *kind == DeclKind::Var => continue,
                        None => Value::Undefined,
                    };
                    self.bind_pattern(pattern, value, *kind, env)?;
                }
            }
            StmtKind::Function(..) | StmtKind::Empty => {}
            StmtKind::Class(class) => {
                let value = self.make_class(class, env)?;
                env.initialize(&class.name, BindingKind::Const, span.start, value);
            }
            StmtKind::Enum { name, members } => {
                let value = self.enum_object(members, span, env)?;
                env.initialize(name, BindingKind::Const, span.start, value);
            }
            StmtKind::If(s) => {
                let super::ast::If { test, then, otherwise } = &**s;
                if self.test(test, env)? {
                    return self.exec(then, env);
                }
                if let Some(otherwise) = otherwise {
                    return self.exec(otherwise, env);
                }
            }
            StmtKind::Block(statements) => return self.exec_block(statements, env),
            StmtKind::Switch(s) => return self.exec_switch(s, env),
            StmtKind::ForOf(s) => {
                let super::ast::ForOf { kind, pattern, iterable, body } = &**s;
                let iterable_value = self.eval(iterable, env)?;
                for item in self.iterate(&iterable_value, iterable.span)? {
                    let scope = Scope::child(env, None);
                    self.bind_pattern(pattern, item, *kind, &scope)?;
                    match self.exec(body, &scope)? {
                        Completion::Break => break,
                        Completion::Normal | Completion::Continue => {}
                        Completion::Return(value) => return Ok(Completion::Return(value)),
                    }
                }
            }
            StmtKind::Return(value) => {
                let value = match value {
                    Some(expr) => self.eval(expr, env)?,
                    None => Value::Undefined,
                };
                return Ok(Completion::Return(value));
            }
            StmtKind::Throw(expr) => {
                let thrown = self.eval(expr, env)?;
                let message = match &thrown {
                    Value::Object(o) => o.borrow().get("message").cloned().unwrap_or(Value::Undefined),
                    other => other.clone(),
                };
                let message = super::ops::to_string(&message).unwrap_or_else(|_| thrown.describe());
                let error = self.error(span, format!("the schema code threw an error: {message} (at `{}`)", self.snippet(span)));
                self.thrown = Some(error.clone());
                return Err(error);
            }
            StmtKind::Break => return Ok(Completion::Break),
            StmtKind::Continue => return Ok(Completion::Continue),
            StmtKind::ExportDefault(expr) => {
                let value = self.eval_or_stand_in(expr, env)?;
                env.initialize(&Name::from(DEFAULT_SLOT), BindingKind::Const, span.start, value);
            }
            StmtKind::Unsupported(what) => return Err(self.cannot(span, **what)),
        }
        Ok(Completion::Normal)
    }

    /// `switch`: the first case whose test is strictly equal (tests evaluated in order, until one
    /// matches), else `default`; then every body from there on until a `break`. All cases share
    /// one block scope.
    fn exec_switch(&mut self, s: &super::ast::Switch, env: &Env) -> Result<Completion> {
        let value = self.eval(&s.discriminant, env)?;
        let scope = Scope::child(env, None);
        for (_, body) in &s.cases {
            self.hoist(body, &scope);
        }
        let mut start = None;
        for (i, (test, _)) in s.cases.iter().enumerate() {
            if let Some(test) = test
                && super::ops::strict_equals(&value, &self.eval(test, &scope)?)
            {
                start = Some(i);
                break;
            }
        }
        let Some(start) = start.or_else(|| s.cases.iter().position(|(test, _)| test.is_none())) else {
            return Ok(Completion::Normal);
        };
        for (_, body) in &s.cases[start..] {
            for statement in body {
                match self.exec(statement, &scope)? {
                    Completion::Normal => {}
                    Completion::Break => return Ok(Completion::Normal),
                    other => return Ok(other),
                }
            }
        }
        Ok(Completion::Normal)
    }

    /// Binds a function's parameters and runs its body.
    pub(super) fn run_function(&mut self, function: &Function, scope: &Env, args: Vec<Value>) -> Result<Value> {
        let all_args = if function.arrow { Vec::new() } else { args.clone() };
        let mut args = args.into_iter();
        for param in &function.params {
            let value = args.next().unwrap_or(Value::Undefined);
            self.bind_pattern(param, value, DeclKind::Let, scope)?;
        }
        if let Some(rest) = &function.rest {
            self.bind_pattern(rest, Value::array(args.collect()), DeclKind::Let, scope)?;
        }
        if !function.arrow && scope.own("arguments").is_none() {
            scope.declare("arguments".into(), BindingKind::Let, function.span.start, Some(Value::array(all_args)));
        }
        for (name, span) in &function.vars {
            if scope.own(name).is_none() {
                scope.declare(name.clone(), BindingKind::Let, span.start, Some(Value::Undefined));
            }
        }
        match &function.body {
            Body::Expr(expr) => self.eval(expr, scope),
            Body::Block(statements) => {
                self.hoist(statements, scope);
                for statement in statements {
                    if let Completion::Return(value) = self.exec(statement, scope)? {
                        return Ok(value);
                    }
                }
                Ok(Value::Undefined)
            }
        }
    }

    /// Binds `pattern` to `value` in `env` (`var` names go to the function's or module's scope).
    pub(super) fn bind_pattern(&mut self, pattern: &Pattern, value: Value, kind: DeclKind, env: &Env) -> Result<()> {
        match pattern {
            Pattern::Ident(name, span) => {
                match (kind, env.lookup(name)) {
                    (DeclKind::Var, Some(entry)) => *entry.slot.borrow_mut() = Some(value),
                    _ => env.initialize(name, kind.into(), span.start, value),
                }
                Ok(())
            }
            Pattern::Default(pattern, default) => {
                let value = match value {
                    Value::Undefined => self.eval(default, env)?,
                    value => value,
                };
                self.bind_pattern(pattern, value, kind, env)
            }
            Pattern::Object(object) => {
                let super::ast::ObjectPattern { properties, rest, span } = &**object;
                if matches!(value, Value::Undefined | Value::Null) {
                    return Err(self.fail(*span, format!("cannot destructure {}", value.describe())));
                }
                let mut taken = Vec::new();
                for (key, pattern) in properties {
                    let key = self.key(key, env)?;
                    let property = self.get_member(&value, &key, *span, *span)?;
                    taken.push(key);
                    self.bind_pattern(pattern, property, kind, env)?;
                }
                if let Some(rest) = rest {
                    let remaining: Vec<_> =
                        self.own_entries(&value, *span, true)?.into_iter().filter(|(k, _)| !taken.iter().any(|t| **t == **k)).collect();
                    self.bind_pattern(rest, Value::Object(Rc::new(RefCell::new(Object { props: remaining }))), kind, env)?;
                }
                Ok(())
            }
            Pattern::Array(array) => {
                let super::ast::ArrayPattern { items, rest, span } = &**array;
                let mut values = self.iterate(&value, *span)?.into_iter();
                for item in items {
                    let value = values.next().unwrap_or(Value::Undefined);
                    if let Some(pattern) = item {
                        self.bind_pattern(pattern, value, kind, env)?;
                    }
                }
                if let Some(rest) = rest {
                    self.bind_pattern(rest, Value::array(values.collect()), kind, env)?;
                }
                Ok(())
            }
        }
    }

    /// A TypeScript enum as tsc compiles it: `{ A: 0, 0: 'A', B: 'b' }`; members may refer to
    /// earlier members by name.
    fn enum_object(&mut self, members: &[(Name, Option<super::ast::Expr>)], span: Span, env: &Env) -> Result<Value> {
        let mut object = Object::default();
        let scope = Scope::child(env, None);
        let mut next = Some(0.0);
        for (name, init) in members {
            let value = match (init, next) {
                (Some(init), _) => self.eval(init, &scope)?,
                (None, Some(n)) => Value::Number(n),
                (None, None) => {
                    return Err(self.fail(span, format!("enum member `{name}` follows a string member and needs an initializer")));
                }
            };
            next = match value {
                Value::Number(n) => Some(n + 1.0),
                _ => None,
            };
            put(&mut object, name, value.clone());
            if let Value::Number(n) = value {
                put(&mut object, &number_to_string(n), Value::String(name.clone()));
            }
            scope.declare(name.clone(), BindingKind::Const, 0, Some(value));
        }
        Ok(Value::Object(Rc::new(RefCell::new(object))))
    }
}
