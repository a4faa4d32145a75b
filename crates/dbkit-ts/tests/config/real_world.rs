//! Configs as people write them.

use dbkit_ts::{Cause, DotenvRequest, Unknown};
use serde_json::json;

use crate::common::{FILE, evaluate, evaluate_file, evaluate_project};

const TANSTACK_KIT: &str = "import { defineConfig } from 'drizzle-kit'
export default defineConfig({
  out: './drizzle',
  schema: './src/database/schema',
  dialect: 'postgresql',
  dbCredentials: {
    host: process.env.DATABASE_HOST || 'localhost',
    port: parseInt(process.env.DATABASE_PORT || '5433'),
    user: process.env.DATABASE_USERNAME || 'tanstack-kit',
    password: process.env.DATABASE_PASSWORD || '123456789',
    database: process.env.DATABASE_NAME || 'test',
  },
})
";

#[test]
fn host_port_credentials_with_fallbacks() {
    for source in [TANSTACK_KIT.to_string(), format!("import 'dotenv/config'\n{TANSTACK_KIT}")] {
        let config = evaluate(&source, &[]);
        assert_eq!(
            serde_json::to_string(&config.value).unwrap(),
            r#"{"out":"./drizzle","schema":"./src/database/schema","dialect":"postgresql","dbCredentials":{"host":"localhost","port":5433,"user":"tanstack-kit","password":"123456789","database":"test"}}"#
        );
        assert!(config.unknown.is_empty());

        let env = [
            ("DATABASE_HOST", "db.internal"),
            ("DATABASE_PORT", "6543"),
            ("DATABASE_USERNAME", "admin"),
            ("DATABASE_PASSWORD", "s3cret"),
            ("DATABASE_NAME", "prod"),
        ];
        let config = evaluate(&source, &env);
        assert_eq!(
            config.value["dbCredentials"],
            json!({ "host": "db.internal", "port": 6543, "user": "admin", "password": "s3cret", "database": "prod" })
        );
        // Empty variables are falsy for `||`, so the defaults apply.
        let config = evaluate(&source, &[("DATABASE_HOST", ""), ("DATABASE_PORT", "")]);
        assert_eq!(config.value["dbCredentials"]["host"], json!("localhost"));
        assert_eq!(config.value["dbCredentials"]["port"], json!(5433));
    }
    let with_dotenv = format!("import 'dotenv/config'\n{TANSTACK_KIT}");
    assert_eq!(evaluate(&with_dotenv, &[]).dotenv, vec![DotenvRequest { path: None }]);
    assert_eq!(evaluate(TANSTACK_KIT, &[]).dotenv, vec![]);
}

const URL_WITH_BANG: &str = "import 'dotenv/config';
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  out: './drizzle',
  schema: './src/db/schema.ts',
  dialect: 'postgresql',
  dbCredentials: {
    url: process.env.DATABASE_URL!,
  },
});
";

#[test]
fn url_with_non_null_assertion() {
    let config = evaluate(URL_WITH_BANG, &[("DATABASE_URL", "postgres://u:p@localhost:5432/app")]);
    assert_eq!(
        config.value,
        json!({
            "out": "./drizzle",
            "schema": "./src/db/schema.ts",
            "dialect": "postgresql",
            "dbCredentials": { "url": "postgres://u:p@localhost:5432/app" },
        })
    );
    let config = evaluate(URL_WITH_BANG, &[]);
    assert_eq!(config.value["dbCredentials"], json!({}));
    assert_eq!(
        config.unknown,
        vec![Unknown {
            path: "dbCredentials.url".into(),
            expr: "process.env.DATABASE_URL".into(),
            line: 9,
            column: 10,
            cause: Cause::Undefined
        }]
    );
}

