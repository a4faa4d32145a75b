//! dbkit's pure middle: no I/O, no async, no clock, no randomness, no terminal.
//!
//! Callers (the `dbkit` binary and `dbkit-pg`) read files and databases and pass plain values in;
//! everything here is a function of its arguments so tests can call it directly.

pub mod codegen;
pub mod diff;
pub mod footprint;
pub mod hazard;
pub mod migrations;
pub mod model;
pub mod revert;
pub mod snapshot;
pub mod sql;
