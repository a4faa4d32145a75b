//! Every error kind: each message is one line with file:line:column, the expression and a remedy.

use dbkit_ts::ConfigError;

use crate::common::{FILE, assert_points_at, error_message, error_message_in, evaluate_file};

/// `export default { v: <expr> }` over three lines: `<expr>` starts at 2:6.
fn in_config(expr: &str) -> String {
    format!("export default {{\n  v: {expr},\n}}\n")
}

const REMEDY: &str = "dbkit reads drizzle.config.ts without running Node; use a literal, process.env.X, or a simple expression";

#[test]
fn unknown_call_has_the_documented_message() {
    let message = error_message(&in_config("getUrl()"));
    assert_eq!(message, format!("{FILE}:2:6: cannot evaluate `getUrl()` statically (`getUrl` is not a function dbkit knows): {REMEDY}"));
}

#[test]
fn expressions_that_need_node() {
    let cases = [
        ("await fetchUrl()", Some("`await` needs Node to run")),
        ("fs.readFileSync('.db-url', 'utf8')", None),
        ("new URL('postgres://x').toString()", None),
        ("new URL('postgres://x')", Some("`new` needs Node to run")),
        ("() => 'x'", Some("functions are not config values")),
        ("function () { return 'x' }", Some("functions are not config values")),
        ("unknownName", Some("`unknownName` is not defined at the top level of drizzle.config.ts")),
        ("process.cwd()", None),
        ("process.env", Some("only single variables like `process.env.DATABASE_URL` can be read")),
        ("process", Some("only `process.env.X` can be read from `process`")),
        ("__dirname", Some("`__dirname` is not defined")),
        ("10n", Some("BigInt values cannot be written as JSON")),
        ("/users_.*/", Some("regular expressions are not config values")),
        ("typeof x", Some("the `typeof` operator is not supported")),
        ("1 < 2", Some("the `<` operator is not supported")),
        ("'a' in {}", Some("the `in` operator is not supported")),
        ("[1] === [1]", Some("objects and arrays compare by identity")),
        ("require('./db-url')", Some("`require` loads another module")),
        ("String.raw`x`", Some("tagged templates call a function")),
        ("x = 1", Some("assignments are not evaluated")),
        ("process.env.URL?.trim()", None),
        ("Math.max(1, 2)", None),
        ("JSON.parse('{}')", None),
        ("'x'.toUpperCase()", None),
    ];
    for (expr, reason) in cases {
        let message = error_message(&in_config(expr));
        assert_points_at(&message, 2, 6, expr);
        assert!(message.contains("cannot evaluate"), "{message}");
        assert!(message.ends_with(REMEDY), "{message}");
        if let Some(reason) = reason {
            assert!(message.contains(reason), "expected {reason:?} in: {message}");
        }
    }
}

#[test]
fn unsupported_parts_point_at_the_part() {
    let cases = [
        // (expression, line, column, offending text, reason)
        ("[...5]", 2, 7, "...5", "a number is not iterable"),
        ("parseInt(...args)", 2, 15, "...args", "spread arguments are not supported"),
        ("{ url() { return 'x' } }", 2, 8, "url() { return 'x' }", "methods, getters and setters"),
        ("{ get url() { return 'x' } }", 2, 8, "get url() { return 'x' }", "methods, getters and setters"),
        ("{ [key]: 1 }", 2, 9, "key", "computed keys must be string literals"),
        ("{ [`k`]: 1 }", 2, 9, "`k`", "computed keys must be string literals"),
        ("{ __proto__: {} }", 2, 8, "__proto__: {}", "sets the prototype"),
        ("'x' + getSuffix()", 2, 12, "getSuffix()", "not a function dbkit knows"),
        ("process.env.HOST || getHost()", 2, 26, "getHost()", "not a function dbkit knows"),
    ];
    for (expr, line, column, text, reason) in cases {
        let message = error_message(&in_config(expr));
        assert_points_at(&message, line, column, text);
        assert!(message.contains(reason), "expected {reason:?} in: {message}");
    }
}

#[test]
fn bindings_that_cannot_be_used() {
    let cases = [
        (
            "import { databaseUrl } from './env'\nexport default { url: databaseUrl }",
            2,
            23,
            "databaseUrl",
            "`databaseUrl` is imported from './env'",
        ),
        ("import { getUrl } from './env'\nexport default { url: getUrl() }", 2, 23, "getUrl()", "`getUrl` is imported from './env'"),
        ("import { sql } from 'drizzle-orm'\nexport default { url: sql }", 2, 23, "sql", "imported from 'drizzle-orm'"),
        ("const { url } = require('./secrets')\nexport default { url }", 2, 18, "url", "`url` is imported from './secrets'"),
        ("function getUrl() { return 'x' }\nexport default { url: getUrl() }", 2, 23, "getUrl()", "`getUrl` is a function"),
        ("function f() {}\nexport default { url: f }", 2, 23, "f", "`f` is a function declared at 1:10"),
        ("export default { url }\nconst url = 'x'", 1, 18, "url", "`url` is used before its declaration at 2:7"),
        ("let url = 'a'\nif (process.env.CI) url = 'b'\nexport default { url }", 3, 18, "url", "`url` is reassigned at 2:21"),
        ("let url = 'a'\nurl += '?ssl=true'\nexport default { url }", 3, 18, "url", "`url` is reassigned at 2:1"),
        ("const [url] = ['x']\nexport default { url }", 1, 7, "[url]", "destructuring is supported"),
        ("const f = 1\nexport default { v: f() }", 2, 21, "f()", "`f` is a variable, not a function dbkit knows"),
        ("declare const url: string\nexport default { url }", 2, 18, "url", "`url` is an ambient `declare` name"),
        ("enum Mode { A }\nexport default { mode: Mode.A }", 2, 24, "Mode", "`Mode` is an enum"),
    ];
    for (source, line, column, text, reason) in cases {
        let message = error_message(source);
        assert_points_at(&message, line, column, text);
        assert!(message.contains(reason), "expected {reason:?} in: {message}");
    }
}

