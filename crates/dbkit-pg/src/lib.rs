//! dbkit's only crate that talks to PostgreSQL (tokio-postgres).
//!
//! - [`connect`]: connection settings (URLs, drizzle `dbCredentials`, sslmode, TLS) and one-line errors;
//! - [`runner`]: `migrate` under an advisory lock with drizzle-orm 1.0's bookkeeping;
//! - [`introspect`]: the database read into the model (`pull`, `push`);
//! - [`push`]: hazard probes and applying push statements;
//! - [`stored_defaults`]: push's probe of how the server would store a declared default.

pub mod connect;
pub mod introspect;
pub mod push;
pub mod runner;
pub mod stored_defaults;
