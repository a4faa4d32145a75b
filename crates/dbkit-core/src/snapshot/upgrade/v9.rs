//! Format 8 → version 9: whole states become one base snapshot and a chain of diffs (drizzle-kit
//! 1.0.0-rc.5's `upToV9`).
//!
//! The snapshots are taken in folder order. One without parents becomes the base: its rows as
//! they are, with the footprints of creating all of them. Every other one becomes a diff: the
//! state its parents leave is compared with its own state by the same diff `generate` runs, with
//! renames taken from its `renames` list, and the deltas of that diff are written with the
//! footprints of the statements they stand for. A version 9 snapshot among them is kept as it is.
//!
//! Two details follow drizzle-kit exactly because they decide bytes:
//! - parents are listed newest folder first;
//! - a generated primary key name (`<table>_pkey`) in the format 8 state yields to the name the
//!   parents' state already has for that table's key (0.31 named composite keys `<table>_<cols>_pk`),
//!   so the upgrade does not rename keys that stay the same.
//!
//! After converting, each new snapshot's state is rebuilt from the chain and compared with the
//! format 8 state it came from; a difference is reported instead of writing a folder that would
//! not reproduce the schema.

use std::collections::{BTreeSet, HashMap, HashSet};

use serde_json::{Map, Value};

use super::{Loaded, SnapshotV8, UpError};
use crate::diff::{self, Candidate, Decision, Mode, ResolveError, Resolver, Subject};
use crate::migrations::collate::locale_compare;
use crate::model::{Ddl, Kind, Pk, parse_qualified_key};
use crate::snapshot::history::apply_deltas;
use crate::snapshot::{Body, Delta, ORIGIN_ID, Snapshot};

/// One snapshot to upgrade, with the names errors use.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The 1.0 folder it lives in (or will live in), e.g. `20261124061729_cute_shinobi_shaw`;
    /// it decides the order.
    pub folder: String,
    /// How errors call the migration: the journal tag, or the folder.
    pub name: String,
    /// The file, for errors.
    pub path: String,
    pub snapshot: Loaded,
}

/// Converts every snapshot older than 9 in a folder's history. Returns one snapshot per source
/// in folder order, each with whether it was converted (version 9 ones are returned as read).
pub fn upgrade(mut files: Vec<SourceFile>) -> Result<Vec<(SourceFile, Option<Snapshot>)>, UpError> {
    files.sort_by(|a, b| a.folder.cmp(&b.folder));
    check_history(&files)?;
    let folder_of: HashMap<&str, &str> = files.iter().map(|f| (f.snapshot.id(), f.folder.as_str())).collect();
    let mut converted: Vec<Option<Snapshot>> = Vec::new();
    let mut chain = Chain::default();
    for file in &files {
        let snapshot = match &file.snapshot {
            Loaded::Latest(s) => {
                chain.add(s).map_err(|problem| UpError::Convert { name: file.name.clone(), problem })?;
                converted.push(None);
                continue;
            }
            Loaded::Older(v8) => convert(file, v8, &folder_of, &chain)?,
        };
        chain.add(&snapshot).map_err(|problem| UpError::Convert { name: file.name.clone(), problem })?;
        if let Loaded::Older(v8) = &file.snapshot {
            let state = chain.state(&snapshot.id).expect("just added");
            let expected = with_state_pk_names(&v8.ddl, state);
            if let Some(entity) = state_difference(&expected, state) {
                return Err(UpError::Convert {
                    name: file.name.clone(),
                    problem: format!("its rebuilt state differs from the snapshot's own state at {entity}"),
                });
            }
        }
        converted.push(Some(snapshot));
    }
    Ok(files.into_iter().zip(converted).collect())
}

