//! `dotenv_requests`: every way a config loads .env files, and the options it refuses.

use dbkit_ts::{ConfigError, DotenvRequest, dotenv_requests};

use crate::common::FILE;

fn paths(source: &str, file: &str) -> Vec<Option<String>> {
    dotenv_requests(source, file).unwrap_or_else(|err| panic!("{err}")).into_iter().map(|DotenvRequest { path }| path).collect()
}

fn some(path: &str) -> Option<String> {
    Some(path.to_string())
}

const CONFIG: &str = "\nexport default { dialect: 'postgresql' }\n";

#[test]
fn every_spelling_is_found() {
    let cases: &[(&str, &str, Vec<Option<String>>)] = &[
        (FILE, "import 'dotenv/config'", vec![None]),
        (FILE, "import * as dotenv from 'dotenv'\ndotenv.config()", vec![None]),
        (FILE, "import dotenv from 'dotenv'\ndotenv.config()", vec![None]),
        (FILE, "import dotenv from 'dotenv'\ndotenv.config({ path: '.env.local' })", vec![some(".env.local")]),
        (FILE, "import { config } from 'dotenv'\nconfig()", vec![None]),
        (FILE, "import { config } from 'dotenv'\nconfig({ path: '.env.local' })", vec![some(".env.local")]),
        (FILE, "import { config as loadEnv } from 'dotenv'\nloadEnv({ path: `.env.test` })", vec![some(".env.test")]),
        (FILE, "import * as dotenv from 'dotenv'\ndotenv.config({ path: '.env' })", vec![some(".env")]),
        (FILE, "import * as dotenv from 'dotenv'\nconst result = dotenv.config()", vec![None]),
        (FILE, "import * as dotenv from 'dotenv'\nconst env = dotenv.config().parsed", vec![None]),
        (
            FILE,
            "import { config } from 'dotenv'\nimport { expand } from 'dotenv-expand'\nexpand(config({ path: '.env.local' }))",
            vec![some(".env.local")],
        ),
        (FILE, "import { config } from 'dotenv'\nawait config()", vec![None]),
        ("drizzle.config.js", "require('dotenv').config()", vec![None]),
        ("drizzle.config.js", "require('dotenv').config({ path: './.env.development' })", vec![some("./.env.development")]),
        ("drizzle.config.js", "require('dotenv/config')", vec![None]),
        ("drizzle.config.js", "const dotenv = require('dotenv')\ndotenv.config()", vec![None]),
        ("drizzle.config.js", "const { config } = require('dotenv')\nconfig({ path: '.env.local' })", vec![some(".env.local")]),
        ("drizzle.config.cjs", "require('dotenv').config({ debug: true })", vec![None]),
        (FILE, "import { config } from 'dotenv'\nconfig({ path: ['.env.local', '.env'] })", vec![some(".env.local"), some(".env")]),
        (FILE, "import { config } from 'dotenv'\nconst envFile = '.env.' + 'local'\nconfig({ path: envFile })", vec![some(".env.local")]),
        (FILE, "import { config } from 'dotenv'\nconst options = { path: '.env.ci' }\nconfig(options)", vec![some(".env.ci")]),
        (FILE, "import { config } from 'dotenv'\nconfig({ path: undefined, override: false, quiet: true })", vec![None]),
        (FILE, "import { config } from 'dotenv'\nconfig({ path: '.env.local' })\nconfig()", vec![some(".env.local"), None]),
    ];
    for (file, source, want) in cases {
        let source = format!("{source}{CONFIG}");
        assert_eq!(&paths(&source, file), want, "{source}");
    }
}

#[test]
fn imports_run_before_the_module_body() {
    let source = "import { config } from 'dotenv'\nconfig({ path: '.env.local' })\nimport 'dotenv/config'\nexport default {}";
    assert_eq!(paths(source, FILE), vec![None, some(".env.local")]);
}

#[test]
fn configs_without_dotenv() {
    for source in [
        "export default { dialect: 'postgresql' }",
        "import { defineConfig } from 'drizzle-kit'\nexport default defineConfig({ dbCredentials: { url: process.env.DATABASE_URL! } })",
        "import { config } from './my-config'\nconfig({ path: '.env' })\nexport default {}",
        "import type { DotenvConfigOptions } from 'dotenv'\nexport default {}",
        "const dotenv = { config() {} }\ndotenv.config()\nexport default {}",
    ] {
        assert_eq!(paths(source, FILE), Vec::<Option<String>>::new(), "{source}");
    }
}

