//! Footprints of changes and branch-conflict (commutativity) detection, as drizzle-kit 1.0 does it.
//!
//! Every migration's `snapshot.json` records one footprint per statement: which objects the
//! statement writes, which names it reads, which uniqueness it takes away, and for statements
//! that can run twice a hash of their SQL ([`footprints`]). When branches are merged in git the
//! folder ends up with several leaf migrations; two branches conflict when one writes what the
//! other touches, unless both make the very same idempotent change ([`check_conflicts`]).
//!
//! The token rules are drizzle-kit's (`src/dialects/postgres/commutativity.ts`), reproduced
//! exactly because the footprints are written into snapshots that both tools read.

mod conflicts;
mod report;
mod statements;
mod target;
mod tokens;

#[cfg(test)]
mod golden;

use serde::{Deserialize, Serialize};

use crate::model::CompactString;
use serde_json::Value;

use crate::diff::Change;

pub use conflicts::check_conflicts;
pub use report::{Branch, Conflict, ConflictFix, ConflictReport, ConflictTarget, LeafBranch, MigrationRef, ParentGroup};
pub use statements::{footprint, is_idempotent, sql_hash};
pub use target::target_of;

/// One statement's footprint, with drizzle's keys in drizzle's order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Footprint {
    /// drizzle's statement type, e.g. `"add_column"`.
    pub statement_type: CompactString,
    /// The object the statement is about, e.g. `["column", "public", "users", "email"]`.
    pub statement_target: Vec<CompactString>,
    pub writes: Vec<CompactString>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reads: Option<Vec<CompactString>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_writes: Option<Vec<CompactString>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sql_hash: Option<CompactString>,
}

impl Footprint {
    pub fn to_value(&self) -> Value {
        serde_json::to_value(self).expect("a footprint always serializes")
    }

    /// Reads a footprint from a snapshot, with drizzle's validation (known keys only, string
    /// lists, a target of at least two parts).
    pub fn from_value(value: &Value) -> Result<Footprint, String> {
        let fp = Footprint::deserialize(value).map_err(|e| e.to_string())?;
        fp.check()?;
        Ok(fp)
    }

    /// The rule serde cannot express: a target names a kind and at least one object.
    pub fn check(&self) -> Result<(), String> {
        if self.statement_target.len() < 2 {
            return Err(format!("statementTarget {:?} has fewer than two parts", self.statement_target));
        }
        Ok(())
    }
}

/// The `footprints` of a snapshot: one per change, in order; `sql[i]` holds the statements
/// rendered for `changes[i]`.
///
/// drizzle-kit builds one for every JSON statement it converted to SQL, so a change whose
/// rendering is empty still gets one (its `sqlHash`, if any, is the hash of the empty string).
pub fn footprints(changes: &[Change], sql: &[Vec<String>]) -> Vec<Footprint> {
    debug_assert_eq!(changes.len(), sql.len(), "one group of SQL statements per change");
    changes.iter().enumerate().map(|(i, c)| footprint(c, sql.get(i).map_or(&[][..], Vec::as_slice))).collect()
}
