//! A migrations folder's snapshots as a graph, and the state at any point of it.
//!
//! As drizzle-kit 1.0 does: the folder has exactly one base snapshot; every parent id must exist
//! and sort before its child; a state is the base plus the deltas of each diff on the way, oldest
//! first; at a merge (several `prevIds`) the deltas of the other branches are replayed as well.

use std::collections::{HashMap, HashSet};

use crate::migrations::collate::locale_compare;
use crate::model::{Ddl, DdlError, parse_qualified_key};

use super::{Body, Delta, ORIGIN_ID, Snapshot};

/// One migration folder's snapshot.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The folder name, e.g. `20261124063106_init`.
    pub folder: String,
    pub snapshot: Snapshot,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HistoryError {
    #[error(
        "cannot rebuild the schema state at {folder}: its history does not reach a base snapshot; restore the first migration folder from git, or delete {folder} and every later migration, then generate again"
    )]
    MissingBase { folder: String },
    #[error(
        "the migrations folder has two base snapshots, in {first} and {second}; a folder has one base snapshot, its first migration: delete one of them together with every migration after it, then generate again"
    )]
    TwoBases { first: String, second: String },
    #[error(
        "cannot rebuild the schema state at {folder}: its parent snapshot {parent} is missing from the migrations folder; restore that migration folder from git, or delete {folder} and every later migration"
    )]
    MissingParent { folder: String, parent: String },
    #[error(
        "migration {folder} sorts before its parent {parent}, so migrate would run it first; rename the folders so that {folder} sorts after {parent}"
    )]
    Order { folder: String, parent: String },
    #[error(
        "cannot rebuild the schema state at {folder}: {problem}; restore the migration folder from git, or delete {folder} and every later migration, then generate again"
    )]
    Broken { folder: String, problem: String },
}

#[derive(Debug, Clone, Default)]
pub struct History {
    /// In folder-name order.
    entries: Vec<Entry>,
    by_id: HashMap<String, usize>,
}

