//! dbkit's TypeScript reader (oxc): `drizzle.config.ts` evaluated statically ([`config`]), and
//! drizzle pg-core schema files read into dbkit's model without Node ([`js`], [`drizzle`]).

mod config;
pub mod drizzle;
pub mod js;

pub use config::{ConfigError, DotenvRequest, EvaluatedConfig, Location, Undefined, dotenv_requests, evaluate_config};
