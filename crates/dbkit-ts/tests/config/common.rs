//! Helpers: evaluate a source with a fixed environment and inspect results or errors.

use dbkit_ts::{ConfigError, EvaluatedConfig, evaluate_config};
use serde_json::Value;

pub const FILE: &str = "drizzle.config.ts";

pub fn evaluate_file(source: &str, file: &str, env: &[(&str, &str)]) -> Result<EvaluatedConfig, ConfigError> {
    let lookup = |name: &str| env.iter().find(|(key, _)| *key == name).map(|(_, value)| value.to_string());
    evaluate_config(source, file, &lookup)
}

/// Evaluates a drizzle.config.ts source, panicking with the error message on failure.
pub fn evaluate(source: &str, env: &[(&str, &str)]) -> EvaluatedConfig {
    evaluate_file(source, FILE, env).unwrap_or_else(|err| panic!("{err}"))
}

/// The value of `v` in `export default { v: <expr> }`, with `prelude` above the export.
pub fn expr_in(prelude: &str, expr: &str, env: &[(&str, &str)]) -> Value {
    let source = format!("{prelude}\nexport default {{ v: {expr} }}\n");
    let config = evaluate(&source, env);
    config.value.get("v").cloned().unwrap_or_else(|| panic!("`{expr}` was undefined"))
}

pub fn expr(expr: &str) -> Value {
    expr_in("", expr, &[])
}

/// The error message for a drizzle.config.ts source; asserts it is one line.
pub fn error_message(source: &str) -> String {
    error_message_in(source, FILE)
}

pub fn error_message_in(source: &str, file: &str) -> String {
    match evaluate_file(source, file, &[]) {
        Ok(config) => panic!("expected an error, got {}", config.value),
        Err(err) => {
            let message = err.to_string();
            assert!(!message.contains('\n'), "multi-line message: {message}");
            message
        }
    }
}

/// Asserts the message starts with `drizzle.config.ts:line:column: ` and quotes `expr`.
pub fn assert_points_at(message: &str, line: u32, column: u32, expr: &str) {
    let prefix = format!("{FILE}:{line}:{column}: ");
    assert!(message.starts_with(&prefix), "expected {prefix:?} in: {message}");
    assert!(message.contains(&format!("`{expr}`")), "expected `{expr}` in: {message}");
}
