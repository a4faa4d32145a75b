//! The down migration of an applied folder, computed from the folder's own snapshots: the
//! engine diffs the migration's state back to its parent's and renders it with the same rules.
//!
//! drizzle-kit has no revert. dbkit computes one only where it can be sure it undoes what ran:
//! the folder's `migration.sql` must be exactly what the engine renders for the step (so a
//! `--custom` or hand-edited file stops the revert, asking for `down.sql`), and the step has one
//! parent (not a merge). Renames are not asked again: the snapshot records each one (a `rename`
//! delta), and the undo renames back; every other question was answered "created". Nothing is
//! guessed.

use serde_json::Value;

use crate::diff::hints::{Hint, HintsResolver};
use crate::diff::{Change, DiffError, Options, diff_with};
use crate::model::{Ddl, Kind, parse_qualified_key};
use crate::snapshot::history::{History, HistoryError};
use crate::snapshot::{Body, Delta, ORIGIN_ID};
use crate::sql::names::{escape_single_quotes, quote};
use crate::sql::{migration_text, render};

#[derive(Debug, thiserror::Error)]
pub enum RevertError {
    #[error("{folder}: no snapshot.json, so its down migration cannot be computed; write {folder}/down.sql")]
    NoSnapshot { folder: String },
    #[error(
        "{folder}: its migration.sql is not what its snapshot describes (custom SQL or edited by hand), so dbkit cannot compute its undo; write {folder}/down.sql with the SQL that undoes it"
    )]
    Custom { folder: String },
    #[error("{folder}: a merge of {parents} branches; write {folder}/down.sql with the SQL that undoes it")]
    Merge { folder: String, parents: usize },
    #[error(transparent)]
    History(#[from] HistoryError),
    #[error("{folder}: {source}")]
    Diff { folder: String, source: Box<DiffError> },
}

/// How an applied migration can be undone, as `status` shows it: a cheap look at the folder
/// (its `down.sql`, its snapshot's parents and renames, the `--custom` marker); `revert` still
/// checks that the file is what the snapshot describes before computing anything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Revertible {
    DownSql,
    Computed,
    Needs(&'static str),
}

impl Revertible {
    pub fn describe(&self) -> String {
        match self {
            Revertible::DownSql => "down.sql".into(),
            Revertible::Computed => "computed".into(),
            Revertible::Needs(why) => format!("needs down.sql ({why})"),
        }
    }
}

/// The whole text drizzle-kit (and `generate --custom`) writes for a custom migration; the user
/// writes below it, so it is recognised by this first line.
pub const CUSTOM_SQL: &str = "-- Custom SQL migration file, put your code below! --";

/// `parents`: how many parents the folder's snapshot names (`None` without a snapshot).
pub fn revertible(has_down_sql: bool, parents: Option<usize>, migration_sql: &str) -> Revertible {
    if has_down_sql {
        return Revertible::DownSql;
    }
    match parents {
        None => return Revertible::Needs("no snapshot"),
        Some(n) if n > 1 => return Revertible::Needs("a merge"),
        Some(_) => {}
    }
    if migration_sql.starts_with(CUSTOM_SQL) {
        return Revertible::Needs("custom SQL");
    }
    Revertible::Computed
}

/// A computed down migration: the changes (for the data-loss probes) and their statements.
#[derive(Debug)]
pub struct Down {
    pub changes: Vec<Change>,
    pub statements: Vec<String>,
}

/// The down migration of `folder`, whose applied file text is `migration_sql`.
pub fn computed_down(history: &History, folder: &str, migration_sql: &str) -> Result<Down, RevertError> {
    let entry = history.entries().iter().find(|e| e.folder == folder).ok_or_else(|| RevertError::NoSnapshot { folder: folder.into() })?;
    let snapshot = &entry.snapshot;
    let parent = match snapshot.prev_ids.as_slice() {
        [origin] if origin == ORIGIN_ID => Ddl::default(),
        [parent] => history.state_of(parent)?,
        parents => return Err(RevertError::Merge { folder: folder.into(), parents: parents.len() }),
    };
    let this = history.state_of(&snapshot.id)?;
    let renames: Vec<Hint> = match &snapshot.body {
        Body::Diff { deltas } => deltas.iter().filter_map(|d| reverse_rename(d, &parent)).collect(),
        Body::Base { .. } => Vec::new(),
    };
    // Each direction answers its rename questions from the recorded renames; every other
    // question was answered "created" when the migration was generated (no rename recorded).
    let step = |from: Ddl, to: Ddl, hints: Vec<Hint>| {
        diff_with(from, to, &mut HintsResolver::new(hints), Options::default())
            .map_err(|source| RevertError::Diff { folder: folder.into(), source: Box::new(source) })
    };
    let forward_hints = renames.iter().map(flip).collect();
    let forward = render(&step(parent.clone(), this.clone(), forward_hints)?.changes);
    let written = |breakpoints| migration_text(&forward, breakpoints);
    if migration_sql != written(true) && migration_sql != written(false) {
        return Err(RevertError::Custom { folder: folder.into() });
    }
    let back = step(this, parent, renames)?;
    let mut statements = render(&back.changes);
    statements.extend(serial_fixes(&back.changes));
    Ok(Down { changes: back.changes, statements })
}

