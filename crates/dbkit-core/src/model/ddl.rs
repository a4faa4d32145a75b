//! The DDL store: every entity of a schema state, keyed by identity, in insertion order per kind.
//!
//! This is drizzle-kit's generic store reduced to what PostgreSQL needs. Rows keep insertion
//! order (it decides the order of `ddl[]` in base snapshots and of created statements), and a
//! change of identity (a rename or a move) carries over to the rows that point at the renamed
//! one: a table's columns, indexes and constraints follow it, an index follows a renamed column,
//! a column follows a renamed enum, a policy follows a renamed role.

use indexmap::IndexMap;
use serde_json::{Map, Value};

use super::entity::*;

/// The rows of one kind, keyed by identity, in insertion order.
#[derive(Debug, Clone, PartialEq)]
pub struct Rows<T> {
    map: IndexMap<String, T>,
}

impl<T> Default for Rows<T> {
    fn default() -> Self {
        Rows { map: IndexMap::new() }
    }
}

impl<T: Entity> Rows<T> {
    /// Adds a row; `Err(existing)` when a row with the same identity is already there.
    pub fn push(&mut self, row: T) -> Result<(), &T> {
        let key = row.key();
        if self.map.contains_key(&key) {
            return Err(&self.map[&key]);
        }
        self.map.insert(key, row);
        Ok(())
    }

    /// Keeps the rows `keep` accepts, in their order.
    pub fn retain(&mut self, keep: impl Fn(&T) -> bool) {
        self.map.retain(|_, row| keep(row));
    }

    pub fn get(&self, key: &str) -> Option<&T> {
        self.map.get(key)
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut T> {
        self.map.get_mut(key)
    }

    /// Replaces the row `key` with `row` (whose identity may differ) at the same position.
    pub fn replace(&mut self, key: &str, row: T) {
        let Some(index) = self.map.get_index_of(key) else { return };
        let mut rows: Vec<(String, T)> = std::mem::take(&mut self.map).into_iter().collect();
        rows[index] = (row.key(), row);
        self.map = rows.into_iter().collect();
    }

    /// Removes a row, keeping the order of the others.
    pub fn remove(&mut self, key: &str) -> Option<T> {
        self.map.shift_remove(key)
    }

    pub fn iter(&self) -> impl Iterator<Item = &T> {
        self.map.values()
    }

    pub fn iter_mut(&mut self) -> impl Iterator<Item = &mut T> {
        self.map.values_mut()
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.map.keys()
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    pub fn find(&self, pred: impl Fn(&T) -> bool) -> Option<&T> {
        self.map.values().find(|r| pred(r))
    }

    pub fn filter<'a>(&'a self, pred: impl Fn(&T) -> bool + 'a) -> impl Iterator<Item = &'a T> + 'a {
        self.map.values().filter(move |r| pred(r))
    }

    /// Re-keys every row after identities changed in place; `Err(key)` on a collision.
    fn rekey(&mut self) -> Result<(), String> {
        let rows: Vec<T> = std::mem::take(&mut self.map).into_values().collect();
        for row in rows {
            let key = row.key();
            if self.map.contains_key(&key) {
                return Err(key);
            }
            self.map.insert(key, row);
        }
        Ok(())
    }
}

/// A whole schema state.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Ddl {
    pub schemas: Rows<Schema>,
    pub tables: Rows<Table>,
    pub enums: Rows<Enum>,
    pub columns: Rows<Column>,
    pub indexes: Rows<Index>,
    pub fks: Rows<Fk>,
    pub pks: Rows<Pk>,
    pub uniques: Rows<Unique>,
    pub checks: Rows<Check>,
    pub sequences: Rows<Sequence>,
    pub roles: Rows<Role>,
    pub privileges: Rows<Privilege>,
    pub policies: Rows<Policy>,
    pub views: Rows<View>,
}

