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
            "drizzle.config.ts:2:",
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