/// Making a column serial again creates its sequence with a bare `CREATE SEQUENCE` (bigint,
/// starting at 1, as drizzle-kit writes it): under a column that already holds values the next
/// insert would collide. The undo gives the sequence the serial's type and moves it past the
/// rows there.
fn serial_fixes(changes: &[Change]) -> Vec<String> {
    let literal = |s: &str| format!("'{}'", escape_single_quotes(s));
    changes
        .iter()
        .filter_map(|c| match c {
            Change::AlterColumn { to, to_serial: true, .. } => Some(to),
            _ => None,
        })
        .map(|c| {
            let kind = match c.type_.as_str() {
                "smallserial" => "smallint",
                "bigserial" => "bigint",
                _ => "integer",
            };
            let table = format!("{}.{}", quote(&c.schema), quote(&c.table));
            format!(
                "DO $$ DECLARE s text := pg_get_serial_sequence({}, {}); BEGIN EXECUTE format('ALTER SEQUENCE %s AS {kind}', s); \
                 PERFORM setval(s, coalesce((SELECT max({}) FROM {table}), 0) + 1, false); END $$;",
                literal(&table),
                literal(&c.name),
                quote(&c.name)
            )
        })
        .collect()
}

/// The hint kind and identity tuple of a delta key (`columns\0["public","users","name"]`).
fn hint_target(key: &str) -> Option<(&'static str, Vec<String>)> {
    let (kind, identity) = parse_qualified_key(key)?;
    let kind = match kind {
        Kind::Schemas => "schema",
        Kind::Tables => "table",
        Kind::Enums => "enum",
        Kind::Columns => "column",
        Kind::Indexes => "index",
        Kind::Fks => "foreign key",
        Kind::Pks => "primary_key",
        Kind::Uniques => "unique",
        Kind::Checks => "check",
        Kind::Sequences => "sequence",
        Kind::Roles => "role",
        Kind::Policies => "policy",
        Kind::Views => "view",
        Kind::Privileges => return None,
    };
    let tuple: Vec<String> = serde_json::from_str(identity).ok()?;
    Some((kind, tuple))
}

/// A recorded rename, as the hint that undoes it: `to` (the new identity) renamed back `from`.
/// `before` is the state the rename applied to: an index's identity is `[schema, name]` while
/// its hint names `[schema, table, name]`, so its table is looked up there.
fn reverse_rename(delta: &Delta, before: &Ddl) -> Option<Hint> {
    let Delta::Rename { key, set } = delta else { return None };
    let (kind, mut old) = hint_target(key)?;
    if kind == "index" && old.len() == 2 {
        let (_, identity) = parse_qualified_key(key)?;
        let table = before.indexes.get(identity)?.table.clone();
        old.insert(1, table.to_string());
    }
    let mut new = old.clone();
    let field = |name: &str| set.get(name).and_then(Value::as_str).map(str::to_string);
    let last = new.len() - 1;
    if let Some(name) = field("name") {
        new[last] = name;
    }
    if let Some(schema) = field("schema").filter(|_| new.len() > 1) {
        new[0] = schema;
    }
    if let Some(table) = field("table").filter(|_| new.len() == 3) {
        new[1] = table;
    }
    Some(Hint::Rename { kind: kind.to_string(), from: new, to: old })
}

/// The same rename the other way round.
fn flip(h: &Hint) -> Hint {
    match h {
        Hint::Rename { kind, from, to } => Hint::Rename { kind: kind.clone(), from: to.clone(), to: from.clone() },
        other => other.clone(),
    }
}

/// The `down.sql` of a migration being generated (`generate --down`): the statements that take
/// `result`'s state back to `prev`, its renames renamed back.
pub fn down_sql(prev: Ddl, result: &crate::diff::DiffResult, breakpoints: bool) -> Result<String, DiffError> {
    let hints: Vec<Hint> = result.deltas().iter().filter_map(|d| reverse_rename(d, &prev)).collect();
    let back = diff_with(result.cur.clone(), prev, &mut HintsResolver::new(hints), Options::default())?;
    let mut statements = render(&back.changes);
    statements.extend(serial_fixes(&back.changes));
    Ok(migration_text(&statements, breakpoints))
}
