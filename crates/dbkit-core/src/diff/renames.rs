//! Phase one of the diff: decide renames kind by kind and apply each to the previous state.
//!
//! The order is drizzle-kit's: schemas, enums, sequences, roles, tables, (privileges), columns,
//! then generated constraint names are carried over, then uniques, checks, indexes, primary keys,
//! foreign keys, policies and views. Every rename is applied to the previous state before the next
//! kind is compared, so renaming a table never shows up as its columns being dropped and created.

use serde_json::{Map, Value};

use super::resolver::{Candidate, Resolved, Resolver, Subject, resolve};
use super::rows::{TableScoped, TableSet, alters, create_drop, create_drop_where, group_by_table, preserve_names};
use super::{DiffError, Mode, Options};
use crate::model::{
    Check, Column, Ddl, Entity, Enum, Fk, Index, Pk, Policy, Privilege, Role, Schema, Sequence, Table, Unique, View, qualified_key,
};
use crate::snapshot::Delta;

/// Everything phase two needs.
pub(super) struct Renamed {
    /// The previous state, renames applied.
    pub ddl1: Ddl,
    /// The previous state's views as given (before renames).
    pub prev_views: crate::model::Rows<View>,
    /// The current state, generated names carried over.
    pub ddl2: Ddl,
    pub rename_deltas: Vec<Delta>,
    pub schemas: Resolved<Schema>,
    pub enums: Resolved<Enum>,
    pub sequences: Resolved<Sequence>,
    pub roles: Resolved<Role>,
    pub tables: Resolved<Table>,
    pub columns: Resolved<Column>,
    pub uniques: Resolved<Unique>,
    pub checks: Resolved<Check>,
    pub indexes: Resolved<Index>,
    pub pks: Resolved<Pk>,
    pub fks: Resolved<Fk>,
    pub policies: Resolved<Policy>,
    pub views: Resolved<View>,
    pub privileges_created: Vec<Privilege>,
    pub privileges_deleted: Vec<Privilege>,
}

fn named(schema: Option<&str>, table: Option<&str>, name: &str) -> Candidate {
    Candidate { schema: schema.map(str::to_string), table: table.map(str::to_string), name: name.to_string() }
}

fn scoped<T: TableScoped>(r: &T) -> Candidate {
    named(Some(r.schema()), Some(r.table()), r.name())
}

/// Applies a rename to the previous state and records its delta (`set` holds only what changed).
fn apply_rename<T: Entity>(ddl1: &mut Ddl, deltas: &mut Vec<Delta>, from: &T, fields: &[(&str, &str)]) -> Result<(), DiffError> {
    let set: Map<String, Value> = fields
        .iter()
        .filter(|(f, v)| from.get(f).as_ref().and_then(Value::as_str) != Some(*v))
        .map(|(f, v)| (f.to_string(), Value::String(v.to_string())))
        .collect();
    if set.is_empty() {
        return Ok(());
    }
    let key = from.key();
    if ddl1.update(T::KIND, &key, &set)? {
        deltas.push(Delta::Rename { key: qualified_key(T::KIND, &key), set });
    }
    Ok(())
}

fn merge<T>(into: &mut Resolved<T>, part: Resolved<T>) {
    into.created.extend(part.created);
    into.deleted.extend(part.deleted);
    into.renamed.extend(part.renamed);
}

fn empty<T>() -> Resolved<T> {
    Resolved { created: Vec::new(), deleted: Vec::new(), renamed: Vec::new() }
}

/// Resolves one table-scoped kind group by group.
fn grouped<T: TableScoped>(
    subject: Subject,
    created: Vec<T>,
    dropped: Vec<T>,
    resolver: &mut dyn Resolver,
) -> Result<Resolved<T>, DiffError> {
    let mut out = empty();
    for (c, d) in group_by_table(created, dropped) {
        merge(&mut out, resolve(subject, c, d, scoped, resolver)?);
    }
    Ok(out)
}

