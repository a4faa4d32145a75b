//! Safety in CI: concurrent runs and killed runs.

use std::time::{Duration, Instant};

use super::{FIVE, names};
use crate::support::{Project, TestDb, finish};

#[test]
fn eight_concurrent_migrates_apply_each_migration_once() {
    let db = TestDb::new();
    let p = Project::for_db(&db);
    for (name, sql) in &FIVE {
        // A bit of work per file, so the runs really overlap.
        p.migration(name, &format!("{sql}\n--> statement-breakpoint\nSELECT pg_sleep(0.05);"));
    }
    let children: Vec<_> = (0..8).map(|_| p.spawn(&["migrate"])).collect();
    let runs: Vec<_> = children.into_iter().map(finish).collect();
    for run in &runs {
        assert_eq!(run.code, 0, "{}", run.all());
    }
    assert_eq!(db.recorded(), names(&FIVE), "every migration recorded exactly once");
    let applied_by: usize = runs.iter().filter(|r| r.stdout.contains("5 migrations applied successfully")).count();
    assert_eq!(applied_by, 1, "one run applied everything, the others found nothing pending");
}

#[test]
fn a_migrate_killed_mid_transaction_leaves_nothing_and_the_next_run_completes() {
    let db = TestDb::new();
    let p = Project::for_db(&db);
    p.migration(FIVE[0].0, FIVE[0].1);
    p.migration(FIVE[1].0, &format!("{}\n--> statement-breakpoint\nSELECT pg_sleep(30);", FIVE[1].1));
    let mut child = p.spawn(&["migrate"]);
    let started = Instant::now();
    // Wait until the long statement is running on the server.
    while db.value("select count(*)::text from pg_stat_activity where query like '%pg_sleep(30)%' and pid <> pg_backend_pid()").as_deref()
        != Some("1")
    {
        assert!(started.elapsed() < Duration::from_secs(20), "the migration never started");
        std::thread::sleep(Duration::from_millis(50));
    }
    child.kill().expect("kill -9");
    let _ = child.wait();
    // Nothing of the unfinished transaction is visible, nothing is recorded.
    assert!(!db.table_exists("public.t1"));
    assert!(db.recorded().is_empty());

    // The server notices the dead client (client_connection_check_interval), rolls back and
    // drops the lock; the next run then applies everything.
    p.migration(FIVE[1].0, FIVE[1].1);
    let run = p.run(&["migrate", "--lock-timeout", "30"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert_eq!(db.recorded(), names(&FIVE[..2]));
}

#[test]
fn a_run_that_cannot_get_the_lock_in_time_says_who_holds_it() {
    let db = TestDb::new();
    let p = Project::for_db(&db);
    p.migration(FIVE[0].0, &format!("{}\n--> statement-breakpoint\nSELECT pg_sleep(4);", FIVE[0].1));
    let first = p.spawn(&["migrate"]);
    let started = Instant::now();
    while db.value("select count(*)::text from pg_locks where locktype = 'advisory'").as_deref() != Some("1") {
        assert!(started.elapsed() < Duration::from_secs(20), "the first run never took the lock");
        std::thread::sleep(Duration::from_millis(20));
    }
    let second = p.run(&["migrate", "--lock-timeout", "1"]);
    assert_eq!(second.code, 1, "{}", second.all());
    assert!(second.stdout.contains("Another migration run holds the lock"), "{}", second.stdout);
    let line = second.error_line();
    assert!(line.contains("another migration run holds the lock on drizzle.__drizzle_migrations (pid "), "{line}");
    assert!(line.contains("dbkit from"), "{line}");
    assert_eq!(finish(first).code, 0);
    assert_eq!(db.recorded(), [FIVE[0].0]);
}
