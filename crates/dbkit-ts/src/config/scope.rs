//! The file's top level as the evaluator sees it: which names are bound (imports, `require`s,
//! `const`/`let` declarations, functions, …), which `let`s are reassigned, and where the
//! default export is.

use std::collections::HashMap;

use oxc_ast::ast::*;
use oxc_span::{GetSpan, Span};

/// What a top-level name is bound to.
pub(crate) enum Binding<'a> {
    /// `const x = …` / `let x` / `var x`, or one name destructured from an initializer.
    Value(ValueBinding<'a>),
    /// `import … from 'module'` or `const … = require('module')`.
    Import { module: &'a str, imported: Imported<'a> },
    /// A function, class, enum, namespace or ambient (`declare`) name: not a value dbkit can use.
    Declared { what: &'static str, span: Span },
}

/// Which export of a module an import binds.
pub(crate) enum Imported<'a> {
    /// `import { name } from` / `const { name } = require(…)`.
    Named(&'a str),
    /// Default or namespace import, or `const x = require(…)`.
    Module,
}

pub(crate) struct ValueBinding<'a> {
    pub init: Init<'a>,
    /// Declaration order among top-level declarators and statements (for the TDZ check).
    pub order: u32,
    /// Where the name is declared.
    pub span: Span,
    /// A top-level assignment to the name, which dbkit does not follow.
    pub reassigned: Option<Span>,
}

pub(crate) enum Init<'a> {
    /// `const x = expr` (or `let x;`).
    Expr(Option<&'a Expression<'a>>),
    /// `const { key: x = default } = source`.
    Property { source: &'a Expression<'a>, key: &'a str, default: Option<&'a Expression<'a>> },
    /// A binding pattern dbkit does not evaluate (arrays, nesting, rest elements).
    Pattern(Span),
}

/// The default-exported value.
pub(crate) enum Export<'a> {
    /// `export default expr`, `export = expr`, `module.exports = expr`; `order` is the statement's.
    Expr { expr: &'a Expression<'a>, order: u32 },
    /// `export { name as default }` (evaluated after the whole module has run).
    Name { name: &'a str, span: Span },
    /// `export default function …` / `class …` / `interface …`.
    Declaration(Span),
}

pub(crate) struct Scope<'a> {
    bindings: HashMap<&'a str, Binding<'a>>,
    pub export: Option<Export<'a>>,
}

impl<'a> Scope<'a> {
    pub fn new(program: &'a Program<'a>) -> Self {
        let mut scope = Scope { bindings: HashMap::new(), export: None };
        for (order, statement) in (0u32..).step_by(1024).zip(program.body.iter()) {
            scope.add_statement(statement, order);
        }
        for statement in &program.body {
            scope.find_reassignments(statement);
        }
        scope
    }

