//! Evaluates config expressions to `Val`s: literals, operators, object/array literals, top-level
//! bindings and `process.env` reads (through the caller's lookup). Anything that would need Node
//! to run is a `ConfigError::Unsupported` naming the expression. Calls live in `calls.rs`,
//! operators in `operators.rs`.

use oxc_ast::ast::*;
use oxc_span::{GetSpan, Span};

use crate::js::number::number_to_string;

use super::error::ConfigError;
use super::scope::{Binding, Init, Scope, ValueBinding};
use super::source::Source;
use super::value::{Val, Value};

pub(crate) type Result<T> = std::result::Result<T, ConfigError>;

/// Modules whose default/namespace export is `process` (and whose `env` export is `process.env`).
const PROCESS_MODULES: &[&str] = &["process", "node:process"];

pub(crate) struct Evaluator<'s, 'a> {
    pub(super) src: Source<'s>,
    pub(super) scope: &'s Scope<'a>,
    env: &'s dyn Fn(&str) -> Option<String>,
    /// Every environment variable read so far, in order.
    pub env_log: Vec<String>,
    /// Order of the statement or declarator being evaluated; bindings declared at or after it
    /// are still in their temporal dead zone.
    position: u32,
}

impl<'s, 'a> Evaluator<'s, 'a> {
    pub fn new(src: Source<'s>, scope: &'s Scope<'a>, env: &'s dyn Fn(&str) -> Option<String>, position: u32) -> Self {
        Self { src, scope, env, env_log: Vec::new(), position }
    }

    pub(super) fn unsupported(&self, span: Span, reason: impl Into<Option<String>>) -> ConfigError {
        self.src.unsupported(span, reason.into())
    }

    /// "line:column" of an offset, for reasons that point elsewhere in the file.
    fn line_column(&self, offset: u32) -> String {
        let at = self.src.location(offset);
        format!("{}:{}", at.line, at.column)
    }

    pub fn eval(&mut self, expr: &Expression<'a>) -> Result<Val> {
        let reads_before = self.env_log.len();
        let mut val = self.eval_inner(expr)?;
        if matches!(val.value, Value::Number(n) if !n.is_finite()) && val.env_reads.is_empty() {
            for name in &self.env_log[reads_before..] {
                if !val.env_reads.contains(name) {
                    val.env_reads.push(name.clone());
                }
            }
        }
        Ok(val)
    }

    fn eval_inner(&mut self, expr: &Expression<'a>) -> Result<Val> {
        let span = expr.span();
        let value = match expr {
            Expression::BooleanLiteral(b) => Value::Bool(b.value),
            Expression::NullLiteral(_) => Value::Null,
            Expression::NumericLiteral(n) => Value::Number(n.value),
            Expression::StringLiteral(s) => Value::String(s.value.to_string()),
            Expression::TemplateLiteral(t) => self.template(t)?,
            Expression::ArrayExpression(a) => self.array(a)?,
            Expression::ObjectExpression(o) => self.object(o)?,
            Expression::UnaryExpression(u) => self.unary(u)?,
            Expression::BinaryExpression(b) => self.binary(b)?,
            // Forms that hand back one operand keep that operand's origin.
            Expression::Identifier(id) => return self.name(id.name.as_str(), id.span),
            Expression::LogicalExpression(l) => return self.logical(l),
            Expression::ConditionalExpression(c) => {
                let test = self.eval(&c.test)?;
                let branch = if test.value.truthy() { &c.consequent } else { &c.alternate };
                return self.eval(branch);
            }
            Expression::ParenthesizedExpression(e) => return self.eval(&e.expression),
            Expression::TSAsExpression(e) => return self.eval(&e.expression),
            Expression::TSSatisfiesExpression(e) => return self.eval(&e.expression),
            Expression::TSNonNullExpression(e) => return self.eval(&e.expression),
            Expression::TSTypeAssertion(e) => return self.eval(&e.expression),
            Expression::TSInstantiationExpression(e) => return self.eval(&e.expression),
            Expression::CallExpression(call) => return self.call(call),
            Expression::ChainExpression(chain) => match &chain.expression {
                ChainElement::TSNonNullExpression(e) => return self.eval(&e.expression),
                element => match element.as_member_expression() {
                    Some(member) => return self.member(member, span),
                    None => return Err(self.unsupported(span, None)),
                },
            },
            _ if self.is_env_object(expr) => {
                let why = "only single variables like `process.env.DATABASE_URL` can be read";
                return Err(self.unsupported(span, why.to_string()));
            }
            _ if expr.is_member_expression() => {
                return self.member(expr.to_member_expression(), span);
            }
            _ => return Err(self.unsupported(span, unsupported_reason(expr))),
        };
        Ok(Val::new(value, span))
    }