pub(super) fn resolve_all(prev: Ddl, cur: Ddl, resolver: &mut dyn Resolver, options: Options) -> Result<Renamed, DiffError> {
    let mode = options.mode;
    let prev_views = prev.views.clone();
    let mut ddl1 = prev;
    let mut ddl2 = cur;
    let mut deltas = Vec::new();

    let (c, d) = create_drop(&ddl1.schemas, &ddl2.schemas);
    let schemas = resolve(Subject::Schema, c, d, |r: &Schema| named(None, None, &r.name), resolver)?;
    for (from, to) in &schemas.renamed {
        apply_rename(&mut ddl1, &mut deltas, from, &[("name", &to.name)])?;
    }

    let (c, d) = create_drop(&ddl1.enums, &ddl2.enums);
    let enums = resolve(Subject::Enum, c, d, |r: &Enum| named(Some(&r.schema), None, &r.name), resolver)?;
    for (from, to) in &enums.renamed {
        apply_rename(&mut ddl1, &mut deltas, from, &[("name", &to.name), ("schema", &to.schema)])?;
    }

    let (c, d) = create_drop(&ddl1.sequences, &ddl2.sequences);
    let sequences = resolve(Subject::Sequence, c, d, |r: &Sequence| named(Some(&r.schema), None, &r.name), resolver)?;
    for (from, to) in &sequences.renamed {
        apply_rename(&mut ddl1, &mut deltas, from, &[("name", &to.name), ("schema", &to.schema)])?;
    }

    let (c, d) = create_drop(&ddl1.roles, &ddl2.roles);
    let roles = resolve(Subject::Role, c, d, |r: &Role| named(None, None, &r.name), resolver)?;
    for (from, to) in &roles.renamed {
        apply_rename(&mut ddl1, &mut deltas, from, &[("name", &to.name)])?;
    }

    let (c, d) = create_drop(&ddl1.tables, &ddl2.tables);
    let tables = resolve(Subject::Table, c, d, |r: &Table| named(Some(&r.schema), None, &r.name), resolver)?;
    for (from, to) in &tables.renamed {
        apply_rename(&mut ddl1, &mut deltas, from, &[("name", &to.name), ("schema", &to.schema)])?;
    }

    let (privileges_created, privileges_deleted) = create_drop(&ddl1.privileges, &ddl2.privileges);

    // Columns of created tables go into their CREATE TABLE (read from the new state) and cannot
    // be the target of a rename: leaving them out spares a copy of every column of a first
    // migration.
    let new_tables = TableSet::of(&tables.created);
    let (c, d) = create_drop_where(&ddl1.columns, &ddl2.columns, |col| !new_tables.has(&col.schema, &col.table));
    drop(new_tables);
    let columns = grouped(Subject::Column, c, d, resolver)?;
    for (from, to) in &columns.renamed {
        apply_rename(&mut ddl1, &mut deltas, from, &[("name", &to.name), ("schema", &to.schema)])?;
    }

    // Generated names (`_key`, `_fkey`, `_pkey`, `_idx`) follow the previous state when nothing
    // else about the constraint changed.
    if options.keep_generated_names {
        let push = mode == Mode::Push;
        preserve_names(&ddl1.uniques, &mut ddl2.uniques, push)?;
        preserve_names(&ddl1.fks, &mut ddl2.fks, push)?;
        preserve_names(&ddl1.pks, &mut ddl2.pks, push)?;
        preserve_names(&ddl1.indexes, &mut ddl2.indexes, push)?;
    }

    let (c, d) = create_drop(&ddl1.uniques, &ddl2.uniques);
    let uniques = grouped(Subject::Unique, c, d, resolver)?;
    for (from, to) in &uniques.renamed {
        apply_rename(&mut ddl1, &mut deltas, from, &[("name", &to.name), ("schema", &to.schema)])?;
    }

    let (c, d) = create_drop(&ddl1.checks, &ddl2.checks);
    let checks = grouped(Subject::Check, c, d, resolver)?;
    for (from, to) in &checks.renamed {
        apply_rename(&mut ddl1, &mut deltas, from, &[("name", &to.name), ("schema", &to.schema)])?;
    }

    let (c, d) = create_drop(&ddl1.indexes, &ddl2.indexes);
    let mut indexes = grouped(Subject::Index, c, d, resolver)?;
    // An index that moved to another table (same schema and name) is dropped and created.
    for a in alters(&ddl1.indexes, &ddl2.indexes) {
        if a.left.table != a.right.table {
            indexes.deleted.push(a.left);
            indexes.created.push(a.right);
        }
    }
    for (from, to) in &indexes.renamed {
        apply_rename(&mut ddl1, &mut deltas, from, &[("name", &to.name), ("schema", &to.schema)])?;
    }

    let (c, d) = create_drop(&ddl1.pks, &ddl2.pks);
    let pks = grouped(Subject::PrimaryKey, c, d, resolver)?;
    for (from, to) in &pks.renamed {
        apply_rename(&mut ddl1, &mut deltas, from, &[("name", &to.name), ("schema", &to.schema)])?;
    }

    let (c, d) = create_drop(&ddl1.fks, &ddl2.fks);
    let fks = grouped(Subject::ForeignKey, c, d, resolver)?;
    for (from, to) in &fks.renamed {
        apply_rename(&mut ddl1, &mut deltas, from, &[("name", &to.name), ("schema", &to.schema)])?;
    }

    let (c, d) = create_drop(&ddl1.policies, &ddl2.policies);
    let policies = grouped(Subject::Policy, c, d, resolver)?;
    for (from, to) in &policies.renamed {
        apply_rename(&mut ddl1, &mut deltas, from, &[("name", &to.name), ("schema", &to.schema)])?;
    }

    let (c, d) = create_drop(&ddl1.views, &ddl2.views);
    let views = resolve(Subject::View, c, d, |r: &View| named(Some(&r.schema), None, &r.name), resolver)?;
    for (from, to) in &views.renamed {
        apply_rename(&mut ddl1, &mut deltas, from, &[("name", &to.name), ("schema", &to.schema)])?;
    }

    // A policy whose roles are only listed in another order keeps the previous order.
    for p in ddl2.policies.iter_mut() {
        let Some(old) = ddl1.policies.get(&p.key()) else { continue };
        if old.roles.len() != p.roles.len() {
            continue;
        }
        let (mut a, mut b) = (old.roles.clone(), p.roles.clone());
        a.sort();
        b.sort();
        if a == b {
            p.roles = old.roles.clone();
        }
    }

    Ok(Renamed {
        ddl1,
        prev_views,
        ddl2,
        rename_deltas: deltas,
        schemas,
        enums,
        sequences,
        roles,
        tables,
        columns,
        uniques,
        checks,
        indexes,
        pks,
        fks,
        policies,
        views,
        privileges_created,
        privileges_deleted,
    })
}
