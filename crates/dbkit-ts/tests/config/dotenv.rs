//! `.env` loads: every way a config asks for them, when they run (as in Node: imports first,
//! then statements in order, conditions decided), what they add to `process.env`, and the
//! options dbkit refuses.

use dbkit_ts::DotenvRequest;
use serde_json::json;

use crate::common::{FILE, evaluate_project, one_line};

fn paths_in(source: &str, file: &str, others: &[(&str, &str)], env: &[(&str, &str)]) -> Vec<Option<String>> {
    let mut files = vec![(file, source)];
    files.extend_from_slice(others);
    let config = evaluate_project(file, &files, env, &[]).unwrap_or_else(|err| panic!("{err}"));
    config.dotenv.into_iter().map(|DotenvRequest { path }| path).collect()
}

fn paths(source: &str, file: &str) -> Vec<Option<String>> {
    paths_in(source, file, &[], &[])
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
        (FILE, "import * as dotenv from 'dotenv'\n{\n  dotenv.config({ path: '.env.a' })\n}", vec![some(".env.a")]),
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
    let helper = [("my-config.ts", "export function config(options: object) { return options }")];
    for source in [
        "export default { dialect: 'postgresql' }",
        "import { defineConfig } from 'drizzle-kit'\nexport default defineConfig({ dbCredentials: { url: process.env.DATABASE_URL! } })",
        "import { config } from './my-config'\nconfig({ path: '.env' })\nexport default {}",
        "import type { DotenvConfigOptions } from 'dotenv'\nexport default {}",
        "const dotenv = { config() {} }\ndotenv.config()\nexport default {}",
    ] {
        assert_eq!(paths_in(source, FILE, &helper, &[]), Vec::<Option<String>>::new(), "{source}");
    }
}

#[test]
fn loads_fill_process_env_where_node_would() {
    let files = [(".env", "DATABASE_URL=from-dotenv\nPORT=1"), (".env.local", "DATABASE_URL=from-local\nLOCAL=yes")];
    let source = "import { config } from 'dotenv'
const before = process.env.LOCAL ?? 'not yet'
config({ path: '.env.local' })
export default { before, after: process.env.LOCAL, url: process.env.DATABASE_URL, port: process.env.PORT }
";
    let mut all = vec![(FILE, source)];
    all.extend_from_slice(&files);
    // The real environment wins over .env files, and an earlier file over a later one.
    let config = evaluate_project(FILE, &all, &[("PORT", "2")], &[]).unwrap();
    assert_eq!(config.value, json!({ "before": "not yet", "after": "yes", "url": "from-local", "port": "2" }));
    let source = format!("import 'dotenv/config'\n{source}");
    all[0].1 = &source;
    let config = evaluate_project(FILE, &all, &[], &[]).unwrap();
    assert_eq!(config.value["url"], json!("from-dotenv"));
    // `parsed` holds what the file says.
    let source = "import { config } from 'dotenv'\nexport default { parsed: config({ path: '.env.local' }).parsed }";
    all[0].1 = source;
    let config = evaluate_project(FILE, &all, &[("LOCAL", "real")], &[]).unwrap();
    assert_eq!(config.value["parsed"], json!({ "DATABASE_URL": "from-local", "LOCAL": "yes" }));
}

#[test]
fn conditions_and_computed_paths_are_decided_as_in_node() {
    let source = "import * as dotenv from 'dotenv'\nif (process.env.NODE_ENV !== 'production') dotenv.config({ path: '.env.development' })\nexport default {}";
    assert_eq!(paths_in(source, FILE, &[], &[]), vec![some(".env.development")]);
    assert_eq!(paths_in(source, FILE, &[], &[("NODE_ENV", "production")]), Vec::<Option<String>>::new());
    let source = "import { config } from 'dotenv'\nconfig({ path: `.env.${process.env.APP_ENV ?? 'dev'}` })\nconfig({ path: process.env.ENV_FILE })\nexport default {}";
    assert_eq!(paths_in(source, FILE, &[], &[("ENV_FILE", ".env.ci")]), vec![some(".env.dev"), some(".env.ci")]);
    assert_eq!(paths_in(source, FILE, &[], &[("APP_ENV", "test")]), vec![some(".env.test"), None]);
}