    /// A top-level name, a global (`undefined`, `NaN`, `Infinity`) or an error saying why not.
    pub fn name(&mut self, name: &str, span: Span) -> Result<Val> {
        match self.scope.get(name) {
            Some(Binding::Value(binding)) => self.binding(name, binding, span),
            Some(Binding::Import { module, .. }) => Err(self.unsupported(span, format!("`{name}` is imported from '{module}'"))),
            Some(Binding::Declared { what, span: declared }) => {
                let at = self.line_column(declared.start);
                Err(self.unsupported(span, format!("`{name}` is {what} declared at {at}")))
            }
            None => match name {
                "undefined" => Ok(Val::new(Value::Undefined, span)),
                "NaN" => Ok(Val::new(Value::Number(f64::NAN), span)),
                "Infinity" => Ok(Val::new(Value::Number(f64::INFINITY), span)),
                "process" => {
                    let why = "only `process.env.X` can be read from `process`";
                    Err(self.unsupported(span, why.to_string()))
                }
                _ => {
                    let why = format!("`{name}` is not defined at the top level of {}", self.src.file);
                    Err(self.unsupported(span, why))
                }
            },
        }
    }

    /// The value of a `const`/`let` binding, evaluated where it is declared.
    fn binding(&mut self, name: &str, binding: &ValueBinding<'a>, used_at: Span) -> Result<Val> {
        if binding.order >= self.position {
            let at = self.line_column(binding.span.start);
            let why = format!("`{name}` is used before its declaration at {at}");
            return Err(self.unsupported(used_at, why));
        }
        if let Some(assignment) = binding.reassigned {
            let at = self.line_column(assignment.start);
            let why = format!("`{name}` is reassigned at {at}, which dbkit does not follow; compute it in one `const` declaration");
            return Err(self.unsupported(used_at, why));
        }
        let outer = std::mem::replace(&mut self.position, binding.order);
        let result = match &binding.init {
            Init::Expr(Some(init)) => self.eval(init),
            Init::Expr(None) => Ok(Val::new(Value::Undefined, binding.span)),
            Init::Property { source, key, default } => self.destructured(source, key, *default, binding.span),
            Init::Pattern(pattern) => {
                let why = "only `const { A, B = 'default' } = …` destructuring is supported";
                Err(self.unsupported(*pattern, why.to_string()))
            }
        };
        self.position = outer;
        result
    }

    /// `const { key = default } = source`.
    fn destructured(&mut self, source: &Expression<'a>, key: &str, default: Option<&Expression<'a>>, span: Span) -> Result<Val> {
        let value = if self.is_env_object(source) {
            self.read_env(key, span)
        } else {
            let object = self.eval(source)?;
            self.property(object, key, span)?
        };
        match default {
            Some(default) if value.value == Value::Undefined => self.eval(default),
            _ => Ok(value),
        }
    }

    /// Is `expr` `process.env` (or an `env` imported from 'process')?
    pub(super) fn is_env_object(&self, expr: &Expression<'a>) -> bool {
        match expr.get_inner_expression() {
            Expression::Identifier(id) => self.scope.is_import(&id.name, PROCESS_MODULES, Some("env")),
            other => other
                .as_member_expression()
                .is_some_and(|member| member.static_property_name() == Some("env") && self.is_process(member.object())),
        }
    }

