//! Helpers: evaluate a config held in memory (with other project files and `.env` files beside
//! it) in a fixed environment, and inspect results or errors.

use std::collections::HashMap;

use dbkit_ts::{ConfigError, ConfigOptions, EvaluatedConfig, evaluate_config};
use serde_json::Value;

pub const FILE: &str = "drizzle.config.ts";

/// Evaluates `file` among `files` (path → text; `.env` files are read by dotenv from there, as
/// `KEY=value` lines) with `env` as the environment and `aliases` as tsconfig paths.
pub fn evaluate_project(
    file: &str,
    files: &[(&str, &str)],
    env: &[(&str, &str)],
    aliases: &[(&str, &str)],
) -> Result<EvaluatedConfig, ConfigError> {
    let files: HashMap<String, String> = files.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    let dotenv_files = files.clone();
    let options = ConfigOptions {
        files: Box::new(move |path: &str| files.get(path).cloned()),
        dotenv: Box::new(move |path: Option<&str>| {
            let text = dotenv_files.get(path.unwrap_or(".env")).cloned().unwrap_or_default();
            Ok(text.lines().filter_map(|line| line.split_once('=')).map(|(k, v)| (k.trim().to_string(), v.trim().to_string())).collect())
        }),
        env: env.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
        aliases: aliases.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
    };
    evaluate_config(file, options)
}

pub fn evaluate_file(source: &str, file: &str, env: &[(&str, &str)]) -> Result<EvaluatedConfig, ConfigError> {
    evaluate_project(file, &[(file, source)], env, &[])
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
    one_line(evaluate_file(source, file, &[]))
}

/// The message of an expected error; asserts it is one line.
pub fn one_line(result: Result<EvaluatedConfig, ConfigError>) -> String {
    match result {
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