#[test]
fn nan_and_infinity_name_the_expression_and_variable() {
    let source = "export default {\n  dbCredentials: {\n    port: parseInt(process.env.DATABASE_PORT),\n  },\n}\n";
    for env in [&[][..], &[("DATABASE_PORT", "abc")][..]] {
        let err = evaluate_file(source, FILE, env).unwrap_err();
        assert!(matches!(err, ConfigError::NotFinite { what: "NaN", .. }), "{err:?}");
        let message = err.to_string();
        assert_eq!(
            message,
            format!(
                "{FILE}:3:11: `parseInt(process.env.DATABASE_PORT)` is NaN (at dbCredentials.port): DATABASE_PORT is not set or not a number; set it to a number or give a fallback, e.g. `process.env.DATABASE_PORT || '5432'`"
            )
        );
    }
    // Through a binding: reported where the number is computed.
    let source = "const port = Number(process.env.PORT)\nexport default { port }";
    let message = evaluate_file(source, FILE, &[("PORT", "x")]).unwrap_err().to_string();
    assert_points_at(&message, 1, 14, "Number(process.env.PORT)");
    assert!(message.contains("is NaN (at port): PORT is not set"), "{message}");

    let cases = [
        ("1 / 0", "is Infinity (at v): JSON has no Infinity"),
        ("-1 / 0", "is -Infinity (at v)"),
        ("NaN", "is NaN (at v): JSON has no NaN"),
        ("Infinity", "is Infinity"),
        ("parseInt('abc')", "is NaN (at v)"),
        ("Number(process.env.A) + Number(process.env.B)", "one of A, B is not set or not a number"),
    ];
    for (expr, text) in cases {
        let message = error_message(&in_config(expr));
        assert_points_at(&message, 2, 6, expr);
        assert!(message.contains(text), "expected {text:?} in: {message}");
    }
    let message = error_message(&in_config("[1, NaN]"));
    assert_points_at(&message, 2, 10, "NaN");
    assert!(message.contains("(at v[1])"), "{message}");
}

#[test]
fn missing_default_export() {
    for source in ["const config = { dialect: 'postgresql' }", "export const config = {}", ""] {
        let err = evaluate_file(source, FILE, &[]).unwrap_err();
        assert!(matches!(err, ConfigError::NoDefaultExport { .. }), "{err:?}");
        assert_eq!(
            err.to_string(),
            format!(
                "{FILE}:1:1: {FILE} has no default export: dbkit reads the config from `export default defineConfig({{ ... }})` (or `module.exports = {{ ... }}` in a .js file); add one"
            )
        );
    }
}

#[test]
fn default_export_that_is_not_an_object() {
    let cases = [
        ("export default 'postgres://x'", "`'postgres://x'` is a string, not an object"),
        ("export default [{ dialect: 'postgresql' }]", "is an array, not an object"),
        ("export default process.env.CONFIG", "`process.env.CONFIG` is undefined, not an object"),
        ("export default null", "is null, not an object"),
        ("import { defineConfig } from 'drizzle-kit'\nexport default defineConfig()", "`defineConfig()` is undefined"),
    ];
    for (source, text) in cases {
        let message = error_message(source);
        assert!(message.starts_with(&format!("{FILE}:")), "{message}");
        assert!(message.contains(text), "expected {text:?} in: {message}");
        assert!(message.ends_with("export the config object, e.g. `export default defineConfig({ ... })`"));
    }
    let message = error_message("export default function () {\n  return {}\n}");
    assert_points_at(&message, 1, 16, "function () { return {} }");
    assert!(message.contains("export the config object, not a function or class"));
}

#[test]
fn syntax_errors_carry_oxc_message_and_position() {
    let source = "export default {\n  url: 'x'\n  dialect: 'postgresql',\n}\n";
    let err = evaluate_file(source, FILE, &[]).unwrap_err();
    let ConfigError::Syntax { at, message, .. } = &err else { panic!("{err:?}") };
    assert_eq!((at.line, at.column), (3, 3), "{err}");
    assert!(!message.is_empty());
    let text = err.to_string();
    assert!(text.starts_with(&format!("{FILE}:3:3: syntax error: {message}")), "{text}");
    assert!(text.ends_with("fix the file so it parses as TypeScript"), "{text}");

    // TypeScript syntax is an error in a .js file.
    let text = error_message_in("export default { url: 'x' } satisfies Config", "drizzle.config.js");
    assert!(text.starts_with("drizzle.config.js:1:"), "{text}");
    assert!(text.contains("syntax error") && text.ends_with("parses as JavaScript"), "{text}");

    let text = error_message("export default {");
    assert!(text.starts_with(&format!("{FILE}:1:")) && text.contains("syntax error"), "{text}");
}

#[test]
fn long_expressions_are_shortened_to_one_line() {
    let expr = "someFunction(\n    'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',\n    'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',\n  )";
    let err = evaluate_file(&in_config(expr), FILE, &[]).unwrap_err();
    let ConfigError::Unsupported { expr, .. } = &err else { panic!("{err:?}") };
    assert!(expr.starts_with("someFunction( 'aaaa"), "{expr}");
    assert!(expr.ends_with("...") && expr.chars().count() <= 60, "{expr}");
    assert!(!err.to_string().contains('\n'));
    assert_eq!(err.location().to_string(), format!("{FILE}:2:6"));
}