#[test]
fn options_that_cannot_be_honoured() {
    let cases = [
        (
            "config({ path: process.env.ENV_FILE })",
            "{ path: process.env.ENV_FILE }",
            "it reads process.env.ENV_FILE, which is only known after the .env files are loaded",
        ),
        ("config({ path: `.env.${process.env.NODE_ENV}` })", "{ path: `.env.${process.env.NODE_ENV}` }", "it reads process.env.NODE_ENV"),
        (
            "config({ path: path.resolve(__dirname, '.env') })",
            "path.resolve(__dirname, '.env')",
            "dbkit cannot evaluate it without running Node",
        ),
        ("config({ path: 42 })", "42", "`path` must be a string or an array of strings"),
        ("config({ path: ['.env', 1] })", "1", "each `path` entry must be a string"),
        ("config({ override: true })", "true", "remove `override`"),
        ("config({ processEnv: {} })", "{}", "remove `processEnv`"),
        ("config('.env')", "'.env'", "takes an options object"),
        ("config(...args)", "...args", "spread arguments are not supported"),
    ];
    for (call, text, reason) in cases {
        let source = format!("import {{ config }} from 'dotenv'\n{call}{CONFIG}");
        let err = dotenv_requests(&source, FILE).unwrap_err();
        assert!(matches!(err, ConfigError::DotenvOption { .. }), "{err:?}");
        let message = err.to_string();
        assert!(message.starts_with(&format!("{FILE}:2:")), "{message}");
        assert!(message.contains(&format!("cannot use `{text}` in dotenv's config()")), "{message}");
        assert!(message.contains(reason), "expected {reason:?} in: {message}");
        assert!(!message.contains('\n'));
    }
}

#[test]
fn syntax_errors_are_reported() {
    let err = dotenv_requests("import 'dotenv/config'\nexport default {", FILE).unwrap_err();
    assert!(matches!(err, ConfigError::Syntax { .. }), "{err:?}");
    assert!(err.to_string().starts_with(&format!("{FILE}:2:")), "{err}");
}

#[test]
fn loads_in_blocks_and_try_count() {
    let source = "import * as dotenv from 'dotenv'\n{\n  dotenv.config({ path: '.env.a' })\n}\ntry {\n  dotenv.config({ path: '.env.b' })\n} finally {\n  require('dotenv/config')\n}\nexport default {}";
    assert_eq!(paths(source, FILE), vec![some(".env.a"), some(".env.b"), None]);
}

#[test]
fn conditional_loads_are_errors() {
    let cases = [
        ("if (process.env.NODE_ENV !== 'production') dotenv.config()", 1, 44, "dotenv.config()"),
        ("if (!process.env.CI) {\n  dotenv.config({ path: '.env.local' })\n}", 2, 3, "dotenv.config({ path: '.env.local' })"),
        ("if (a) {} else {\n  const env = dotenv.config()\n}", 2, 15, "dotenv.config()"),
        ("try {} catch {\n  dotenv.config()\n}", 2, 3, "dotenv.config()"),
        ("for (const f of files) dotenv.config({ path: f })", 1, 24, "dotenv.config({ path: f })"),
    ];
    for (statement, line, column, text) in cases {
        let source = format!("import * as dotenv from 'dotenv'\n{statement}{CONFIG}");
        let err = dotenv_requests(&source, FILE).unwrap_err();
        assert!(matches!(err, ConfigError::ConditionalDotenv { .. }), "{err:?}");
        let message = err.to_string();
        let prefix = format!("{FILE}:{}:{column}: `{text}` loads .env files conditionally", line + 1);
        assert!(message.starts_with(&prefix), "expected {prefix:?} in: {message}");
        assert!(message.ends_with("call it unconditionally at the top level of the config"));
    }
    // Unrelated `if`s are fine.
    let source = "import 'dotenv/config'\nif (!process.env.DATABASE_URL) throw new Error('missing')\nexport default {}";
    assert_eq!(paths(source, FILE), vec![None]);
}
