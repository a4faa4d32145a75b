//! dbkit's TypeScript reader (oxc): `drizzle.config.ts` / `.js` evaluated statically, without Node.

mod config;

pub use config::{ConfigError, DotenvRequest, EvaluatedConfig, Location, Undefined, dotenv_requests, evaluate_config};
