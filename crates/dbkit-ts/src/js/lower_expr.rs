//! oxc expressions → the interpreter's `Expr`: TypeScript wrappers (`as`, `satisfies`, `!`,
//! `<T>x`) disappear, every identifier read is recorded (to drop type-only imports), and
//! expressions dbkit does not run become `Unsupported` nodes.

use oxc_ast::ast as oxc;
use oxc_span::GetSpan;

use super::ast::*;
use super::lower::{Lowerer, unsupported};
use super::value::Value;

impl Lowerer {
    pub(super) fn expr(&mut self, expr: &oxc::Expression<'_>) -> Expr {
        use oxc::Expression as E;
        let span = self.sp(expr.span());
        let kind = match expr {
            E::BooleanLiteral(b) => ExprKind::Literal(Value::Bool(b.value)),
            E::NullLiteral(_) => ExprKind::Literal(Value::Null),
            E::NumericLiteral(n) => ExprKind::Literal(Value::Number(n.value)),
            E::StringLiteral(s) => ExprKind::Literal(Value::String(self.name(s.value.as_str()))),
            E::BigIntLiteral(b) => ExprKind::Literal(Value::BigInt(b.value.to_string())),
            E::TemplateLiteral(t) => ExprKind::Template(Box::new(Template {
                quasis: t.quasis.iter().map(|q| self.name(q.value.cooked.as_ref().map_or(q.value.raw.as_str(), |c| c.as_str()))).collect(),
                exprs: t.expressions.iter().map(|e| self.expr(e)).collect(),
            })),
            E::TaggedTemplateExpression(t) => ExprKind::TaggedTemplate(Box::new(TaggedTemplate {
                tag: self.expr(&t.tag),
                quasis: t.quasi.quasis.iter().map(|q| q.value.cooked.as_ref().map(|c| self.name(c))).collect(),
                raws: t.quasi.quasis.iter().map(|q| self.name(q.value.raw.as_str())).collect(),
                exprs: t.quasi.expressions.iter().map(|e| self.expr(e)).collect(),
            })),
            E::Identifier(id) => ExprKind::Ident(self.read(&id.name)),
            E::ThisExpression(_) => ExprKind::This,
            E::ArrayExpression(a) => ExprKind::Array(a.elements.iter().map(|e| self.element(e)).collect()),
            E::ObjectExpression(o) => ExprKind::Object(o.properties.iter().map(|p| self.object_member(p)).collect()),
            E::ArrowFunctionExpression(f) => ExprKind::Function(self.arrow(f)),
            E::FunctionExpression(f) => ExprKind::Function(self.function(f)),
            E::CallExpression(call) => self.call(call),
            E::NewExpression(new) => {
                ExprKind::New { callee: Box::new(self.expr(&new.callee)), args: new.arguments.iter().map(|a| self.argument(a)).collect() }
            }
            E::ChainExpression(chain) => {
                let inner = match &chain.expression {
                    oxc::ChainElement::CallExpression(call) => Expr { kind: self.call(call), span: self.sp(call.span) },
                    oxc::ChainElement::TSNonNullExpression(e) => self.expr(&e.expression),
                    element => match element.as_member_expression() {
                        Some(member) => self.member(member),
                        None => Expr { kind: ExprKind::Literal(Value::Undefined), span },
                    },
                };
                ExprKind::Chain(Box::new(inner))
            }
            E::UnaryExpression(u) => ExprKind::Unary(u.operator, Box::new(self.expr(&u.argument))),
            E::BinaryExpression(b) => ExprKind::Binary(b.operator, Box::new(self.expr(&b.left)), Box::new(self.expr(&b.right))),
            E::LogicalExpression(l) => ExprKind::Logical(l.operator, Box::new(self.expr(&l.left)), Box::new(self.expr(&l.right))),
            E::ConditionalExpression(c) => {
                ExprKind::Conditional(Box::new(self.expr(&c.test)), Box::new(self.expr(&c.consequent)), Box::new(self.expr(&c.alternate)))
            }
            E::SequenceExpression(s) => ExprKind::Sequence(s.expressions.iter().map(|e| self.expr(e)).collect()),
            E::AssignmentExpression(a) => match self.assignment_target(&a.left) {
                Some(target) => ExprKind::Assign(Box::new(Assign { target, operator: a.operator, value: self.expr(&a.right) })),
                None => destructuring_assignment(),
            },
            E::UpdateExpression(u) => match self.simple_target(&u.argument) {
                Some(target) => {
                    ExprKind::Update(Box::new(Update { target, increment: u.operator == oxc::UpdateOperator::Increment, prefix: u.prefix }))
                }
                None => destructuring_assignment(),
            },
            E::ParenthesizedExpression(e) => return self.expr(&e.expression),
            E::TSAsExpression(e) => return self.expr(&e.expression),
            E::TSSatisfiesExpression(e) => return self.expr(&e.expression),
            E::TSNonNullExpression(e) => return self.expr(&e.expression),
            E::TSTypeAssertion(e) => return self.expr(&e.expression),
            E::TSInstantiationExpression(e) => return self.expr(&e.expression),
            E::RegExpLiteral(r) => {
                ExprKind::RegExp(Box::new((self.name(r.regex.pattern.text.as_str()), self.name(&r.regex.flags.to_string()))))
            }
            E::AwaitExpression(_) => {
                ExprKind::Unsupported(unsupported("`await`", "dbkit cannot wait for promises; compute the value synchronously"))
            }
            E::YieldExpression(_) => ExprKind::Unsupported(unsupported("`yield`", "return an array instead")),
            E::ClassExpression(c) => {
                let name = self.name(c.id.as_ref().map_or("", |id| id.name.as_str()));
                ExprKind::Class(self.class(name, c))
            }
            E::Super(_) => ExprKind::Unsupported(unsupported("`super`", "use plain objects and functions")),
            E::ImportExpression(_) => ExprKind::Unsupported(unsupported("dynamic `import()`", "use a static `import … from '…'`")),
            E::ImportMeta(_) => ExprKind::Unsupported(unsupported("`import.meta`", "use a literal or process.env")),
            E::NewTarget(_) => ExprKind::Unsupported(unsupported("`new.target`", "use plain functions")),
            E::PrivateInExpression(_) => ExprKind::Unsupported(unsupported("private fields", "use plain objects")),
            E::JSXElement(_) | E::JSXFragment(_) => ExprKind::Unsupported(unsupported("JSX", "keep JSX out of schema files")),
            E::V8IntrinsicExpression(_) => ExprKind::Unsupported(unsupported("V8 intrinsics", "remove them")),
            expr => match expr.as_member_expression() {
                Some(member) => return self.member(member),
                None => ExprKind::Unsupported(unsupported("this expression", "simplify it")),
            },
        };
        Expr { kind, span }
    }

