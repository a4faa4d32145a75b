//! Reading drizzle.config.ts / .js / .json and migrations.toml, end to end through `migrate`.

use crate::support::{PASSWORD, Project, TestDb, server};

/// The config the projects we serve use, verbatim.
const SEED_CONFIG: &str = "import { defineConfig } from 'drizzle-kit'
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

const MIGRATION: (&str, &str) = ("20260101000001_one", "CREATE TABLE \"t1\" (\"id\" integer);");

fn env_for(db: &TestDb) -> Vec<(&'static str, String)> {
    let s = server();
    vec![
        ("DATABASE_HOST", s.host.clone()),
        ("DATABASE_PORT", s.port.to_string()),
        ("DATABASE_USERNAME", s.user.clone()),
        ("DATABASE_PASSWORD", s.password.clone()),
        ("DATABASE_NAME", db.name.clone()),
    ]
}

fn pairs<'a>(env: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    env.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

#[test]
fn the_seed_config_reads_as_is_with_the_environment() {
    let db = TestDb::new();
    let p = Project::empty();
    p.write("drizzle.config.ts", SEED_CONFIG);
    p.migration(MIGRATION.0, MIGRATION.1);
    let env = env_for(&db);
    let run = p.run_with(&["migrate"], &pairs(&env));
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stdout.contains("Reading config file 'drizzle.config.ts'"), "{}", run.stdout);
    run.assert_no_password();
    assert_eq!(db.recorded(), [MIGRATION.0]);
}

