//! Row-level comparisons the diff is built from: what was created, dropped or altered in one
//! kind, grouped per table, and drizzle-kit's small helpers around them.

use std::collections::HashMap;

use serde_json::{Map, Value};

use super::change::{Alter, TableDef};
use crate::model::{CompactString, Ddl, Entity, Kind, Rows, Table, qualified_key};
use crate::snapshot::Delta;

/// A set of tables by (schema, name), for membership tests in constant time.
pub(super) struct TableSet<'a>(std::collections::HashSet<(&'a str, &'a str)>);

impl<'a> TableSet<'a> {
    pub(super) fn of(tables: &'a [Table]) -> Self {
        TableSet(tables.iter().map(|t| (t.schema.as_str(), t.name.as_str())).collect())
    }
    pub(super) fn has(&self, schema: &str, table: &str) -> bool {
        self.0.contains(&(schema, table))
    }
}

/// Rows of `b` missing from `a` (in `b`'s order) and rows of `a` missing from `b` (in `a`'s order).
pub fn create_drop<T: Entity>(a: &Rows<T>, b: &Rows<T>) -> (Vec<T>, Vec<T>) {
    create_drop_where(a, b, |_| true)
}

/// [`create_drop`] without the created rows `keep` rejects (never copied).
pub fn create_drop_where<T: Entity>(a: &Rows<T>, b: &Rows<T>, keep: impl Fn(&T) -> bool) -> (Vec<T>, Vec<T>) {
    let created = b.iter().filter(|r| keep(r) && a.get(&r.key()).is_none()).cloned().collect();
    let dropped = a.iter().filter(|r| b.get(&r.key()).is_none()).cloned().collect();
    (created, dropped)
}

/// Rows present in both whose fields differ, in `a`'s order.
pub fn alters<T: Entity>(a: &Rows<T>, b: &Rows<T>) -> Vec<Alter<T>> {
    a.iter()
        .filter_map(|l| {
            let r = b.get(&l.key())?;
            let alter = Alter::between(l.clone(), r.clone());
            alter.has_diff().then_some(alter)
        })
        .collect()
}

/// The deltas from `a` to `b` over every kind: creates (in `b`'s order), drops, then alters,
/// each alter setting only the changed fields to their new values.
pub fn deltas(a: &Ddl, b: &Ddl) -> Vec<Delta> {
    let mut creates = Vec::new();
    let mut drops = Vec::new();
    let mut alters_out = Vec::new();
    fn kind<T: Entity>(a: &Rows<T>, b: &Rows<T>, creates: &mut Vec<Delta>, drops: &mut Vec<Delta>, alters_out: &mut Vec<Delta>) {
        for l in a.iter() {
            let key = l.key();
            match b.get(&key) {
                None => drops.push(Delta::Drop { key: qualified_key(T::KIND, &key) }),
                Some(r) => {
                    let changed = l.changed(r);
                    if !changed.is_empty() {
                        let set: Map<String, Value> = changed.iter().map(|f| (f.to_string(), r.get(f).unwrap_or(Value::Null))).collect();
                        alters_out.push(Delta::Alter { key: qualified_key(T::KIND, &key), set });
                    }
                }
            }
        }
        for r in b.iter().filter(|r| a.get(&r.key()).is_none()) {
            creates.push(Delta::Create { row: r.to_json() });
        }
    }
    macro_rules! each {
        ($($f:ident),+) => { $( kind(&a.$f, &b.$f, &mut creates, &mut drops, &mut alters_out); )+ };
    }
    each!(schemas, tables, enums, columns, indexes, fks, pks, uniques, checks, sequences, roles, privileges, policies, views);
    creates.extend(drops);
    creates.extend(alters_out);
    creates
}

/// Rows that belong to a table.
pub trait TableScoped: Entity {
    fn schema(&self) -> &str;
    fn table(&self) -> &str;
    fn name(&self) -> &str;
}

