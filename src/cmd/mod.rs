//! Glue per command: read inputs, call the crates, hand results to `ui`.

pub mod db;
pub mod migrate;
pub mod status;

use anyhow::{Context, Result};

/// One current-thread runtime: every command talks to one database over one connection.
pub fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")
}
