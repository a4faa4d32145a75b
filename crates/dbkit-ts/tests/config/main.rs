//! Tests of the drizzle.config.ts static evaluator through the public API.

mod common;
mod dotenv;
mod errors;
mod eval;
mod real_world;
