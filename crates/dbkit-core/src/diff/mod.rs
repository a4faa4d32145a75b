//! `diff(prev, cur, resolver) -> Vec<Change>`: what changed between two schema states, in
//! drizzle-kit 1.0's statement kinds and order, with renames decided through a [`Resolver`].

pub mod change;

pub use change::{Alter, Change, EnumColumn, TableDef, ValueChange};
