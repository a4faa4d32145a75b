//! Where a config value comes from in the source: the expression a key path leads to, found by
//! walking the default export through `defineConfig(…)`, object and array literals and the
//! file's top-level `const`s (`dbCredentials: { password }` leads to `const password =
//! process.env.DATABASE_PASSWORD`). Messages about an unknown or invalid value point there.

use oxc_allocator::Allocator;
use oxc_ast::ast::*;
use oxc_parser::Parser;
use oxc_span::{GetSpan, SourceType, Span};

use super::Location;
use crate::js::source::SourceFile;

/// How many `const` references are followed (a chain longer than this is not real config).
const MAX_HOPS: usize = 16;

/// One step of a key path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Segment {
    Key(String),
    Index(usize),
}

/// The config's text, for finding expressions in it.
pub(super) struct Source {
    file: SourceFile,
}

/// What a key path leads to.
pub(super) struct Origin {
    pub at: Location,
    /// The expression's text, on one line, shortened.
    pub expr: String,
    /// `process.env` variables it reads, in order.
    pub env_vars: Vec<String>,
}

impl Source {
    pub fn new(file: &str, text: String) -> Source {
        Source { file: SourceFile::new(file, text) }
    }

    /// The config's path as the caller named it.
    pub fn path(&self) -> &str {
        &self.file.path
    }

    /// The expression `path` leads to. `undefined`: the value there is `undefined`, so of `a ??
    /// b` and `a || b` it is `b` that gave it.
    pub fn origin(&self, path: &[Segment], undefined: bool) -> Origin {
        let allocator = Allocator::default();
        let source_type = SourceType::from_path(&self.file.path).unwrap_or(SourceType::ts());
        let program = Parser::new(&allocator, &self.file.text, source_type).parse().program;
        let walker = Walker { program: &program };
        let span = match walker.default_export() {
            Some(Ok(expr)) => walker.walk(expr, path, undefined, 0).span(),
            Some(Err(declaration)) => declaration,
            None => Span::default(),
        };
        let text = self.file.text_of(span);
        Origin { at: self.file.location(span.start), expr: self.file.snippet(span), env_vars: env_reads(text) }
    }
}

struct Walker<'p, 'a> {
    program: &'p Program<'a>,
}

impl<'p, 'a> Walker<'p, 'a> {
    /// `export default x`, `export = x`, `module.exports = x` or `export { x as default }`
    /// (`Err(span)` for `export default function …` and other declarations).
    fn default_export(&self) -> Option<Result<&'p Expression<'a>, Span>> {
        let mut found = None;
        for statement in &self.program.body {
            match statement {
                Statement::ExportDefaultDeclaration(export) => {
                    found = Some(export.declaration.as_expression().ok_or_else(|| export.declaration.span()));
                }
                Statement::TSExportAssignment(export) => found = Some(Ok(&export.expression)),
                Statement::ExpressionStatement(s) => {
                    if let Expression::AssignmentExpression(assign) = s.expression.get_inner_expression()
                        && assign.left.as_member_expression().is_some_and(|m| {
                            m.static_property_name() == Some("exports")
                                && matches!(m.object(), Expression::Identifier(id) if id.name == "module")
                        })
                    {
                        found = Some(Ok(&assign.right));
                    }
                }
                Statement::ExportNamedDeclaration(export) => {
                    for spec in &export.specifiers {
                        if spec.exported.name() == "default"
                            && let Some(init) = self.binding(&spec.local.name())
                        {
                            found = Some(Ok(init));
                        }
                    }
                }
                _ => {}
            }
        }
        found
    }

    /// The initializer of a top-level `const`/`let`/`var name = …`.
    fn binding(&self, name: &str) -> Option<&'p Expression<'a>> {
        self.program.body.iter().find_map(|statement| {
            let declaration = match statement {
                Statement::VariableDeclaration(declaration) => declaration,
                Statement::ExportDeclaration(export) => match &export.declaration {
                    Declaration::VariableDeclaration(declaration) => declaration,
                    _ => return None,
                },
                _ => return None,
            };
            declaration.declarations.iter().find_map(|d| match (&d.id, &d.init) {
                (BindingPattern::BindingIdentifier(id), Some(init)) if id.name == name => Some(init),
                _ => None,
            })
        })
    }

