//! dbkit's only crate that talks to PostgreSQL (tokio-postgres).
//!
//! - [`connect`]: connection settings (URLs, drizzle `dbCredentials`, sslmode, TLS) and one-line errors;
//! - [`runner`]: `migrate` under an advisory lock with drizzle-orm 1.0's bookkeeping.

pub mod connect;
pub mod introspect;
pub mod runner;