#[test]
fn next_env_load_env_config() {
    let source =
        "import { loadEnvConfig } from '@next/env'\nloadEnvConfig(process.cwd())\nexport default { url: process.env.DATABASE_URL }";
    let files = [(".env.local", "DATABASE_URL=local"), (".env", "DATABASE_URL=base")];
    let production = [some(".env.production.local"), some(".env.local"), some(".env.production"), some(".env")];
    assert_eq!(paths_in(source, FILE, &files, &[]), production);
    let mut all = vec![(FILE, source)];
    all.extend_from_slice(&files);
    assert_eq!(evaluate_project(FILE, &all, &[], &[]).unwrap().value["url"], json!("local"));
    // `dev` and NODE_ENV=test pick the other modes; tests leave out .env.local.
    let dev = source.replace("loadEnvConfig(process.cwd())", "loadEnvConfig(process.cwd(), true)");
    assert_eq!(paths_in(&dev, FILE, &[], &[])[0], some(".env.development.local"));
    let test = paths_in(source, FILE, &[], &[("NODE_ENV", "test")]);
    assert_eq!(test, [some(".env.test.local"), some(".env.test"), some(".env")]);
    let default_import = "import nextEnv from '@next/env'\nnextEnv.loadEnvConfig('.')\nexport default {}";
    assert_eq!(paths(default_import, FILE).len(), 4);
}

#[test]
fn options_that_cannot_be_honoured() {
    let cases = [
        (
            "import path from 'node:path'\nconfig({ path: path.resolve('.env') })",
            "`path.resolve('.env')`, which only 'node:path' could compute",
        ),
        ("config({ path: 42 })", "dotenv's `path` option must be a string or an array of strings, not a number"),
        ("config({ path: ['.env', 1] })", "must be a string or an array of strings, not a number"),
        ("config({ override: true })", "remove `override`"),
        ("config({ processEnv: {} })", "remove `processEnv`"),
        ("config('.env')", "takes an options object like `{ path: '.env.local' }`, not a string"),
    ];
    for (call, reason) in cases {
        let source = format!("import {{ config }} from 'dotenv'\n{call}{CONFIG}");
        let message = one_line(evaluate_project(FILE, &[(FILE, &source)], &[], &[]));
        let line = source.lines().position(|l| l.starts_with("config(")).unwrap() + 1;
        let call = source.lines().nth(line - 1).unwrap();
        assert!(message.starts_with(&format!("{FILE}:{line}:1: `{call}`: ")), "{message}");
        assert!(message.contains(reason), "expected {reason:?} in: {message}");
    }
}

#[test]
fn a_file_that_cannot_be_read_is_reported_at_the_load() {
    let broken = |_: Option<&str>| Err(".env.local:3: unexpected character; fix the line or remove it".to_string());
    let options = |source: &str| dbkit_ts::ConfigOptions {
        files: Box::new({
            let source = source.to_string();
            move |path: &str| (path == FILE).then(|| source.clone())
        }),
        dotenv: Box::new(broken),
        env: Default::default(),
        aliases: Vec::new(),
    };
    let source = "import { config } from 'dotenv'\nconfig({ path: '.env.local' })\nexport default {}";
    let message = one_line(dbkit_ts::evaluate_config(FILE, options(source)));
    assert!(message.starts_with(&format!("{FILE}:2:1: `config({{ path: '.env.local' }})`: .env.local:3: unexpected")), "{message}");
    let message = one_line(dbkit_ts::evaluate_config(FILE, options("import 'dotenv/config'\nexport default {}")));
    assert!(message.starts_with(&format!("{FILE}:1:1: .env.local:3")), "{message}");
}
