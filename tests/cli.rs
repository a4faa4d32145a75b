//! The command line itself: help, version, exit codes for usage errors.

use crate::support::Project;

#[test]
fn help_lists_only_commands_that_work() {
    let run = Project::empty().run(&["--help"]);
    assert_eq!(run.code, 0);
    for command in ["migrate", "status", "check", "up", "generate", "export", "pull", "push", "revert", "db"] {
        assert!(run.stdout.contains(&format!("  {command} ")), "{command} missing:\n{}", run.stdout);
    }
    assert!(!run.stdout.contains("studio"), "studio is listed but not implemented:\n{}", run.stdout);
    let status = Project::empty().run(&["status", "--help"]);
    assert!(status.stdout.contains("3 something is pending or modified"), "{}", status.stdout);
}

#[test]
fn version_prints_and_exits_0() {
    let run = Project::empty().run(&["--version"]);
    assert_eq!(run.code, 0);
    assert_eq!(run.stdout.trim(), format!("dbkit {}", env!("CARGO_PKG_VERSION")));
}

#[test]
fn usage_errors_exit_1_not_2() {
    // 2 means "a decision is needed" in dbkit (and drizzle-kit 1.0); a typo is an error.
    for args in [&["frobnicate"][..], &["migrate", "--no-such-flag"], &["migrate", "--transaction", "sometimes"]] {
        let run = Project::empty().run(args);
        assert_eq!(run.code, 1, "{args:?}: {}", run.all());
        assert!(!run.stderr.contains("panicked"));
    }
}
