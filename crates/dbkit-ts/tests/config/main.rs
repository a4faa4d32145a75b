//! Tests of reading drizzle.config.ts without Node, through the public API.

mod common;
mod dotenv;
mod errors;
mod eval;
mod real_world;