#[test]
fn satisfies_config_with_const_url() {
    let source = "import type { Config } from 'drizzle-kit';
import * as dotenv from 'dotenv';

dotenv.config({ path: '.env.local' });

const url = process.env.DATABASE_URL!;
if (!url) throw new Error('DATABASE_URL is missing');

export default {
  schema: './lib/db/schema.ts',
  out: './lib/db/migrations',
  dialect: 'postgresql',
  dbCredentials: { url },
} satisfies Config;
";
    let config = evaluate(source, &[("DATABASE_URL", "postgres://localhost/app")]);
    assert_eq!(config.dotenv, vec![DotenvRequest { path: Some(".env.local".into()) }]);
    assert_eq!(
        config.value,
        json!({
            "schema": "./lib/db/schema.ts",
            "out": "./lib/db/migrations",
            "dialect": "postgresql",
            "dbCredentials": { "url": "postgres://localhost/app" },
        })
    );
    let config = evaluate(source, &[]);
    let undefined = &config.unknown[0];
    assert_eq!((undefined.path.as_str(), undefined.expr.as_str()), ("dbCredentials.url", "process.env.DATABASE_URL"));
    assert_eq!((undefined.line, undefined.column), (6, 13));
}

#[test]
fn every_drizzle_kit_option() {
    let source = "import { defineConfig } from 'drizzle-kit'

export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/schema/users.ts', './src/schema/posts.ts'],
  out: './migrations',
  dbCredentials: {
    host: process.env.PGHOST ?? 'localhost',
    port: Number(process.env.PGPORT ?? 5432),
    user: process.env.PGUSER,
    password: process.env.PGPASSWORD,
    database: 'app',
    ssl: SSL_MODE,
  },
  tablesFilter: ['user*', '!user_audit'],
  schemaFilter: ['public', 'auth'],
  extensionsFilters: ['postgis'],
  migrations: { table: 'x', schema: 'y', prefix: 'timestamp' },
  casing: 'snake_case',
  breakpoints: false,
  strict: true,
  verbose: true,
  entities: { roles: { provider: 'supabase', exclude: ['admin'] } },
  introspect: { casing: 'camel' },
})
";
    let ssl_variants = [
        ("true", json!(true)),
        ("false", json!(false)),
        ("'require'", json!("require")),
        ("{ rejectUnauthorized: false }", json!({ "rejectUnauthorized": false })),
        ("process.env.NODE_ENV === 'production' ? 'require' : false", json!(false)),
    ];
    for (ssl, want_ssl) in ssl_variants {
        let config = evaluate(&source.replace("SSL_MODE", ssl), &[("PGUSER", "postgres"), ("PGPORT", "6432")]);
        let want = json!({
            "dialect": "postgresql",
            "schema": ["./src/schema/users.ts", "./src/schema/posts.ts"],
            "out": "./migrations",
            "dbCredentials": {
                "host": "localhost",
                "port": 6432,
                "user": "postgres",
                "database": "app",
                "ssl": want_ssl,
            },
            "tablesFilter": ["user*", "!user_audit"],
            "schemaFilter": ["public", "auth"],
            "extensionsFilters": ["postgis"],
            "migrations": { "table": "x", "schema": "y", "prefix": "timestamp" },
            "casing": "snake_case",
            "breakpoints": false,
            "strict": true,
            "verbose": true,
            "entities": { "roles": { "provider": "supabase", "exclude": ["admin"] } },
            "introspect": { "casing": "camel" },
        });
        assert_eq!(config.value, want, "ssl: {ssl}");
        let keys: Vec<&str> = config.value.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            [
                "dialect",
                "schema",
                "out",
                "dbCredentials",
                "tablesFilter",
                "schemaFilter",
                "extensionsFilters",
                "migrations",
                "casing",
                "breakpoints",
                "strict",
                "verbose",
                "entities",
                "introspect",
            ]
        );
        let undefined: Vec<&str> = config.unknown.iter().map(|u| u.path.as_str()).collect();
        assert_eq!(undefined, ["dbCredentials.password"]);
    }
}

#[test]
fn commonjs_config() {
    let source = "require('dotenv').config({ path: '.env.local' })

/** @type { import('drizzle-kit').Config } */
module.exports = {
  schema: './src/db/schema.js',
  out: './drizzle',
  dialect: 'postgresql',
  dbCredentials: {
    connectionString: process.env.DATABASE_URL,
  },
}
";
    let file = "drizzle.config.js";
    let config = evaluate_file(source, file, &[("DATABASE_URL", "postgres://x")]).unwrap();
    assert_eq!(config.dotenv, vec![DotenvRequest { path: Some(".env.local".into()) }]);
    assert_eq!(config.value["dbCredentials"], json!({ "connectionString": "postgres://x" }));
}

