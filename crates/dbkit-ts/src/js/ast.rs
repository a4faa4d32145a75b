//! The interpreter's own syntax tree: the subset of JavaScript/TypeScript that schema code uses,
//! lowered from oxc's AST by `lower.rs` with types erased. It owns its data (`Rc`), so functions
//! written in the schema code can outlive the parser's arena. Constructs dbkit does not run stay
//! in the tree as `Unsupported` nodes and fail only when evaluated, so an unused `while` loop in
//! a helper nobody calls does not stop a schema from being read.

use std::collections::HashMap;
use std::rc::Rc;

use oxc_ast::ast::{AssignmentOperator, BinaryOperator, LogicalOperator, UnaryOperator};
use oxc_span::Span;

use super::value::Value;

pub(crate) type Name = Rc<str>;

/// The binding that holds `export default <expression>`.
pub(crate) const DEFAULT_SLOT: &str = "*default*";

/// A construct dbkit does not evaluate: what it is and what to write instead.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Unsupported {
    /// "`while` loops", "classes", …
    pub what: &'static str,
    pub hint: &'static str,
}

// The tree is built once per file and, for a schema of thousands of tables, holds hundreds of
// thousands of nodes: rare or large payloads are boxed and lists are boxed slices, to keep the
// common nodes small (see the size test at the end).

#[derive(Debug)]
pub(crate) struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Debug)]
pub(crate) enum ExprKind {
    /// Strings, numbers, booleans, `null`, bigints.
    Literal(Value),
    /// `class { … }` as a value.
    Class(Rc<Class>),
    /// `/source/flags`: a new regular expression each time it is evaluated.
    RegExp(Box<(Name, Name)>),
    Template(Box<Template>),
    /// `tag\`…\``.
    TaggedTemplate(Box<TaggedTemplate>),
    Ident(Name),
    This,
    Member {
        object: Box<Expr>,
        property: Property,
        optional: bool,
    },
    Call {
        callee: Box<Expr>,
        args: Box<[Arg]>,
        optional: bool,
    },
    New {
        callee: Box<Expr>,
        args: Box<[Arg]>,
    },
    /// The end of an optional chain: a short-circuit anywhere inside yields `undefined`.
    Chain(Box<Expr>),
    Function(Rc<Function>),
    Object(Box<[ObjectMember]>),
    Array(Box<[Arg]>),
    Unary(UnaryOperator, Box<Expr>),
    Binary(BinaryOperator, Box<Expr>, Box<Expr>),
    Logical(LogicalOperator, Box<Expr>, Box<Expr>),
    Conditional(Box<Expr>, Box<Expr>, Box<Expr>),
    Sequence(Box<[Expr]>),
    Assign(Box<Assign>),
    Update(Box<Update>),
    Unsupported(Box<Unsupported>),
}

#[derive(Debug)]
pub(crate) struct Template {
    pub quasis: Box<[Name]>,
    pub exprs: Box<[Expr]>,
}

/// Cooked strings (None for an invalid escape, which is `undefined` in JS), and the raw ones
/// (`String.raw` reads those).
#[derive(Debug)]
pub(crate) struct TaggedTemplate {
    pub tag: Expr,
    pub quasis: Box<[Option<Name>]>,
    pub raws: Box<[Name]>,
    pub exprs: Box<[Expr]>,
}

#[derive(Debug)]
pub(crate) struct Assign {
    pub target: Target,
    pub operator: AssignmentOperator,
    pub value: Expr,
}

#[derive(Debug)]
pub(crate) struct Update {
    pub target: Target,
    pub increment: bool,
    pub prefix: bool,
}

#[derive(Debug)]
pub(crate) enum Property {
    /// `.name`, with the span of the name (errors point at it).
    Static(Name, Span),
    Computed(Box<Expr>),
}

/// A call argument or array element.
#[derive(Debug)]
pub(crate) enum Arg {
    Expr(Expr),
    Spread(Expr),
    /// `[a, , b]`
    Hole,
}

