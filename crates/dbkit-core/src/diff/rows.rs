//! Row-level comparisons the diff is built from: what was created, dropped or altered in one
//! kind, grouped per table, and drizzle-kit's small helpers around them.

use serde_json::{Map, Value};

use super::change::{Alter, TableDef};
use crate::model::{Ddl, Entity, Kind, Rows, Table, qualified_key};
use crate::snapshot::Delta;

/// Rows of `b` missing from `a` (in `b`'s order) and rows of `a` missing from `b` (in `a`'s order).
pub fn create_drop<T: Entity>(a: &Rows<T>, b: &Rows<T>) -> (Vec<T>, Vec<T>) {
    let created = b.iter().filter(|r| a.get(&r.key()).is_none()).cloned().collect();
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
table_scoped!(crate::model::Column, crate::model::Index, crate::model::Fk, crate::model::Pk, crate::model::Unique, crate::model::Check, crate::model::Policy);

/// Created and dropped rows grouped per table, groups in order of first appearance (created
/// rows first), as drizzle's `groupDiffs` does.
pub fn group_by_table<T: TableScoped>(created: Vec<T>, dropped: Vec<T>) -> Vec<(Vec<T>, Vec<T>)> {
    type Group<T> = ((String, String), Vec<T>, Vec<T>);
    let mut groups: Vec<Group<T>> = Vec::new();
    let slot = |groups: &mut Vec<Group<T>>, r: &T| -> usize {
        let key = (r.schema().to_string(), r.table().to_string());
        match groups.iter().position(|g| g.0 == key) {
            Some(i) => i,
            None => {
                groups.push((key, Vec::new(), Vec::new()));
                groups.len() - 1
            }
        }
    };
    for r in created {
        let i = slot(&mut groups, &r);
        groups[i].1.push(r);
    }
    for r in dropped {
        let i = slot(&mut groups, &r);
        groups[i].2.push(r);
    }
    groups.into_iter().map(|(_, c, d)| (c, d)).collect()
}

/// drizzle's `preserveEntityNames`: a generated (not explicit) constraint or index name in `b`
/// takes the old name from `a` when exactly one row of `b` matches the old row in every other
/// field, so renaming a table does not rename its `_pkey`/`_fkey`/`_key`/`_idx` for nothing.
pub fn preserve_names<T: Entity + NameExplicit>(a: &Rows<T>, b: &mut Rows<T>, push: bool) -> Result<(), crate::model::DdlError> {
    let olds: Vec<T> = a.iter().filter(|r| push || !r.name_explicit()).cloned().collect();
    for old in olds {
        let matching: Vec<String> = b
            .iter()
            .filter(|r| !r.name_explicit() && same_but_name(&old, r))
            .map(Entity::key)
            .collect();
        if matching.len() != 1 {
            continue;
        }
        let row = b.get(&matching[0]).expect("listed above");
        if row.get("name") == old.get("name") {
            continue;
        }
        let mut renamed = row.clone();
        renamed.set("name", &old.get("name").unwrap_or(Value::Null)).map_err(crate::model::DdlError::BadRow)?;
        if b.get(&renamed.key()).is_some() {
            // drizzle's store refuses the colliding rename and keeps the row as it was
            continue;
        }
        b.replace(&matching[0], renamed);
    }
    Ok(())
}

fn same_but_name<T: Entity>(a: &T, b: &T) -> bool {
    a.changed(b).iter().all(|f| *f == "name" || *f == "nameExplicit")
}

pub trait NameExplicit {
    fn name_explicit(&self) -> bool;
}

macro_rules! name_explicit {
    ($($t:ty),+) => { $(impl NameExplicit for $t { fn name_explicit(&self) -> bool { self.name_explicit } })+ };
}
name_explicit!(crate::model::Index, crate::model::Fk, crate::model::Pk, crate::model::Unique);

/// A table with its columns, keys, checks, indexes and policies as listed in `ddl`
/// (drizzle's `tableFromDDL`).
pub fn table_def(table: &Table, ddl: &Ddl) -> TableDef {
    let (s, t) = (table.schema.as_str(), table.name.as_str());
    TableDef {
        table: table.clone(),
        columns: ddl.columns.filter(|c| c.schema == s && c.table == t).cloned().collect(),
        pk: ddl.pks.find(|p| p.schema == s && p.table == t).cloned(),
        fks: ddl.fks.filter(|r| r.schema == s && r.table == t).cloned().collect(),
        uniques: ddl.uniques.filter(|r| r.schema == s && r.table == t).cloned().collect(),
        checks: ddl.checks.filter(|r| r.schema == s && r.table == t).cloned().collect(),
        indexes: ddl.indexes.filter(|r| r.schema == s && r.table == t).cloned().collect(),
        policies: ddl.policies.filter(|r| r.schema == s && r.table == t).cloned().collect(),
    }
}

/// Columns of `schema.table` in `ddl` that a check's SQL mentions (quoted or bare identifiers),
/// each once, in order of appearance.
pub fn check_columns(value: &str, ddl: &Ddl, schema: &str, table: &str) -> Vec<String> {
    let names: std::collections::HashSet<&str> =
        ddl.columns.filter(|c| c.schema == schema && c.table == table).map(|c| c.name.as_str()).collect();
    let mut found: Vec<String> = Vec::new();
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
            && !found.contains(&id)
        {
            found.push(id);
        }
    }
    found
}

/// Whether `kind` rows are scoped to a table (their hints carry `[schema, table, name]`).
pub fn is_table_scoped(kind: Kind) -> bool {
    matches!(kind, Kind::Columns | Kind::Indexes | Kind::Fks | Kind::Pks | Kind::Uniques | Kind::Checks | Kind::Policies)
}
