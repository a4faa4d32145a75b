//! oxc's AST → the interpreter's tree (`ast.rs`): module declarations (imports, exports),
//! statements, functions and binding patterns, with TypeScript erased. Expressions are in
//! `lower_expr.rs`. Lowering never fails: constructs dbkit does not run become `Unsupported`
//! nodes that fail when evaluated.

use std::cell::Cell;
use std::collections::HashMap;
use std::rc::Rc;

use oxc_ast::ast as oxc;
use oxc_span::{GetSpan, Span};

use super::ast::*;
use super::number::number_to_string;
use rustc_hash::FxHashMap as FxMap;

const LOOP_HINT: &str = "use `for (const x of list)` or array methods such as `.map()`";

/// Lowers one file, given as one oxc program or as several (a large file is parsed in pieces,
/// see `source.rs`): [`Lowerer::add`] each in order, then [`Lowerer::finish`].
pub(crate) struct Lowerer {
    typescript: bool,
    /// Every name and string literal of the file, each allocated once and shared by the tree,
    /// with whether it is read as an identifier (to drop imports used only as types).
    names: FxMap<Name, Cell<bool>>,
    /// `var` names of the function (or module) being lowered.
    vars: Vec<(Name, Span)>,
    /// Where the piece being lowered starts in the file: added to oxc's spans.
    base: u32,
    body: Vec<Stmt>,
    imports: Vec<Import>,
    exports: Vec<Export>,
    requests: Vec<Request>,
    has_module_syntax: bool,
    export_assignment: bool,
}

/// Where an import or re-export sits among the module's requests.
enum Request {
    Import(usize),
    Plain(Name, Span),
}

pub(super) fn unsupported(what: &'static str, hint: &'static str) -> Box<Unsupported> {
    Box::new(Unsupported { what, hint })
}

impl Lowerer {
    pub fn new(typescript: bool) -> Self {
        Self {
            typescript,
            names: FxMap::default(),
            vars: Vec::new(),
            base: 0,
            body: Vec::new(),
            imports: Vec::new(),
            exports: Vec::new(),
            requests: Vec::new(),
            has_module_syntax: false,
            export_assignment: false,
        }
    }

    /// A name (or string) of the file, shared with its other occurrences.
    pub(super) fn name(&mut self, s: &str) -> Name {
        if let Some((name, _)) = self.names.get_key_value(s) {
            return name.clone();
        }
        let name: Name = Rc::from(s);
        self.names.insert(name.clone(), Cell::new(false));
        name
    }

    /// A name read as an identifier (an import it names is used as a value).
    pub(super) fn read(&mut self, s: &str) -> Name {
        if let Some((name, used)) = self.names.get_key_value(s) {
            used.set(true);
            return name.clone();
        }
        let name: Name = Rc::from(s);
        self.names.insert(name.clone(), Cell::new(true));
        name
    }

    fn is_read(&self, name: &str) -> bool {
        self.names.get(name).is_some_and(Cell::get)
    }

    /// An oxc span of the piece being lowered, as a span of the file.
    pub(super) fn sp(&self, span: Span) -> Span {
        Span::new(span.start + self.base, span.end + self.base)
    }