/// The checks `up` makes before converting anything: known parents that sort first, one first
/// migration, distinct ids.
fn check_history(files: &[SourceFile]) -> Result<(), UpError> {
    let mut by_id: HashMap<&str, &SourceFile> = HashMap::new();
    for f in files {
        if let Some(other) = by_id.insert(f.snapshot.id(), f) {
            return Err(UpError::DuplicateId { path: f.path.clone(), id: f.snapshot.id().into(), other: other.path.clone() });
        }
    }
    for f in files {
        for parent in f.snapshot.prev_ids().iter().filter(|p| is_parent(p)) {
            let Some(p) = by_id.get(parent.as_str()) else {
                return Err(UpError::MissingParent { name: f.name.clone(), parent: parent.clone() });
            };
            if !sorts_after(&f.folder, &p.folder) {
                return Err(if f.name != f.folder {
                    UpError::JournalOrder {
                        name: f.name.clone(),
                        folder: f.folder.clone(),
                        parent: p.name.clone(),
                        parent_folder: p.folder.clone(),
                    }
                } else {
                    UpError::FolderOrder { folder: f.folder.clone(), parent: p.folder.clone() }
                });
            }
        }
    }
    let firsts: Vec<&SourceFile> = files.iter().filter(|f| !f.snapshot.prev_ids().iter().any(|p| is_parent(p))).collect();
    if let [first, second, ..] = firsts.as_slice() {
        return Err(UpError::TwoFirsts { first: first.name.clone(), second: second.name.clone() });
    }
    Ok(())
}

/// drizzle-kit's `sortsAfter`: after in byte order and in `localeCompare` order alike.
fn sorts_after(folder: &str, parent: &str) -> bool {
    folder > parent && locale_compare(folder, parent).is_gt()
}

fn is_parent(id: &str) -> bool {
    !id.is_empty() && id != ORIGIN_ID
}

fn convert(file: &SourceFile, v8: &SnapshotV8, folder_of: &HashMap<&str, &str>, chain: &Chain) -> Result<Snapshot, UpError> {
    let fail = |problem: String| UpError::Convert { name: file.name.clone(), problem };
    let mut parents: Vec<String> = v8.prev_ids.iter().filter(|p| is_parent(p)).cloned().collect();
    if parents.is_empty() {
        let creates: Vec<Delta> = v8.ddl.to_json_rows().into_iter().map(|row| Delta::Create { row }).collect();
        let footprints = footprints_of_deltas(&Ddl::new(), &creates).map_err(fail)?;
        return Ok(Snapshot {
            id: v8.id.clone(),
            prev_ids: vec![ORIGIN_ID.into()],
            footprints,
            body: Body::Base { ddl: Box::new(v8.ddl.clone()) },
        });
    }
    // Newest parent folder first, as drizzle-kit sorts them.
    parents.sort_by(|a, b| folder_of.get(b.as_str()).cmp(&folder_of.get(a.as_str())));
    let start = chain.starting_state(&parents).map_err(|problem| UpError::Merge { folder: file.folder.clone(), problem })?;
    let mut resolver = RenameList::format8(&v8.renames);
    let result = diff::diff(start.clone(), v8.ddl.clone(), &mut resolver, Mode::Generate).map_err(|e| fail(e.to_string()))?;
    let mut deltas = result.deltas();
    // The diff may have carried generated names over from the parents' state; what remains to
    // reach the snapshot's own rows (its `_pkey` names yielding to the parents') comes last.
    deltas.extend(diff::rows::deltas(&result.cur, &with_state_pk_names(&v8.ddl, &result.cur)));
    let footprints = footprints_of_deltas(&start, &deltas).map_err(fail)?;
    Ok(Snapshot { id: v8.id.clone(), prev_ids: parents, footprints, body: Body::Diff { deltas } })
}

