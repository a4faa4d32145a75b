//! The constructs configs are written with, one group per test.

use dbkit_ts::Cause;
use serde_json::json;

use crate::common::{evaluate, evaluate_file, expr, expr_in};

#[test]
fn export_forms() {
    let want = json!({ "dialect": "postgresql" });
    for source in [
        "import { defineConfig } from 'drizzle-kit'\nexport default defineConfig({ dialect: 'postgresql' })",
        "export default { dialect: 'postgresql' }",
        "import type { Config } from 'drizzle-kit'\nexport default { dialect: 'postgresql' } satisfies Config",
        "import type { Config } from 'drizzle-kit'\nexport default { dialect: 'postgresql' } as Config",
        "export default { dialect: 'postgresql' } as const",
        "export default ({ dialect: 'postgresql' })",
        "export default (({ dialect: 'postgresql' }) satisfies object)",
        "const config = { dialect: 'postgresql' }\nexport default config",
        "import { defineConfig } from 'drizzle-kit'\nconst config = { dialect: 'postgresql' }\nexport default defineConfig(config)",
        "import type { Config } from 'drizzle-kit'\nconst config: Config = { dialect: 'postgresql' }\nexport default config",
        "import { defineConfig as define } from 'drizzle-kit'\nexport default define({ dialect: 'postgresql' })",
        "import * as kit from 'drizzle-kit'\nexport default kit.defineConfig({ dialect: 'postgresql' })",
        "export const config = { dialect: 'postgresql' }\nexport default config",
        "const config = { dialect: 'postgresql' }\nexport { config as default }",
        "export = { dialect: 'postgresql' }",
    ] {
        assert_eq!(evaluate(source, &[]).value, want, "{source}");
    }
}

#[test]
fn javascript_files() {
    let want = json!({ "dialect": "postgresql", "out": "./drizzle" });
    for (file, source) in [
        ("drizzle.config.js", "module.exports = { dialect: 'postgresql', out: './drizzle' }"),
        (
            "drizzle.config.js",
            "const { defineConfig } = require('drizzle-kit')\nmodule.exports = defineConfig({ dialect: 'postgresql', out: './drizzle' })",
        ),
        (
            "drizzle.config.mjs",
            "import { defineConfig } from 'drizzle-kit'\nexport default defineConfig({ dialect: 'postgresql', out: './drizzle' })",
        ),
        (
            "drizzle.config.cjs",
            "require('dotenv').config()\nconst kit = require('drizzle-kit')\nmodule.exports = kit.defineConfig({ dialect: 'postgresql', out: './drizzle' })",
        ),
        ("drizzle.config.mts", "export default { dialect: 'postgresql', out: './drizzle' } satisfies object"),
    ] {
        let config = evaluate_file(source, file, &[]).unwrap_or_else(|err| panic!("{err}"));
        assert_eq!(config.value, want, "{file}");
    }
}

#[test]
fn top_level_bindings() {
    let prelude = "const host = 'db'\nlet port = 5432\nvar user = 'app'\nconst url = `postgres://${user}@${host}:${port}`";
    assert_eq!(expr_in(prelude, "url", &[]), json!("postgres://app@db:5432"));
    let prelude = "const url = process.env.DATABASE_URL!";
    assert_eq!(expr_in(prelude, "url", &[("DATABASE_URL", "postgres://x")]), json!("postgres://x"));
    let prelude = "const a = 1, b = a + 1\nconst c: number = b * 10";
    assert_eq!(expr_in(prelude, "c", &[]), json!(20));
    let prelude = "const base = { url: 'x', nested: { port: 5 } }";
    assert_eq!(expr_in(prelude, "base.nested.port", &[]), json!(5));
    assert_eq!(expr_in(prelude, "base['url']", &[]), json!("x"));
    assert_eq!(expr_in(prelude, "base.missing ?? 'fallback'", &[]), json!("fallback"));
    let prelude = "const list = ['a', 'b']";
    assert_eq!(expr_in(prelude, "[list[1], list.length]", &[]), json!(["b", 2]));
}

#[test]
fn unrelated_top_level_code_is_ignored() {
    let source = r#"
import { defineConfig } from 'drizzle-kit'
import type { Config } from 'drizzle-kit'
import { somethingElse } from './helpers'
import path from 'node:path'

function unused() { return 1 }
if (!process.env.DATABASE_URL) {
  throw new Error('DATABASE_URL is not set')
}
console.log('loading config')

export default defineConfig({ dialect: 'postgresql' })
"#;
    assert_eq!(evaluate(source, &[]).value, json!({ "dialect": "postgresql" }));
}

