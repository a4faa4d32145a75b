//! dbkit's integration tests: one binary, a real PostgreSQL started by `support`.

mod support;

mod cli;
mod compat;
mod config;
mod db;
mod engine;
mod folders;
mod generate;
mod introspect;
mod migrate;
mod pull;
mod pull_codegen;
mod pull_layout;
mod pull_per_table;
mod push;
mod push_golden;
mod revert;
mod revert_corpus;
