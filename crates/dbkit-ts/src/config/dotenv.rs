//! Finds the .env loads a config asks for without running them: `import 'dotenv/config'`,
//! `require('dotenv/config')`, and `config(…)` from 'dotenv' however it is imported or required,
//! with its `path` option evaluated statically.

use oxc_allocator::Allocator;
use oxc_ast::ast::*;
use oxc_span::{GetSpan, Span};

use super::DotenvRequest;
use super::error::ConfigError;
use super::eval::Evaluator;
use super::scope::{Scope, required_module};
use super::source::Source;
use super::value::Value;

/// Lists the dotenv loads in `source`, in the order Node would run them (imports first, since
/// they are hoisted). `file` is the display path used in messages.
pub fn dotenv_requests(source: &str, file: &str) -> Result<Vec<DotenvRequest>, ConfigError> {
    let src = Source { file, text: source };
    let allocator = Allocator::default();
    let program = src.parse(&allocator)?;
    let scope = Scope::new(&program);
    let mut finder = Finder { src, scope: &scope, imports: Vec::new(), calls: Vec::new(), conditional: false };
    for (order, statement) in (0u32..).step_by(1024).zip(program.body.iter()) {
        match statement {
            Statement::ImportDeclaration(import) if import.source.value == "dotenv/config" && !import.import_kind.is_type() => {
                finder.imports.push(DotenvRequest { path: None });
            }
            statement => finder.statement(statement, order)?,
        }
    }
    finder.imports.append(&mut finder.calls);
    Ok(finder.imports)
}

struct Finder<'s, 'a> {
    src: Source<'s>,
    scope: &'s Scope<'a>,
    imports: Vec<DotenvRequest>,
    calls: Vec<DotenvRequest>,
    /// Inside an `if`, loop or `catch`: a dotenv load here may or may not run.
    conditional: bool,
}