#[derive(Debug)]
pub(crate) enum Key {
    Static(Name),
    Computed(Box<Expr>),
}

#[derive(Debug)]
pub(crate) enum ObjectMember {
    /// `key: value`, shorthand `key`, and methods `key() {}` (a function value).
    Property {
        key: Key,
        value: Expr,
    },
    /// `get key() {}`: stored as a function marked as a getter.
    Getter {
        key: Key,
        function: Rc<Function>,
    },
    Spread(Expr),
    Unsupported(Box<Unsupported>, Span),
}

#[derive(Debug)]
pub(crate) enum Target {
    Ident(Name, Span),
    Member { object: Box<Expr>, property: Property },
}

#[derive(Debug)]
pub(crate) enum Pattern {
    Ident(Name, Span),
    Object(Box<ObjectPattern>),
    Array(Box<ArrayPattern>),
    Default(Box<Pattern>, Box<Expr>),
}

#[derive(Debug)]
pub(crate) struct ObjectPattern {
    pub properties: Box<[(Key, Pattern)]>,
    pub rest: Option<Pattern>,
    pub span: Span,
}

#[derive(Debug)]
pub(crate) struct ArrayPattern {
    pub items: Box<[Option<Pattern>]>,
    pub rest: Option<Pattern>,
    pub span: Span,
}

impl Pattern {
    /// Every name the pattern binds, with where.
    pub fn names(&self, out: &mut Vec<(Name, Span)>) {
        match self {
            Pattern::Ident(name, span) => out.push((name.clone(), *span)),
            Pattern::Object(object) => {
                object.properties.iter().for_each(|(_, p)| p.names(out));
                object.rest.iter().for_each(|p| p.names(out));
            }
            Pattern::Array(array) => {
                array.items.iter().flatten().for_each(|p| p.names(out));
                array.rest.iter().for_each(|p| p.names(out));
            }
            Pattern::Default(p, _) => p.names(out),
        }
    }
}

#[derive(Debug)]
pub(crate) struct Function {
    pub name: Option<Name>,
    pub params: Box<[Pattern]>,
    pub rest: Option<Box<Pattern>>,
    pub body: Body,
    pub arrow: bool,
    /// `async` or generator functions: they can be defined but not called.
    pub unsupported: Option<Box<Unsupported>>,
    /// `var` names declared anywhere in the body (outside nested functions).
    pub vars: Box<[(Name, Span)]>,
    pub span: Span,
}

#[derive(Debug)]
pub(crate) enum Body {
    Expr(Box<Expr>),
    Block(Box<[Stmt]>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DeclKind {
    Const,
    Let,
    Var,
}

#[derive(Debug)]
pub(crate) struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Debug)]
pub(crate) enum StmtKind {
    Expr(Expr),
    Declare {
        kind: DeclKind,
        declarators: Box<[(Pattern, Option<Expr>)]>,
    },
    /// A function declaration (hoisted to the top of its block).
    Function(Name, Rc<Function>),
    /// A class declaration.
    Class(Rc<Class>),
    /// A TypeScript enum: an object of member → value (and value → member for numbers).
    Enum {
        name: Name,
        members: Box<[(Name, Option<Expr>)]>,
    },
    If(Box<If>),
    Switch(Box<Switch>),
    Block(Box<[Stmt]>),
    ForOf(Box<ForOf>),
    Return(Option<Expr>),
    Throw(Expr),
    Break,
    Continue,
    /// `export default <expression>` (stored in the `*default*` binding).
    ExportDefault(Expr),
    /// Type-only and other statements without a runtime effect.
    Empty,
    Unsupported(Box<Unsupported>),
}

#[derive(Debug)]
pub(crate) struct If {
    pub test: Expr,
    pub then: Stmt,
    pub otherwise: Option<Stmt>,
}

