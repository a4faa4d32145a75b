//! Properties of the engine over random schema states: a state never differs from itself, a
//! snapshot writes back byte for byte, and a diff's deltas rebuild the new state from the old.

use std::collections::BTreeMap;

use dbkit_core::diff::{CreateAll, Mode, diff};
use dbkit_core::footprint::footprints;
use dbkit_core::model::Ddl;
use dbkit_core::snapshot::history::apply_deltas;
use dbkit_core::snapshot::{Body, Snapshot};
use dbkit_core::sql::render_grouped;
use proptest::prelude::*;
use serde_json::{Value, json};

const NAMES: [&str; 6] = ["users", "posts", "Order", "with space", "q\"uote", "t"];
const COLUMNS: [&str; 6] = ["id", "name", "createdAt", "user_id", "x y", "value"];
const TYPES: [&str; 8] = ["integer", "text", "varchar(20)", "boolean", "jsonb", "numeric(10,2)", "timestamp with time zone", "bigint"];
const DEFAULTS: [Option<&str>; 4] = [None, Some("0"), Some("'a'"), Some("now()")];

/// A column: (name, type, not null, dimensions, default).
type ColumnSpec = (usize, usize, bool, i64, usize);
/// A table: (schema, name, rls, columns, index on the first column, primary key on the first column).
type TableSpec = (usize, usize, bool, Vec<ColumnSpec>, bool, bool);

fn table_spec() -> impl Strategy<Value = TableSpec> {
    (
        0..2usize,
        0..NAMES.len(),
        any::<bool>(),
        prop::collection::vec((0..COLUMNS.len(), 0..TYPES.len(), any::<bool>(), 0..2i64, 0..DEFAULTS.len()), 1..5),
        any::<bool>(),
        any::<bool>(),
    )
}

/// Builds a state from specs; rows that would repeat an identity are skipped.
fn build(tables: &[TableSpec], enum_values: &[String]) -> Ddl {
    let schemas = ["public", "app"];
    let mut ddl = Ddl::new();
    let mut push = |row: Value| {
        let _ = ddl.push_json(&row).expect("valid row");
    };
    push(json!({"entityType": "schemas", "name": "app"}));
    if !enum_values.is_empty() {
        push(json!({"entityType": "enums", "schema": "public", "name": "mood", "values": enum_values}));
    }
    for (s, n, rls, columns, index, pk) in tables {
        let (schema, table) = (schemas[*s], NAMES[*n]);
        push(json!({"entityType": "tables", "schema": schema, "name": table, "isRlsEnabled": rls}));
        for (c, t, not_null, dims, d) in columns {
            push(json!({"entityType": "columns", "schema": schema, "table": table, "name": COLUMNS[*c], "type": TYPES[*t],
                "typeSchema": null, "notNull": not_null, "dimensions": dims, "default": DEFAULTS[*d], "generated": null, "identity": null}));
        }
        let first = COLUMNS[columns[0].0];
        if *index {
            push(
                json!({"entityType": "indexes", "schema": schema, "table": table, "name": format!("{table}_{first}_idx"), "nameExplicit": false,
                "columns": [{"value": first, "isExpression": false, "asc": true, "nullsFirst": false, "opclass": null}],
                "isUnique": false, "where": null, "with": "", "method": "btree", "concurrently": false}),
            );
        }
        if *pk {
            push(
                json!({"entityType": "pks", "schema": schema, "table": table, "name": format!("{table}_pkey"), "columns": [first], "nameExplicit": false}),
            );
        }
        if !enum_values.is_empty() {
            push(json!({"entityType": "columns", "schema": schema, "table": table, "name": "mood", "type": "mood", "typeSchema": "public",
                "notNull": false, "dimensions": 0, "default": null, "generated": null, "identity": null}));
        }
    }
    ddl
}

fn state() -> impl Strategy<Value = Ddl> {
    (prop::collection::vec(table_spec(), 0..5), prop::collection::vec("[a-z]{1,3}", 0..4)).prop_map(|(tables, mut values)| {
        values.sort();
        values.dedup();
        build(&tables, &values)
    })
}

/// Rows keyed by kind and identity, order ignored.
fn by_key(ddl: &Ddl) -> BTreeMap<String, String> {
    ddl.to_json_rows()
        .into_iter()
        .map(|r| {
            let obj = r.as_object().unwrap();
            let kind = obj["entityType"].as_str().unwrap().to_string();
            let key = ["schema", "table", "name"].iter().filter_map(|k| obj.get(*k).and_then(Value::as_str)).collect::<Vec<_>>().join(".");
            (format!("{kind}:{key}"), r.to_string())
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn a_state_never_differs_from_itself(x in state()) {
        let result = diff(x.clone(), x.clone(), &mut CreateAll, Mode::Generate).unwrap();
        prop_assert!(result.changes.is_empty(), "{:?}", result.changes);
        prop_assert!(result.deltas().is_empty());
    }

    #[test]
    fn snapshots_write_back_byte_for_byte(x in state()) {
        let snap = Snapshot { id: "id".into(), prev_ids: vec!["00000000-0000-0000-0000-000000000000".into()], footprints: vec![], body: Body::Base { ddl: Box::new(x.clone()) } };
        let text = snap.to_text();
        let again = Snapshot::parse("snapshot.json", &text).unwrap();
        prop_assert_eq!(again.to_text(), text);
    }

    #[test]
    fn deltas_rebuild_the_new_state(a in state(), b in state()) {
        let result = diff(a.clone(), b.clone(), &mut CreateAll, Mode::Generate).unwrap();
        let mut rebuilt = a.clone();
        apply_deltas(&mut rebuilt, &result.deltas()).unwrap();
        prop_assert_eq!(by_key(&rebuilt), by_key(&result.cur));
        // Every change renders and has a footprint.
        let sql = render_grouped(&result.changes);
        prop_assert_eq!(footprints(&result.changes, &sql).len(), result.changes.len());
    }
}