    pub fn get(&self, name: &str) -> Option<&Binding<'a>> {
        self.bindings.get(name)
    }

    /// Is `name` an import of `export_name` (or the whole module, if None) from `module`?
    pub fn is_import(&self, name: &str, modules: &[&str], export_name: Option<&str>) -> bool {
        match self.get(name) {
            Some(Binding::Import { module, imported }) if modules.contains(module) => match (imported, export_name) {
                (Imported::Module, None) => true,
                (Imported::Named(n), Some(want)) => *n == want,
                _ => false,
            },
            _ => false,
        }
    }

    /// Statements get orders 0, 1024, 2048, …; the declarators inside one statement count up
    /// from the statement's order.
    fn add_statement(&mut self, statement: &'a Statement<'a>, order: u32) {
        match statement {
            Statement::ImportDeclaration(import) if !import.import_kind.is_type() => {
                self.add_import(import);
            }
            Statement::VariableDeclaration(decl) => self.add_variables(decl, order),
            Statement::ExportDeclaration(export) => self.add_declaration(&export.declaration, order),
            Statement::ExportDefaultDeclaration(export) => {
                self.export = Some(match &export.declaration {
                    ExportDefaultDeclarationKind::FunctionDeclaration(f) => Export::Declaration(f.span),
                    ExportDefaultDeclarationKind::ClassDeclaration(c) => Export::Declaration(c.span),
                    ExportDefaultDeclarationKind::TSInterfaceDeclaration(i) => Export::Declaration(i.span),
                    kind => match kind.as_expression() {
                        Some(expr) => Export::Expr { expr, order },
                        None => Export::Declaration(export.span),
                    },
                });
            }
            Statement::ExportNamedDeclaration(export) if !export.export_kind.is_type() => {
                for spec in &export.specifiers {
                    if spec.exported.name() == "default" && !spec.export_kind.is_type() {
                        let name = spec.local.name().as_str();
                        self.export = Some(Export::Name { name, span: spec.local.span() });
                    }
                }
            }
            Statement::TSExportAssignment(export) => {
                self.export = Some(Export::Expr { expr: &export.expression, order });
            }
            Statement::ExpressionStatement(stmt) => {
                if let Expression::AssignmentExpression(assign) = stmt.expression.get_inner_expression()
                    && is_module_exports(&assign.left)
                {
                    self.export = Some(Export::Expr { expr: &assign.right, order });
                }
            }
            // Functions, classes, enums, namespaces, `import x = …`.
            _ => {
                if let Some(declaration) = statement.as_declaration() {
                    self.add_declaration(declaration, order);
                }
            }
        }
    }

    fn add_import(&mut self, import: &'a ImportDeclaration<'a>) {
        let module = import.source.value.as_str();
        for specifier in import.specifiers.iter().flatten() {
            let (local, imported) = match specifier {
                ImportDeclarationSpecifier::ImportSpecifier(s) if s.import_kind.is_type() => {
                    continue;
                }
                ImportDeclarationSpecifier::ImportSpecifier(s) => (&s.local, Imported::Named(s.imported.name().as_str())),
                ImportDeclarationSpecifier::ImportDefaultSpecifier(s) => (&s.local, Imported::Module),
                ImportDeclarationSpecifier::ImportNamespaceSpecifier(s) => (&s.local, Imported::Module),
            };
            self.bindings.insert(local.name.as_str(), Binding::Import { module, imported });
        }
    }

    fn add_declaration(&mut self, declaration: &'a Declaration<'a>, order: u32) {
        let (id, what) = match declaration {
            Declaration::VariableDeclaration(decl) => return self.add_variables(decl, order),
            Declaration::FunctionDeclaration(f) => (f.id.as_ref(), "a function"),
            Declaration::ClassDeclaration(c) => (c.id.as_ref(), "a class"),
            Declaration::TSEnumDeclaration(e) => (Some(&e.id), "an enum"),
            Declaration::TSNamespaceDeclaration(n) => (Some(&n.id), "a namespace"),
            Declaration::TSImportEqualsDeclaration(i) => (Some(&i.id), "an `import =` binding"),
            _ => return,
        };
        if let Some(id) = id {
            self.bindings.insert(id.name.as_str(), Binding::Declared { what, span: id.span });
        }
    }

    fn add_variables(&mut self, decl: &'a VariableDeclaration<'a>, order: u32) {
        for (order, declarator) in (order..).zip(decl.declarations.iter()) {
            let init = declarator.init.as_ref();
            if decl.declare {
                let mut names = Vec::new();
                bound_names(&declarator.id, &mut names);
                for id in names {
                    let declared = Binding::Declared { what: "an ambient `declare` name", span: id.span };
                    self.bindings.insert(id.name.as_str(), declared);
                }
            } else if let Some(module) = init.and_then(required_module) {
                self.add_require(&declarator.id, module, order);
            } else {
                self.add_pattern(&declarator.id, init, order);
            }
        }
    }

    /// `const x = require('m')` / `const { a, b: c } = require('m')`.
    fn add_require(&mut self, pattern: &'a BindingPattern<'a>, module: &'a str, order: u32) {
        match pattern {
            BindingPattern::BindingIdentifier(id) => {
                let binding = Binding::Import { module, imported: Imported::Module };
                self.bindings.insert(id.name.as_str(), binding);
            }
            BindingPattern::ObjectPattern(object) if object.rest.is_none() => {
                for property in &object.properties {
                    match (&property.value, static_key(&property.key, property.computed)) {
                        (BindingPattern::BindingIdentifier(id), Some(key)) => {
                            let imported = Imported::Named(key);
                            self.bindings.insert(id.name.as_str(), Binding::Import { module, imported });
                        }
                        (other, _) => self.add_unsupported_pattern(other, order),
                    }
                }
            }
            other => self.add_unsupported_pattern(other, order),
        }
    }

    fn add_pattern(&mut self, pattern: &'a BindingPattern<'a>, init: Option<&'a Expression<'a>>, order: u32) {
        match (pattern, init) {
            (BindingPattern::BindingIdentifier(id), _) => self.add_value(id, Init::Expr(init), order),
            (BindingPattern::ObjectPattern(object), Some(source)) => {
                for property in &object.properties {
                    let key = static_key(&property.key, property.computed);
                    let (id, default) = match &property.value {
                        BindingPattern::BindingIdentifier(id) => (Some(id), None),
                        BindingPattern::AssignmentPattern(assign) => match &assign.left {
                            BindingPattern::BindingIdentifier(id) => (Some(id), Some(&assign.right)),
                            _ => (None, None),
                        },
                        _ => (None, None),
                    };
                    match (key, id) {
                        (Some(key), Some(id)) => {
                            self.add_value(id, Init::Property { source, key, default }, order);
                        }
                        _ => self.add_unsupported_pattern(&property.value, order),
                    }
                }
                if let Some(rest) = &object.rest {
                    self.add_unsupported_pattern(&rest.argument, order);
                }
            }
            (other, _) => self.add_unsupported_pattern(other, order),
        }
    }

    fn add_unsupported_pattern(&mut self, pattern: &'a BindingPattern<'a>, order: u32) {
        let mut names = Vec::new();
        bound_names(pattern, &mut names);
        for id in names {
            self.add_value(id, Init::Pattern(pattern.span()), order);
        }
    }

    fn add_value(&mut self, id: &'a BindingIdentifier<'a>, init: Init<'a>, order: u32) {
        let binding = ValueBinding { init, order, span: id.span, reassigned: None };
        self.bindings.insert(id.name.as_str(), Binding::Value(binding));
    }

    /// Marks `let`/`var` names assigned by top-level statements (including inside `if`, blocks,
    /// loops and `try`); function bodies are not followed.
    fn find_reassignments(&mut self, statement: &'a Statement<'a>) {
        match statement {
            Statement::ExpressionStatement(s) => self.find_assignments(&s.expression),
            Statement::IfStatement(s) => {
                self.find_assignments(&s.test);
                self.find_reassignments(&s.consequent);
                if let Some(alternate) = &s.alternate {
                    self.find_reassignments(alternate);
                }
            }
            Statement::BlockStatement(s) => s.body.iter().for_each(|s| self.find_reassignments(s)),
            Statement::TryStatement(s) => {
                s.block.body.iter().for_each(|s| self.find_reassignments(s));
                if let Some(handler) = &s.handler {
                    handler.body.body.iter().for_each(|s| self.find_reassignments(s));
                }
                if let Some(finalizer) = &s.finalizer {
                    finalizer.body.iter().for_each(|s| self.find_reassignments(s));
                }
            }
            Statement::ForStatement(s) => self.find_reassignments(&s.body),
            Statement::ForInStatement(s) => self.find_reassignments(&s.body),
            Statement::ForOfStatement(s) => self.find_reassignments(&s.body),
            Statement::WhileStatement(s) => self.find_reassignments(&s.body),
            Statement::DoWhileStatement(s) => self.find_reassignments(&s.body),
            Statement::LabeledStatement(s) => self.find_reassignments(&s.body),
            _ => {}
        }
    }

    fn find_assignments(&mut self, expr: &'a Expression<'a>) {
        match expr.get_inner_expression() {
            Expression::AssignmentExpression(a) => {
                if let AssignmentTarget::AssignmentTargetIdentifier(id) = &a.left {
                    self.mark_reassigned(id.name.as_str(), a.span);
                }
                self.find_assignments(&a.right);
            }
            Expression::UpdateExpression(u) => {
                if let SimpleAssignmentTarget::AssignmentTargetIdentifier(id) = &u.argument {
                    self.mark_reassigned(id.name.as_str(), u.span);
                }
            }
            Expression::SequenceExpression(s) => s.expressions.iter().for_each(|e| self.find_assignments(e)),
            Expression::LogicalExpression(l) => {
                self.find_assignments(&l.left);
                self.find_assignments(&l.right);
            }
            Expression::ConditionalExpression(c) => {
                self.find_assignments(&c.consequent);
                self.find_assignments(&c.alternate);
            }
            _ => {}
        }
    }

    fn mark_reassigned(&mut self, name: &str, span: Span) {
        if let Some(Binding::Value(binding)) = self.bindings.get_mut(name) {
            binding.reassigned.get_or_insert(span);
        }
    }
}

