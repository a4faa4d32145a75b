//! The schema model: drizzle-kit 1.0's DDL entities (snapshot version 9) as typed rows in a store.

pub mod cascade;
pub mod ddl;
pub mod entity;
pub mod field;
pub mod js;

pub use ddl::{Ddl, DdlError, Rows, parse_qualified_key, qualified_key};
pub use entity::*;
pub use field::{Field, Obj};