    /// Lowers the statements of `program`, a piece of the file starting at byte `base`.
    pub fn add(&mut self, program: &oxc::Program<'_>, base: u32) {
        self.base = base;
        for statement in &program.body {
            if statement.is_module_declaration() {
                self.has_module_syntax = true;
            }
            match statement {
                oxc::Statement::ImportDeclaration(import) => {
                    if let Some(import) = self.import(import) {
                        self.requests.push(Request::Import(self.imports.len()));
                        self.imports.push(import);
                    }
                }
                oxc::Statement::ExportNamedDeclaration(export) if !export.export_kind.is_type() => {
                    for spec in export.specifiers.iter().filter(|s| !s.export_kind.is_type()) {
                        let local = self.read(&spec.local.name());
                        let exported = self.name(&spec.exported.name());
                        self.exports.push(Export::Local { exported, local });
                    }
                }
                oxc::Statement::ExportFromDeclaration(export) if !export.export_kind.is_type() => {
                    let specifier = self.name(&export.source.value);
                    for spec in export.specifiers.iter().filter(|s| !s.export_kind.is_type()) {
                        let imported = Imported::Name(self.name(&spec.local.name()));
                        let exported = self.name(&spec.exported.name());
                        self.exports.push(Export::From { exported, imported, specifier: specifier.clone() });
                    }
                    self.requests.push(Request::Plain(specifier, self.sp(export.span)));
                }
                oxc::Statement::ExportAllDeclaration(export) if !export.export_kind.is_type() => {
                    let specifier = self.name(&export.source.value);
                    let export_entry = match &export.exported {
                        Some(exported) => Export::From {
                            exported: self.name(&exported.name()),
                            imported: Imported::Namespace,
                            specifier: specifier.clone(),
                        },
                        None => Export::Star { specifier: specifier.clone() },
                    };
                    self.exports.push(export_entry);
                    self.requests.push(Request::Plain(specifier, self.sp(export.span)));
                }
                oxc::Statement::ExportDeclaration(export) => {
                    let statement = self.declaration(&export.declaration, self.sp(export.span));
                    for local in declared_names(&statement) {
                        self.exports.push(Export::Local { exported: local.clone(), local });
                    }
                    self.body.push(statement);
                }
                oxc::Statement::ExportDefaultDeclaration(export) => {
                    if let Some(statement) = self.export_default(export) {
                        let local = declared_names(&statement).pop().unwrap_or_else(|| self.name(DEFAULT_SLOT));
                        let exported = self.name("default");
                        self.exports.push(Export::Local { exported, local });
                        self.body.push(statement);
                    }
                }
                oxc::Statement::TSExportAssignment(export) => {
                    self.export_assignment = true;
                    let value = self.expr(&export.expression);
                    let statement = self.module_exports_assignment(value, self.sp(export.span));
                    self.body.push(statement);
                }
                statement if statement.is_module_declaration() => {}
                statement => {
                    let statement = self.statement(statement);
                    self.body.push(statement);
                }
            }
        }
    }

    pub fn finish(mut self) -> Program {
        let imports = std::mem::take(&mut self.imports);
        let imports = self.elide_type_imports(imports);
        let requests = std::mem::take(&mut self.requests)
            .into_iter()
            .filter_map(|request| match request {
                Request::Import(i) => imports[i].as_ref().map(|import| (import.specifier.clone(), import.span)),
                Request::Plain(specifier, span) => Some((specifier, span)),
            })
            .collect();
        let imports: Vec<Import> = imports.into_iter().flatten().collect();
        let (export_index, import_index) = indexes(&self.exports, &imports);
        Program {
            body: std::mem::take(&mut self.body),
            imports,
            exports: std::mem::take(&mut self.exports),
            export_index,
            import_index,
            requests,
            vars: std::mem::take(&mut self.vars),
            has_module_syntax: self.has_module_syntax,
            export_assignment: self.export_assignment,
        }
    }

    /// An import's value bindings; None for `import type …` and for an import whose every
    /// specifier is `type`.
    fn import(&mut self, import: &oxc::ImportDeclaration<'_>) -> Option<Import> {
        if import.import_kind.is_type() {
            return None;
        }
        let mut bindings = Vec::new();
        let specifiers = import.specifiers.as_ref();
        for specifier in specifiers.into_iter().flatten() {
            let (local, imported, span) = match specifier {
                oxc::ImportDeclarationSpecifier::ImportSpecifier(s) if s.import_kind.is_type() => continue,
                oxc::ImportDeclarationSpecifier::ImportSpecifier(s) => (&s.local, Imported::Name(self.name(&s.imported.name())), s.span),
                oxc::ImportDeclarationSpecifier::ImportDefaultSpecifier(s) => (&s.local, Imported::Name(self.name("default")), s.span),
                oxc::ImportDeclarationSpecifier::ImportNamespaceSpecifier(s) => (&s.local, Imported::Namespace, s.span),
            };
            bindings.push(ImportBinding { local: self.name(&local.name), imported, span: self.sp(span) });
        }
        let all_types = bindings.is_empty() && specifiers.is_some_and(|s| !s.is_empty());
        (!all_types).then(|| Import { specifier: self.name(&import.source.value), bindings, span: self.sp(import.span) })
    }

    /// TypeScript drops imports whose names are only used as types (tsc and esbuild both do),
    /// so such an import neither loads its module nor needs its names to exist.
    fn elide_type_imports(&self, imports: Vec<Import>) -> Vec<Option<Import>> {
        imports
            .into_iter()
            .map(|mut import| {
                if !self.typescript || import.bindings.is_empty() {
                    return Some(import);
                }
                import.bindings.retain(|b| self.is_read(&b.local));
                (!import.bindings.is_empty()).then_some(import)
            })
            .collect()
    }