/// `module.exports` as an assignment target.
fn is_module_exports(target: &AssignmentTarget<'_>) -> bool {
    target.as_member_expression().is_some_and(|m| {
        m.static_property_name() == Some("exports") && matches!(m.object(), Expression::Identifier(id) if id.name == "module")
    })
}

/// `'m'` for an initializer `require('m')`.
pub(crate) fn required_module<'a>(expr: &'a Expression<'a>) -> Option<&'a str> {
    match expr.get_inner_expression() {
        Expression::CallExpression(call) if call.callee.is_specific_id("require") => {
            match call.arguments.first().and_then(Argument::as_expression) {
                Some(Expression::StringLiteral(s)) if call.arguments.len() == 1 => Some(s.value.as_str()),
                _ => None,
            }
        }
        _ => None,
    }
}

/// The name of a destructuring key: `key` or `'key'` (or `['key']`).
fn static_key<'a>(key: &'a PropertyKey<'a>, computed: bool) -> Option<&'a str> {
    match key {
        PropertyKey::StaticIdentifier(id) if !computed => Some(id.name.as_str()),
        PropertyKey::StringLiteral(s) => Some(s.value.as_str()),
        _ => None,
    }
}

/// All names a binding pattern declares.
fn bound_names<'a>(pattern: &'a BindingPattern<'a>, out: &mut Vec<&'a BindingIdentifier<'a>>) {
    match pattern {
        BindingPattern::BindingIdentifier(id) => out.push(id),
        BindingPattern::ObjectPattern(object) => {
            object.properties.iter().for_each(|p| bound_names(&p.value, out));
            if let Some(rest) = &object.rest {
                bound_names(&rest.argument, out);
            }
        }
        BindingPattern::ArrayPattern(array) => {
            array.elements.iter().flatten().for_each(|p| bound_names(p, out));
            if let Some(rest) = &array.rest {
                bound_names(&rest.argument, out);
            }
        }
        BindingPattern::AssignmentPattern(assign) => bound_names(&assign.left, out),
    }
}
