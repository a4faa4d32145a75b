//! The DDL store: every entity of a schema state, keyed by identity, in insertion order per kind.
//!
//! This is drizzle-kit's generic store reduced to what PostgreSQL needs. Rows keep insertion
//! order (it decides the order of `ddl[]` in base snapshots and of created statements), and a
//! change of identity (a rename or a move) carries over to the rows that point at the renamed
//! one: a table's columns, indexes and constraints follow it, an index follows a renamed column,
//! a column follows a renamed enum, a policy follows a renamed role.

use std::cell::RefCell;
use std::hash::BuildHasher;

use hashbrown::HashTable;
use rustc_hash::FxBuildHasher;
use serde_json::{Map, Value};

use super::entity::*;

/// The rows of one kind, keyed by identity, in insertion order.
///
/// The identity key (`["public","users","id"]`) is not stored: it is written out again from the
/// row when a lookup needs to compare it. A 10,000-table state has 160,000 rows, and the stored
/// keys (a string each, plus its hash and slot) were a fifth of its memory.
#[derive(Debug, Clone)]
pub struct Rows<T> {
    rows: Vec<T>,
    /// The hash of each row's identity key, beside it.
    hashes: Vec<u64>,
    /// Positions in `rows`, found by hash.
    index: HashTable<u32>,
}

impl<T> Default for Rows<T> {
    fn default() -> Self {
        Rows { rows: Vec::new(), hashes: Vec::new(), index: HashTable::new() }
    }
}

/// Equal when both hold the same rows, in any order (as the maps they replace compared).
impl<T: Entity> PartialEq for Rows<T> {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.rows.iter().all(|r| with_key(r, |k| other.get(k) == Some(r)))
    }
}

fn hash_key(key: &str) -> u64 {
    FxBuildHasher.hash_one(key)
}

