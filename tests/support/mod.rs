//! Test support: a real PostgreSQL ([`server`]) and temporary projects run with the built binary ([`project`]).

#![allow(dead_code)]

pub mod project;
pub mod pty;
pub mod server;

pub use project::{Project, finish};

/// The entries of a mismatch list, a Markdown file of lines "- `id`: reason", in file order (a
/// missing file lists nothing).
pub fn listed(path: &std::path::Path) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .filter_map(|l| l.strip_prefix("- `")?.split_once('`'))
        .map(|(k, reason)| (k.to_string(), reason.trim_start_matches([':', ' ']).to_string()))
        .collect()
}
pub use server::{PASSWORD, TestDb, drop_roles, roles_lock, server};
