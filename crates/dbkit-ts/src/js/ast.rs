//! The interpreter's own syntax tree: the subset of JavaScript/TypeScript that schema code uses,
//! lowered from oxc's AST by `lower.rs` with types erased. It owns its data (`Rc`), so functions
//! written in the schema code can outlive the parser's arena. Constructs dbkit does not run stay
//! in the tree as `Unsupported` nodes and fail only when evaluated, so an unused `while` loop in
//! a helper nobody calls does not stop a schema from being read.

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

pub(crate) struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

pub(crate) enum ExprKind {
    /// Strings, numbers, booleans, `null`, bigints.
    Literal(Value),
    Template {
        quasis: Vec<Name>,
        exprs: Vec<Expr>,
    },
    /// `tag\`…\``: cooked strings (None for an invalid escape, which is `undefined` in JS).
    TaggedTemplate {
        tag: Box<Expr>,
        quasis: Vec<Option<Name>>,
        exprs: Vec<Expr>,
    },
    Ident(Name),
    This,
    Member {
        object: Box<Expr>,
        property: Property,
        optional: bool,
    },
    Call {
        callee: Box<Expr>,
        args: Vec<Arg>,
        optional: bool,
    },
    New {
        callee: Box<Expr>,
        args: Vec<Arg>,
    },
    /// The end of an optional chain: a short-circuit anywhere inside yields `undefined`.
    Chain(Box<Expr>),
    Function(Rc<Function>),
    Object(Vec<ObjectMember>),
    Array(Vec<Arg>),
    Unary(UnaryOperator, Box<Expr>),
    Binary(BinaryOperator, Box<Expr>, Box<Expr>),
    Logical(LogicalOperator, Box<Expr>, Box<Expr>),
    Conditional(Box<Expr>, Box<Expr>, Box<Expr>),
    Sequence(Vec<Expr>),
    Assign {
        target: Target,
        operator: AssignmentOperator,
        value: Box<Expr>,
    },
    Update {
        target: Target,
        increment: bool,
        prefix: bool,
    },
    Unsupported(Unsupported),
}

pub(crate) enum Property {
    /// `.name`, with the span of the name (errors point at it).
    Static(Name, Span),
    Computed(Box<Expr>),
}

/// A call argument or array element.
pub(crate) enum Arg {
    Expr(Expr),
    Spread(Expr),
    /// `[a, , b]`
    Hole,
}

pub(crate) enum Key {
    Static(Name),
    Computed(Expr),
}

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
    Unsupported(Unsupported, Span),
}

pub(crate) enum Target {
    Ident(Name, Span),
    Member { object: Box<Expr>, property: Property },
}

pub(crate) enum Pattern {
    Ident(Name, Span),
    Object { properties: Vec<(Key, Pattern)>, rest: Option<Box<Pattern>>, span: Span },
    Array { items: Vec<Option<Pattern>>, rest: Option<Box<Pattern>>, span: Span },
    Default(Box<Pattern>, Box<Expr>),
}

impl Pattern {
    /// Every name the pattern binds, with where.
    pub fn names(&self, out: &mut Vec<(Name, Span)>) {
        match self {
            Pattern::Ident(name, span) => out.push((name.clone(), *span)),
            Pattern::Object { properties, rest, .. } => {
                properties.iter().for_each(|(_, p)| p.names(out));
                rest.iter().for_each(|p| p.names(out));
            }
            Pattern::Array { items, rest, .. } => {
                items.iter().flatten().for_each(|p| p.names(out));
                rest.iter().for_each(|p| p.names(out));
            }
            Pattern::Default(p, _) => p.names(out),
        }
    }
}

pub(crate) struct Function {
    pub name: Option<Name>,
    pub params: Vec<Pattern>,
    pub rest: Option<Pattern>,
    pub body: Body,
    pub arrow: bool,
    /// `async` or generator functions: they can be defined but not called.
    pub unsupported: Option<Unsupported>,
    /// `var` names declared anywhere in the body (outside nested functions).
    pub vars: Vec<(Name, Span)>,
    pub span: Span,
}

pub(crate) enum Body {
    Expr(Box<Expr>),
    Block(Vec<Stmt>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DeclKind {
    Const,
    Let,
    Var,
}

pub(crate) struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

pub(crate) enum StmtKind {
    Expr(Expr),
    Declare {
        kind: DeclKind,
        declarators: Vec<(Pattern, Option<Expr>)>,
    },
    /// A function declaration (hoisted to the top of its block).
    Function(Name, Rc<Function>),
    /// A class declaration: bound to a value that errors when used.
    Class(Name),
    /// A TypeScript enum: an object of member → value (and value → member for numbers).
    Enum {
        name: Name,
        members: Vec<(Name, Option<Expr>)>,
    },
    If {
        test: Expr,
        then: Box<Stmt>,
        otherwise: Option<Box<Stmt>>,
    },
    Block(Vec<Stmt>),
    ForOf {
        kind: DeclKind,
        pattern: Pattern,
        iterable: Expr,
        body: Box<Stmt>,
    },
    Return(Option<Expr>),
    Throw(Expr),
    Break,
    Continue,
    /// `export default <expression>` (stored in the `*default*` binding).
    ExportDefault(Expr),
    /// Type-only and other statements without a runtime effect.
    Empty,
    Unsupported(Unsupported),
}

/// What an import binds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Imported {
    Name(Name),
    Namespace,
}

pub(crate) struct ImportBinding {
    pub local: Name,
    pub imported: Imported,
    pub span: Span,
}

pub(crate) struct Import {
    pub specifier: Name,
    pub bindings: Vec<ImportBinding>,
    pub span: Span,
}

pub(crate) enum Export {
    /// `export const x`, `export function f`, `export { a as b }`, `export default …`.
    Local { exported: Name, local: Name },
    /// `export { a as b } from './m'`, `export * as ns from './m'`.
    From { exported: Name, imported: Imported, specifier: Name },
    /// `export * from './m'`.
    Star { specifier: Name },
}

pub(crate) struct Program {
    pub body: Vec<Stmt>,
    /// Value imports, in source order (TypeScript imports whose names are only used as types
    /// are dropped, as tsc and esbuild drop them).
    pub imports: Vec<Import>,
    pub exports: Vec<Export>,
    /// Every module this one needs evaluated first, in source order, with where it is named.
    pub requests: Vec<(Name, Span)>,
    pub vars: Vec<(Name, Span)>,
    /// No `import`/`export` at all: a .js/.cjs file is then CommonJS.
    pub has_module_syntax: bool,
    /// TypeScript's `export = value` (lowered to `module.exports = value`): CommonJS as well.
    pub export_assignment: bool,
}
