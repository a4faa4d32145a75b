//! dbkit: parse the command line, run one command, print its error once, exit with a code
//! that means something (0 done, 1 error, 2 decision needed, 3 status: not up to date).

mod backup;
mod cli;
mod cmd;
mod names;
mod project;
mod prompt;
mod settings;
mod ui;

use std::process::ExitCode;

/// mimalloc: reading a schema allocates many small objects (interpreter values, JSON rows);
/// glibc's allocator spent a fifth of `generate`'s time in malloc/free.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::Parser;

use cli::{Cli, Command, Output};
use ui::Ui;

/// `mi_option_purge_delay` in mimalloc's `mi_option_e` (v2 and v3 alike; libmimalloc-sys does not
/// name it, but names its neighbours 14 and 16).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Freed pages go back to the operating system at once rather than after mimalloc's delay:
/// dbkit's phases allocate different things one after the other (generate reads the folder's
/// state, then runs the schema reader), so pages kept for reuse were never reused and added a
/// fifth to the peak at 10,000 tables, for 5-8% of the time.
fn purge_freed_pages_at_once() {
    // SAFETY: plain integer options, set before any other thread exists.
    unsafe {
        // Only mimalloc's own defaults (10 ms in v2, 1 s in v3): MIMALLOC_PURGE_DELAY still wins.
        if matches!(libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY), 10 | 1000) {
            libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0);
        }
    }
}

fn main() -> ExitCode {
    purge_freed_pages_at_once();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // --help and --version print to stdout and succeed; usage errors are errors (exit 1,
            // as drizzle-kit's argument errors are), never clap's default 2, which means
            // "a decision is needed" in dbkit.
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 1 } else { 0 });
        }
    };
    let output = match &cli.command {
        Command::Migrate(a) => a.output,
        Command::Status(a) => a.output,
        Command::Check(a) => a.output,
        Command::Up(a) => a.output,
        Command::Generate(a) => a.output,
        Command::Export(a) => a.output,
        Command::Pull(a) => a.output,
        Command::Push(a) => a.output,
        Command::Revert(a) => a.output,
        Command::Restore(a) => a.output,
        Command::Db(_) => Output::Text,
    };
    let ui = Ui::new(output);
    let result = match &cli.command {
        Command::Migrate(args) => cmd::migrate::run(args, &ui),
        Command::Status(args) => cmd::status::run(args, &ui),
        Command::Check(args) => cmd::check::run(args, &ui),
        Command::Up(args) => cmd::up::run(args, &ui),
        Command::Generate(args) => cmd::generate::run(args, &ui),
        Command::Export(args) => cmd::export::run(args, &ui),
        Command::Pull(args) => cmd::pull::run(args, &ui),
        Command::Push(args) => cmd::push::run(args, &ui),
        Command::Revert(args) => cmd::revert::run(args, &ui),
        Command::Restore(args) => cmd::restore::run(args, &ui),
        Command::Db(args) => cmd::db::run(args, &ui),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            ui.error(&format!("{e:#}"));
            ExitCode::from(1)
        }
    }
}
