//! Expressions: literals, names, operators, object/array literals, functions, calls (schema
//! functions, built-ins and host objects), tagged templates, `new Date(…)` and assignments.
//! Property access and method dispatch are in `member.rs`.

use std::rc::Rc;

use oxc_ast::ast::{AssignmentOperator, BinaryOperator, LogicalOperator, UnaryOperator};
use oxc_span::Span;

use super::ast::{Arg, Expr, ExprKind, Function, Key, Name, ObjectMember, Property, Target};
use super::builtins::collections::{MapObj, SetObj};
use super::builtins::regexp::RegExpObj;
use super::function::{Closure, Native, NativeKind};
use super::member::put;
use super::opaque::{Opaque, stand_in_message};
use super::ops;
use super::scope::{BindingKind, Env, Scope};
use super::value::{HostError, Object, Value};
use super::{Interpreter, JsError, Result};

/// Deepest nesting of schema-function calls before it is reported as runaway recursion. One
/// level costs about 2.5 KB of stack in release builds and 10 KB in debug builds, so this stays
/// well inside a 2 MB thread stack (Rust's default for spawned threads and tests).
const MAX_CALL_DEPTH: usize = 100;

fn nullish(value: &Value) -> bool {
    matches!(value, Value::Undefined | Value::Null)
}

pub(super) fn callable(value: &Value) -> bool {
    matches!(value, Value::Function(_) | Value::Host(_))
}