    /// Follows `path` from `expr` as far as the source shows it.
    fn walk(&self, expr: &'p Expression<'a>, path: &[Segment], undefined: bool, hops: usize) -> &'p Expression<'a> {
        let expr = expr.get_inner_expression();
        if let Expression::Identifier(id) = expr
            && hops < MAX_HOPS
            && let Some(init) = self.binding(&id.name)
        {
            return self.walk(init, path, undefined, hops + 1);
        }
        if let Expression::CallExpression(call) = expr
            && is_define_config(&call.callee)
            && let Some(first) = call.arguments.first().and_then(Argument::as_expression)
        {
            return self.walk(first, path, undefined, hops);
        }
        let Some((segment, rest)) = path.split_first() else {
            return match expr {
                Expression::LogicalExpression(l) if undefined && l.operator != LogicalOperator::And => {
                    self.walk(&l.right, path, undefined, hops)
                }
                _ => expr,
            };
        };
        match (expr, segment) {
            (Expression::ObjectExpression(object), Segment::Key(key)) => {
                let property = object.properties.iter().rev().find_map(|p| match p {
                    ObjectPropertyKind::ObjectProperty(p) if static_key(&p.key).as_deref() == Some(key.as_str()) => Some(&p.value),
                    _ => None,
                });
                let spread = || {
                    object.properties.iter().rev().find_map(|p| match p {
                        ObjectPropertyKind::SpreadProperty(s) => Some(&s.argument),
                        _ => None,
                    })
                };
                match (property, spread()) {
                    (Some(value), _) => self.walk(value, rest, undefined, hops),
                    (None, Some(spread)) => self.walk(spread, path, undefined, hops),
                    (None, None) => expr,
                }
            }
            (Expression::ArrayExpression(array), Segment::Index(i)) => {
                let before = array.elements.iter().take(i + 1);
                let spreads = before.clone().any(|e| matches!(e, ArrayExpressionElement::SpreadElement(_)));
                match array.elements.get(*i).and_then(ArrayExpressionElement::as_expression) {
                    Some(item) if !spreads => self.walk(item, rest, undefined, hops),
                    _ => expr,
                }
            }
            _ => expr,
        }
    }
}

/// `defineConfig` or `kit.defineConfig`.
fn is_define_config(callee: &Expression<'_>) -> bool {
    match callee.get_inner_expression() {
        Expression::Identifier(id) => id.name == "defineConfig",
        other => other.as_member_expression().is_some_and(|m| m.static_property_name() == Some("defineConfig")),
    }
}

/// `key`, `'key'`, `1` or `['key']` as written.
fn static_key(key: &PropertyKey<'_>) -> Option<String> {
    match key {
        PropertyKey::StaticIdentifier(id) => Some(id.name.to_string()),
        PropertyKey::StringLiteral(s) => Some(s.value.to_string()),
        PropertyKey::NumericLiteral(n) => Some(crate::js::number::number_to_string(n.value)),
        key => match key.as_expression()?.get_inner_expression() {
            Expression::StringLiteral(s) => Some(s.value.to_string()),
            _ => None,
        },
    }
}

/// The variables `process.env.NAME` / `process.env['NAME']` in `text` reads, in order.
fn env_reads(text: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("process.env") {
        rest = &rest[at + "process.env".len()..];
        let after = rest.trim_start_matches('?');
        let name: String = if let Some(dotted) = after.strip_prefix('.') {
            dotted.chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '$').collect()
        } else if let Some(bracket) = after.strip_prefix('[').map(str::trim_start)
            && let Some(quote) = bracket.chars().next().filter(|q| matches!(q, '\'' | '"' | '`'))
        {
            bracket[1..].split(quote).next().unwrap_or_default().to_string()
        } else {
            continue;
        };
        if !name.is_empty() && !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    fn origin(text: &str, path: &[Segment], undefined: bool) -> (String, u32, u32) {
        let o = Source::new("drizzle.config.ts", text.to_string()).origin(path, undefined);
        (o.expr, o.at.line, o.at.column)
    }

    fn key(k: &str) -> Segment {
        Segment::Key(k.into())
    }

    #[test]
    fn follows_the_path_through_literals_calls_and_consts() {
        let text = "import { defineConfig } from 'drizzle-kit'\nconst password = process.env.PW\nconst base = { schema: ['a', process.env.S] }\nexport default defineConfig({\n  ...base,\n  dbCredentials: { url: process.env.URL!, password },\n  out: process.env.OUT ?? undefined,\n})";
        assert_eq!(origin(text, &[key("dbCredentials"), key("url")], true), ("process.env.URL".into(), 6, 25));
        assert_eq!(origin(text, &[key("dbCredentials"), key("password")], true), ("process.env.PW".into(), 2, 18));
        assert_eq!(origin(text, &[key("schema"), Segment::Index(1)], true), ("process.env.S".into(), 3, 30));
        assert_eq!(origin(text, &[key("out")], true).0, "undefined");
        assert_eq!(origin(text, &[key("out")], false).0, "process.env.OUT ?? undefined");
        assert_eq!(origin(text, &[key("dbCredentials"), key("missing")], true).0, "{ url: process.env.URL!, password }");
        assert!(origin(text, &[], true).0.starts_with("{ ...base, dbCredentials: {"));
    }

    #[test]
    fn other_export_forms() {
        assert_eq!(origin("module.exports = { a: { b: 1 } }", &[key("a"), key("b")], false).0, "1");
        assert_eq!(origin("const c = { a: 2 }\nexport { c as default }", &[key("a")], false).0, "2");
        assert_eq!(origin("export = { 'my key': 3 }", &[key("my key")], false).0, "3");
    }

    #[test]
    fn env_variables_read() {
        assert_eq!(env_reads("Number(process.env.A) + Number(process.env['B']) + process.env?.A"), ["A", "B"]);
        assert!(env_reads("parseInt('x')").is_empty());
    }
}