/// Runs `$body` with `$rows` bound to the `Rows<_>` of `$kind`.
macro_rules! with_rows {
    ($ddl:expr, $kind:expr, |$rows:ident| $body:expr) => {
        match $kind {
            Kind::Schemas => {
                let $rows = &$ddl.schemas;
                $body
            }
            Kind::Tables => {
                let $rows = &$ddl.tables;
                $body
            }
            Kind::Enums => {
                let $rows = &$ddl.enums;
                $body
            }
            Kind::Columns => {
                let $rows = &$ddl.columns;
                $body
            }
            Kind::Indexes => {
                let $rows = &$ddl.indexes;
                $body
            }
            Kind::Fks => {
                let $rows = &$ddl.fks;
                $body
            }
            Kind::Pks => {
                let $rows = &$ddl.pks;
                $body
            }
            Kind::Uniques => {
                let $rows = &$ddl.uniques;
                $body
            }
            Kind::Checks => {
                let $rows = &$ddl.checks;
                $body
            }
            Kind::Sequences => {
                let $rows = &$ddl.sequences;
                $body
            }
            Kind::Roles => {
                let $rows = &$ddl.roles;
                $body
            }
            Kind::Privileges => {
                let $rows = &$ddl.privileges;
                $body
            }
            Kind::Policies => {
                let $rows = &$ddl.policies;
                $body
            }
            Kind::Views => {
                let $rows = &$ddl.views;
                $body
            }
        }
    };
    (mut $ddl:expr, $kind:expr, |$rows:ident| $body:expr) => {
        match $kind {
            Kind::Schemas => {
                let $rows = &mut $ddl.schemas;
                $body
            }
            Kind::Tables => {
                let $rows = &mut $ddl.tables;
                $body
            }
            Kind::Enums => {
                let $rows = &mut $ddl.enums;
                $body
            }
            Kind::Columns => {
                let $rows = &mut $ddl.columns;
                $body
            }
            Kind::Indexes => {
                let $rows = &mut $ddl.indexes;
                $body
            }
            Kind::Fks => {
                let $rows = &mut $ddl.fks;
                $body
            }
            Kind::Pks => {
                let $rows = &mut $ddl.pks;
                $body
            }
            Kind::Uniques => {
                let $rows = &mut $ddl.uniques;
                $body
            }
            Kind::Checks => {
                let $rows = &mut $ddl.checks;
                $body
            }
            Kind::Sequences => {
                let $rows = &mut $ddl.sequences;
                $body
            }
            Kind::Roles => {
                let $rows = &mut $ddl.roles;
                $body
            }
            Kind::Privileges => {
                let $rows = &mut $ddl.privileges;
                $body
            }
            Kind::Policies => {
                let $rows = &mut $ddl.policies;
                $body
            }
            Kind::Views => {
                let $rows = &mut $ddl.views;
                $body
            }
        }
    };
}

/// What went wrong applying a row or a change to the store.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DdlError {
    #[error("row without a known entityType: {0}")]
    UnknownKind(String),
    #[error("{0}")]
    BadRow(String),
    #[error("two rows of {kind} have the key {key}")]
    Duplicate { kind: &'static str, key: String },
    #[error("renaming {kind} {from} to {to} collides with another row of {collided_kind} that already has the key {key}")]
    Collision { kind: &'static str, from: String, to: String, collided_kind: &'static str, key: String },
}

/// `<entityType>\u0000<identity>`: how deltas name a row.
pub fn qualified_key(kind: Kind, key: &str) -> String {
    format!("{}\u{0}{}", kind.name(), key)
}

/// Splits a delta key into its kind and identity.
pub fn parse_qualified_key(key: &str) -> Option<(Kind, &str)> {
    let (kind, identity) = key.split_once('\u{0}')?;
    Some((Kind::parse(kind)?, identity))
}

impl Ddl {
    pub fn new() -> Ddl {
        Ddl::default()
    }

    /// Every row as JSON, kind by kind in drizzle's order (the `ddl` array of a base snapshot).
    pub fn to_json_rows(&self) -> Vec<Value> {
        self.json_rows().collect()
    }

