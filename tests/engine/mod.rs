//! The schema engine against the golden corpus captured from drizzle-kit 1.0 (`tests/cases`):
//! byte-for-byte SQL and snapshots ([`golden`]), and dbkit's SQL executed on PostgreSQL ([`apply`]).

mod apply;
pub mod corpus;
mod from_ts;
mod golden;
mod hazards;