#[test]
fn dotenv_beside_the_config_is_loaded_and_the_real_environment_wins() {
    let db = TestDb::new();
    let other = TestDb::new();
    let p = Project::empty();
    p.write("drizzle.config.ts", &format!("import 'dotenv/config'\n{SEED_CONFIG}"));
    p.migration(MIGRATION.0, MIGRATION.1);
    let env = env_for(&other);
    let dotenv: String = env.iter().map(|(k, v)| format!("{k}={v}\n")).collect();
    p.write(".env", &dotenv);
    // Everything from .env: the migration lands in `other`.
    let run = p.run(&["migrate"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert_eq!(other.recorded(), [MIGRATION.0]);
    // The real environment overrides .env: now it lands in `db`.
    let run = p.run_with(&["migrate"], &[("DATABASE_NAME", db.name.as_str())]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert_eq!(db.recorded(), [MIGRATION.0]);
}

#[test]
fn dotenv_config_with_a_path_option() {
    let db = TestDb::new();
    let p = Project::empty();
    p.write(
        "drizzle.config.ts",
        "import * as dotenv from 'dotenv';\ndotenv.config({ path: '.env.local' });\nexport default { dialect: 'postgresql', dbCredentials: { url: process.env.DATABASE_URL! } } satisfies Config;\n",
    );
    p.write(".env.local", &format!("DATABASE_URL={}\n", db.url()));
    p.migration(MIGRATION.0, MIGRATION.1);
    let run = p.run(&["migrate"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert_eq!(db.recorded(), [MIGRATION.0]);
}

#[test]
fn a_missing_env_var_without_default_names_the_variable_and_line() {
    let p = Project::empty();
    p.write("drizzle.config.ts", "import { defineConfig } from 'drizzle-kit'\nexport default defineConfig({\n  dialect: 'postgresql',\n  dbCredentials: {\n    url: process.env.DATABASE_URL,\n  },\n})\n");
    p.migration(MIGRATION.0, MIGRATION.1);
    let run = p.run(&["migrate"]);
    assert_eq!(run.code, 1);
    let line = run.error_line();
    assert!(line.contains("drizzle.config.ts:5:"), "{line}");
    assert!(line.contains("dbCredentials.url is undefined"), "{line}");
    assert!(line.contains("process.env.DATABASE_URL"), "{line}");
}

#[test]
fn malformed_and_unevaluable_configs_name_file_line_and_column() {
    let cases = [
        ("export default defineConfig({\n  out: './drizzle',,\n})\n", "drizzle.config.ts:2:"),
        (
            "import { getUrl } from './env'\nexport default { dialect: 'postgresql', dbCredentials: { url: getUrl() } }\n",
            "drizzle.config.ts:1:1: cannot find './env'",
        ),
        (
            "export default { dialect: 'postgresql', dbCredentials: { url: getUrl() } }\n",
            "drizzle.config.ts:1:63: cannot evaluate `getUrl` statically: it is not defined",
        ),
        (
            "const port = 'x'\nexport default { dialect: 'postgresql', dbCredentials: { host: 'h', database: 'd', port: parseInt(process.env.NOPE) } }\n",
            "drizzle.config.ts:2:",
        ),
    ];
    for (text, location) in cases {
        let p = Project::empty();
        p.write("drizzle.config.ts", text);
        p.migration(MIGRATION.0, MIGRATION.1);
        let run = p.run(&["migrate"]);
        assert_eq!(run.code, 1, "{text}");
        let line = run.error_line();
        assert!(line.contains(location), "{text}\n{line}");
    }
}

#[test]
fn a_known_key_with_the_wrong_type_is_named() {
    let p = Project::empty();
    p.write(
        "drizzle.config.ts",
        "export default { dialect: 'postgresql', dbCredentials: { host: 'localhost', port: true, database: 'x' } }\n",
    );
    let run = p.run(&["migrate"]);
    assert_eq!(run.code, 1);
    assert!(run.error_line().contains("`dbCredentials.port` has the wrong type: expected a port number"), "{}", run.stderr);
}

#[test]
fn no_config_at_all_says_what_to_do() {
    let p = Project::empty();
    let run = p.run(&["migrate"]);
    assert_eq!(run.code, 1);
    assert!(run.error_line().contains("no drizzle.config.ts, drizzle.config.js, drizzle.config.json or migrations.toml"), "{}", run.stderr);
}

#[test]
fn migrations_toml_with_environment_defaults() {
    let db = TestDb::new();
    let s = server();
    let p = Project::empty();
    p.write(
        "migrations.toml",
        &format!(
            "dialect = 'postgresql'\nout = './db'\n[dbCredentials]\nhost = '${{DATABASE_HOST:-{}}}'\nport = '${{DATABASE_PORT:-{}}}'\nuser = '{}'\npassword = '${{DATABASE_PASSWORD}}'\ndatabase = '{}'\nssl = false\n",
            s.host, s.port, s.user, db.name
        ),
    );
    p.write(&format!("db/{}/migration.sql", MIGRATION.0), MIGRATION.1);
    let run = p.run_with(&["migrate"], &[("DATABASE_PASSWORD", PASSWORD)]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stdout.contains("Reading config file 'migrations.toml'"), "{}", run.stdout);
    assert_eq!(db.recorded(), [MIGRATION.0]);
}

#[test]
fn explicit_config_paths_in_any_format() {
    let db = TestDb::new();
    let p = Project::empty();
    p.write(
        "config/db.json",
        &serde_json::json!({"dialect": "postgresql", "out": "./migrations", "dbCredentials": {"url": db.url()}}).to_string(),
    );
    p.write(&format!("migrations/{}/migration.sql", MIGRATION.0), MIGRATION.1);
    let run = p.run(&["migrate", "--config", "config/db.json"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert_eq!(db.recorded(), [MIGRATION.0]);
    let missing = p.run(&["migrate", "--config", "nope.ts"]);
    assert_eq!(missing.code, 1);
    assert!(missing.error_line().contains("nope.ts: config file does not exist"), "{}", missing.stderr);
}

/// create-t3-app's `src/env.js`: DATABASE_URL is whatever @t3-oss/env-nextjs makes of it.
const T3_ENV: &str = "import { createEnv } from \"@t3-oss/env-nextjs\";
import { z } from \"zod\";

export const env = createEnv({
  server: { DATABASE_URL: z.string().url() },
  runtimeEnv: { DATABASE_URL: process.env.DATABASE_URL },
  skipValidation: !!process.env.SKIP_ENV_VALIDATION,
});
";

const T3_CONFIG: &str = "import { type Config } from \"drizzle-kit\";

import { env } from \"~/env\";

export default {
  schema: \"./src/server/db/schema.ts\",
  dialect: \"postgresql\",
  dbCredentials: {
    url: env.DATABASE_URL,
  },
} satisfies Config;
";

fn t3_project() -> Project {
    let p = Project::empty();
    p.write("tsconfig.json", "{\n  \"compilerOptions\": {\n    /* Path Aliases */\n    \"baseUrl\": \".\",\n    \"paths\": { \"~/*\": [\"./src/*\"] },\n  },\n}\n");
    p.write("src/env.js", T3_ENV);
    p.write("drizzle.config.ts", T3_CONFIG);
    p.write(
        "src/server/db/schema.ts",
        "import { pgTable, integer } from 'drizzle-orm/pg-core'\nexport const posts = pgTable('posts', { id: integer() })\n",
    );
    p
}

#[test]
fn a_value_only_a_package_computes_fails_only_the_commands_that_read_it() {
    let p = t3_project();
    // generate reads schema and out, which the config states: the unknown URL does not matter.
    let run = p.run(&["generate", "--name", "init"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(p.path().join("drizzle").is_dir(), "{}", run.all());
    // migrate needs the connection: one line naming the key, where it is set, and what to do.
    let run = p.run_with(&["migrate"], &[("DATABASE_URL", "postgres://set-but-unused")]);
    assert_eq!(run.code, 1, "{}", run.all());
    assert_eq!(
        run.error_line(),
        "Error: drizzle.config.ts:9:10: dbCredentials.url is unknown: `env.DATABASE_URL` is computed by '@t3-oss/env-nextjs', which dbkit does not run (it reads drizzle.config.ts without Node), and the database connection needs it; pass --url, or use `process.env.DATABASE_URL` in the config"
    );
    // --url gives what the config cannot.
    let db = TestDb::new();
    let run = p.run(&["migrate", "--url", &db.url()]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert_eq!(db.recorded().len(), 1);
}

#[test]
fn an_unknown_key_a_command_reads_is_an_error_unless_a_flag_gives_it() {
    let p = t3_project();
    p.write("drizzle.config.ts", &T3_CONFIG.replace("\"./src/server/db/schema.ts\"", "env.SCHEMA_PATH"));
    let run = p.run(&["generate", "--name", "init"]);
    assert_eq!(run.code, 1, "{}", run.all());
    let line = run.error_line();
    assert!(
        line.starts_with("Error: drizzle.config.ts:6:11: schema is unknown: `env.SCHEMA_PATH` is computed by '@t3-oss/env-nextjs'"),
        "{line}"
    );
    assert!(line.ends_with("pass --schema, or use `process.env.SCHEMA_PATH` in the config"), "{line}");
    let run = p.run(&["generate", "--name", "init", "--schema", "./src/server/db/schema.ts"]);
    assert_eq!(run.code, 0, "{}", run.all());
    // check reads only the migrations folder.
    let run = p.run(&["check"]);
    assert_eq!(run.code, 0, "{}", run.all());
}

/// tests/projects/iot-telemetry and fintech-ledger: a parsed URL and a local helper.
#[test]
fn configs_that_compute_credentials() {
    let db = TestDb::new();
    let s = server();
    let p = Project::empty();
    p.write(
        "drizzle.config.ts",
        "import { defineConfig } from 'drizzle-kit'\nconst url = new URL(process.env.TIMESERIES_URL ?? 'postgres://iot:iot@localhost:5432/telemetry')\nfunction env(name: string, fallback: string) {\n  return process.env[name] ?? fallback\n}\nexport default defineConfig({\n  dialect: 'postgresql',\n  out: env('MIGRATIONS_DIR', './drizzle'),\n  dbCredentials: {\n    host: url.hostname,\n    port: Number(url.port || 5432),\n    user: decodeURIComponent(url.username),\n    password: decodeURIComponent(url.password),\n    database: url.pathname.slice(1),\n    ssl: false,\n  },\n})\n",
    );
    p.migration(MIGRATION.0, MIGRATION.1);
    let url = s.url(&db.name);
    let run = p.run_with(&["migrate"], &[("TIMESERIES_URL", url.as_str())]);
    assert_eq!(run.code, 0, "{}", run.all());
    run.assert_no_password();
    assert_eq!(db.recorded(), [MIGRATION.0]);
}

/// drizzle-kit command lines without a config: `--dialect postgresql`, the connection given as
/// `--host --port --user --password --database --ssl` (or `--url`). Another dialect or a driver
/// is one line and exit 1; the password never shows up.
#[test]
fn drizzle_kit_command_lines_without_a_config() {
    let db = TestDb::new();
    db.execute("CREATE TABLE pulled (id integer PRIMARY KEY)");
    let s = server();
    let p = Project::empty();
    let port = s.port.to_string();
    let flags = ["--host", &s.host, "--port", &port, "--user", &s.user, "--password", PASSWORD, "--database", &db.name, "--ssl", "false"];
    let pull: Vec<&str> = ["pull", "--dialect", "postgresql", "--out", "./pulled"].iter().copied().chain(flags).collect();
    let run = p.run(&pull);
    assert_eq!(run.code, 0, "{}", run.all());
    run.assert_no_password();
    let schema = std::fs::read_to_string(p.path().join("pulled/schema.ts")).unwrap();
    assert!(schema.contains("pgTable(\"pulled\""), "{schema}");

    let push: Vec<&str> =
        ["push", "--dialect", "postgresql", "--schema", "./pulled/schema.ts", "--explain"].iter().copied().chain(flags).collect();
    let run = p.run(&push);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stdout.contains("No changes detected"), "{}", run.all());

    let wrong_port: Vec<&str> = pull.iter().map(|a| if *a == port { "1" } else { a }).collect();
    let run = p.run(&wrong_port);
    assert_eq!(run.code, 1, "{}", run.all());
    run.assert_no_password();

    let run = p.run(&["check", "--dialect", "postgresql", "--out", "./pulled"]);
    assert_eq!(run.code, 0, "{}", run.all());
    for (args, needle) in [
        (&["check", "--dialect", "mysql"][..], "--dialect mysql is not supported"),
        (
            &["generate", "--dialect", "postgresql", "--driver", "pglite", "--schema", "./pulled/schema.ts"][..],
            "--driver pglite is not supported",
        ),
    ] {
        let run = p.run(args);
        assert_eq!(run.code, 1, "{}", run.all());
        assert!(run.error_line().contains(needle), "{}", run.all());
    }
}