thread_local! {
    /// Where a row's identity key is written to be hashed or compared, without an allocation.
    static KEY: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Runs `f` on `row`'s identity key.
fn with_key<T: Entity, R>(row: &T, f: impl FnOnce(&str) -> R) -> R {
    KEY.with(|buf| match buf.try_borrow_mut() {
        Ok(mut buf) => {
            buf.clear();
            row.write_key(&mut buf);
            f(&buf)
        }
        // Only if `f` itself asks for another key: use a fresh string.
        Err(_) => f(&row.key()),
    })
}

impl<T: Entity> Rows<T> {
    /// The position of the row whose key is `key`.
    fn position(&self, key: &str) -> Option<usize> {
        self.position_hashed(key, hash_key(key))
    }

    fn position_hashed(&self, key: &str, hash: u64) -> Option<usize> {
        let (rows, hashes) = (&self.rows, &self.hashes);
        self.index.find(hash, |&i| hashes[i as usize] == hash && with_key(&rows[i as usize], |k| k == key)).map(|&i| i as usize)
    }

    /// Adds a row; `Err(existing)` when a row with the same identity is already there.
    pub fn push(&mut self, row: T) -> Result<(), &T> {
        // The new row's key is written once, into the shared buffer taken out for the time being
        // (comparing against existing rows needs the buffer too).
        let mut key = KEY.with(|buf| std::mem::take(&mut *buf.borrow_mut()));
        key.clear();
        row.write_key(&mut key);
        let hash = hash_key(&key);
        let found = self.position_hashed(&key, hash);
        KEY.with(|buf| *buf.borrow_mut() = key);
        if let Some(i) = found {
            return Err(&self.rows[i]);
        }
        let position = u32::try_from(self.rows.len()).expect("fewer than 4 billion rows");
        let hashes = &self.hashes;
        self.index.insert_unique(hash, position, |&i| hashes[i as usize]);
        self.rows.push(row);
        self.hashes.push(hash);
        Ok(())
    }

    /// Rebuilds the index from `rows` (after removals or identity changes); `Err(key)` when two
    /// rows have the same identity.
    fn reindex(&mut self) -> Result<(), String> {
        self.hashes = self.rows.iter().map(|r| with_key(r, hash_key)).collect();
        self.index.clear();
        for i in 0..self.rows.len() {
            let hash = self.hashes[i];
            let (rows, hashes) = (&self.rows, &self.hashes);
            let row = &rows[i];
            let clash = self.index.find(hash, |&j| hashes[j as usize] == hash && rows[j as usize].key() == row.key());
            if clash.is_some() {
                return Err(row.key());
            }
            self.index.insert_unique(hash, i as u32, |&j| hashes[j as usize]);
        }
        Ok(())
    }

    /// Keeps the rows `keep` accepts, in their order.
    pub fn retain(&mut self, keep: impl Fn(&T) -> bool) {
        self.rows.retain(|r| keep(r));
        self.reindex().expect("removing rows cannot make two identities equal");
    }

    pub fn get(&self, key: &str) -> Option<&T> {
        self.position(key).map(|i| &self.rows[i])
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut T> {
        self.position(key).map(|i| &mut self.rows[i])
    }

    /// Replaces the row `key` with `row` (whose identity may differ) at the same position.
    pub fn replace(&mut self, key: &str, row: T) {
        let Some(i) = self.position(key) else { return };
        self.rows[i] = row;
        // As the map this replaces did: a replacement colliding with another row takes its place.
        let new_key = self.rows[i].key();
        if let Some(j) = self.position(&new_key).filter(|&j| j != i) {
            self.rows.remove(j);
        }
        self.reindex().expect("identities are unique after the replacement");
    }

    /// Removes a row, keeping the order of the others.
    pub fn remove(&mut self, key: &str) -> Option<T> {
        let i = self.position(key)?;
        let row = self.rows.remove(i);
        let hash = self.hashes.remove(i);
        if let Ok(entry) = self.index.find_entry(hash, |&j| j as usize == i) {
            entry.remove();
        }
        for j in self.index.iter_mut() {
            if *j as usize > i {
                *j -= 1;
            }
        }
        Some(row)
    }

    pub fn iter(&self) -> impl Iterator<Item = &T> {
        self.rows.iter()
    }

    /// Rows to change in place; a change of identity needs [`Ddl::rekey`] afterwards.
    pub fn iter_mut(&mut self) -> impl Iterator<Item = &mut T> {
        self.rows.iter_mut()
    }

    pub fn keys(&self) -> impl Iterator<Item = String> + '_ {
        self.rows.iter().map(Entity::key)
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    pub fn find(&self, pred: impl Fn(&T) -> bool) -> Option<&T> {
        self.rows.iter().find(|r| pred(r))
    }

    pub fn filter<'a>(&'a self, pred: impl Fn(&T) -> bool + 'a) -> impl Iterator<Item = &'a T> + 'a {
        self.rows.iter().filter(move |r| pred(r))
    }

    /// Re-keys every row after identities changed in place; `Err(key)` on a collision.
    fn rekey(&mut self) -> Result<(), String> {
        self.reindex()
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
        self.push_fields(obj)
    }

    /// [`Ddl::push_json`] of a row's fields, its kind named by `entityType`.
    pub fn push_fields(&mut self, obj: &(impl Fields + ?Sized)) -> Result<Option<Value>, DdlError> {
        let kind = obj
            .field("entityType")
            .and_then(Value::as_str)
            .and_then(Kind::parse)
            .ok_or_else(|| DdlError::UnknownKind(obj.field("entityType").map_or("(none)".into(), Value::to_string)))?;
        fn push<T: Entity>(rows: &mut Rows<T>, obj: &(impl Fields + ?Sized)) -> Result<Option<Value>, DdlError> {
            let row = T::from_fields(obj).map_err(DdlError::BadRow)?;
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
    /// Names as PostgreSQL stores them: an identifier longer than 63 bytes keeps its first 63
    /// (cut at a character boundary; PostgreSQL says so in a NOTICE). Push compares the schema with
    /// what the database stored, so it shortens the schema's names the same way first (rows that
    /// point at them follow); generate keeps them, as drizzle-kit writes them.
    pub fn truncate_long_names(&mut self) -> Result<(), DdlError> {
        const MAX_IDENTIFIER_BYTES: usize = 63;
        fn clip(name: &str) -> &str {
            let mut end = MAX_IDENTIFIER_BYTES;
            while !name.is_char_boundary(end) {
                end -= 1;
            }
            &name[..end]
        }
        for kind in Kind::ALL {
            let long: Vec<(String, String)> = with_rows!(self, kind, |rows| rows
                .iter()
                .filter_map(|r| {
                    let name = r.get("name")?;
                    let name = name.as_str().filter(|n| n.len() > MAX_IDENTIFIER_BYTES)?;
                    Some((r.key(), clip(name).to_string()))
                })
                .collect());
            for (key, name) in long {
                self.update(kind, &key, &Map::from_iter([("name".to_string(), Value::String(name))]))?;
            }
        }
        Ok(())
    }

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

#[cfg(test)]
mod tests {
    use super::*;

    fn table(schema: &str, name: &str) -> Table {
        Table { schema: schema.into(), name: name.into(), is_rls_enabled: false }
    }

    fn names(rows: &Rows<Table>) -> Vec<String> {
        rows.iter().map(|t| t.name.to_string()).collect()
    }

    #[test]
    fn rows_keep_insertion_order_and_find_by_key_after_removals() {
        let mut rows = Rows::default();
        for n in ["a", "b", "c", "d", "e"] {
            rows.push(table("public", n)).unwrap();
        }
        assert_eq!(rows.push(table("public", "c")).unwrap_err().name, "c");
        assert_eq!(rows.remove(r#"["public","b"]"#).unwrap().name, "b");
        assert!(rows.remove(r#"["public","b"]"#).is_none());
        assert_eq!(names(&rows), ["a", "c", "d", "e"]);
        for n in ["a", "c", "d", "e"] {
            assert_eq!(rows.get(&identity_key(&["public", n])).unwrap().name, n, "{n} after a removal");
        }
        rows.push(table("public", "b")).unwrap();
        assert_eq!(names(&rows), ["a", "c", "d", "e", "b"]);
        rows.retain(|t| t.name != "d");
        assert_eq!(rows.get(r#"["public","e"]"#).unwrap().name, "e");
        assert!(rows.get(r#"["public","d"]"#).is_none());
    }

    #[test]
    fn replacing_a_row_moves_its_key_and_keeps_its_place() {
        let mut rows = Rows::default();
        for n in ["a", "b", "c"] {
            rows.push(table("public", n)).unwrap();
        }
        rows.replace(r#"["public","b"]"#, table("s", "b2"));
        assert_eq!(names(&rows), ["a", "b2", "c"]);
        assert!(rows.get(r#"["public","b"]"#).is_none());
        assert_eq!(rows.get(r#"["s","b2"]"#).unwrap().schema, "s");
    }

    #[test]
    fn identity_changes_in_place_are_rekeyed_and_collisions_named() {
        let mut rows = Rows::default();
        rows.push(table("public", "a")).unwrap();
        rows.push(table("public", "b")).unwrap();
        rows.iter_mut().for_each(|t| t.schema = "s".into());
        rows.rekey().unwrap();
        assert!(rows.get(r#"["s","a"]"#).is_some() && rows.get(r#"["public","a"]"#).is_none());
        rows.iter_mut().for_each(|t| t.name = "same".into());
        assert_eq!(rows.rekey().unwrap_err(), r#"["s","same"]"#);
    }

    #[test]
    fn keys_with_quotes_and_backslashes_are_found() {
        let mut rows = Rows::default();
        rows.push(table("public", "we\"ird\\name")).unwrap();
        assert!(rows.get(&identity_key(&["public", "we\"ird\\name"])).is_some());
        assert_eq!(rows.keys().next().unwrap(), r#"["public","we\"ird\\name"]"#);
    }

    #[test]
    fn equality_ignores_order() {
        let (mut x, mut y) = (Rows::default(), Rows::default());
        x.push(table("public", "a")).unwrap();
        x.push(table("public", "b")).unwrap();
        y.push(table("public", "b")).unwrap();
        y.push(table("public", "a")).unwrap();
        assert_eq!(x, y);
        y.remove(r#"["public","a"]"#);
        assert_ne!(x, y);
    }

    #[test]
    fn long_names_are_cut_to_63_bytes_as_postgresql_stores_them() {
        let long = "t".repeat(70);
        let accented = format!("{}é", "c".repeat(62)); // é is two bytes: 62 + 2 = 64
        let mut ddl = Ddl::new();
        ddl.push_json(&serde_json::json!({"schema": "public", "name": long, "isRlsEnabled": false, "entityType": "tables"})).unwrap();
        for (table, name) in [(long.as_str(), accented.as_str()), ("u", "id")] {
            ddl.push_json(&serde_json::json!({"schema": "public", "table": table, "name": name, "type": "integer", "notNull": false,
                "dimensions": 0, "entityType": "columns"}))
                .unwrap();
        }
        ddl.push_json(&serde_json::json!({"schema": "public", "name": "u", "isRlsEnabled": false, "entityType": "tables"})).unwrap();
        ddl.push_json(&serde_json::json!({"schema": "public", "table": "u", "name": "u_fk", "nameExplicit": true, "columns": ["id"],
            "schemaTo": "public", "tableTo": long, "columnsTo": [accented], "entityType": "fks"}))
            .unwrap();
        ddl.truncate_long_names().unwrap();
        let (t63, c62) = ("t".repeat(63), "c".repeat(62));
        assert!(ddl.tables.get(&identity_key(&["public", &t63])).is_some());
        assert!(ddl.columns.get(&identity_key(&["public", &t63, &c62])).is_some(), "the column follows its table and is cut before the é");
        let fk = ddl.fks.iter().next().unwrap();
        assert_eq!((fk.table_to.as_str(), fk.columns_to[0].as_str()), (t63.as_str(), c62.as_str()), "the foreign key follows both");
    }
}
