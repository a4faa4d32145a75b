//! `dbkit db start|stop|status|url`: a local PostgreSQL managed by dbkit, without Docker.

use std::net::TcpListener;

use crate::support::Project;

/// Stops the project's database even when the test fails half-way.
struct Stopper<'a>(&'a Project, Vec<(&'static str, String)>);

impl Drop for Stopper<'_> {
    fn drop(&mut self) {
        let env: Vec<(&str, &str)> = self.1.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let _ = self.0.run_with(&["db", "stop"], &env);
    }
}

#[test]
fn start_migrate_status_stop_on_the_seed_defaults() {
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port().to_string();
    let p = Project::empty();
    p.fixture("v1-folders");
    let env_owned = vec![("DATABASE_PORT", port.clone()), ("DATABASE_HOST", "127.0.0.1".to_string())];
    let env: Vec<(&str, &str)> = env_owned.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let _stop = Stopper(&p, env_owned.clone());

    let status = p.run_with(&["db", "status"], &env);
    assert_eq!(status.code, 3);
    assert!(status.stdout.contains("not created yet"), "{}", status.stdout);

    let start = p.run_with(&["db", "start"], &env);
    assert_eq!(start.code, 0, "{}", start.all());
    assert!(start.stdout.contains("Created a PostgreSQL"), "{}", start.stdout);
    assert!(
        start.stdout.contains(&format!("running at 127.0.0.1:{port}, database \"test\" for user \"tanstack-kit\"")),
        "{}",
        start.stdout
    );
    assert!(!start.all().contains("123456789"), "password shown: {}", start.all());
    assert!(p.path().join(".dbkit/pgdata/PG_VERSION").is_file());

    // Idempotent.
    let again = p.run_with(&["db", "start"], &env);
    assert_eq!(again.code, 0, "{}", again.all());
    assert!(!again.stdout.contains("Created"), "{}", again.stdout);

    let url = p.run_with(&["db", "url"], &env);
    assert_eq!(url.stdout.trim(), format!("postgres://tanstack-kit@127.0.0.1:{port}/test?sslmode=prefer"));

    // The seed config's credentials work against it: migrate the captured drizzle-kit folder.
    p.write("drizzle.config.json", &serde_json::json!({"dialect": "postgresql", "dbCredentials": {"host": "127.0.0.1", "port": port.parse::<u16>().unwrap(), "user": "tanstack-kit", "password": "123456789", "database": "test"}}).to_string());
    let migrate = p.run(&["migrate"]);
    assert_eq!(migrate.code, 0, "{}", migrate.all());
    assert!(migrate.stdout.contains("2 migrations applied successfully!"), "{}", migrate.stdout);
    assert_eq!(p.run(&["db", "status"]).code, 0);

    let stop = p.run(&["db", "stop"]);
    assert_eq!(stop.code, 0, "{}", stop.all());
    assert!(stop.stdout.contains("Stopped"), "{}", stop.stdout);
    assert_eq!(p.run(&["db", "status"]).code, 3);
    let stop_again = p.run(&["db", "stop"]);
    assert!(stop_again.stdout.contains("not running"), "{}", stop_again.stdout);
}

#[test]
fn a_port_taken_by_another_program_is_a_clear_error() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port().to_string();
    let p = Project::empty();
    let env_owned = vec![("DATABASE_PORT", port.clone()), ("DATABASE_HOST", "127.0.0.1".to_string())];
    let env: Vec<(&str, &str)> = env_owned.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let _stop = Stopper(&p, env_owned.clone());
    let run = p.run_with(&["db", "start"], &env);
    assert_eq!(run.code, 1, "{}", run.all());
    assert!(run.error_line().contains(&format!("port {port} on 127.0.0.1 is already in use")), "{}", run.stderr);
}

#[test]
fn a_remote_host_is_refused() {
    let p = Project::empty();
    let run = p.run_with(&["db", "start"], &[("DATABASE_HOST", "db.example.com")]);
    assert_eq!(run.code, 1);
    assert!(run.error_line().contains("the config points at db.example.com"), "{}", run.stderr);
}

#[test]
fn missing_server_binaries_say_how_to_get_them() {
    let p = Project::empty();
    let run = p.run_with(&["db", "start"], &[("DBKIT_PG_BIN", "/nonexistent/bin"), ("DATABASE_HOST", "127.0.0.1")]);
    assert_eq!(run.code, 1);
    assert!(run.error_line().contains("DBKIT_PG_BIN=/nonexistent/bin does not hold PostgreSQL's initdb and pg_ctl"), "{}", run.stderr);
    assert!(!p.path().join(".dbkit/pgdata").exists(), "nothing half-created");
}