#[test]
fn process_env_reads() {
    let env = [("DATABASE_URL", "postgres://u@h/db"), ("EMPTY", "")];
    assert_eq!(expr_in("", "process.env.DATABASE_URL", &env), json!("postgres://u@h/db"));
    assert_eq!(expr_in("", "process.env['DATABASE_URL']", &env), json!("postgres://u@h/db"));
    assert_eq!(expr_in("", "process.env[\"DATABASE_URL\"]", &env), json!("postgres://u@h/db"));
    assert_eq!(expr_in("", "process.env[`DATABASE_${'URL'}`]", &env), json!("postgres://u@h/db"));
    assert_eq!(expr_in("", "process.env?.DATABASE_URL", &env), json!("postgres://u@h/db"));
    assert_eq!(expr_in("", "(process.env.DATABASE_URL as string)", &env), json!("postgres://u@h/db"));
    assert_eq!(expr_in("", "process.env.EMPTY", &env), json!(""));
    let prelude = "import { env } from 'node:process'";
    assert_eq!(expr_in(prelude, "env.DATABASE_URL", &env), json!("postgres://u@h/db"));
    let prelude = "import process from 'process'";
    assert_eq!(expr_in(prelude, "process.env.DATABASE_URL", &env), json!("postgres://u@h/db"));
    let prelude = "const { DATABASE_URL, PORT = '5432', HOST: host = 'localhost' } = process.env";
    assert_eq!(expr_in(prelude, "[DATABASE_URL, PORT, host]", &env), json!(["postgres://u@h/db", "5432", "localhost"]));
    let config = evaluate("export default { url: process.env.UNSET }", &[]);
    assert_eq!(config.value, json!({}));
    assert_eq!(config.unknown.len(), 1);
}

#[test]
fn logical_operators_use_js_truthiness() {
    let env = [("EMPTY", ""), ("SET", "value"), ("ZERO", "0")];
    let cases = [
        ("process.env.EMPTY || 'fallback'", json!("fallback")),
        ("process.env.EMPTY ?? 'fallback'", json!("")),
        ("process.env.UNSET ?? 'fallback'", json!("fallback")),
        ("process.env.UNSET || process.env.EMPTY || 'last'", json!("last")),
        ("process.env.SET || 'fallback'", json!("value")),
        ("process.env.ZERO || 'fallback'", json!("0")),
        ("0 || 5", json!(5)),
        ("null ?? 0", json!(0)),
        ("process.env.SET && 'both'", json!("both")),
        ("process.env.EMPTY && 'both'", json!("")),
        ("process.env.SET ? 'yes' : 'no'", json!("yes")),
        ("process.env.UNSET ? 'yes' : 'no'", json!("no")),
        ("!process.env.UNSET", json!(true)),
        ("!!process.env.SET", json!(true)),
        ("!''", json!(true)),
        ("process.env.SET === 'value'", json!(true)),
        ("process.env.SET !== 'value'", json!(false)),
        ("process.env.UNSET == null", json!(true)),
        ("process.env.UNSET === null", json!(false)),
        ("process.env.ZERO == 0", json!(true)),
        ("process.env.ZERO === 0", json!(false)),
        ("process.env.ZERO != 1", json!(true)),
        ("process.env.NODE_ENV === 'production' ? { rejectUnauthorized: false } : false", json!(false)),
    ];
    for (source, want) in cases {
        assert_eq!(expr_in("", source, &env), want, "{source}");
    }
    // Short-circuiting: the right side is not evaluated when the left decides.
    assert_eq!(expr_in("", "process.env.SET || getDefault()", &env), json!("value"));
    assert_eq!(expr_in("", "true ? 1 : getDefault()", &env), json!(1));
}

