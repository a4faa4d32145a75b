//! Tests of the schema interpreter (`dbkit_ts::js`) through its public API, with a fake host.

mod builtins;
mod common;
mod errors;
mod expressions;
mod host;
mod modules;
mod statements;