    /// Every row, in [`Ddl::to_json_rows`]' order, to be written as JSON without building values.
    pub fn rows(&self) -> impl Iterator<Item = &dyn WriteJson> + '_ {
        Kind::ALL.into_iter().flat_map(move |kind| -> Box<dyn Iterator<Item = &dyn WriteJson> + '_> {
            with_rows!(self, kind, |rows| Box::new(rows.iter().map(|r| r as &dyn WriteJson)))
        })
    }

    /// [`Ddl::to_json_rows`] one row at a time.
    pub fn json_rows(&self) -> impl Iterator<Item = Value> + '_ {
        Kind::ALL.into_iter().flat_map(move |kind| -> Box<dyn Iterator<Item = Value> + '_> {
            with_rows!(self, kind, |rows| Box::new(rows.iter().map(Entity::to_json)))
        })
    }

    pub fn len(&self) -> usize {
        Kind::ALL.iter().map(|&k| with_rows!(self, k, |rows| rows.len())).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Adds a JSON row (a snapshot's `ddl[]` entry or a create delta). `Ok(None)` when added,
    /// `Ok(Some(existing))` when a row with that identity exists already.
    pub fn push_json(&mut self, row: &Value) -> Result<Option<Value>, DdlError> {
        let obj = row.as_object().ok_or_else(|| DdlError::BadRow(format!("a ddl row must be an object, not {row}")))?;
        let kind = obj
            .get("entityType")
            .and_then(Value::as_str)
            .and_then(Kind::parse)
            .ok_or_else(|| DdlError::UnknownKind(obj.get("entityType").map_or("(none)".into(), Value::to_string)))?;
        fn push<T: Entity>(rows: &mut Rows<T>, obj: &Map<String, Value>) -> Result<Option<Value>, DdlError> {
            let row = T::from_json(obj).map_err(DdlError::BadRow)?;
            Ok(rows.push(row).err().map(Entity::to_json))
        }
        with_rows!(mut self, kind, |rows| push(rows, obj))
    }

    /// The JSON of the row `key` of `kind`, if present.
    pub fn get_json(&self, kind: Kind, key: &str) -> Option<Value> {
        with_rows!(self, kind, |rows| rows.get(key).map(Entity::to_json))
    }

    /// Removes one row (no cascade: a drop delta names every row it drops).
    pub fn remove(&mut self, kind: Kind, key: &str) -> bool {
        with_rows!(mut self, kind, |rows| rows.remove(key).is_some())
    }

    /// Sets fields of the row `key` of `kind` (an alter or rename delta). When the identity
    /// changes, the rows that point at it follow. `Ok(false)` when there is no such row.
    pub fn update(&mut self, kind: Kind, key: &str, set: &Map<String, Value>) -> Result<bool, DdlError> {
        if self.get_json(kind, key).is_none() {
            return Ok(false);
        }
        let saved = self.clone();
        fn apply<T: Entity>(rows: &mut Rows<T>, key: &str, set: &Map<String, Value>) -> Result<Option<(Value, Value)>, DdlError> {
            let row = rows.get_mut(key).expect("checked above");
            let before = row.to_json();
            for (field, value) in set {
                row.set(field, value).map_err(DdlError::BadRow)?;
            }
            let moved = row.key() != key;
            Ok(moved.then(|| (before, row.to_json())))
        }
        let moved = with_rows!(mut self, kind, |rows| apply(rows, key, set))?;
        if let Some((before, after)) = moved {
            super::cascade::relocate(self, kind, &before, &after);
            if let Err((collided, k)) = self.rekey_all() {
                let new_key =
                    with_rows!(self, kind, |rows| rows.iter().find(|r| r.to_json() == after).map(Entity::key)).unwrap_or_default();
                *self = saved;
                return Err(DdlError::Collision {
                    kind: kind.name(),
                    from: key.to_string(),
                    to: new_key,
                    collided_kind: collided.name(),
                    key: k,
                });
            }
        }
        Ok(true)
    }

    fn rekey_all(&mut self) -> Result<(), (Kind, String)> {
        for kind in Kind::ALL {
            with_rows!(mut self, kind, |rows| rows.rekey().map_err(|k| (kind, k)))?;
        }
        Ok(())
    }
}
