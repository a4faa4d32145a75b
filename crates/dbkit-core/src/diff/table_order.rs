//! The order of the tables one migration creates: drizzle-kit's, except where a column default
//! reads the sequence of another new table's serial or identity column
//! (`nextval('orders_id_seq'::regclass)`). PostgreSQL creates that sequence with its table, so
//! drizzle-kit's SQL (name order) fails with "relation does not exist" when the reader sorts
//! first; dbkit creates the reader after the table it needs. Pulled databases with a shared
//! counter have such defaults.

use std::collections::{BTreeSet, HashMap};

use super::change::TableDef;
use crate::sql::{is_serial_type, serial_sequence_name};

/// PostgreSQL cuts identifiers to this many bytes.
const MAX_IDENTIFIER_BYTES: usize = 63;

/// `defs` in drizzle's order, each table moved after the tables whose sequences its defaults read.
pub fn after_sequences_they_read(defs: Vec<TableDef>) -> Vec<TableDef> {
    let creates = sequences_created(&defs);
    if creates.is_empty() {
        return defs;
    }
    let needs: Vec<BTreeSet<usize>> = defs
        .iter()
        .enumerate()
        .map(|(i, def)| {
            def.columns
                .iter()
                .filter_map(|c| c.default.as_deref())
                .flat_map(sequences_read)
                .filter_map(|seq| creates.get(&seq).copied())
                .filter(|&j| j != i)
                .collect()
        })
        .collect();
    if needs.iter().all(BTreeSet::is_empty) {
        return defs;
    }
    // Kahn's algorithm, always taking the earliest ready table, so that everything without a
    // dependency keeps drizzle's order. A cycle (two tables reading each other's sequence) cannot
    // be created in any order; its tables keep theirs.
    let mut waiting: Vec<usize> = needs.iter().map(BTreeSet::len).collect();
    let mut readers: Vec<Vec<usize>> = vec![Vec::new(); defs.len()];
    for (i, need) in needs.iter().enumerate() {
        for &j in need {
            readers[j].push(i);
        }
    }
    let mut ready: BTreeSet<usize> = (0..defs.len()).filter(|&i| waiting[i] == 0).collect();
    let mut order = Vec::with_capacity(defs.len());
    let mut placed = vec![false; defs.len()];
    while order.len() < defs.len() {
        let next = ready.pop_first().unwrap_or_else(|| (0..defs.len()).find(|&i| !placed[i]).expect("a table is left"));
        placed[next] = true;
        order.push(next);
        for &r in &readers[next] {
            waiting[r] = waiting[r].saturating_sub(1);
            if waiting[r] == 0 && !placed[r] {
                ready.insert(r);
            }
        }
    }
    let mut slots: Vec<Option<TableDef>> = defs.into_iter().map(Some).collect();
    order.into_iter().filter_map(|i| slots[i].take()).collect()
}

/// `(schema, sequence)` -> the table whose serial or identity column creates it.
fn sequences_created(defs: &[TableDef]) -> HashMap<(String, String), usize> {
    let mut out = HashMap::new();
    for (i, def) in defs.iter().enumerate() {
        for c in &def.columns {
            let name = match &c.identity {
                // An identity's sequence is named in the model; a longer name is not guessed.
                Some(identity) => identity.str("name").filter(|n| n.len() <= MAX_IDENTIFIER_BYTES).map(str::to_string),
                None if is_serial_type(&c.type_) => Some(serial_sequence_name(c)),
                None => None,
            };
            if let Some(name) = name {
                out.insert((def.table.schema.to_string(), name), i);
            }
        }
    }
    out
}

/// The sequences `nextval('…')` calls in a default read, as `(schema, name)`; an unqualified
/// name is in `public`, where PostgreSQL's default search path finds it.
fn sequences_read(default: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = default;
    while let Some(at) = rest.find("nextval('") {
        rest = &rest[at + "nextval('".len()..];
        let Some(end) = rest.find('\'') else { break };
        if let Some(parsed) = qualified_name(&rest[..end]) {
            out.push(parsed);
        }
        rest = &rest[end..];
    }
    out
}

/// `seq`, `app.seq`, `"App"."Seq"` as `(schema, name)`, folded as PostgreSQL folds them.
fn qualified_name(text: &str) -> Option<(String, String)> {
    let mut parts = Vec::new();
    let mut chars = text.chars().peekable();
    while chars.peek().is_some() {
        let mut part = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            loop {
                match chars.next()? {
                    '"' if chars.peek() == Some(&'"') => {
                        chars.next();
                        part.push('"');
                    }
                    '"' => break,
                    c => part.push(c),
                }
            }
        } else {
            while let Some(&c) = chars.peek().filter(|&&c| c != '.') {
                part.extend(c.to_lowercase());
                chars.next();
            }
        }
        parts.push(part);
        match chars.next() {
            Some('.') | None => {}
            Some(_) => return None,
        }
    }
    match parts.as_slice() {
        [name] => Some(("public".into(), name.clone())),
        [schema, name] => Some((schema.clone(), name.clone())),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::{Change, CreateAll, Mode, diff};
    use crate::model::Ddl;

    fn created_order(columns: &[(&str, &str, &str, Option<&str>)]) -> Vec<String> {
        let mut ddl = Ddl::new();
        for (table, column, type_, default) in columns {
            let _ = ddl.push_json(&serde_json::json!({"schema": "public", "name": table, "isRlsEnabled": false, "entityType": "tables"}));
            ddl.push_json(&serde_json::json!({"schema": "public", "table": table, "name": column, "type": type_, "typeSchema": null,
                "notNull": false, "dimensions": 0, "default": default, "generated": null, "identity": null, "entityType": "columns"}))
                .unwrap();
        }
        let result = diff(Ddl::new(), ddl, &mut CreateAll, Mode::Generate).unwrap();
        result
            .changes
            .iter()
            .filter_map(|c| match c {
                Change::CreateTable { table } => Some(table.table.name.to_string()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_table_reading_a_later_serial_sequence_moves_after_it() {
        let plain = created_order(&[("a", "id", "integer", None), ("b", "id", "serial", None), ("c", "id", "integer", None)]);
        assert_eq!(plain, ["a", "b", "c"]);
        let reads =
            [("a", "n", "integer", Some("nextval('c_id_seq'::regclass)")), ("b", "id", "integer", None), ("c", "id", "serial", None)];
        assert_eq!(created_order(&reads), ["b", "c", "a"]);
        // Reading a sequence nobody creates here, or its own, changes nothing.
        let own = [("a", "id", "serial", Some("nextval('a_id_seq')")), ("b", "n", "integer", Some("nextval('counter_seq')"))];
        assert_eq!(created_order(&own), ["a", "b"]);
    }

    #[test]
    fn sequence_names_are_read_as_postgresql_reads_them() {
        assert_eq!(sequences_read("nextval('orders_id_seq'::regclass)"), [("public".into(), "orders_id_seq".into())]);
        assert_eq!(sequences_read("nextval('App.Orders_ID_seq')"), [("app".into(), "orders_id_seq".into())]);
        assert_eq!(sequences_read(r#"nextval('"App"."Or""ders_seq"'::regclass)"#), [("App".into(), "Or\"ders_seq".into())]);
        assert!(sequences_read("now()").is_empty());
    }
}