#[test]
fn conversions_follow_js() {
    let env = [("PORT", "5433abc"), ("EMPTY", ""), ("FLOAT", " 1.5 ")];
    let cases = [
        ("parseInt('5433abc')", json!(5433)),
        ("parseInt(process.env.PORT)", json!(5433)),
        ("parseInt(process.env.UNSET || '5433')", json!(5433)),
        ("parseInt('42', 10)", json!(42)),
        ("parseInt('ff', 16)", json!(255)),
        ("parseInt('0x1f')", json!(31)),
        ("parseInt('  -7.9 ')", json!(-7)),
        ("Number.parseInt('12')", json!(12)),
        ("parseFloat('1.5rem')", json!(1.5)),
        ("Number.parseFloat(process.env.FLOAT)", json!(1.5)),
        ("Number('42')", json!(42)),
        ("Number(process.env.EMPTY)", json!(0)),
        ("Number(process.env.FLOAT)", json!(1.5)),
        ("Number(true)", json!(1)),
        ("Number(null)", json!(0)),
        ("Number()", json!(0)),
        ("Number(parseInt('x')) || 5432", json!(5432)),
        ("String(5433)", json!("5433")),
        ("String(1.5)", json!("1.5")),
        ("String(process.env.UNSET)", json!("undefined")),
        ("String(null)", json!("null")),
        ("String(false)", json!("false")),
        ("String()", json!("")),
        ("Boolean('')", json!(false)),
        ("Boolean('false')", json!(true)),
        ("Boolean(0)", json!(false)),
        ("Boolean()", json!(false)),
        ("+'5'", json!(5)),
        ("+process.env.EMPTY", json!(0)),
        ("-'5'", json!(-5)),
        ("+true", json!(1)),
    ];
    for (source, want) in cases {
        assert_eq!(expr_in("", source, &env), want, "{source}");
    }
}

#[test]
fn literals() {
    assert_eq!(expr("'single'"), json!("single"));
    assert_eq!(expr("\"double \\\"quoted\\\"\""), json!("double \"quoted\""));
    assert_eq!(expr("'esc\\n\\u0041'"), json!("esc\nA"));
    assert_eq!(expr("5433"), json!(5433));
    assert!(expr("5433").is_u64(), "integers stay JSON integers");
    assert_eq!(expr("1.5"), json!(1.5));
    assert_eq!(expr("-1"), json!(-1));
    assert_eq!(expr("1_000_000"), json!(1_000_000));
    assert_eq!(expr("0xff"), json!(255));
    assert_eq!(expr("1e3"), json!(1000));
    assert_eq!(expr("5.0"), json!(5));
    assert_eq!(expr("true"), json!(true));
    assert_eq!(expr("false"), json!(false));
    assert_eq!(expr("null"), json!(null));
    assert_eq!(expr("`plain`"), json!("plain"));
    assert_eq!(expr("`a${1 + 1}b${'c'}${null}${true}`"), json!("a2bcnulltrue"));
    assert_eq!(expr("`multi\nline`"), json!("multi\nline"));
}

#[test]
fn arithmetic_and_concatenation() {
    let env = [("USER", "app"), ("PORT", "5433")];
    let cases = [
        ("'a' + 'b'", json!("ab")),
        ("'port:' + 5432", json!("port:5432")),
        ("1 + 2", json!(3)),
        ("1 + '2'", json!("12")),
        ("1 + 2 + '3'", json!("33")),
        ("'3' + 1 + 2", json!("312")),
        ("true + 1", json!(2)),
        ("'x' + null", json!("xnull")),
        ("process.env.PORT + 1", json!("54331")),
        ("parseInt(process.env.PORT) + 1", json!(5434)),
        ("'postgres://' + process.env.USER + '@localhost:' + process.env.PORT + '/db'", json!("postgres://app@localhost:5433/db")),
        ("10 - '4'", json!(6)),
        ("60 * 1000", json!(60000)),
        ("7 / 2", json!(3.5)),
        ("7 % 4", json!(3)),
        ("2 ** 10", json!(1024)),
        ("0.1 + 0.2", json!(0.30000000000000004)),
        ("'' + [1, 2]", json!("1,2")),
    ];
    for (source, want) in cases {
        assert_eq!(expr_in("", source, &env), want, "{source}");
    }
}