macro_rules! table_scoped {
    ($($t:ty),+) => {
        $(impl TableScoped for $t {
            fn schema(&self) -> &str { &self.schema }
            fn table(&self) -> &str { &self.table }
            fn name(&self) -> &str { &self.name }
        })+
    };
}
table_scoped!(
    crate::model::Column,
    crate::model::Index,
    crate::model::Fk,
    crate::model::Pk,
    crate::model::Unique,
    crate::model::Check,
    crate::model::Policy
);

/// Created and dropped rows grouped per table, groups in order of first appearance (created
/// rows first), as drizzle's `groupDiffs` does.
pub fn group_by_table<T: TableScoped>(created: Vec<T>, dropped: Vec<T>) -> Vec<(Vec<T>, Vec<T>)> {
    // Group numbers are worked out on borrowed names first, so no key is ever allocated.
    let (created_slots, dropped_slots, count) = {
        let mut slots: HashMap<(&str, &str), usize> = HashMap::new();
        let mut c = Vec::with_capacity(created.len());
        for r in &created {
            let next = slots.len();
            c.push(*slots.entry((r.schema(), r.table())).or_insert(next));
        }
        let mut d = Vec::with_capacity(dropped.len());
        for r in &dropped {
            let next = slots.len();
            d.push(*slots.entry((r.schema(), r.table())).or_insert(next));
        }
        (c, d, slots.len())
    };
    let mut groups: Vec<(Vec<T>, Vec<T>)> = (0..count).map(|_| (Vec::new(), Vec::new())).collect();
    for (r, i) in created.into_iter().zip(created_slots) {
        groups[i].0.push(r);
    }
    for (r, i) in dropped.into_iter().zip(dropped_slots) {
        groups[i].1.push(r);
    }
    groups
}

/// drizzle's `preserveEntityNames`: a generated (not explicit) constraint or index name in `b`
/// takes the old name from `a` when exactly one row of `b` matches the old row in every other
/// field, so renaming a table does not rename its `_pkey`/`_fkey`/`_key`/`_idx` for nothing.
pub fn preserve_names<T: Entity + NameExplicit>(a: &Rows<T>, b: &mut Rows<T>, push: bool) -> Result<(), crate::model::DdlError> {
    if !a.iter().any(|r| push || !r.name_explicit()) {
        return Ok(());
    }
    // Rows of `b` with a generated name, by everything but their name.
    let mut by_signature: HashMap<String, Vec<String>> = HashMap::new();
    for r in b.iter().filter(|r| !r.name_explicit()) {
        by_signature.entry(signature(r)).or_default().push(r.key());
    }
    for old in a.iter().filter(|r| push || !r.name_explicit()) {
        let Some(matching) = by_signature.get(&signature(old)) else { continue };
        if matching.len() != 1 {
            continue;
        }
        let Some(row) = b.get(&matching[0]) else { continue };
        if row.get("name") == old.get("name") {
            continue;
        }
        let mut renamed = row.clone();
        renamed.set("name", &old.get("name").unwrap_or(Value::Null)).map_err(crate::model::DdlError::BadRow)?;
        if b.get(&renamed.key()).is_some() {
            // drizzle's store refuses the colliding rename and keeps the row as it was
            continue;
        }
        let (from, to) = (matching[0].clone(), renamed.key());
        b.replace(&from, renamed);
        // keep the index usable for later rows
        if let Some(list) = by_signature.get_mut(&signature(old)) {
            for k in list.iter_mut().filter(|k| **k == from) {
                *k = to.clone();
            }
        }
    }
    Ok(())
}

/// A row's fields except its name, in a canonical form (object keys sorted), so two rows that
/// drizzle's `isEqual` finds equal but for the name have the same signature.
fn signature<T: Entity>(row: &T) -> String {
    fn canonical(v: &Value) -> Value {
        match v {
            Value::Object(m) => {
                let mut keys: Vec<&String> = m.keys().collect();
                keys.sort();
                Value::Object(keys.into_iter().map(|k| (k.clone(), canonical(&m[k]))).collect())
            }
            Value::Array(a) => Value::Array(a.iter().map(canonical).collect()),
            Value::Number(n) => {
                n.as_f64().map_or(Value::Number(n.clone()), |f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number))
            }
            other => other.clone(),
        }
    }
    let mut json = row.to_json();
    if let Some(m) = json.as_object_mut() {
        m.remove("name");
        m.remove("nameExplicit");
    }
    canonical(&json).to_string()
}