#[test]
fn environment_switch_with_shared_base() {
    let source = "import { defineConfig } from 'drizzle-kit'
import type { Config } from 'drizzle-kit'

const isProduction = process.env.NODE_ENV === 'production'
const base = {
  dialect: 'postgresql',
  schema: './src/schema.ts',
} as const satisfies Partial<Config>

const port = +(process.env.DB_PORT ?? 5432)

export default defineConfig({
  ...base,
  out: `./drizzle/${isProduction ? 'prod' : 'dev'}`,
  dbCredentials: {
    url: `postgres://${process.env.DB_USER ?? 'postgres'}@localhost:${port}/app`,
    ssl: isProduction ? { rejectUnauthorized: false } : false,
  },
  verbose: !isProduction,
  strict: true,
})
";
    let config = evaluate(source, &[]);
    assert_eq!(
        config.value,
        json!({
            "dialect": "postgresql",
            "schema": "./src/schema.ts",
            "out": "./drizzle/dev",
            "dbCredentials": { "url": "postgres://postgres@localhost:5432/app", "ssl": false },
            "verbose": true,
            "strict": true,
        })
    );
    let env = [("NODE_ENV", "production"), ("DB_PORT", "6543"), ("DB_USER", "app")];
    let config = evaluate(source, &env);
    assert_eq!(config.value["out"], json!("./drizzle/prod"));
    assert_eq!(
        config.value["dbCredentials"],
        json!({ "url": "postgres://app@localhost:6543/app", "ssl": { "rejectUnauthorized": false } })
    );
    assert_eq!(config.value["verbose"], json!(false));
}

