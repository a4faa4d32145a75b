//! dbkit's TypeScript reader (oxc): an interpreter for TypeScript/JavaScript without Node
//! ([`js`]) that runs `drizzle.config.ts` ([`config`]) and drizzle pg-core schema files, read into
//! dbkit's model ([`drizzle`]); tsconfig `paths` aliases ([`tsconfig`]).

mod config;
pub mod drizzle;
pub mod js;
pub mod tsconfig;

pub use config::{Cause, ConfigError, ConfigOptions, DotenvLoader, DotenvRequest, EvaluatedConfig, Location, Unknown, evaluate_config};
