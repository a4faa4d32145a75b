//! Branch conflicts between leaf migrations, decided from their footprints the way drizzle-kit
//! 1.0's `check` (and `generate` before it writes) decides them.
//!
//! For every pair of leaves, the migrations only one of them descends from form its branch. The
//! branches commute unless a statement of one writes (or takes away a uniqueness) that a
//! statement of the other writes or reads; two statements that make the very same idempotent
//! change (same type, same `sqlHash`) never conflict. For each conflicting pair the first such
//! statement pair is reported with the fork point (the leaves' lowest common ancestor). The fix
//! drizzle offers deletes both conflicting migrations and everything after them, again and again
//! until what is left commutes.

use std::collections::{HashMap, HashSet};

use indexmap::{IndexMap, IndexSet};

use crate::snapshot::{Body, History, ORIGIN_ID};

use super::Footprint;
use super::report::{Branch, Conflict, ConflictFix, ConflictReport, MigrationRef};

/// Compares every pair of leaf migrations of `history` and, when some conflict, plans drizzle's fix.
pub fn check_conflicts(history: &History) -> ConflictReport {
    let graph = Graph::of(history);
    let (conflicts, leaf_ids) = graph.detect();
    let fix = (!conflicts.is_empty()).then(|| graph.plan_fix(&conflicts));
    ConflictReport { conflicts, leaf_ids, fix }
}

/// One snapshot as the conflict engine sees it.
#[derive(Debug, Clone)]
struct Node<'h> {
    id: String,
    prev_ids: Vec<String>,
    folder: String,
    /// Borrowed from the history: a first migration of 10,000 tables has 40,000 of them.
    footprints: &'h [Footprint],
    /// A custom migration: a diff snapshot without deltas (its SQL is hand-written).
    custom: bool,
}

/// The snapshots as read (folder order) and by id, in the order drizzle-kit iterates them
/// (`Object.keys` of its node map).
#[derive(Debug, Clone)]
struct Graph<'h> {
    inputs: Vec<Node<'h>>,
    nodes: IndexMap<String, Node<'h>>,
}

/// A footprint and the node (index into the graph) it was recorded in.
#[derive(Clone, Copy)]
struct Located<'a> {
    node: usize,
    fp: &'a Footprint,
}

type Cache = HashMap<String, IndexSet<String>>;

impl<'h> Graph<'h> {
    fn of(history: &'h History) -> Graph<'h> {
        let mut entries: Vec<_> = history.entries().iter().collect();
        // drizzle-kit reads `<out>/<folder>/snapshot.json` paths sorted in UTF-16 order.
        entries
            .sort_by(|a, b| format!("{}/snapshot.json", a.folder).encode_utf16().cmp(format!("{}/snapshot.json", b.folder).encode_utf16()));
        let mut nodes = Vec::new();
        for e in entries {
            let footprints = e.snapshot.footprints.as_slice();
            let custom = matches!(&e.snapshot.body, Body::Diff { deltas } if deltas.is_empty());
            nodes.push(Node {
                id: e.snapshot.id.clone(),
                prev_ids: e.snapshot.prev_ids.clone(),
                folder: e.folder.clone(),
                footprints,
                custom,
            });
        }
        Graph::from_nodes(nodes)
    }

    /// Keys in JavaScript object order: a later node with the same id replaces the earlier one
    /// in its place, and ids that look like array indices come first, in numeric order.
    fn from_nodes(inputs: Vec<Node<'h>>) -> Graph<'h> {
        let mut nodes: IndexMap<String, Node> = IndexMap::new();
        for n in &inputs {
            nodes.insert(n.id.clone(), n.clone());
        }
        let mut indexed: Vec<(u32, String)> = nodes.keys().filter_map(|k| array_index(k).map(|i| (i, k.clone()))).collect();
        if !indexed.is_empty() {
            indexed.sort();
            let mut ordered = IndexMap::new();
            for (_, k) in &indexed {
                let node = nodes.shift_remove(k).expect("key listed above");
                ordered.insert(k.clone(), node);
            }
            ordered.extend(nodes);
            nodes = ordered;
        }
        Graph { inputs, nodes }
    }

    fn leaf_ids(&self) -> Vec<String> {
        let parents: HashSet<&str> = self.nodes.values().flat_map(|n| n.prev_ids.iter().map(String::as_str)).collect();
        self.nodes.keys().filter(|id| !parents.contains(id.as_str())).cloned().collect()
    }

    /// `id` and every snapshot it descends from (only those in the graph), in discovery order.
    fn ancestors<'c>(&self, id: &str, cache: &'c mut Cache) -> &'c IndexSet<String> {
        if !cache.contains_key(id) {
            let mut found = IndexSet::new();
            let mut stack = vec![id.to_string()];
            while let Some(id) = stack.pop() {
                if found.contains(&id) {
                    continue;
                }
                let Some(node) = self.nodes.get(&id) else { continue };
                found.insert(id);
                stack.extend(node.prev_ids.iter().cloned());
            }
            cache.insert(id.to_string(), found);
        }
        &cache[id]
    }

