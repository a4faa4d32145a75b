//! `diff(prev, cur, resolver) -> Vec<Change>`: what changed between two schema states, in
//! drizzle-kit 1.0's statement kinds and order, with renames decided through a [`Resolver`].
//!
//! It runs in drizzle-kit's two phases. First, kind by kind (schemas, enums, sequences, roles,
//! tables, columns, constraints, indexes, policies, views) the entities that appeared and
//! disappeared are matched through the resolver, and each rename is applied to the previous
//! state, so that everything after it compares like with like ([`renames`]). Then the renamed
//! previous state and the current one are compared row by row and the changes are assembled in
//! drizzle's order ([`statements`]). The deltas of the next snapshot come out alongside.

pub mod change;
#[cfg(test)]
pub(crate) mod drizzle_json;
pub mod enum_values;
pub mod grammar;
pub mod hints;
mod renames;
pub mod resolver;
pub mod rows;
mod statements;
mod table_order;

pub use change::{Alter, Change, EnumColumn, TableDef, ValueChange};
pub use resolver::{Candidate, CreateAll, Decision, ResolveError, Resolver, Subject};

use crate::model::{Ddl, DdlError};
use crate::snapshot::Delta;

/// Which command the diff serves: `push` compares against an introspected database and ignores
/// differences that only come from how PostgreSQL spells things back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Generate,
    Push,
}

/// The outcome of a diff.
#[derive(Debug, Clone)]
pub struct DiffResult {
    pub changes: Vec<Change>,
    /// The current state as the diff left it (generated names kept from the previous state),
    /// which is what a base snapshot records.
    pub cur: Ddl,
    /// The previous state with this diff's renames applied.
    renamed_prev: Ddl,
    rename_deltas: Vec<Delta>,
}

impl DiffResult {
    /// The deltas of the next diff snapshot: renames first, then creates, drops and alters.
    /// Computed on demand: a base snapshot (the first migration) does not need them.
    pub fn deltas(&self) -> Vec<Delta> {
        let mut out = self.rename_deltas.clone();
        out.extend(rows::deltas(&self.renamed_prev, &self.cur));
        out
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DiffError {
    #[error(transparent)]
    Resolve(#[from] ResolveError),
    #[error(transparent)]
    Ddl(#[from] DdlError),
}

/// How a diff runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    pub mode: Mode,
    /// Give new constraints and indexes the generated name of an identical old one (drizzle's
    /// default); `drizzle-kit up` turns it off when it rebuilds footprints.
    pub keep_generated_names: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options { mode: Mode::Generate, keep_generated_names: true }
    }
}

/// Compares `prev` with `cur` (both taken by value: the diff works on them in place).
pub fn diff(prev: Ddl, cur: Ddl, resolver: &mut dyn Resolver, mode: Mode) -> Result<DiffResult, DiffError> {
    diff_with(prev, cur, resolver, Options { mode, ..Options::default() })
}

/// [`diff`] with every option.
pub fn diff_with(prev: Ddl, cur: Ddl, resolver: &mut dyn Resolver, options: Options) -> Result<DiffResult, DiffError> {
    let mode = options.mode;
    let mut r = renames::resolve_all(prev, cur, resolver, options)?;
    let changes = statements::assemble(&mut r, mode);
    Ok(DiffResult { changes, cur: r.ddl2, renamed_prev: r.ddl1, rename_deltas: r.rename_deltas })
}