/// A class as schema helpers write them: a constructor, methods, getters and fields, static or
/// not. dbkit has no prototypes: an instance carries its methods as properties.
#[derive(Debug)]
pub(crate) struct Class {
    pub name: Name,
    pub constructor: Option<Rc<Function>>,
    /// `constructor(private readonly table: T)`: the position and name of each parameter that is
    /// also stored on the instance.
    pub parameter_properties: Box<[(usize, Name)]>,
    pub members: Box<[ClassMember]>,
    /// `extends …`: not run; constructing such a class is an error.
    pub extends: bool,
}

#[derive(Debug)]
pub(crate) struct ClassMember {
    pub is_static: bool,
    pub key: Key,
    pub kind: ClassMemberKind,
}

#[derive(Debug)]
pub(crate) enum ClassMemberKind {
    Method(Rc<Function>),
    Getter(Rc<Function>),
    Field(Option<Expr>),
}

/// `switch (discriminant) { case test: body … default: body }`: the cases in order.
#[derive(Debug)]
pub(crate) struct Switch {
    pub discriminant: Expr,
    pub cases: Box<[SwitchCase]>,
}

/// One `case test:` (`default:` has no test) and the statements after it.
pub(crate) type SwitchCase = (Option<Expr>, Box<[Stmt]>);

#[derive(Debug)]
pub(crate) struct ForOf {
    pub kind: DeclKind,
    pub pattern: Pattern,
    pub iterable: Expr,
    pub body: Stmt,
}

/// What an import binds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Imported {
    Name(Name),
    Namespace,
}

#[derive(Debug)]
pub(crate) struct ImportBinding {
    pub local: Name,
    pub imported: Imported,
    pub span: Span,
}

#[derive(Debug)]
pub(crate) struct Import {
    pub specifier: Name,
    pub bindings: Vec<ImportBinding>,
    pub span: Span,
}

#[derive(Debug)]
pub(crate) enum Export {
    /// `export const x`, `export function f`, `export { a as b }`, `export default …`.
    Local { exported: Name, local: Name },
    /// `export { a as b } from './m'`, `export * as ns from './m'`.
    From { exported: Name, imported: Imported, specifier: Name },
    /// `export * from './m'`.
    Star { specifier: Name },
}

#[derive(Default)]
pub(crate) struct Program {
    pub body: Vec<Stmt>,
    /// Value imports, in source order (TypeScript imports whose names are only used as types
    /// are dropped, as tsc and esbuild drop them).
    pub imports: Vec<Import>,
    pub exports: Vec<Export>,
    /// Where each exported name is first declared in `exports` (`Local` and `From` only), so
    /// resolving an export does not scan the list: a schema file may export thousands of tables.
    pub export_index: HashMap<Name, usize>,
    /// Each imported local name: (index in `imports`, index in its bindings).
    pub import_index: HashMap<Name, (usize, usize)>,
    /// Every module this one needs evaluated first, in source order, with where it is named.
    pub requests: Vec<(Name, Span)>,
    pub vars: Vec<(Name, Span)>,
    /// No `import`/`export` at all: a .js/.cjs file is then CommonJS.
    pub has_module_syntax: bool,
    /// TypeScript's `export = value` (lowered to `module.exports = value`): CommonJS as well.
    pub export_assignment: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The common nodes stay small (a schema of thousands of tables has hundreds of thousands).
    #[test]
    fn nodes_are_small() {
        assert!(size_of::<Expr>() <= 48, "Expr is {} bytes", size_of::<Expr>());
        assert!(size_of::<Arg>() <= 56, "Arg is {} bytes", size_of::<Arg>());
        assert!(size_of::<ObjectMember>() <= 80, "ObjectMember is {} bytes", size_of::<ObjectMember>());
        assert!(size_of::<Stmt>() <= 64, "Stmt is {} bytes", size_of::<Stmt>());
        assert!(size_of::<Pattern>() <= 32, "Pattern is {} bytes", size_of::<Pattern>());
    }
}