/// drizzle-kit's `footprintsOfDeltas`: the statements that turn `start` into `start` + `deltas`,
/// with the renames the deltas record, and their footprints.
fn footprints_of_deltas(start: &Ddl, deltas: &[Delta]) -> Result<Vec<crate::footprint::Footprint>, String> {
    let mut to = start.clone();
    let mut resolver = RenameList::default();
    for delta in deltas {
        if let Delta::Rename { key, set } = delta
            && let Some((kind, identity)) = parse_qualified_key(key)
            && let Some(row) = to.get_json(kind, identity)
        {
            let mut renamed = row.clone();
            for (k, v) in set {
                renamed[k] = v.clone();
            }
            resolver.renames.push((Some(kind), dotted_row(&row), dotted_row(&renamed)));
        }
        apply_deltas(&mut to, std::slice::from_ref(delta))?;
    }
    // drizzle-kit runs this diff without carrying generated names over (`keepGeneratedNames`
    // false): the deltas already hold the names, and a key that only changed its generated name
    // is dropped and added.
    // drizzle-kit's upgrade diffs without carrying generated names over.
    let options = diff::Options { mode: Mode::Generate, keep_generated_names: false };
    let result = diff::diff_with(start.clone(), to.clone(), &mut resolver, options).map_err(|e| e.to_string())?;
    let sql = crate::sql::render_grouped(&result.changes);
    Ok(crate::footprint::footprints(&result.changes, &sql))
}

/// `schema.table.name` of a row, empty parts left out (drizzle's `nameOf`).
fn dotted_row(row: &Value) -> String {
    ["schema", "table", "name"]
        .iter()
        .filter_map(|k| row.get(*k).and_then(Value::as_str))
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(".")
}

fn dotted(c: &Candidate) -> String {
    [c.schema.as_deref(), c.table.as_deref(), Some(c.name.as_str())]
        .into_iter()
        .flatten()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(".")
}

/// drizzle-kit's `withStateKeyNames`: a primary key with the generated name `<table>_pkey` takes
/// the name the state has for that table's primary key.
pub(super) fn with_state_pk_names(ddl: &Ddl, state: &Ddl) -> Ddl {
    let mut out = ddl.clone();
    let renames: Vec<(String, Pk)> = ddl
        .pks
        .iter()
        .filter(|pk| !pk.name_explicit && pk.name == format!("{}_pkey", pk.table))
        .filter_map(|pk| {
            let existing = state.pks.find(|s| s.schema == pk.schema && s.table == pk.table)?;
            let mut renamed = pk.clone();
            renamed.name = existing.name.clone();
            Some((crate::model::Entity::key(pk), renamed))
        })
        .collect();
    for (key, pk) in renames {
        out.pks.replace(&key, pk);
    }
    out
}

/// Answers the diff's rename questions from a list of `from->to` names (drizzle's mock resolver):
/// an entity is renamed when the list pairs its name with the name of one that disappeared.
#[derive(Default)]
struct RenameList {
    /// `(kind, from, to)`; no kind means any kind (format 8 lists renames without one).
    renames: Vec<(Option<Kind>, String, String)>,
}

impl RenameList {
    fn format8(renames: &[String]) -> RenameList {
        let renames = renames.iter().filter_map(|r| r.split_once("->")).map(|(f, t)| (None, f.to_string(), t.to_string())).collect();
        RenameList { renames }
    }
}

impl Resolver for RenameList {
    fn decide(&mut self, subject: Subject, created: &Candidate, deleted: &[Candidate]) -> Result<Decision, ResolveError> {
        let kind = subject_kind(subject);
        let to = dotted(created);
        for (k, from, target) in &self.renames {
            if k.is_some_and(|k| k != kind) || *target != to {
                continue;
            }
            if let Some(i) = deleted.iter().position(|d| dotted(d) == *from) {
                return Ok(Decision::RenameFrom(i));
            }
        }
        Ok(Decision::Create)
    }
}

fn subject_kind(s: Subject) -> Kind {
    match s {
        Subject::Schema => Kind::Schemas,
        Subject::Enum => Kind::Enums,
        Subject::Sequence => Kind::Sequences,
        Subject::Policy => Kind::Policies,
        Subject::Role => Kind::Roles,
        Subject::Table => Kind::Tables,
        Subject::Column => Kind::Columns,
        Subject::View => Kind::Views,
        Subject::Unique => Kind::Uniques,
        Subject::Index => Kind::Indexes,
        Subject::Check => Kind::Checks,
        Subject::PrimaryKey => Kind::Pks,
        Subject::ForeignKey => Kind::Fks,
    }
}

