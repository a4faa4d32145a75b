//! Operators on evaluated values: unary `!`, `+`, `-`; binary arithmetic (`+` with JS string
//! concatenation) and `==`/`===`/`!=`/`!==` on primitives; short-circuiting `||`, `&&`, `??`.

use oxc_ast::ast::*;

use super::eval::{Evaluator, Result};
use super::value::{Val, Value};

impl<'a> Evaluator<'_, 'a> {
    pub(super) fn unary(&mut self, unary: &UnaryExpression<'a>) -> Result<Value> {
        let operator = unary.operator;
        if !matches!(operator, UnaryOperator::LogicalNot | UnaryOperator::UnaryPlus | UnaryOperator::UnaryNegation) {
            let why = format!("the `{}` operator is not supported", operator.as_str());
            return Err(self.unsupported(unary.span, why));
        }
        let argument = self.eval(&unary.argument)?.value;
        Ok(match operator {
            UnaryOperator::LogicalNot => Value::Bool(!argument.truthy()),
            UnaryOperator::UnaryNegation => Value::Number(-argument.to_number()),
            _ => Value::Number(argument.to_number()),
        })
    }

    pub(super) fn binary(&mut self, binary: &BinaryExpression<'a>) -> Result<Value> {
        use BinaryOperator as Op;
        let operator = binary.operator;
        let equality = matches!(operator, Op::Equality | Op::Inequality | Op::StrictEquality | Op::StrictInequality);
        let arithmetic =
            matches!(operator, Op::Addition | Op::Subtraction | Op::Multiplication | Op::Division | Op::Remainder | Op::Exponential);
        if !equality && !arithmetic {
            let why = format!("the `{}` operator is not supported", operator.as_str());
            return Err(self.unsupported(binary.span, why));
        }
        let left = self.eval(&binary.left)?.value;
        let right = self.eval(&binary.right)?.value;
        if equality {
            if [&left, &right].iter().any(|v| matches!(v, Value::Array(_) | Value::Object(_))) {
                let why = "objects and arrays compare by identity, which dbkit does not model";
                return Err(self.unsupported(binary.span, why.to_string()));
            }
            return Ok(Value::Bool(match operator {
                Op::Equality => left.loose_equals(&right),
                Op::Inequality => !left.loose_equals(&right),
                Op::StrictEquality => left.strict_equals(&right),
                _ => !left.strict_equals(&right),
            }));
        }
        if operator == Op::Addition {
            return Ok(left.add(&right));
        }
        let (a, b) = (left.to_number(), right.to_number());
        Ok(Value::Number(match operator {
            Op::Subtraction => a - b,
            Op::Multiplication => a * b,
            Op::Division => a / b,
            Op::Remainder => a % b,
            // JS: `1 ** NaN` and `(±1) ** ±Infinity` are NaN (Rust's powf says 1).
            _ if b.is_nan() || (a.abs() == 1.0 && b.is_infinite()) => f64::NAN,
            _ => a.powf(b),
        }))
    }

    pub(super) fn logical(&mut self, logical: &LogicalExpression<'a>) -> Result<Val> {
        let left = self.eval(&logical.left)?;
        let keep_left = match logical.operator {
            LogicalOperator::Or => left.value.truthy(),
            LogicalOperator::And => !left.value.truthy(),
            LogicalOperator::Coalesce => !left.value.is_nullish(),
        };
        if keep_left { Ok(left) } else { self.eval(&logical.right) }
    }
}