impl<'a> Finder<'_, 'a> {
    /// Looks for dotenv loads in a top-level statement. Blocks and `try` always run; `if`,
    /// loops and `catch` make loads conditional. Function bodies are not followed.
    fn statement(&mut self, statement: &Statement<'a>, order: u32) -> Result<(), ConfigError> {
        match statement {
            Statement::ExpressionStatement(s) => self.expression(&s.expression, order)?,
            Statement::VariableDeclaration(declaration) => {
                for init in declaration.declarations.iter().filter_map(|d| d.init.as_ref()) {
                    self.expression(init, order)?;
                }
            }
            Statement::BlockStatement(block) => {
                for statement in &block.body {
                    self.statement(statement, order)?;
                }
            }
            Statement::TryStatement(s) => {
                for statement in &s.block.body {
                    self.statement(statement, order)?;
                }
                if let Some(finalizer) = &s.finalizer {
                    for statement in &finalizer.body {
                        self.statement(statement, order)?;
                    }
                }
                if let Some(handler) = &s.handler {
                    self.conditionally(&handler.body.body, order)?;
                }
            }
            Statement::IfStatement(s) => {
                self.conditionally(std::slice::from_ref(&s.consequent), order)?;
                if let Some(alternate) = &s.alternate {
                    self.conditionally(std::slice::from_ref(alternate), order)?;
                }
            }
            Statement::ForStatement(s) => self.conditionally(std::slice::from_ref(&s.body), order)?,
            Statement::ForInStatement(s) => self.conditionally(std::slice::from_ref(&s.body), order)?,
            Statement::ForOfStatement(s) => self.conditionally(std::slice::from_ref(&s.body), order)?,
            Statement::WhileStatement(s) => self.conditionally(std::slice::from_ref(&s.body), order)?,
            Statement::DoWhileStatement(s) => self.conditionally(std::slice::from_ref(&s.body), order)?,
            Statement::LabeledStatement(s) => self.statement(&s.body, order)?,
            _ => {}
        }
        Ok(())
    }

    fn conditionally(&mut self, statements: &[Statement<'a>], order: u32) -> Result<(), ConfigError> {
        let outer = std::mem::replace(&mut self.conditional, true);
        let result = statements.iter().try_for_each(|s| self.statement(s, order));
        self.conditional = outer;
        result
    }

    /// A dotenv load at `expr`: an error when it may not run.
    fn found(&self, expr: &Expression<'a>) -> Result<(), ConfigError> {
        if !self.conditional {
            return Ok(());
        }
        let span = expr.span();
        Err(ConfigError::ConditionalDotenv { at: self.src.location(span.start), expr: self.src.snippet(span) })
    }

    /// Looks for dotenv loads in a top-level expression, its callee chain and call arguments
    /// (so `expand(dotenv.config())` and `const env = dotenv.config().parsed` count).
    fn expression(&mut self, expr: &Expression<'a>, order: u32) -> Result<(), ConfigError> {
        let expr = expr.get_inner_expression();
        if required_module(expr) == Some("dotenv/config") {
            self.found(expr)?;
            self.calls.push(DotenvRequest { path: None });
            return Ok(());
        }
        match expr {
            Expression::CallExpression(call) if self.is_dotenv_config(&call.callee) => {
                self.found(expr)?;
                let requests = self.options(call, order)?;
                self.calls.extend(requests);
            }
            Expression::CallExpression(call) => {
                self.expression(&call.callee, order)?;
                for argument in call.arguments.iter().filter_map(Argument::as_expression) {
                    self.expression(argument, order)?;
                }
            }
            Expression::AwaitExpression(e) => self.expression(&e.argument, order)?,
            Expression::ChainExpression(chain) => {
                if let Some(member) = chain.expression.as_member_expression() {
                    self.expression(member.object(), order)?;
                }
            }
            expr => {
                if let Some(member) = expr.as_member_expression() {
                    self.expression(member.object(), order)?;
                }
            }
        }
        Ok(())
    }

    /// `config` imported from 'dotenv', or `<dotenv>.config` where `<dotenv>` is the module
    /// (imported, required, or `require('dotenv')` itself).
    fn is_dotenv_config(&self, callee: &Expression<'a>) -> bool {
        match callee.get_inner_expression() {
            Expression::Identifier(id) => self.scope.is_import(&id.name, &["dotenv"], Some("config")),
            expr => expr.as_member_expression().is_some_and(|member| {
                member.static_property_name() == Some("config")
                    && match member.object().get_inner_expression() {
                        Expression::Identifier(id) => self.scope.is_import(&id.name, &["dotenv"], None),
                        object => required_module(object) == Some("dotenv"),
                    }
            }),
        }
    }

    /// The files one `config(options)` call loads.
    fn options(&self, call: &CallExpression<'a>, order: u32) -> Result<Vec<DotenvRequest>, ConfigError> {
        let Some(argument) = call.arguments.first() else {
            return Ok(vec![DotenvRequest { path: None }]);
        };
        let Some(options) = argument.as_expression() else {
            return Err(self.option_error(argument.span(), "spread arguments are not supported".into()));
        };
        let no_env = |_: &str| None;
        let mut evaluator = Evaluator::new(self.src, self.scope, &no_env, order);
        let value = evaluator.eval(options).map_err(|err| self.not_static(err))?;
        if let Some(name) = evaluator.env_log.first() {
            let why = format!(
                "it reads process.env.{name}, which is only known after the .env files are loaded; use a literal path such as '.env.local'"
            );
            return Err(self.option_error(options.span(), why));
        }
        let properties = match value.value {
            Value::Undefined => return Ok(vec![DotenvRequest { path: None }]),
            Value::Object(properties) => properties,
            other => {
                let why = format!("dotenv's config() takes an options object like `{{ path: '.env.local' }}`, not {}", other.describe());
                return Err(self.option_error(options.span(), why));
            }
        };
        let mut requests = vec![DotenvRequest { path: None }];
        for (key, option) in properties {
            match (key.as_str(), option.value) {
                ("path", Value::Undefined) => {}
                ("path", Value::String(path)) => requests = vec![DotenvRequest { path: Some(path) }],
                ("path", Value::Array(paths)) => {
                    requests = Vec::new();
                    for path in paths {
                        let Value::String(path) = path.value else {
                            let why = "each `path` entry must be a string".into();
                            return Err(self.option_error(path.origin, why));
                        };
                        requests.push(DotenvRequest { path: Some(path) });
                    }
                }
                ("path", _) => {
                    let why = "`path` must be a string or an array of strings".into();
                    return Err(self.option_error(option.origin, why));
                }
                ("override", value) if value.truthy() => {
                    let why = "`override` makes .env values replace the real environment, but dbkit always lets the real environment win; remove `override`".into();
                    return Err(self.option_error(option.origin, why));
                }
                ("processEnv", _) => {
                    let why = "dbkit loads .env values into the environment the config reads; remove `processEnv`".into();
                    return Err(self.option_error(option.origin, why));
                }
                // `debug`, `encoding`, `quiet`, `override: false`, … do not change what is loaded.
                _ => {}
            }
        }
        Ok(requests)
    }

    fn option_error(&self, span: Span, reason: String) -> ConfigError {
        ConfigError::DotenvOption { at: self.src.location(span.start), expr: self.src.snippet(span), reason }
    }

    /// Re-words an evaluation failure inside dotenv options as a dotenv option error.
    fn not_static(&self, err: ConfigError) -> ConfigError {
        match err {
            ConfigError::Unsupported { at, expr, reason } => ConfigError::DotenvOption {
                at,
                expr,
                reason: format!(
                    "dbkit cannot evaluate it without running Node{}; use a literal path such as '.env.local' (relative to the working directory)",
                    reason.map(|r| format!(" ({r})")).unwrap_or_default()
                ),
            },
            other => other,
        }
    }
}