    /// The deepest snapshot every leaf descends from, `None` when they only share the origin.
    fn lowest_common_ancestor(&self, leaves: &[&str], cache: &mut Cache) -> Option<String> {
        let mut common: Option<IndexSet<String>> = None;
        for leaf in leaves {
            let ancestors = self.ancestors(leaf, cache);
            match common.as_mut() {
                None => common = Some(ancestors.clone()),
                Some(common) => {
                    common.retain(|id| ancestors.contains(id));
                    if common.is_empty() {
                        return None;
                    }
                }
            }
        }
        let common = common.filter(|c| !c.is_empty())?;
        let mut best: Option<&String> = None;
        let mut best_size = None;
        for candidate in &common {
            let ancestors = self.ancestors(candidate, cache);
            if common.iter().all(|id| ancestors.contains(id)) && best_size.is_none_or(|s| ancestors.len() > s) {
                best = Some(candidate);
                best_size = Some(ancestors.len());
            }
        }
        if best.is_none() {
            // Criss-cross merges: no single deepest node, take the one with the longest history.
            for candidate in &common {
                let size = self.ancestors(candidate, cache).len();
                if best_size.is_none_or(|s| size > s) {
                    best = Some(candidate);
                    best_size = Some(size);
                }
            }
        }
        best.cloned()
    }

    fn detect(&self) -> (Vec<Conflict>, Vec<String>) {
        let mut cache = Cache::new();
        let leaves = self.leaf_ids();
        let mut conflicts = Vec::new();
        for (i, x) in leaves.iter().enumerate() {
            for y in &leaves[i + 1..] {
                let history_x = self.ancestors(x, &mut cache).clone();
                let history_y = self.ancestors(y, &mut cache).clone();
                let branch_x: Vec<usize> = self.only_in(&history_x, &history_y);
                let branch_y: Vec<usize> = self.only_in(&history_y, &history_x);
                let Some((left, right)) = find_conflict(&self.located(&branch_x), &self.located(&branch_y)) else { continue };
                let (fx, fy) = if history_x.contains(&self.nodes[left.node].id) { (left, right) } else { (right, left) };
                let fork = self.lowest_common_ancestor(&[x, y], &mut cache);
                conflicts.push(Conflict {
                    parent_id: fork.clone().unwrap_or_else(|| ORIGIN_ID.to_string()),
                    parent_folder: fork.map(|id| self.nodes[&id].folder.clone()),
                    branch_a: self.branch(&branch_x, fx),
                    branch_b: self.branch(&branch_y, fy),
                });
            }
        }
        (conflicts, leaves)
    }

    /// Indices of the nodes in `history` and not in `other`, in graph order.
    fn only_in(&self, history: &IndexSet<String>, other: &IndexSet<String>) -> Vec<usize> {
        self.nodes.keys().enumerate().filter(|(_, id)| history.contains(*id) && !other.contains(*id)).map(|(i, _)| i).collect()
    }

