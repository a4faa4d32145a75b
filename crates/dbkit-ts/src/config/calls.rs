//! The calls a config may make: `defineConfig(x)` from 'drizzle-kit' (identity) and the JS
//! conversions `parseInt`, `parseFloat` (also `Number.parseInt`/`Number.parseFloat`), `Number`,
//! `String` and `Boolean`. Every other call is `ConfigError::Unsupported`.

use oxc_ast::ast::*;
use oxc_span::GetSpan;

use crate::js::number::{parse_float, parse_int, to_int32};

use super::eval::{Evaluator, Result};
use super::scope::{Binding, Imported};
use super::value::{Val, Value};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Callee {
    DefineConfig,
    ParseInt,
    ParseFloat,
    Number,
    String,
    Boolean,
}

impl Callee {
    fn global(name: &str) -> Option<Self> {
        Some(match name {
            "parseInt" => Callee::ParseInt,
            "parseFloat" => Callee::ParseFloat,
            "Number" => Callee::Number,
            "String" => Callee::String,
            "Boolean" => Callee::Boolean,
            _ => return None,
        })
    }
}

impl<'a> Evaluator<'_, 'a> {
    pub(super) fn call(&mut self, call: &CallExpression<'a>) -> Result<Val> {
        let callee = self.resolve_callee(&call.callee).map_err(|reason| self.unsupported(call.span, reason))?;
        let mut args = Vec::with_capacity(call.arguments.len());
        for argument in &call.arguments {
            match argument.as_expression() {
                Some(expr) => args.push(self.eval(expr)?),
                None => {
                    let why = "spread arguments are not supported".to_string();
                    return Err(self.unsupported(argument.span(), why));
                }
            }
        }
        if callee == Callee::DefineConfig {
            let undefined = Val::new(Value::Undefined, call.span);
            return Ok(args.into_iter().next().unwrap_or(undefined));
        }
        let arg = |i: usize| args.get(i).map_or(&Value::Undefined, |a| &a.value);
        let value = match callee {
            Callee::ParseInt => Value::Number(parse_int(&arg(0).to_js_string(), to_int32(arg(1).to_number()))),
            Callee::ParseFloat => Value::Number(parse_float(&arg(0).to_js_string())),
            Callee::Number if args.is_empty() => Value::Number(0.0),
            Callee::Number => Value::Number(arg(0).to_number()),
            Callee::String if args.is_empty() => Value::String(String::new()),
            Callee::String => Value::String(arg(0).to_js_string()),
            Callee::Boolean => Value::Bool(arg(0).truthy()),
            Callee::DefineConfig => unreachable!("handled above"),
        };
        Ok(Val::new(value, call.span))
    }

    /// Which known function a callee is, or why it is not one.
    fn resolve_callee(&self, callee: &Expression<'a>) -> std::result::Result<Callee, Option<String>> {
        match callee.get_inner_expression() {
            Expression::Identifier(id) => {
                let name = id.name.as_str();
                match self.scope.get(name) {
                    Some(Binding::Import { module: "drizzle-kit", imported: Imported::Named("defineConfig") }) => Ok(Callee::DefineConfig),
                    Some(Binding::Import { module, .. }) => Err(Some(format!("`{name}` is imported from '{module}'"))),
                    Some(Binding::Declared { what, .. }) => Err(Some(format!("`{name}` is {what}"))),
                    Some(Binding::Value(_)) => Err(Some(format!("`{name}` is a variable, not a function dbkit knows"))),
                    None if name == "require" => Err(Some("`require` loads another module".into())),
                    None => Callee::global(name).ok_or_else(|| Some(format!("`{name}` is not a function dbkit knows"))),
                }
            }
            expr => {
                let Some(member) = expr.as_member_expression() else {
                    return Err(None);
                };
                let Expression::Identifier(object) = member.object().get_inner_expression() else {
                    return Err(None);
                };
                match member.static_property_name() {
                    Some("defineConfig") if self.scope.is_import(&object.name, &["drizzle-kit"], None) => Ok(Callee::DefineConfig),
                    Some(name @ ("parseInt" | "parseFloat")) if object.name == "Number" && self.scope.get("Number").is_none() => {
                        Callee::global(name).ok_or(None)
                    }
                    _ => Err(None),
                }
            }
        }
    }
}