    fn is_process(&self, expr: &Expression<'a>) -> bool {
        match expr.get_inner_expression() {
            Expression::Identifier(id) => match self.scope.get(&id.name) {
                None => id.name == "process",
                Some(_) => self.scope.is_import(&id.name, PROCESS_MODULES, None),
            },
            _ => false,
        }
    }

    fn read_env(&mut self, name: &str, span: Span) -> Val {
        self.env_log.push(name.to_string());
        let value = (self.env)(name).map_or(Value::Undefined, Value::String);
        Val::new(value, span)
    }

    /// `object.key` / `object['key']`, including `process.env.X`.
    fn member(&mut self, member: &MemberExpression<'a>, span: Span) -> Result<Val> {
        if self.is_env_object(member.object()) {
            let name = self.property_key(member)?;
            return Ok(self.read_env(&name, span));
        }
        let object = self.eval(member.object())?;
        if member.optional() && object.value.is_nullish() {
            return Ok(Val::new(Value::Undefined, span));
        }
        let key = self.property_key(member)?;
        self.property(object, &key, span)
    }

    fn property_key(&mut self, member: &MemberExpression<'a>) -> Result<String> {
        match member {
            MemberExpression::StaticMemberExpression(m) => Ok(m.property.name.to_string()),
            MemberExpression::ComputedMemberExpression(m) => {
                let key = self.eval(&m.expression)?;
                match key.value {
                    Value::Array(_) | Value::Object(_) => {
                        let why = "property keys must be strings or numbers".to_string();
                        Err(self.unsupported(m.expression.span(), why))
                    }
                    primitive => Ok(primitive.to_js_string()),
                }
            }
            MemberExpression::PrivateFieldExpression(m) => Err(self.unsupported(m.span, None)),
        }
    }

    /// Reads a property of an evaluated object or array; a missing one is `undefined`.
    fn property(&self, object: Val, key: &str, span: Span) -> Result<Val> {
        let missing = || Ok(Val::new(Value::Undefined, span));
        match object.value {
            Value::Object(properties) => match properties.into_iter().find(|(k, _)| k == key) {
                Some((_, value)) => Ok(value),
                None => missing(),
            },
            Value::Array(items) if key == "length" => Ok(Val::new(Value::Number(items.len() as f64), span)),
            Value::Array(items) => match key.parse::<usize>() {
                Ok(i) if number_to_string(i as f64) == key => match items.into_iter().nth(i) {
                    Some(item) => Ok(item),
                    None => missing(),
                },
                _ => missing(),
            },
            other => {
                let why = format!("it reads `{key}` of {}", other.describe());
                Err(self.unsupported(span, why))
            }
        }
    }

    fn template(&mut self, template: &TemplateLiteral<'a>) -> Result<Value> {
        let mut out = String::new();
        for (i, quasi) in template.quasis.iter().enumerate() {
            let Some(cooked) = quasi.value.cooked else {
                return Err(self.unsupported(quasi.span, "invalid escape sequence".to_string()));
            };
            out.push_str(&cooked);
            if let Some(expr) = template.expressions.get(i) {
                out.push_str(&self.eval(expr)?.value.to_js_string());
            }
        }
        Ok(Value::String(out))
    }

    fn array(&mut self, array: &ArrayExpression<'a>) -> Result<Value> {
        let mut items = Vec::new();
        for element in &array.elements {
            match element {
                ArrayExpressionElement::SpreadElement(spread) => {
                    let value = self.eval(&spread.argument)?;
                    match value.value {
                        Value::Array(spread_items) => items.extend(spread_items),
                        Value::String(s) => items.extend(s.chars().map(|c| Val::new(Value::String(c.to_string()), value.origin))),
                        other => {
                            let why = format!("{} is not iterable", other.describe());
                            return Err(self.unsupported(spread.span, why));
                        }
                    }
                }
                ArrayExpressionElement::Elision(hole) => items.push(Val::new(Value::Undefined, hole.span)),
                element => match element.as_expression() {
                    Some(expr) => items.push(self.eval(expr)?),
                    None => return Err(self.unsupported(element.span(), None)),
                },
            }
        }
        Ok(Value::Array(items))
    }