/// tests/projects/fintech-ledger: a local helper reads the environment.
#[test]
fn local_env_helper() {
    let arrow = "import { defineConfig } from \"drizzle-kit\";

const env = (key: string, fallback: string) => process.env[key] ?? fallback;

export default defineConfig({
  dialect: \"postgresql\",
  schema: \"./src/ledger/*.schema.ts\",
  out: \"./db/migrations\",
  dbCredentials: {
    url: env(\"LEDGER_DATABASE_URL\", \"postgres://ledger:ledger@localhost:6432/ledger\"),
  },
  migrations: { table: \"schema_migrations\" },
});
";
    let declaration = arrow.replace(
        "const env = (key: string, fallback: string) => process.env[key] ?? fallback;",
        "function env(name: string, fallback?: string): string {\n  const value = process.env[name];\n  if (value === undefined || value === '') return fallback ?? '';\n  return value;\n}",
    );
    for source in [arrow, &declaration] {
        let config = evaluate(source, &[]);
        assert_eq!(config.value["dbCredentials"], json!({ "url": "postgres://ledger:ledger@localhost:6432/ledger" }));
        assert_eq!(config.value["migrations"], json!({ "table": "schema_migrations" }));
        let config = evaluate(source, &[("LEDGER_DATABASE_URL", "postgres://prod/ledger")]);
        assert_eq!(config.value["dbCredentials"]["url"], json!("postgres://prod/ledger"));
    }
}

const IOT: &str = "import { defineConfig } from \"drizzle-kit\";

const url = new URL(process.env.TIMESERIES_URL ?? \"postgres://iot:iot@localhost:5432/telemetry\");

export default defineConfig({
  dialect: \"postgresql\",
  schema: [\"./src/db/fleet.ts\", \"./src/db/readings.ts\", \"./src/db/alerts.ts\"],
  out: \"./drizzle\",
  dbCredentials: {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: url.pathname.slice(1),
  },
});
";

/// tests/projects/iot-telemetry: credentials taken apart with `new URL`.
#[test]
fn credentials_from_a_parsed_url() {
    let config = evaluate(IOT, &[]);
    assert_eq!(
        config.value["dbCredentials"],
        json!({ "host": "localhost", "port": 5432, "user": "iot", "password": "iot", "database": "telemetry" })
    );
    // Percent-escapes stay in `url.password` until decodeURIComponent, as in Node.
    let config = evaluate(IOT, &[("TIMESERIES_URL", "postgresql://svc%2Bro:p%40ss%3Aw0rd@TS.internal/metrics?sslmode=require")]);
    assert_eq!(
        config.value["dbCredentials"],
        json!({ "host": "TS.internal", "port": 5432, "user": "svc+ro", "password": "p@ss:w0rd", "database": "metrics" })
    );
    let message = crate::common::one_line(evaluate_file(IOT, FILE, &[("TIMESERIES_URL", "localhost")]));
    assert!(message.starts_with("drizzle.config.ts:3:13: `new URL(process.env.TIMESERIES_URL ?? \"postgres://iot:iot..."), "{message}");
    assert!(message.contains("Invalid URL: 'localhost' cannot be parsed"), "{message}");
}

/// create-t3-app's `src/env.js`: the values come out of @t3-oss/env-nextjs, which dbkit does not run.
const T3_ENV: &str = "import { createEnv } from \"@t3-oss/env-nextjs\";
import { z } from \"zod\";

export const env = createEnv({
  server: {
    DATABASE_URL: z.string().url(),
    NODE_ENV: z.enum([\"development\", \"test\", \"production\"]).default(\"development\"),
  },
  client: {},
  runtimeEnv: {
    DATABASE_URL: process.env.DATABASE_URL,
    NODE_ENV: process.env.NODE_ENV,
  },
  skipValidation: !!process.env.SKIP_ENV_VALIDATION,
  emptyStringAsUndefined: true,
});
";

const T3_CONFIG: &str = "import { type Config } from \"drizzle-kit\";

import { env } from \"~/env\";

export default {
  schema: \"./src/server/db/schema\",
  dialect: \"postgresql\",
  dbCredentials: {
    url: env.DATABASE_URL,
  },
  tablesFilter: [\"t3gallery_*\"],
} satisfies Config;
";

/// tests/projects/t3-app: `~/env` through tsconfig paths; the URL stays unknown, the rest is read.
#[test]
fn t3_env_through_tsconfig_paths() {
    let files = [(FILE, T3_CONFIG), ("src/env.js", T3_ENV)];
    let config = evaluate_project(FILE, &files, &[("DATABASE_URL", "postgres://x")], &[("~/", "src/")]).unwrap();
    assert_eq!(
        config.value,
        json!({ "schema": "./src/server/db/schema", "dialect": "postgresql", "dbCredentials": {}, "tablesFilter": ["t3gallery_*"] })
    );
    assert_eq!(
        config.unknown,
        vec![Unknown {
            path: "dbCredentials.url".into(),
            expr: "env.DATABASE_URL".into(),
            line: 9,
            column: 10,
            cause: Cause::Package { module: "@t3-oss/env-nextjs".into() },
        }]
    );
    // A hand-written env module is run like any other file.
    let plain = "export const env = { DATABASE_URL: process.env.DATABASE_URL ?? \"postgresql://localhost/t3\" };";
    let files = [(FILE, T3_CONFIG), ("src/env.ts", plain)];
    let config = evaluate_project(FILE, &files, &[], &[("~/", "src/")]).unwrap();
    assert_eq!(config.value["dbCredentials"], json!({ "url": "postgresql://localhost/t3" }));
    // What depends on the unknown URL is unknown too, each key where the config computes it.
    let iot = IOT
        .replace(
            "import { defineConfig } from \"drizzle-kit\";",
            "import { defineConfig } from \"drizzle-kit\";\nimport { env } from \"~/env\";",
        )
        .replace("process.env.TIMESERIES_URL", "env.DATABASE_URL");
    let config = evaluate_project(FILE, &[(FILE, &iot), ("src/env.js", T3_ENV)], &[], &[("~/", "src/")]).unwrap();
    assert_eq!(config.value["dbCredentials"], json!({}));
    let unknown: Vec<(&str, &str)> = config.unknown.iter().map(|u| (u.path.as_str(), u.expr.as_str())).collect();
    assert_eq!(
        unknown,
        [
            ("dbCredentials.host", "url.hostname"),
            ("dbCredentials.port", "Number(url.port || 5432)"),
            ("dbCredentials.user", "decodeURIComponent(url.username)"),
            ("dbCredentials.password", "decodeURIComponent(url.password)"),
            ("dbCredentials.database", "url.pathname.slice(1)"),
        ]
    );
    assert_eq!(config.value["out"], json!("./drizzle"));
}