impl History {
    /// Checks the graph (one base, known parents, parents sort first).
    pub fn new(mut entries: Vec<Entry>) -> Result<History, HistoryError> {
        entries.sort_by(|a, b| a.folder.cmp(&b.folder));
        let by_id: HashMap<String, usize> = entries.iter().enumerate().map(|(i, e)| (e.snapshot.id.clone(), i)).collect();
        if entries.is_empty() {
            return Ok(History { entries, by_id });
        }
        if entries.iter().all(|e| !e.snapshot.is_base()) {
            return Err(HistoryError::MissingBase { folder: entries[0].folder.clone() });
        }
        let bases: Vec<&Entry> = entries.iter().filter(|e| e.snapshot.is_base()).collect();
        if bases.len() > 1 {
            return Err(HistoryError::TwoBases { first: bases[0].folder.clone(), second: bases[1].folder.clone() });
        }
        for e in &entries {
            let first = e.snapshot.prev_ids.first().map_or(ORIGIN_ID, String::as_str);
            if !e.snapshot.is_base() && first == ORIGIN_ID {
                return Err(HistoryError::MissingBase { folder: e.folder.clone() });
            }
            for parent in e.snapshot.prev_ids.iter().filter(|p| *p != ORIGIN_ID) {
                let Some(&p) = by_id.get(parent) else {
                    return Err(HistoryError::MissingParent { folder: e.folder.clone(), parent: parent.clone() });
                };
                let pf = &entries[p].folder;
                if !(e.folder > *pf && locale_compare(&e.folder, pf).is_gt()) {
                    return Err(HistoryError::Order { folder: e.folder.clone(), parent: pf.clone() });
                }
            }
        }
        Ok(History { entries, by_id })
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Ids no snapshot names as a parent, newest folder first (drizzle's order).
    pub fn leaf_ids(&self) -> Vec<String> {
        let parents: HashSet<&str> = self.entries.iter().flat_map(|e| e.snapshot.prev_ids.iter().map(String::as_str)).collect();
        self.entries.iter().rev().map(|e| e.snapshot.id.clone()).filter(|id| !parents.contains(id.as_str())).collect()
    }

    /// The folders of the leaf snapshots (the parents of the next migration).
    pub fn leaf_folders(&self) -> Vec<String> {
        let leaves = self.leaf_ids();
        self.entries.iter().filter(|e| leaves.contains(&e.snapshot.id)).map(|e| e.folder.clone()).collect()
    }

    fn entry(&self, id: &str) -> Option<&Entry> {
        self.by_id.get(id).map(|&i| &self.entries[i])
    }

    /// The schema state recorded by snapshot `id`.
    pub fn state_of(&self, id: &str) -> Result<Ddl, HistoryError> {
        let folder = self.entry(id).map_or_else(|| id.to_string(), |e| e.folder.clone());
        self.reconstruct(id).map_err(|problem| HistoryError::Broken { folder, problem })
    }

    /// The state the next migration starts from: the single leaf's, or all leaves merged.
    pub fn combined_state(&self) -> Result<Ddl, HistoryError> {
        let leaves = self.leaf_ids();
        let mut states = Vec::new();
        for id in &leaves {
            states.push(self.state_of(id)?);
        }
        match states.len() {
            0 => Ok(Ddl::new()),
            1 => Ok(states.pop().expect("one state")),
            _ => self.starting_state(&leaves).map_err(|(folder, problem)| HistoryError::Broken { folder, problem }),
        }
    }

    fn lookup(&self, id: &str) -> Result<&Entry, String> {
        self.entry(id).ok_or_else(|| format!("snapshot {id} is not in the migrations folder"))
    }

    /// The entries from `id` back to the base snapshot, by index (the base last).
    fn chain(&self, id: &str) -> Result<Vec<usize>, String> {
        let index = |id: &str| self.by_id.get(id).copied().ok_or_else(|| format!("snapshot {id} is not in the migrations folder"));
        let mut chain = vec![index(id)?];
        loop {
            let entry = &self.entries[*chain.last().expect("never empty")];
            if entry.snapshot.is_base() {
                return Ok(chain);
            }
            chain.push(index(entry.snapshot.prev_ids.first().map_or(ORIGIN_ID, String::as_str))?);
        }
    }

    /// Applies the diffs of `chain` (without its base, newest first) to the base's state.
    fn replay(&self, chain: &[usize], mut state: Ddl) -> Result<Ddl, String> {
        for &i in chain.iter().rev() {
            let snapshot = &self.entries[i].snapshot;
            if snapshot.prev_ids.len() > 1 {
                self.apply_other_parents(&mut state, &snapshot.prev_ids).map_err(|(_, p)| p)?;
            }
            apply_deltas(&mut state, deltas_of(snapshot))?;
        }
        Ok(state)
    }

    fn reconstruct(&self, id: &str) -> Result<Ddl, String> {
        let chain = self.chain(id)?;
        let (base, diffs) = chain.split_last().expect("never empty");
        let Body::Base { ddl } = &self.entries[*base].snapshot.body else { unreachable!("a chain ends at a base") };
        self.replay(diffs, (**ddl).clone())
    }

    /// [`History::combined_state`] of a history that is not needed afterwards: with a single
    /// leaf, the base snapshot's state is moved into the result rather than copied (it is most
    /// of a large folder's memory).
    pub fn into_combined_state(mut self) -> Result<Ddl, HistoryError> {
        let leaves = self.leaf_ids();
        let [leaf] = leaves.as_slice() else { return self.combined_state() };
        let broken = |folder: String| move |problem| HistoryError::Broken { folder, problem };
        let folder = self.entry(leaf).map_or_else(|| leaf.clone(), |e| e.folder.clone());
        let chain = self.chain(leaf).map_err(broken(folder.clone()))?;
        let (base, diffs) = chain.split_last().expect("never empty");
        let Body::Base { ddl } = &mut self.entries[*base].snapshot.body else { unreachable!("a chain ends at a base") };
        let state = std::mem::take(&mut **ddl);
        self.replay(diffs, state).map_err(broken(folder))
    }

    fn starting_state(&self, prev_ids: &[String]) -> Result<Ddl, (String, String)> {
        let first = prev_ids.first().map_or(ORIGIN_ID, String::as_str);
        if first == ORIGIN_ID {
            return Ok(Ddl::new());
        }
        let mut state = self.reconstruct(first).map_err(|p| (first.to_string(), p))?;
        if prev_ids.len() > 1 {
            self.apply_other_parents(&mut state, prev_ids)?;
        }
        Ok(state)
    }

    /// Replays, in folder order, the diffs that only the other parents' branches contain.
    fn apply_other_parents(&self, state: &mut Ddl, prev_ids: &[String]) -> Result<(), (String, String)> {
        let known = self.ancestors(&prev_ids[..1], &HashSet::new()).map_err(|p| (prev_ids[0].clone(), p))?;
        let rest = self.ancestors(&prev_ids[1..], &known).map_err(|p| (prev_ids[0].clone(), p))?;
        for e in &self.entries {
            if rest.contains(e.snapshot.id.as_str()) && !e.snapshot.is_base() {
                apply_deltas(state, deltas_of(&e.snapshot)).map_err(|p| (e.folder.clone(), p))?;
            }
        }
        Ok(())
    }

    fn ancestors(&self, ids: &[String], known: &HashSet<String>) -> Result<HashSet<String>, String> {
        let mut found = HashSet::new();
        let mut stack: Vec<String> = ids.to_vec();
        while let Some(id) = stack.pop() {
            if id == ORIGIN_ID || found.contains(&id) || known.contains(&id) {
                continue;
            }
            stack.extend(self.lookup(&id)?.snapshot.prev_ids.iter().cloned());
            found.insert(id);
        }
        Ok(found)
    }
}

fn deltas_of(s: &Snapshot) -> &[Delta] {
    match &s.body {
        Body::Diff { deltas } => deltas,
        Body::Base { .. } => &[],
    }
}

/// Applies deltas to a state as drizzle-kit's reconstruct does: a create of an identical existing
/// row is accepted, a create or rename onto a different row with the same key is an error.
pub fn apply_deltas(state: &mut Ddl, deltas: &[Delta]) -> Result<(), String> {
    for delta in deltas {
        match delta {
            Delta::Create { row } => {
                if let Some(stored) = state.push_json(row).map_err(|e| e.to_string())? {
                    let same = stored.as_object().is_some_and(|s| {
                        s.iter().all(|(k, v)| crate::model::js::js_equal(Some(v), Some(row.get(k).unwrap_or(&serde_json::Value::Null))))
                    });
                    if !same {
                        return Err(format!(
                            "a create delta adds {row}, and another entity with other values already has its key; two migrations gave one name to two different entities"
                        ));
                    }
                }
            }
            Delta::Drop { key } => {
                let (kind, identity) = parse_qualified_key(key).ok_or_else(|| format!("bad delta key {key:?}"))?;
                state.remove(kind, identity);
            }
            Delta::Alter { key, set } | Delta::Rename { key, set } => {
                let (kind, identity) = parse_qualified_key(key).ok_or_else(|| format!("bad delta key {key:?}"))?;
                state
                    .update(kind, identity, set)
                    .map_err(|e: DdlError| format!("{e}; two migrations gave one name to two different entities"))?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(dir: &str) -> Vec<Entry> {
        let root = format!("{}/../../tests/fixtures/{dir}", env!("CARGO_MANIFEST_DIR"));
        let mut out = Vec::new();
        for e in std::fs::read_dir(&root).unwrap() {
            let e = e.unwrap();
            let path = e.path().join("snapshot.json");
            let text = std::fs::read_to_string(&path).unwrap();
            out.push(Entry {
                folder: e.file_name().to_string_lossy().into(),
                snapshot: Snapshot::parse(&path.to_string_lossy(), &text).unwrap(),
            });
        }
        out
    }

    #[test]
    fn rebuilds_the_peer_folder_state() {
        let h = History::new(fixture("v1-folders")).unwrap();
        assert_eq!(h.leaf_folders(), ["20261124063111_schema_b"]);
        let state = h.combined_state().unwrap();
        // schema_b renamed session.ip_address to ip, dropped account.scope, added user.phone
        assert!(state.columns.get(r#"["public","session","ip"]"#).is_some());
        assert!(state.columns.get(r#"["public","session","ip_address"]"#).is_none());
        assert!(state.columns.get(r#"["public","account","scope"]"#).is_none());
        assert!(state.columns.get(r#"["public","user","phone"]"#).is_some());
        let e = state.enums.get(r#"["public","order_status"]"#).unwrap();
        assert_eq!(e.values, ["pending", "paid", "processing", "shipped", "cancelled", "refunded"]);
        // Consuming the history gives the same state.
        assert_eq!(h.into_combined_state().unwrap(), state);
    }

    #[test]
    fn broken_graphs_are_named() {
        let mut entries = fixture("v1-folders");
        entries.retain(|e| e.folder.ends_with("schema_b"));
        let err = History::new(entries).unwrap_err();
        assert!(matches!(err, HistoryError::MissingBase { .. }), "{err}");

        let mut entries = fixture("v1-folders");
        for e in &mut entries {
            if e.folder.ends_with("schema_b") {
                e.folder = "20200101000000_schema_b".into();
            }
        }
        let err = History::new(entries).unwrap_err();
        assert!(err.to_string().starts_with("migration 20200101000000_schema_b sorts before its parent"), "{err}");
    }
}