    fn export_default(&mut self, export: &oxc::ExportDefaultDeclaration<'_>) -> Option<Stmt> {
        let span = self.sp(export.span);
        let kind = match &export.declaration {
            oxc::ExportDefaultDeclarationKind::FunctionDeclaration(f) => {
                let local = self.name(f.id.as_ref().map_or(DEFAULT_SLOT, |id| id.name.as_str()));
                StmtKind::Function(local, self.function(f))
            }
            oxc::ExportDefaultDeclarationKind::ClassDeclaration(c) => {
                let name = self.name(c.id.as_ref().map_or(DEFAULT_SLOT, |id| id.name.as_str()));
                StmtKind::Class(self.class(name, c))
            }
            oxc::ExportDefaultDeclarationKind::TSInterfaceDeclaration(_) => return None,
            kind => match kind.as_expression() {
                Some(expr) => StmtKind::ExportDefault(self.expr(expr)),
                None => return None,
            },
        };
        Some(Stmt { kind, span })
    }

    pub(super) fn statements(&mut self, statements: &[oxc::Statement<'_>]) -> Box<[Stmt]> {
        statements.iter().map(|s| self.statement(s)).collect()
    }

    pub(super) fn statement(&mut self, statement: &oxc::Statement<'_>) -> Stmt {
        use oxc::Statement as S;
        let span = self.sp(statement.span());
        let unsupported_stmt = |what, hint| Stmt { kind: StmtKind::Unsupported(unsupported(what, hint)), span };
        let kind = match statement {
            S::BlockStatement(block) => StmtKind::Block(self.statements(&block.body)),
            S::EmptyStatement(_) | S::DebuggerStatement(_) => StmtKind::Empty,
            S::ExpressionStatement(s) => StmtKind::Expr(self.expr(&s.expression)),
            S::IfStatement(s) => StmtKind::If(Box::new(If {
                test: self.expr(&s.test),
                then: self.statement(&s.consequent),
                otherwise: s.alternate.as_ref().map(|a| self.statement(a)),
            })),
            S::ForOfStatement(s) => return self.for_of(s),
            S::ReturnStatement(s) => StmtKind::Return(s.argument.as_ref().map(|e| self.expr(e))),
            S::ThrowStatement(s) => StmtKind::Throw(self.expr(&s.argument)),
            S::BreakStatement(s) if s.label.is_none() => StmtKind::Break,
            S::ContinueStatement(s) if s.label.is_none() => StmtKind::Continue,
            S::BreakStatement(_) | S::ContinueStatement(_) | S::LabeledStatement(_) => {
                return unsupported_stmt("labels", "use plain `break`/`continue` in a `for…of` loop");
            }
            S::ForStatement(_) => return unsupported_stmt("`for (;;)` loops", LOOP_HINT),
            S::ForInStatement(_) => return unsupported_stmt("`for…in` loops", "use `for (const key of Object.keys(object))`"),
            S::WhileStatement(_) | S::DoWhileStatement(_) => return unsupported_stmt("`while` loops", LOOP_HINT),
            S::TryStatement(_) => return unsupported_stmt("`try` blocks", "dbkit cannot catch errors; remove the `try`"),
            S::SwitchStatement(s) => StmtKind::Switch(Box::new(Switch {
                discriminant: self.expr(&s.discriminant),
                cases: s.cases.iter().map(|c| (c.test.as_ref().map(|t| self.expr(t)), self.statements(&c.consequent))).collect(),
            })),
            S::WithStatement(_) => return unsupported_stmt("`with`", "use ordinary property access"),
            statement => match statement.as_declaration() {
                Some(declaration) => return self.declaration(declaration, span),
                // Module declarations are handled by `program` (and cannot nest).
                None => StmtKind::Empty,
            },
        };
        Stmt { kind, span }
    }

    fn for_of(&mut self, s: &oxc::ForOfStatement<'_>) -> Stmt {
        let span = self.sp(s.span);
        let kind = match &s.left {
            _ if s.r#await => StmtKind::Unsupported(unsupported("`for await` loops", "dbkit cannot wait for promises")),
            oxc::ForStatementLeft::VariableDeclaration(decl) if decl.declarations.len() == 1 => {
                let kind = decl_kind(decl.kind);
                let pattern = self.pattern(&decl.declarations[0].id);
                if kind == DeclKind::Var {
                    pattern.names(&mut self.vars);
                }
                StmtKind::ForOf(Box::new(ForOf { kind, pattern, iterable: self.expr(&s.right), body: self.statement(&s.body) }))
            }
            _ => StmtKind::Unsupported(unsupported(
                "`for…of` over an existing variable",
                "declare the loop variable: `for (const x of list)`",
            )),
        };
        Stmt { kind, span }
    }

    fn declaration(&mut self, declaration: &oxc::Declaration<'_>, span: Span) -> Stmt {
        use oxc::Declaration as D;
        let kind = match declaration {
            D::VariableDeclaration(decl) if decl.declare => StmtKind::Empty,
            D::VariableDeclaration(decl) => match decl.kind {
                oxc::VariableDeclarationKind::Using | oxc::VariableDeclarationKind::AwaitUsing => {
                    StmtKind::Unsupported(unsupported("`using` declarations", "use `const`"))
                }
                kind => {
                    let kind = decl_kind(kind);
                    let declarators: Box<[_]> =
                        decl.declarations.iter().map(|d| (self.pattern(&d.id), d.init.as_ref().map(|e| self.expr(e)))).collect();
                    if kind == DeclKind::Var {
                        declarators.iter().for_each(|(p, _)| p.names(&mut self.vars));
                    }
                    StmtKind::Declare { kind, declarators }
                }
            },
            D::FunctionDeclaration(f) => match (&f.id, &f.body) {
                (Some(id), Some(_)) if !f.declare => StmtKind::Function(self.name(&id.name), self.function(f)),
                // Overload signatures and `declare function`.
                _ => StmtKind::Empty,
            },
            D::ClassDeclaration(c) => match &c.id {
                Some(id) if !c.declare => {
                    let name = self.name(&id.name);
                    StmtKind::Class(self.class(name, c))
                }
                _ => StmtKind::Empty,
            },
            D::TSEnumDeclaration(e) if e.declare => StmtKind::Empty,
            D::TSEnumDeclaration(e) => {
                let members = e
                    .body
                    .members
                    .iter()
                    .map(|m| (self.name(&enum_member_name(&m.id)), m.initializer.as_ref().map(|i| self.expr(i))))
                    .collect();
                StmtKind::Enum { name: self.name(&e.id.name), members }
            }
            D::TSNamespaceDeclaration(n) if n.declare || namespace_is_types_only(n) => StmtKind::Empty,
            D::TSNamespaceDeclaration(_) => {
                StmtKind::Unsupported(unsupported("namespaces with values", "use a plain object or a separate module"))
            }
            D::TSImportEqualsDeclaration(i) if i.import_kind.is_type() => StmtKind::Empty,
            D::TSImportEqualsDeclaration(_) => StmtKind::Unsupported(unsupported("`import x = require(…)`", "use `import x from '…'`")),
            D::TSTypeAliasDeclaration(_) | D::TSInterfaceDeclaration(_) | D::TSExternalModuleDeclaration(_) | D::TSGlobalDeclaration(_) => {
                StmtKind::Empty
            }
        };
        Stmt { kind, span }
    }

    pub(super) fn function(&mut self, f: &oxc::Function<'_>) -> Rc<Function> {
        let outer_vars = std::mem::take(&mut self.vars);
        let (params, rest) = self.params(&f.params);
        let body = Body::Block(f.body.as_ref().map(|b| self.statements(&b.statements)).unwrap_or_default());
        let unsupported = match (f.r#async, f.generator) {
            (true, _) => Some(unsupported("async functions", "dbkit cannot wait for promises; make the function synchronous")),
            (false, true) => Some(unsupported("generator functions", "return an array instead")),
            _ => None,
        };
        let vars = std::mem::replace(&mut self.vars, outer_vars).into_boxed_slice();
        let name = f.id.as_ref().map(|id| self.name(&id.name));
        Rc::new(Function { name, params, rest, body, arrow: false, unsupported, vars, span: self.sp(f.span) })
    }

    pub(super) fn arrow(&mut self, f: &oxc::ArrowFunctionExpression<'_>) -> Rc<Function> {
        let outer_vars = std::mem::take(&mut self.vars);
        let (params, rest) = self.params(&f.params);
        let body = match &f.body {
            oxc::ArrowFunctionBody::FunctionBody(body) => Body::Block(self.statements(&body.statements)),
            body => match body.as_expression() {
                Some(expr) => Body::Expr(Box::new(self.expr(expr))),
                None => Body::Block(Box::default()),
            },
        };
        let unsupported =
            f.r#async.then(|| unsupported("async functions", "dbkit cannot wait for promises; make the function synchronous"));
        let vars = std::mem::replace(&mut self.vars, outer_vars).into_boxed_slice();
        Rc::new(Function { name: None, params, rest, body, arrow: true, unsupported, vars, span: self.sp(f.span) })
    }

    fn params(&mut self, params: &oxc::FormalParameters<'_>) -> (Box<[Pattern]>, Option<Box<Pattern>>) {
        let items = params
            .items
            .iter()
            .map(|p| {
                let pattern = self.pattern(&p.pattern);
                match &p.initializer {
                    Some(default) => Pattern::Default(Box::new(pattern), Box::new(self.expr(default))),
                    None => pattern,
                }
            })
            .collect();
        let rest = params.rest.as_ref().map(|r| Box::new(self.pattern(&r.rest.argument)));
        (items, rest)
    }

    pub(super) fn pattern(&mut self, pattern: &oxc::BindingPattern<'_>) -> Pattern {
        match pattern {
            oxc::BindingPattern::BindingIdentifier(id) => Pattern::Ident(self.name(&id.name), self.sp(id.span)),
            oxc::BindingPattern::ObjectPattern(object) => Pattern::Object(Box::new(ObjectPattern {
                properties: object.properties.iter().map(|p| (self.key(&p.key, p.computed), self.pattern(&p.value))).collect(),
                rest: object.rest.as_ref().map(|r| self.pattern(&r.argument)),
                span: self.sp(object.span),
            })),
            oxc::BindingPattern::ArrayPattern(array) => Pattern::Array(Box::new(ArrayPattern {
                items: array.elements.iter().map(|e| e.as_ref().map(|p| self.pattern(p))).collect(),
                rest: array.rest.as_ref().map(|r| self.pattern(&r.argument)),
                span: self.sp(array.span),
            })),
            oxc::BindingPattern::AssignmentPattern(assign) => {
                Pattern::Default(Box::new(self.pattern(&assign.left)), Box::new(self.expr(&assign.right)))
            }
        }
    }

    /// `module.exports = value`, which tsc emits for `export = value`.
    fn module_exports_assignment(&mut self, value: Expr, span: Span) -> Stmt {
        let module = Box::new(Expr { kind: ExprKind::Ident(self.name("module")), span });
        let target = Target::Member { object: module, property: Property::Static(self.name("exports"), span) };
        let assign = ExprKind::Assign(Box::new(Assign { target, operator: oxc::AssignmentOperator::Assign, value }));
        Stmt { kind: StmtKind::Expr(Expr { kind: assign, span }), span }
    }

    /// A class body: the constructor (with its parameter properties), and the methods, getters
    /// and fields in order. Setters, static blocks and accessor properties have no place in
    /// schema code and are left out; abstract and declared members have no runtime part.
    pub(super) fn class(&mut self, name: Name, c: &oxc::Class<'_>) -> Rc<Class> {
        let mut class =
            Class { name, constructor: None, parameter_properties: Box::new([]), members: Box::new([]), extends: c.heritage.is_some() };
        let mut members = Vec::new();
        for element in &c.body.body {
            match element {
                oxc::ClassElement::MethodDefinition(m) if m.value.body.is_some() => match m.kind {
                    oxc::MethodDefinitionKind::Constructor => {
                        class.parameter_properties = m
                            .value
                            .params
                            .items
                            .iter()
                            .enumerate()
                            .filter(|(_, p)| p.accessibility.is_some() || p.readonly || p.r#override)
                            .filter_map(|(i, p)| match &p.pattern {
                                oxc::BindingPattern::BindingIdentifier(id) => Some((i, self.name(&id.name))),
                                _ => None,
                            })
                            .collect();
                        class.constructor = Some(self.function(&m.value));
                    }
                    oxc::MethodDefinitionKind::Method | oxc::MethodDefinitionKind::Get => {
                        let key = self.key(&m.key, m.computed);
                        let function = self.function(&m.value);
                        let kind = if m.kind == oxc::MethodDefinitionKind::Get {
                            ClassMemberKind::Getter(function)
                        } else {
                            ClassMemberKind::Method(function)
                        };
                        members.push(ClassMember { is_static: m.r#static, key, kind });
                    }
                    oxc::MethodDefinitionKind::Set => {}
                },
                oxc::ClassElement::PropertyDefinition(p) if !p.declare && p.r#type == oxc::PropertyDefinitionType::PropertyDefinition => {
                    let key = self.key(&p.key, p.computed);
                    let value = p.value.as_ref().map(|v| self.expr(v));
                    members.push(ClassMember { is_static: p.r#static, key, kind: ClassMemberKind::Field(value) });
                }
                _ => {}
            }
        }
        class.members = members.into();
        Rc::new(class)
    }

    pub(super) fn key(&mut self, key: &oxc::PropertyKey<'_>, computed: bool) -> Key {
        match key {
            oxc::PropertyKey::StaticIdentifier(id) if !computed => Key::Static(self.name(&id.name)),
            oxc::PropertyKey::PrivateIdentifier(id) => Key::Static(self.name(&format!("#{}", id.name))),
            oxc::PropertyKey::StringLiteral(s) => Key::Static(self.name(&s.value)),
            oxc::PropertyKey::NumericLiteral(n) => Key::Static(self.name(&number_to_string(n.value))),
            key => match key.as_expression() {
                Some(expr) => Key::Computed(Box::new(self.expr(expr))),
                None => Key::Static(self.name("")),
            },
        }
    }
}

/// [`Program::export_index`] and [`Program::import_index`]: the first of each name wins, as a
/// scan in order would find it.
fn indexes(exports: &[Export], imports: &[Import]) -> (HashMap<Name, usize>, HashMap<Name, (usize, usize)>) {
    let mut export_index = HashMap::with_capacity(exports.len());
    for (i, export) in exports.iter().enumerate() {
        if let Export::Local { exported, .. } | Export::From { exported, .. } = export {
            export_index.entry(exported.clone()).or_insert(i);
        }
    }
    let mut import_index = HashMap::new();
    for (i, import) in imports.iter().enumerate() {
        for (j, binding) in import.bindings.iter().enumerate() {
            import_index.entry(binding.local.clone()).or_insert((i, j));
        }
    }
    (export_index, import_index)
}

fn decl_kind(kind: oxc::VariableDeclarationKind) -> DeclKind {
    match kind {
        oxc::VariableDeclarationKind::Var => DeclKind::Var,
        oxc::VariableDeclarationKind::Let => DeclKind::Let,
        _ => DeclKind::Const,
    }
}

fn enum_member_name(id: &oxc::TSEnumMemberName<'_>) -> String {
    match id {
        oxc::TSEnumMemberName::Identifier(id) => id.name.to_string(),
        oxc::TSEnumMemberName::String(s) | oxc::TSEnumMemberName::ComputedString(s) => s.value.to_string(),
        oxc::TSEnumMemberName::ComputedTemplateString(t) => {
            t.quasis.iter().filter_map(|q| q.value.cooked.as_ref().map(|c| c.to_string())).collect::<String>()
        }
    }
}

/// A namespace holding only types (interfaces, aliases, ambient names, nested such namespaces)
/// has no runtime value, as in tsc's output.
fn namespace_is_types_only(namespace: &oxc::TSNamespaceDeclaration<'_>) -> bool {
    let statements = match &namespace.body {
        oxc::TSNamespaceDeclarationBody::TSNamespaceDeclaration(inner) => return namespace_is_types_only(inner),
        oxc::TSNamespaceDeclarationBody::TSModuleBlock(block) => &block.body,
    };
    statements.iter().all(|statement| {
        let declaration = match statement {
            oxc::Statement::ExportDeclaration(export) => &export.declaration,
            statement => match statement.as_declaration() {
                Some(declaration) => declaration,
                None => return matches!(statement, oxc::Statement::EmptyStatement(_)),
            },
        };
        match declaration {
            oxc::Declaration::TSTypeAliasDeclaration(_) | oxc::Declaration::TSInterfaceDeclaration(_) => true,
            oxc::Declaration::VariableDeclaration(d) => d.declare,
            oxc::Declaration::FunctionDeclaration(f) => f.declare || f.body.is_none(),
            oxc::Declaration::TSNamespaceDeclaration(n) => n.declare || namespace_is_types_only(n),
            _ => false,
        }
    })
}

/// The names a lowered declaration binds (for `export const …` / `export function …`).
fn declared_names(statement: &Stmt) -> Vec<Name> {
    match &statement.kind {
        StmtKind::Declare { declarators, .. } => {
            let mut names = Vec::new();
            declarators.iter().for_each(|(p, _)| p.names(&mut names));
            names.into_iter().map(|(n, _)| n).collect()
        }
        StmtKind::Function(name, _) | StmtKind::Enum { name, .. } => vec![name.clone()],
        StmtKind::Class(class) => vec![class.name.clone()],
        _ => Vec::new(),
    }
}