impl Interpreter<'_> {
    /// Evaluates an expression. Kept to a dispatch over small functions: in debug builds every
    /// local of every arm would otherwise sit in this frame, and it is on the stack once per
    /// nesting level of the schema code.
    pub(super) fn eval(&mut self, expr: &Expr, env: &Env) -> Result<Value> {
        let span = expr.span;
        match &expr.kind {
            ExprKind::Literal(value) => Ok(value.clone()),
            ExprKind::Class(class) => self.make_class(class, env),
            ExprKind::RegExp(r) => RegExpObj::new(&r.0, &r.1).map(Value::host).map_err(|m| self.fail(span, m)),
            ExprKind::Template(t) => self.template(&t.quasis, &t.exprs, env),
            ExprKind::TaggedTemplate(t) => self.tagged_template(t, span, env),
            ExprKind::Ident(name) => self.read_name(name, span, env),
            ExprKind::This => Ok(env.this()),
            ExprKind::Member { .. } | ExprKind::Call { .. } => self.eval_ref(expr, env).map(|v| v.unwrap_or(Value::Undefined)),
            ExprKind::Chain(inner) => self.eval_ref(inner, env).map(|v| v.unwrap_or(Value::Undefined)),
            ExprKind::New { callee, args } => self.new_expression(callee, args, span, env),
            ExprKind::Function(function) => Ok(self.function_value(function, env)),
            ExprKind::Object(members) => self.object_literal(members, env),
            ExprKind::Array(items) => self.eval_args(items, env).map(Value::array),
            ExprKind::Unary(operator, argument) => self.unary(*operator, argument, span, env),
            ExprKind::Binary(operator, left, right) => self.binary_expression(*operator, left, right, span, env),
            ExprKind::Logical(operator, left, right) => self.logical(*operator, left, right, env),
            ExprKind::Conditional(test, consequent, alternate) => self.conditional(test, consequent, alternate, env),
            ExprKind::Sequence(exprs) => self.sequence(exprs, env),
            ExprKind::Assign(a) => self.assign(&a.target, a.operator, &a.value, span, env),
            ExprKind::Update(u) => self.update(&u.target, u.increment, u.prefix, span, env),
            ExprKind::Unsupported(what) => Err(self.cannot(span, **what)),
        }
    }

    fn template(&mut self, quasis: &[Name], exprs: &[Expr], env: &Env) -> Result<Value> {
        let mut out = String::new();
        for (i, quasi) in quasis.iter().enumerate() {
            out.push_str(quasi);
            if let Some(expr) = exprs.get(i) {
                let value = self.eval(expr, env)?;
                out.push_str(&self.string_of(&value, expr.span)?);
            }
        }
        Ok(Value::string(out))
    }

    /// `` tag`a${x}b` `` calls `tag([cooked strings], ...values)` (a method call for `obj.tag`).
    fn tagged_template(&mut self, t: &super::ast::TaggedTemplate, span: Span, env: &Env) -> Result<Value> {
        // `String.raw` reads the strings as written (the array's `raw`): given them as `{ raw }`,
        // the form `String.raw({ raw }, …)` takes. Only a `.raw` member is looked at first.
        let raw_tag = matches!(&t.tag.kind, ExprKind::Member { property: Property::Static(name, _), .. } if &**name == "raw")
            && matches!(self.eval(&t.tag, env)?, Value::Function(ref f)
                if f.as_any().downcast_ref::<Native>().is_some_and(|n| n.name == "String.raw"));
        let strings = if raw_tag {
            let raws = t.raws.iter().map(|r| Value::String(r.clone())).collect();
            Value::object(vec![("raw".into(), Value::array(raws))])
        } else {
            Value::array(t.quasis.iter().map(|q| q.as_ref().map_or(Value::Undefined, |s| Value::String(s.clone()))).collect())
        };
        let mut args = vec![strings];
        for expr in &t.exprs {
            args.push(self.eval(expr, env)?);
        }
        self.call_expression(&t.tag, args, span, env).map(|v| v.unwrap_or(Value::Undefined))
    }

    fn new_expression(&mut self, callee: &Expr, args: &[Arg], span: Span, env: &Env) -> Result<Value> {
        let constructor = self.eval(callee, env)?;
        let args = self.eval_args(args, env)?;
        if let Some(derived) = self.derived_opaque(&constructor, span) {
            return Ok(derived);
        }
        self.construct(&constructor, args, span, callee.span)
    }

    fn binary_expression(&mut self, operator: BinaryOperator, left: &Expr, right: &Expr, span: Span, env: &Env) -> Result<Value> {
        let left = self.eval(left, env)?;
        let right = self.eval(right, env)?;
        self.binary(operator, &left, &right, span)
    }

    fn logical(&mut self, operator: LogicalOperator, left: &Expr, right: &Expr, env: &Env) -> Result<Value> {
        let left_value = self.eval(left, env)?;
        self.concrete(&left_value, left.span)?;
        if keeps_left(operator, &left_value) { Ok(left_value) } else { self.eval(right, env) }
    }

    fn conditional(&mut self, test: &Expr, consequent: &Expr, alternate: &Expr, env: &Env) -> Result<Value> {
        let branch = if self.test(test, env)? { consequent } else { alternate };
        self.eval(branch, env)
    }

    /// Evaluates a condition (`if`, `?:`, `!`): JS truthiness of a value dbkit can see.
    pub(super) fn test(&mut self, expr: &Expr, env: &Env) -> Result<bool> {
        let value = self.eval(expr, env)?;
        self.concrete(&value, expr.span)?;
        Ok(value.truthy())
    }

    /// Fails for a stand-in (a value from a package dbkit does not run, or a class) where its
    /// actual value would decide the outcome.
    pub(super) fn concrete(&self, value: &Value, span: Span) -> Result<()> {
        match stand_in_message(value) {
            Some(message) => Err(self.fail(span, message)),
            None => Ok(()),
        }
    }

    /// The opaque result of calling, reading or constructing from an opaque value: it stays a
    /// stand-in named after the expression `span`.
    pub(super) fn derived_opaque(&self, value: &Value, span: Span) -> Option<Value> {
        let opaque = value.downcast::<Opaque>()?;
        Some(Value::host(Opaque { name: self.snippet(span), module: opaque.module.clone() }))
    }

    fn sequence(&mut self, exprs: &[Expr], env: &Env) -> Result<Value> {
        let mut last = Value::Undefined;
        for expr in exprs {
            last = self.eval(expr, env)?;
        }
        Ok(last)
    }

    /// Member accesses and calls, which may be part of an optional chain: None when the chain
    /// short-circuited (`a?.b` with `a` nullish).
    pub(super) fn eval_ref(&mut self, expr: &Expr, env: &Env) -> Result<Option<Value>> {
        match &expr.kind {
            ExprKind::Member { object, property, optional } => self.member_ref(object, property, *optional, expr.span, env),
            ExprKind::Call { callee, args, optional } => self.call_ref(callee, args, *optional, expr.span, env),
            _ => self.eval(expr, env).map(Some),
        }
    }

    fn member_ref(&mut self, object: &Expr, property: &Property, optional: bool, span: Span, env: &Env) -> Result<Option<Value>> {
        let Some(object_value) = self.eval_ref(object, env)? else { return Ok(None) };
        if optional && nullish(&object_value) {
            return Ok(None);
        }
        let (key, key_span) = self.property_key(property, env)?;
        self.get_member(&object_value, &key, span, key_span).map(Some)
    }

    fn call_ref(&mut self, callee: &Expr, args: &[Arg], optional: bool, span: Span, env: &Env) -> Result<Option<Value>> {
        if let (false, ExprKind::Member { .. }) = (optional, &callee.kind) {
            let args = self.eval_args(args, env)?;
            return self.call_expression(callee, args, span, env);
        }
        let Some(function) = self.eval_ref(callee, env)? else { return Ok(None) };
        if optional && nullish(&function) {
            return Ok(None);
        }
        let args = self.eval_args(args, env)?;
        if !callable(&function) {
            return Err(self.not_a_function(callee.span, &function));
        }
        self.call_value(&function, Value::Undefined, args, span).map(Some)
    }

    /// Calls `callee` with evaluated `args`: a method call (`this` = the object) when the callee
    /// is a member expression, a plain call otherwise.
    fn call_expression(&mut self, callee: &Expr, args: Vec<Value>, site: Span, env: &Env) -> Result<Option<Value>> {
        if let ExprKind::Member { object, property, optional } = &callee.kind {
            let Some(object_value) = self.eval_ref(object, env)? else { return Ok(None) };
            if *optional && nullish(&object_value) {
                return Ok(None);
            }
            let (key, key_span) = self.property_key(property, env)?;
            return self.call_method(&object_value, &key, args, site, key_span).map(Some);
        }
        let function = self.eval(callee, env)?;
        if !callable(&function) {
            return Err(self.not_a_function(callee.span, &function));
        }
        self.call_value(&function, Value::Undefined, args, site).map(Some)
    }

    pub(super) fn not_a_function(&self, span: Span, value: &Value) -> JsError {
        self.fail(span, format!("this is not a function (it is {})", value.describe()))
    }

    pub(super) fn property_key(&mut self, property: &Property, env: &Env) -> Result<(Rc<str>, Span)> {
        match property {
            Property::Static(name, span) => Ok((name.clone(), *span)),
            Property::Computed(expr) => {
                let key = self.eval(expr, env)?;
                let key = ops::property_key(&key).map_err(|message| self.fail(expr.span, message))?;
                Ok((key, expr.span))
            }
        }
    }

    pub(super) fn eval_args(&mut self, args: &[Arg], env: &Env) -> Result<Vec<Value>> {
        let mut values = Vec::with_capacity(args.len());
        for arg in args {
            match arg {
                Arg::Expr(expr) => values.push(self.eval(expr, env)?),
                Arg::Spread(expr) => {
                    let value = self.eval(expr, env)?;
                    values.extend(self.iterate(&value, expr.span)?);
                }
                Arg::Hole => values.push(Value::Undefined),
            }
        }
        Ok(values)
    }

    /// The items `for…of` and `...spread` see: arrays, strings (by code point), Sets and Maps.
    pub(super) fn iterate(&self, value: &Value, span: Span) -> Result<Vec<Value>> {
        match value {
            Value::Array(items) => Ok(items.borrow().clone()),
            Value::String(s) => Ok(s.chars().map(|c| Value::string(c.to_string())).collect()),
            Value::Host(_) if value.downcast::<SetObj>().is_some() => Ok(value.downcast::<SetObj>().map(SetObj::items).unwrap_or_default()),
            Value::Host(_) if value.downcast::<MapObj>().is_some() => Ok(value.downcast::<MapObj>().map(MapObj::pairs).unwrap_or_default()),
            other => match stand_in_message(other) {
                Some(message) => Err(self.fail(span, message)),
                None => Err(self.fail(
                    span,
                    format!("this is not iterable (it is {}); dbkit iterates arrays, strings, Sets and Maps", other.describe()),
                )),
            },
        }
    }

    /// JS `ToString` with the error placed at `span`.
    pub(super) fn string_of(&self, value: &Value, span: Span) -> Result<String> {
        ops::to_string(value).map_err(|message| self.fail(span, message))
    }

    pub(super) fn number_of(&self, value: &Value, span: Span) -> Result<f64> {
        ops::to_number(value).map_err(|message| self.fail(span, message))
    }

    fn read_name(&mut self, name: &str, span: Span, env: &Env) -> Result<Value> {
        let Some(entry) = env.lookup(name) else {
            return Err(self.error(span, not_defined(name)));
        };
        if let BindingKind::Namespace(_, module) = entry.kind {
            self.refresh_namespace(module)?;
        }
        let value = entry.slot.borrow().clone();
        match value {
            Some(value) => Ok(value),
            None => Err(self.fail(span, self.uninitialized(name, &entry.kind, entry.at))),
        }
    }

    fn uninitialized(&self, name: &str, kind: &BindingKind, at: u32) -> String {
        match kind {
            BindingKind::Import(module) | BindingKind::Namespace(module, _) => format!(
                "`{name}` is imported from {module}, which has not finished evaluating (a circular import); read it inside a function, e.g. `.references(() => {name}.id)`"
            ),
            _ => format!(
                "`{name}` is used before its declaration at {}; move the declaration up, or read it inside a function (e.g. `.references(() => {name}.id)`)",
                self.src.line_column(at)
            ),
        }
    }

    /// A closure over `env`; a named function expression also sees its own name.
    pub(super) fn function_value(&mut self, function: &Rc<Function>, env: &Env) -> Value {
        match &function.name {
            Some(name) if !function.arrow => {
                let scope = Scope::child(env, None);
                let value = self.closure(function, &scope, false);
                scope.declare(name.clone(), BindingKind::Const, function.span.start, Some(value.clone()));
                value
            }
            _ => self.closure(function, env, false),
        }
    }

    pub(super) fn closure(&self, function: &Rc<Function>, env: &Env, getter: bool) -> Value {
        Value::Function(Rc::new(Closure { function: function.clone(), env: env.clone(), src: self.src.clone(), getter }))
    }

    fn object_literal(&mut self, members: &[ObjectMember], env: &Env) -> Result<Value> {
        let mut object = Object::default();
        for member in members {
            match member {
                ObjectMember::Property { key, value } => {
                    let key = self.key(key, env)?;
                    let value = self.eval_or_stand_in(value, env)?;
                    put(&mut object, &key, value);
                }
                ObjectMember::Getter { key, function } => {
                    let key = self.key(key, env)?;
                    let getter = self.closure(function, env, true);
                    put(&mut object, &key, getter);
                }
                ObjectMember::Spread(expr) => {
                    let value = self.eval(expr, env)?;
                    for (key, value) in self.own_entries(&value, expr.span, true)? {
                        put(&mut object, &key, value);
                    }
                }
                ObjectMember::Unsupported(what, span) => return Err(self.cannot(*span, **what)),
            }
        }
        Ok(Value::Object(Rc::new(std::cell::RefCell::new(object))))
    }

    pub(super) fn key(&mut self, key: &Key, env: &Env) -> Result<Rc<str>> {
        match key {
            Key::Static(name) => Ok(name.clone()),
            Key::Computed(expr) => {
                let value = self.eval(expr, env)?;
                ops::property_key(&value).map_err(|message| self.fail(expr.span, message))
            }
        }
    }

    fn unary(&mut self, operator: UnaryOperator, argument: &Expr, span: Span, env: &Env) -> Result<Value> {
        match operator {
            UnaryOperator::Typeof => {
                if let ExprKind::Ident(name) = &argument.kind
                    && env.lookup(name).is_none()
                {
                    return Ok(Value::string("undefined"));
                }
                let value = self.eval(argument, env)?;
                return ops::type_of(&value).map(Value::string).map_err(|message| self.fail(span, message));
            }
            UnaryOperator::Delete => return self.delete(argument, span, env),
            _ => {}
        }
        let value = self.eval(argument, env)?;
        self.concrete(&value, argument.span)?;
        Ok(match operator {
            UnaryOperator::LogicalNot => Value::Bool(!value.truthy()),
            UnaryOperator::Void => Value::Undefined,
            UnaryOperator::UnaryNegation => match &value {
                Value::BigInt(digits) => ops::negate_bigint(digits),
                _ => Value::Number(-self.number_of(&value, span)?),
            },
            UnaryOperator::BitwiseNot => Value::Number(f64::from(!super::number::to_int32(self.number_of(&value, span)?))),
            _ => Value::Number(self.number_of(&value, span)?),
        })
    }

    fn delete(&mut self, argument: &Expr, span: Span, env: &Env) -> Result<Value> {
        let ExprKind::Member { object, property, .. } = &argument.kind else {
            return Ok(Value::Bool(true));
        };
        let object = self.eval(object, env)?;
        let (key, _) = self.property_key(property, env)?;
        match &object {
            Value::Object(o) => {
                o.borrow_mut().props.retain(|(k, _)| **k != *key);
                Ok(Value::Bool(true))
            }
            other => Err(self.fail(span, format!("dbkit can delete properties of plain objects only, not of {}", other.describe()))),
        }
    }

    pub(super) fn binary(&mut self, operator: BinaryOperator, left: &Value, right: &Value, span: Span) -> Result<Value> {
        self.concrete(left, span)?;
        self.concrete(right, span)?;
        match operator {
            BinaryOperator::In => {
                let key = ops::property_key(left).map_err(|message| self.fail(span, message))?;
                Ok(Value::Bool(match right {
                    Value::Object(o) => o.borrow().get(&key).is_some(),
                    Value::Array(items) => &*key == "length" || super::member::array_index(&key).is_some_and(|i| i < items.borrow().len()),
                    other => return Err(self.fail(span, format!("`in` needs a plain object or an array, not {}", other.describe()))),
                }))
            }
            BinaryOperator::Instanceof => {
                let kind = match right {
                    Value::Function(f) => f.as_any().downcast_ref::<Native>().filter(|n| n.kind == NativeKind::Global).map(|n| n.name),
                    _ => None,
                };
                Ok(Value::Bool(match kind {
                    Some("Array") => matches!(left, Value::Array(_)),
                    Some("Object") => matches!(left, Value::Array(_) | Value::Object(_) | Value::Function(_)),
                    Some("Date") => left.downcast::<super::Date>().is_some(),
                    _ => return Err(self.fail(span, "dbkit supports `instanceof` with Array, Object and Date only")),
                }))
            }
            operator => ops::binary(operator, left, right).map_err(|message| self.fail(span, message)),
        }
    }

    fn assign(&mut self, target: &Target, operator: AssignmentOperator, value: &Expr, span: Span, env: &Env) -> Result<Value> {
        match target {
            Target::Ident(name, name_span) => {
                let entry = env.lookup(name).ok_or_else(|| self.error(*name_span, not_defined(name)))?;
                match &entry.kind {
                    BindingKind::Const => {
                        let at = self.src.line_column(entry.at);
                        return Err(
                            self.fail(span, format!("`{name}` is a constant (declared at {at}); declare it with `let` to reassign it"))
                        );
                    }
                    BindingKind::Import(module) | BindingKind::Namespace(module, _) => {
                        return Err(self.fail(span, format!("`{name}` is imported from {module} and cannot be assigned")));
                    }
                    BindingKind::Let => {}
                }
                let old = entry.slot.borrow().clone();
                let Some(old) = old else {
                    return Err(self.fail(*name_span, self.uninitialized(name, &entry.kind, entry.at)));
                };
                let new = match self.compound(operator, &old, value, span, env)? {
                    Some(new) => new,
                    None => return Ok(old),
                };
                *entry.slot.borrow_mut() = Some(new.clone());
                Ok(new)
            }
            Target::Member { object, property } => {
                let object = self.eval(object, env)?;
                let (key, key_span) = self.property_key(property, env)?;
                let old =
                    if operator == AssignmentOperator::Assign { Value::Undefined } else { self.get_member(&object, &key, span, key_span)? };
                let new = match self.compound(operator, &old, value, span, env)? {
                    Some(new) => new,
                    None => return Ok(old),
                };
                self.set_member(&object, &key, new.clone(), span)?;
                Ok(new)
            }
        }
    }

    /// The value to store for `target <operator>= value`; None when a logical assignment keeps
    /// the old value (and does not evaluate the right side).
    fn compound(&mut self, operator: AssignmentOperator, old: &Value, value: &Expr, span: Span, env: &Env) -> Result<Option<Value>> {
        if operator == AssignmentOperator::Assign {
            return self.eval(value, env).map(Some);
        }
        if let Some(logical) = operator.to_logical_operator() {
            return if keeps_left(logical, old) { Ok(None) } else { self.eval(value, env).map(Some) };
        }
        let right = self.eval(value, env)?;
        let binary = operator.to_binary_operator().unwrap_or(BinaryOperator::Addition);
        self.binary(binary, old, &right, span).map(Some)
    }

    fn update(&mut self, target: &Target, increment: bool, prefix: bool, span: Span, env: &Env) -> Result<Value> {
        let step = |old: &Value| match old {
            Value::BigInt(_) => Value::BigInt("1".into()),
            _ => Value::Number(1.0),
        };
        let operator = if increment { AssignmentOperator::Addition } else { AssignmentOperator::Subtraction };
        let old = match target {
            Target::Ident(name, name_span) => self.read_name(name, *name_span, env)?,
            Target::Member { object, property } => {
                let object = self.eval(object, env)?;
                let (key, key_span) = self.property_key(property, env)?;
                self.get_member(&object, &key, span, key_span)?
            }
        };
        let old = match &old {
            Value::BigInt(_) => old,
            other => Value::Number(self.number_of(other, span)?),
        };
        let one = Expr { kind: ExprKind::Literal(step(&old)), span };
        let new = self.assign(target, operator, &one, span, env)?;
        Ok(if prefix { new } else { old })
    }

    /// Calls any callable value; `site` is the call expression (for errors and `Interp` calls
    /// made by host objects during the call).
    pub(super) fn call_value(&mut self, function: &Value, this: Value, args: Vec<Value>, site: Span) -> Result<Value> {
        match function {
            Value::Function(f) => {
                if let Some(closure) = f.as_any().downcast_ref::<Closure>() {
                    return self.call_closure(closure, this, args, site);
                }
                if let Some(native) = f.as_any().downcast_ref::<Native>() {
                    return self.call_native(native, args, site);
                }
                Err(self.fail(site, "this function was not created by dbkit's interpreter"))
            }
            Value::Host(host) => {
                if let Some(derived) = self.derived_opaque(function, site) {
                    return Ok(derived);
                }
                if let Some(message) = stand_in_message(function) {
                    return Err(self.fail(site, message));
                }
                let host = host.clone();
                self.host_call(site, site, |interp| host.call(interp, args))
            }
            other => Err(self.not_a_function(site, other)),
        }
    }

    pub(super) fn call_closure(&mut self, closure: &Closure, this: Value, args: Vec<Value>, site: Span) -> Result<Value> {
        let function = closure.function.clone();
        if let Some(what) = function.unsupported.as_deref() {
            return Err(self.error(
                site,
                format!(
                    "cannot call `{}` statically: it is one of the {} dbkit does not run (it reads schema files without running Node); {}",
                    self.snippet(site),
                    what.what,
                    what.hint
                ),
            ));
        }
        if self.depth >= MAX_CALL_DEPTH {
            return Err(self.fail(site, format!("calls nest more than {MAX_CALL_DEPTH} deep (runaway recursion?)")));
        }
        let scope = Scope::child(&closure.env, (!function.arrow).then_some(this));
        let outer_src = std::mem::replace(&mut self.src, closure.src.clone());
        let outer_site = std::mem::replace(&mut self.site, site);
        self.depth += 1;
        let result = self.run_function(&function, &scope, args);
        self.depth -= 1;
        self.site = outer_site;
        self.src = outer_src;
        result
    }

    /// Runs a host object's method; its `HostError` becomes a `JsError` at `at`, quoting
    /// `snippet` — unless it is the unchanged error of a schema function the host called back,
    /// which keeps its own location.
    pub(super) fn host_call(
        &mut self,
        at: Span,
        snippet: Span,
        call: impl FnOnce(&mut Self) -> std::result::Result<Value, HostError>,
    ) -> Result<Value> {
        self.pending = None;
        let outer_site = std::mem::replace(&mut self.site, snippet);
        let result = call(self);
        self.site = outer_site;
        result.map_err(|error| match self.pending.take() {
            Some(pending) if pending.to_string() == error.0 => pending,
            _ => self.error(at, format!("`{}`: {}", self.snippet(snippet), error.0)),
        })
    }
}

fn keeps_left(operator: LogicalOperator, left: &Value) -> bool {
    match operator {
        LogicalOperator::Or => left.truthy(),
        LogicalOperator::And => !left.truthy(),
        LogicalOperator::Coalesce => !nullish(left),
    }
}

fn not_defined(name: &str) -> String {
    const UNSUPPORTED_GLOBALS: &[&str] =
        &["Map", "Set", "WeakMap", "Symbol", "Promise", "RegExp", "BigInt", "Proxy", "Reflect", "fetch", "globalThis", "window"];
    if UNSUPPORTED_GLOBALS.contains(&name) {
        format!(
            "cannot evaluate `{name}` statically: dbkit reads schema files without running Node and its schema reader has no `{name}`; use plain objects, arrays and strings"
        )
    } else {
        format!(
            "cannot evaluate `{name}` statically: it is not defined; dbkit reads schema files without running Node and knows only the file's declarations, its imports and standard built-ins (Object, Array, JSON, Math, process.env, …); declare or import it"
        )
    }
}