#[test]
fn arrays_objects_shorthand_spread_and_keys() {
    assert_eq!(expr("['./a.ts', './b.ts']"), json!(["./a.ts", "./b.ts"]));
    assert_eq!(expr("[]"), json!([]));
    assert_eq!(expr("[[1], { a: [2] }]"), json!([[1], { "a": [2] }]));
    let prelude = "const more = ['c', 'd']";
    assert_eq!(expr_in(prelude, "['a', ...more, 'e']", &[]), json!(["a", "c", "d", "e"]));
    assert_eq!(expr("[...'ab']"), json!(["a", "b"]));

    let prelude = "const url = 'postgres://x'\nconst ssl = true";
    assert_eq!(expr_in(prelude, "{ url, ssl }", &[]), json!({ "url": "postgres://x", "ssl": true }));
    assert_eq!(
        expr("{ 'quoted-key': 1, \"double\": 2, ['computed']: 3, 4: 'four', 1.5: 'x' }"),
        json!({ "quoted-key": 1, "double": 2, "computed": 3, "4": "four", "1.5": "x" })
    );
    let prelude = "const base = { dialect: 'postgresql', out: './drizzle', strict: false }";
    assert_eq!(
        expr_in(prelude, "{ ...base, strict: true, verbose: true }", &[]),
        json!({ "dialect": "postgresql", "out": "./drizzle", "strict": true, "verbose": true })
    );
    assert_eq!(expr_in(prelude, "{ out: 'first', ...base }", &[]), json!({ "out": "./drizzle", "dialect": "postgresql", "strict": false }));
    assert_eq!(expr("{ ...undefined, ...null, ...false, a: 1 }"), json!({ "a": 1 }));
    assert_eq!(expr("{ ...['x'] }"), json!({ "0": "x" }));
    assert_eq!(expr("{ a: 1, a: 2 }"), json!({ "a": 2 }));
    assert_eq!(expr_in("", "{ ...(process.env.SSL ? { ssl: true } : {}), url: 'x' }", &[("SSL", "1")]), json!({ "ssl": true, "url": "x" }));
}

#[test]
fn key_order_is_preserved() {
    let source = r#"
const base = { zeta: 1, alpha: 2 }
export default {
  schema: './src/schema.ts',
  out: './drizzle',
  dialect: 'postgresql',
  ...base,
  dbCredentials: { url: 'x', database: 'd', host: 'h' },
  alpha: 3,
  breakpoints: true,
}
"#;
    let text = serde_json::to_string(&evaluate(source, &[]).value).unwrap();
    assert_eq!(
        text,
        r#"{"schema":"./src/schema.ts","out":"./drizzle","dialect":"postgresql","zeta":1,"alpha":3,"dbCredentials":{"url":"x","database":"d","host":"h"},"breakpoints":true}"#
    );
}

#[test]
fn undefined_properties_are_left_out_and_recorded() {
    let source = "import { defineConfig } from 'drizzle-kit'
const password = process.env.DATABASE_PASSWORD
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./a.ts', process.env.EXTRA_SCHEMA, undefined],
  dbCredentials: {
    url: process.env.DATABASE_URL!,
    password,
    port: undefined,
  },
  tablesFilter: process.env.TABLES ?? undefined,
})
";
    let config = evaluate(source, &[]);
    assert_eq!(
        config.value,
        json!({
            "dialect": "postgresql",
            "schema": ["./a.ts", null, null],
            "dbCredentials": {},
        })
    );
    assert!(config.unknown.iter().all(|u| u.cause == Cause::Undefined));
    let found: Vec<(&str, &str, u32, u32)> = config.unknown.iter().map(|u| (u.path.as_str(), u.expr.as_str(), u.line, u.column)).collect();
    assert_eq!(
        found,
        [
            ("schema[1]", "process.env.EXTRA_SCHEMA", 5, 22),
            ("schema[2]", "undefined", 5, 48),
            ("dbCredentials.url", "process.env.DATABASE_URL", 7, 10),
            ("dbCredentials.password", "process.env.DATABASE_PASSWORD", 2, 18),
            ("dbCredentials.port", "undefined", 9, 11),
            ("tablesFilter", "undefined", 11, 39),
        ]
    );
    // Set variables fill the same places.
    let env = [("DATABASE_URL", "postgres://x"), ("DATABASE_PASSWORD", "pw")];
    let config = evaluate(source, &env);
    assert_eq!(config.value["dbCredentials"], json!({ "url": "postgres://x", "password": "pw" }));
    assert_eq!(config.unknown.len(), 4);
}

#[test]
fn odd_keys_in_undefined_paths() {
    let config = evaluate("export default { entities: { 'my roles': process.env.X } }", &[]);
    assert_eq!(config.unknown[0].path, "entities[\"my roles\"]");
}