    fn call(&mut self, call: &oxc::CallExpression<'_>) -> ExprKind {
        ExprKind::Call {
            callee: Box::new(self.expr(&call.callee)),
            args: call.arguments.iter().map(|a| self.argument(a)).collect(),
            optional: call.optional,
        }
    }

    fn member(&mut self, member: &oxc::MemberExpression<'_>) -> Expr {
        let span = self.sp(member.span());
        let object = Box::new(self.expr(member.object()));
        let (property, optional) = match member {
            oxc::MemberExpression::StaticMemberExpression(m) => {
                (Property::Static(self.name(&m.property.name), self.sp(m.property.span)), m.optional)
            }
            oxc::MemberExpression::ComputedMemberExpression(m) => (Property::Computed(Box::new(self.expr(&m.expression))), m.optional),
            oxc::MemberExpression::PrivateFieldExpression(_) => {
                return Expr { kind: ExprKind::Unsupported(unsupported("private fields", "use plain objects")), span };
            }
        };
        Expr { kind: ExprKind::Member { object, property, optional }, span }
    }

    fn argument(&mut self, argument: &oxc::Argument<'_>) -> Arg {
        match argument {
            oxc::Argument::SpreadElement(spread) => Arg::Spread(self.expr(&spread.argument)),
            argument => match argument.as_expression() {
                Some(expr) => Arg::Expr(self.expr(expr)),
                None => Arg::Hole,
            },
        }
    }

    fn element(&mut self, element: &oxc::ArrayExpressionElement<'_>) -> Arg {
        match element {
            oxc::ArrayExpressionElement::SpreadElement(spread) => Arg::Spread(self.expr(&spread.argument)),
            oxc::ArrayExpressionElement::Elision(_) => Arg::Hole,
            element => match element.as_expression() {
                Some(expr) => Arg::Expr(self.expr(expr)),
                None => Arg::Hole,
            },
        }
    }

    fn object_member(&mut self, property: &oxc::ObjectPropertyKind<'_>) -> ObjectMember {
        let p = match property {
            oxc::ObjectPropertyKind::SpreadProperty(spread) => return ObjectMember::Spread(self.expr(&spread.argument)),
            oxc::ObjectPropertyKind::ObjectProperty(p) => p,
        };
        let key = self.key(&p.key, p.computed);
        match (p.kind, &p.value) {
            (oxc::PropertyKind::Init, value) => ObjectMember::Property { key, value: self.expr(value) },
            (oxc::PropertyKind::Get, oxc::Expression::FunctionExpression(f)) => ObjectMember::Getter { key, function: self.function(f) },
            _ => ObjectMember::Unsupported(unsupported("setters", "use a plain property"), self.sp(p.span)),
        }
    }

    fn assignment_target(&mut self, target: &oxc::AssignmentTarget<'_>) -> Option<Target> {
        self.simple_target(target.as_simple_assignment_target()?)
    }

    fn simple_target(&mut self, target: &oxc::SimpleAssignmentTarget<'_>) -> Option<Target> {
        use oxc::SimpleAssignmentTarget as T;
        match target {
            T::AssignmentTargetIdentifier(id) => Some(Target::Ident(self.read(&id.name), self.sp(id.span))),
            T::TSAsExpression(e) => self.expr_target(&e.expression),
            T::TSSatisfiesExpression(e) => self.expr_target(&e.expression),
            T::TSNonNullExpression(e) => self.expr_target(&e.expression),
            T::TSTypeAssertion(e) => self.expr_target(&e.expression),
            target => self.member_target(target.as_member_expression()?),
        }
    }

    /// `(x as T) = …`: the expression inside the type wrapper as a target.
    fn expr_target(&mut self, expr: &oxc::Expression<'_>) -> Option<Target> {
        match expr.get_inner_expression() {
            oxc::Expression::Identifier(id) => Some(Target::Ident(self.read(&id.name), self.sp(id.span))),
            expr => self.member_target(expr.as_member_expression()?),
        }
    }

    fn member_target(&mut self, member: &oxc::MemberExpression<'_>) -> Option<Target> {
        match self.member(member).kind {
            ExprKind::Member { object, property, optional: false } => Some(Target::Member { object, property }),
            _ => None,
        }
    }
}

fn destructuring_assignment() -> ExprKind {
    ExprKind::Unsupported(unsupported(
        "assignment to this target",
        "assign to a variable or a property, or declare new names with `const { a } = …`",
    ))
}
