//! Every way a config fails: each message is one line with file:line:column, the expression and
//! what to do, in the words of a config (never of schema files).

use dbkit_ts::ConfigError;

use crate::common::{FILE, assert_points_at, error_message, error_message_in, evaluate_file, evaluate_project, one_line};

/// `export default { v: <expr> }` over three lines: `<expr>` starts at 2:6.
fn in_config(expr: &str) -> String {
    format!("export default {{\n  v: {expr},\n}}\n")
}

const NO_NODE: &str = "dbkit reads drizzle.config.ts without running Node";

fn assert_config_words(message: &str) {
    assert!(!message.contains("schema"), "speaks of schemas: {message}");
}

#[test]
fn unknown_names_say_what_to_do() {
    let cases = [
        // (expression, column of the name, name)
        ("getUrl()", 6, "getUrl"),
        ("unknownName", 6, "unknownName"),
        ("fs.readFileSync('.db-url', 'utf8')", 6, "fs"),
        ("__dirname", 6, "__dirname"),
        ("x = 1", 6, "x"),
        ("'x' + getSuffix()", 12, "getSuffix"),
        ("process.env.HOST || getHost()", 26, "getHost"),
        ("{ [key]: 1 }", 9, "key"),
    ];
    for (expr, column, name) in cases {
        let message = error_message(&in_config(expr));
        assert_points_at(&message, 2, column, name);
        assert!(message.contains(&format!("cannot evaluate `{name}` statically: it is not defined; {NO_NODE}")), "{message}");
        assert!(message.ends_with("declare or import it"), "{message}");
        assert_config_words(&message);
    }
}

#[test]
fn constructs_dbkit_does_not_run() {
    let cases = [("await fetchUrl()", "does not support `await`"), ("new Date()", "has no clock"), ("Symbol('x')", "has no `Symbol`")];
    for (expr, reason) in cases {
        let message = error_message(&in_config(expr));
        assert!(message.starts_with(&format!("{FILE}:2:6: ")), "{message}");
        assert!(message.contains(NO_NODE) && message.contains(reason), "expected {reason:?} in: {message}");
        assert_config_words(&message);
    }
}

#[test]
fn values_that_are_not_config() {
    let cases = [
        ("() => 'x'", 2, 6, "() => 'x'", "a function (at v)"),
        ("function () { return 'x' }", 2, 6, "function () { return 'x' }", "a function (at v)"),
        ("{ url() { return 'x' } }", 2, 11, "() { return 'x' }", "a function (at v.url)"),
        ("10n", 2, 6, "10n", "a BigInt (at v)"),
    ];
    for (expr, line, column, text, kind) in cases {
        let err = evaluate_file(&in_config(expr), FILE, &[]).unwrap_err();
        assert!(matches!(err, ConfigError::NotAValue { .. }), "{err:?}");
        let message = err.to_string();
        assert_points_at(&message, line, column, text);
        assert!(message.contains(&format!("is {kind}, which is not a config value")), "{message}");
    }
    let message = error_message("function f() {}\nexport default { url: f }");
    assert_points_at(&message, 2, 23, "f");
}

#[test]
fn failures_point_at_the_part() {
    let cases = [
        ("export default { v: [...5] }", 1, 25, "5", "this is not iterable (it is a number)"),
        ("const f = 1\nexport default { v: f() }", 2, 21, "f", "this is not a function (it is a number)"),
        ("export default { url }\nconst url = 'x'", 1, 18, "url", "`url` is used before its declaration at 2:7"),
        ("export default { v: String.fromCodePoint`x` }", 1, 28, "String.fromCodePoint", "is not a function (it is undefined)"),
        (
            "const x = (() => { throw new Error('boom') })()\nexport default { v: x }",
            1,
            20,
            "throw new Error('boom')",
            "the config threw an error: boom",
        ),
        ("import { foo } from 'drizzle-kit'\nexport default { v: foo }", 1, 10, "foo", "dbkit provides defineConfig from 'drizzle-kit'"),
    ];
    for (source, line, column, text, reason) in cases {
        let message = error_message(source);
        assert_points_at(&message, line, column, text);
        assert!(message.contains(reason), "expected {reason:?} in: {message}");
        assert_config_words(&message);
    }
}

#[test]
fn imports_that_cannot_be_found_point_at_the_import() {
    let cases = [
        ("import { databaseUrl } from './env'\nexport default { url: databaseUrl }", 1, 1, "'./env'"),
        ("const { url } = require('./secrets')\nexport default { url }", 1, 17, "'./secrets'"),
    ];
    for (source, line, column, specifier) in cases {
        let message = error_message(source);
        assert!(message.starts_with(&format!("{FILE}:{line}:{column}: cannot find {specifier}")), "{message}");
    }
    // A folder outside the current one keeps its path in messages.
    let files = [("../shared/drizzle.config.ts", "import { url } from './missing'\nexport default { url }")];
    let message = one_line(evaluate_project("../shared/drizzle.config.ts", &files, &[], &[]));
    assert!(message.starts_with("../shared/drizzle.config.ts:1:1: cannot find './missing' (looked for ../shared/missing"), "{message}");
}

#[test]
fn package_values_fail_only_where_their_value_decides() {
    // `if` needs to know whether it is truthy: only the package could say.
    let source = "import { env } from '@t3-oss/env-nextjs'\nif (env.SKIP) {}\nexport default { out: 'x' }";
    let message = error_message(source);
    assert_points_at(&message, 2, 5, "env.SKIP");
    assert!(message.contains("comes from '@t3-oss/env-nextjs', which dbkit does not run"), "{message}");
    assert!(message.ends_with("use a literal or process.env.X here"), "{message}");
    assert_config_words(&message);
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
    assert!(message.contains("is a function, not an object"), "{message}");
}

#[test]
fn syntax_errors_carry_oxc_message_and_position() {
    let source = "export default {\n  url: 'x'\n  dialect: 'postgresql',\n}\n";
    let err = evaluate_file(source, FILE, &[]).unwrap_err();
    assert_eq!((err.location().line, err.location().column), (3, 3), "{err}");
    let text = err.to_string();
    assert!(text.starts_with(&format!("{FILE}:3:3: syntax error: ")), "{text}");
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
    let expr = "(\n    a = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',\n    b = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',\n  ) => a + b";
    let err = evaluate_file(&in_config(expr), FILE, &[]).unwrap_err();
    let ConfigError::NotAValue { expr, .. } = &err else { panic!("{err:?}") };
    assert!(expr.starts_with("( a = 'aaaa"), "{expr}");
    assert!(expr.ends_with("...") && expr.chars().count() <= 60, "{expr}");
    assert!(!err.to_string().contains('\n'));
    assert_eq!(err.location().to_string(), format!("{FILE}:2:6"));
}