/// The snapshots converted so far, with the state each one records (drizzle's `reconstruct`,
/// kept per snapshot instead of replayed each time).
#[derive(Default)]
struct Chain {
    /// In folder order.
    order: Vec<String>,
    snapshots: HashMap<String, Snapshot>,
    states: HashMap<String, Ddl>,
}

impl Chain {
    fn add(&mut self, s: &Snapshot) -> Result<(), String> {
        let state = match &s.body {
            Body::Base { ddl } => (**ddl).clone(),
            Body::Diff { deltas } => {
                let mut state = self.starting_state(&s.prev_ids)?;
                apply_deltas(&mut state, deltas)?;
                state
            }
        };
        self.order.push(s.id.clone());
        self.snapshots.insert(s.id.clone(), s.clone());
        self.states.insert(s.id.clone(), state);
        Ok(())
    }

    fn state(&self, id: &str) -> Option<&Ddl> {
        self.states.get(id)
    }

    /// drizzle-kit's `startingState`: the first parent's state, then the diffs only the other
    /// parents' branches hold, in folder order.
    fn starting_state(&self, prev_ids: &[String]) -> Result<Ddl, String> {
        let Some(first) = prev_ids.first().filter(|p| p.as_str() != ORIGIN_ID) else {
            return Ok(Ddl::new());
        };
        let mut state = self.states.get(first).cloned().ok_or_else(|| format!("snapshot {first} is not in the migrations folder"))?;
        if prev_ids.len() > 1 {
            let known = self.ancestors(&prev_ids[..1], &HashSet::new())?;
            let rest = self.ancestors(&prev_ids[1..], &known)?;
            for id in &self.order {
                if rest.contains(id)
                    && let Body::Diff { deltas } = &self.snapshots[id].body
                {
                    apply_deltas(&mut state, deltas)?;
                }
            }
        }
        Ok(state)
    }

    fn ancestors(&self, ids: &[String], known: &HashSet<String>) -> Result<HashSet<String>, String> {
        let mut found = HashSet::new();
        let mut stack = ids.to_vec();
        while let Some(id) = stack.pop() {
            if id == ORIGIN_ID || found.contains(&id) || known.contains(&id) {
                continue;
            }
            let s = self.snapshots.get(&id).ok_or_else(|| format!("snapshot {id} is not in the migrations folder"))?;
            stack.extend(s.prev_ids.iter().cloned());
            found.insert(id);
        }
        Ok(found)
    }
}

/// drizzle-kit's `stateDifference`: the first row (in sorted canonical form) that only one of
/// the two states has, named `<kind> <schema.table.name>`.
pub(super) fn state_difference(expected: &Ddl, rebuilt: &Ddl) -> Option<String> {
    let canon = |ddl: &Ddl| -> BTreeSet<String> { ddl.to_json_rows().iter().map(|r| canonical(r).to_string()).collect() };
    let (a, b) = (canon(expected), canon(rebuilt));
    let differing = a.iter().find(|r| !b.contains(*r)).or_else(|| b.iter().find(|r| !a.contains(*r)))?;
    let row: Value = serde_json::from_str(differing).ok()?;
    Some(format!("{} {}", row.get("entityType").and_then(Value::as_str).unwrap_or("?"), dotted_row(&row)))
}

/// The value with every object's keys sorted.
fn canonical(v: &Value) -> Value {
    match v {
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            Value::Object(keys.into_iter().map(|k| (k.clone(), canonical(&m[k]))).collect::<Map<_, _>>())
        }
        Value::Array(a) => Value::Array(a.iter().map(canonical).collect()),
        other => other.clone(),
    }
}