    fn located(&self, branch: &[usize]) -> Vec<Located<'_>> {
        branch.iter().flat_map(|&node| self.nodes[node].footprints.iter().map(move |fp| Located { node, fp })).collect()
    }

    fn reference(&self, node: usize) -> MigrationRef {
        let n = &self.nodes[node];
        MigrationRef { id: n.id.clone(), folder: n.folder.clone() }
    }

    fn branch(&self, branch: &[usize], at: Located<'_>) -> Branch {
        let source = self.reference(at.node);
        Branch::describe(branch.iter().map(|&i| self.reference(i)).collect(), at.fp.clone(), source)
    }

    /// drizzle's `planConflictFix`: delete the migrations of every reported statement pair and
    /// all their descendants, check again, and repeat until nothing conflicts. Folders are
    /// listed in the order they were read.
    fn plan_fix(&self, conflicts: &[Conflict]) -> ConflictFix {
        let mut children: HashMap<&str, Vec<&str>> = HashMap::new();
        for n in &self.inputs {
            for parent in &n.prev_ids {
                children.entry(parent.as_str()).or_default().push(n.id.as_str());
            }
        }
        let mut removed: HashSet<String> = HashSet::new();
        let mut conflicts = conflicts.to_vec();
        while !conflicts.is_empty() {
            let mut stack: Vec<String> =
                conflicts.iter().flat_map(|c| [c.branch_a.source.id.clone(), c.branch_b.source.id.clone()]).collect();
            while let Some(id) = stack.pop() {
                if removed.insert(id.clone()) {
                    stack.extend(children.get(id.as_str()).into_iter().flatten().map(|s| s.to_string()));
                }
            }
            let rest = self.inputs.iter().filter(|n| !removed.contains(&n.id)).cloned().collect();
            conflicts = Graph::from_nodes(rest).detect().0;
        }
        let deleted: Vec<&Node> = self.inputs.iter().filter(|n| removed.contains(&n.id)).collect();
        ConflictFix {
            migrations: deleted.iter().map(|n| n.folder.clone()).collect(),
            custom_migrations: deleted.iter().filter(|n| n.custom).map(|n| n.folder.clone()).collect(),
        }
    }
}

/// Two statements that make the very same idempotent change.
fn same_change(a: &Footprint, b: &Footprint) -> bool {
    a.sql_hash.is_some() && a.statement_type == b.statement_type && a.sql_hash == b.sql_hash
}

/// The first statement of `a` that writes what a statement of `b` touches, or the other way
/// round; for each written node the latest touching statement is tried first.
fn find_conflict<'a>(a: &[Located<'a>], b: &[Located<'a>]) -> Option<(Located<'a>, Located<'a>)> {
    fn first<'a>(from: &[Located<'a>], to: &[Located<'a>]) -> Option<(Located<'a>, Located<'a>)> {
        let mut touching: HashMap<&str, Vec<usize>> = HashMap::new();
        for (k, t) in to.iter().enumerate() {
            for node in t.fp.writes.iter().chain(t.fp.reads.iter().flatten()) {
                touching.entry(node.as_str()).or_default().push(k);
            }
        }
        for f in from {
            for node in f.fp.writes.iter().chain(f.fp.shared_writes.iter().flatten()) {
                for &k in touching.get(node.as_str()).into_iter().flatten().rev() {
                    if !same_change(f.fp, to[k].fp) {
                        return Some((*f, to[k]));
                    }
                }
            }
        }
        None
    }
    first(a, b).or_else(|| first(b, a))
}

/// The index a JavaScript object key stands for, if it is a canonical array index.
fn array_index(key: &str) -> Option<u32> {
    let n: u32 = key.parse().ok()?;
    (n != u32::MAX && n.to_string() == key).then_some(n)
}

#[cfg(test)]
#[path = "conflicts_tests.rs"]
mod tests;