    fn object(&mut self, object: &ObjectExpression<'a>) -> Result<Value> {
        let mut properties: Vec<(String, Val)> = Vec::new();
        for property in &object.properties {
            match property {
                ObjectPropertyKind::ObjectProperty(p) => {
                    if p.method || p.kind != PropertyKind::Init {
                        let why = "methods, getters and setters are not config values".to_string();
                        return Err(self.unsupported(p.span, why));
                    }
                    let key = self.object_key(p)?;
                    let value = self.eval(&p.value)?;
                    set_property(&mut properties, key, value);
                }
                ObjectPropertyKind::SpreadProperty(spread) => {
                    let value = self.eval(&spread.argument)?;
                    let origin = value.origin;
                    match value.value {
                        Value::Object(spread_properties) => {
                            for (key, value) in spread_properties {
                                set_property(&mut properties, key, value);
                            }
                        }
                        Value::Array(items) => {
                            for (i, item) in items.into_iter().enumerate() {
                                set_property(&mut properties, i.to_string(), item);
                            }
                        }
                        Value::String(s) => {
                            for (i, c) in s.chars().enumerate() {
                                let item = Val::new(Value::String(c.to_string()), origin);
                                set_property(&mut properties, i.to_string(), item);
                            }
                        }
                        // Spreading undefined, null, booleans or numbers adds nothing.
                        _ => {}
                    }
                }
            }
        }
        Ok(Value::Object(properties))
    }

    fn object_key(&self, property: &ObjectProperty<'a>) -> Result<String> {
        let key = match (&property.key, property.computed) {
            (PropertyKey::StaticIdentifier(id), false) => id.name.to_string(),
            (PropertyKey::StringLiteral(s), _) => s.value.to_string(),
            (PropertyKey::NumericLiteral(n), false) => number_to_string(n.value),
            (key, _) => {
                let why = "computed keys must be string literals".to_string();
                return Err(self.unsupported(key.span(), why));
            }
        };
        if key == "__proto__" && !property.computed && !property.shorthand {
            let why = "`__proto__:` sets the prototype instead of a property".to_string();
            return Err(self.unsupported(property.span, why));
        }
        Ok(key)
    }
}

/// JS assignment into an object literal: an existing key keeps its position.
fn set_property(properties: &mut Vec<(String, Val)>, key: String, value: Val) {
    match properties.iter_mut().find(|(k, _)| *k == key) {
        Some(slot) => slot.1 = value,
        None => properties.push((key, value)),
    }
}

/// Why an expression kind dbkit never evaluates is rejected (None: the generic message).
fn unsupported_reason(expr: &Expression<'_>) -> Option<String> {
    let why = match expr {
        Expression::AwaitExpression(_) => "`await` needs Node to run",
        Expression::NewExpression(_) => "`new` needs Node to run",
        Expression::ArrowFunctionExpression(_) | Expression::FunctionExpression(_) => "functions are not config values",
        Expression::ClassExpression(_) => "classes are not config values",
        Expression::BigIntLiteral(_) => "BigInt values cannot be written as JSON",
        Expression::RegExpLiteral(_) => "regular expressions are not config values",
        Expression::TaggedTemplateExpression(_) => "tagged templates call a function",
        Expression::AssignmentExpression(_) | Expression::UpdateExpression(_) => "assignments are not evaluated",
        Expression::ImportExpression(_) | Expression::ImportMeta(_) => "it needs the module system",
        _ => return None,
    };
    Some(why.to_string())
}