pub trait NameExplicit {
    fn name_explicit(&self) -> bool;
}

macro_rules! name_explicit {
    ($($t:ty),+) => { $(impl NameExplicit for $t { fn name_explicit(&self) -> bool { self.name_explicit } })+ };
}
name_explicit!(crate::model::Index, crate::model::Fk, crate::model::Pk, crate::model::Unique);

/// Tables with their columns, keys, checks, indexes and policies as listed in `ddl` (drizzle's
/// `tableFromDDL`), built with one pass over each kind whatever the number of tables.
pub fn table_defs<'a>(tables: impl IntoIterator<Item = &'a Table>, ddl: &Ddl) -> Vec<TableDef> {
    let tables: Vec<&Table> = tables.into_iter().collect();
    let slot: HashMap<(&str, &str), usize> = tables.iter().enumerate().map(|(i, t)| ((t.schema.as_str(), t.name.as_str()), i)).collect();
    let mut defs: Vec<TableDef> = tables
        .iter()
        .map(|t| TableDef {
            table: (*t).clone(),
            columns: vec![],
            pk: None,
            fks: vec![],
            uniques: vec![],
            checks: vec![],
            indexes: vec![],
            policies: vec![],
        })
        .collect();
    let at = |s: &str, t: &str| slot.get(&(s, t)).copied();
    for r in ddl.columns.iter() {
        if let Some(i) = at(&r.schema, &r.table) {
            defs[i].columns.push(r.clone());
        }
    }
    for r in ddl.pks.iter() {
        if let Some(i) = at(&r.schema, &r.table)
            && defs[i].pk.is_none()
        {
            defs[i].pk = Some(r.clone());
        }
    }
    macro_rules! fill {
        ($($kind:ident),+) => {$(
            for r in ddl.$kind.iter() {
                if let Some(i) = at(&r.schema, &r.table) {
                    defs[i].$kind.push(r.clone());
                }
            }
        )+};
    }
    fill!(fks, uniques, checks, indexes, policies);
    defs
}

/// One table's definition (see [`table_defs`]).
pub fn table_def(table: &Table, ddl: &Ddl) -> TableDef {
    table_defs([table], ddl).pop().expect("one table in, one out")
}

/// Columns of `schema.table` in `ddl` that a check's SQL mentions (quoted or bare identifiers),
/// each once, in order of appearance.
pub fn check_columns(value: &str, ddl: &Ddl, schema: &str, table: &str) -> Vec<CompactString> {
    let names: std::collections::HashSet<&str> =
        ddl.columns.filter(|c| c.schema == schema && c.table == table).map(|c| c.name.as_str()).collect();
    let mut found: Vec<CompactString> = Vec::new();
    let chars: Vec<char> = value.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let ident = if c == '"' {
            match chars[i + 1..].iter().position(|&x| x == '"') {
                Some(len) if len > 0 => {
                    let s: String = chars[i + 1..i + 1 + len].iter().collect();
                    i += len + 2;
                    Some(s)
                }
                _ => {
                    i += 1;
                    None
                }
            }
        } else if c.is_ascii_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '_' || chars[i] == '$') {
                i += 1;
            }
            Some(chars[start..i].iter().collect())
        } else {
            i += 1;
            None
        };
        if let Some(id) = ident
            && names.contains(id.as_str())
            && !found.iter().any(|f| *f == id)
        {
            found.push(id.into());
        }
    }
    found
}

/// Whether `kind` rows are scoped to a table (their hints carry `[schema, table, name]`).
pub fn is_table_scoped(kind: Kind) -> bool {
    matches!(kind, Kind::Columns | Kind::Indexes | Kind::Fks | Kind::Pks | Kind::Uniques | Kind::Checks | Kind::Policies)
}
