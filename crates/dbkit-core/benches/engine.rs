//! Engine speed: diff + render of synthetic schemas shaped like `../shared/peer/gen_schema.py`'s
//! (11 columns, an FK to the previous table, two indexes and a shared enum per table).
//! `cargo bench -p dbkit-core --bench engine` prints the best of several runs; scripts/bench.sh
//! runs it. Targets: 300 tables from empty and 300 vs 300 with 10 changed, under 10 ms;
//! 10,000 tables from empty, under 300 ms. Also writing and reading the base snapshot of those
//! states (what `generate` does with the migrations folder).

use std::hint::black_box;
use std::time::{Duration, Instant};

use dbkit_core::diff::{CreateAll, Mode, diff};
use dbkit_core::model::Ddl;
use dbkit_core::snapshot::{Body, ORIGIN_ID, Snapshot};
use dbkit_core::sql::render;
use serde_json::json;

/// `tables` tables; the first `changed` get an extra column.
fn schema(tables: usize, changed: usize) -> Ddl {
    let mut ddl = Ddl::new();
    let mut push = |row: serde_json::Value| {
        ddl.push_json(&row).expect("row");
    };
    push(json!({"entityType": "enums", "schema": "public", "name": "bench_kind", "values": ["alpha", "beta", "gamma", "delta"]}));
    let columns: [(&str, &str, bool, Option<&str>); 11] = [
        ("id", "serial", true, None),
        ("parent_id", "integer", false, None),
        ("name", "varchar(120)", true, None),
        ("description", "text", false, None),
        ("amount", "numeric(12,2)", true, Some("'0'")),
        ("quantity", "integer", true, Some("0")),
        ("active", "boolean", true, Some("true")),
        ("meta", "jsonb", true, Some("'{}'")),
        ("external_id", "uuid", true, Some("gen_random_uuid()")),
        ("kind", "bench_kind", true, Some("'alpha'")),
        ("created_at", "timestamp with time zone", true, Some("now()")),
    ];
    for i in 1..=tables {
        let t = format!("t_{i:04}");
        push(json!({"entityType": "tables", "schema": "public", "name": t, "isRlsEnabled": false}));
        for (name, ty, not_null, default) in columns {
            let type_schema = (ty == "bench_kind").then_some("public");
            push(json!({"entityType": "columns", "schema": "public", "table": t, "name": name, "type": ty, "typeSchema": type_schema,
                "notNull": not_null, "dimensions": 0, "default": default, "generated": null, "identity": null}));
        }
        if i <= changed {
            push(json!({"entityType": "columns", "schema": "public", "table": t, "name": "note", "type": "text", "typeSchema": null,
                "notNull": false, "dimensions": 0, "default": null, "generated": null, "identity": null}));
        }
        for (name, column, unique) in [(format!("{t}_parent_idx"), "parent_id", false), (format!("{t}_external_uq"), "external_id", true)] {
            push(json!({"entityType": "indexes", "schema": "public", "table": t, "name": name, "nameExplicit": true,
                "columns": [{"value": column, "isExpression": false, "asc": true, "nullsFirst": false, "opclass": null}],
                "isUnique": unique, "where": null, "with": "", "method": "btree", "concurrently": false}));
        }
        if i > 1 {
            let to = format!("t_{:04}", i - 1);
            push(
                json!({"entityType": "fks", "schema": "public", "table": t, "name": format!("{t}_parent_id_{to}_id_fkey"), "nameExplicit": false,
                "columns": ["parent_id"], "schemaTo": "public", "tableTo": to, "columnsTo": ["id"], "onUpdate": "NO ACTION", "onDelete": "CASCADE"}),
            );
        }
        push(
            json!({"entityType": "pks", "schema": "public", "table": t, "name": format!("{t}_pkey"), "columns": ["id"], "nameExplicit": false}),
        );
    }
    ddl
}

/// The best time of `runs` runs of diff + render; the inputs are copied before the clock starts
/// (callers hand the diff states they own).
fn best(runs: usize, from: &Ddl, to: &Ddl) -> (Duration, usize) {
    let mut best = Duration::MAX;
    let mut out = 0;
    for _ in 0..runs {
        let (a, b) = (from.clone(), to.clone());
        let start = Instant::now();
        let result = diff(a, b, &mut CreateAll, Mode::Generate).expect("diff");
        out = black_box(render(&result.changes).len());
        best = best.min(start.elapsed());
        drop(result);
    }
    (best, out)
}

/// The best time of `runs` runs of `f`.
fn best_of(runs: usize, mut f: impl FnMut() -> usize) -> (Duration, usize) {
    let mut best = Duration::MAX;
    let mut out = 0;
    for _ in 0..runs {
        let start = Instant::now();
        out = black_box(f());
        best = best.min(start.elapsed());
    }
    (best, out)
}

fn snapshot_of(ddl: &Ddl) -> Snapshot {
    Snapshot { id: "id".into(), prev_ids: vec![ORIGIN_ID.into()], footprints: Vec::new(), body: Body::Base { ddl: Box::new(ddl.clone()) } }
}

fn main() {
    let empty = Ddl::new();
    let cases: [(&str, Ddl, Ddl, Duration, usize); 3] = [
        ("300 tables from empty", empty.clone(), schema(300, 0), Duration::from_millis(10), 20),
        ("300 vs 300, 10 tables changed", schema(300, 0), schema(300, 10), Duration::from_millis(10), 20),
        ("10,000 tables from empty", empty, schema(10_000, 0), Duration::from_millis(300), 5),
    ];
    println!("item\tbest_ms\ttarget_ms\tstatements");
    for (name, from, to, target, runs) in cases {
        let (time, statements) = best(runs, &from, &to);
        println!("{name}\t{:.2}\t{}\t{statements}", time.as_secs_f64() * 1000.0, target.as_millis());
    }
    println!("item\tbest_ms\ttarget_ms\tbytes");
    for (tables, target, runs) in [(300, 5, 20), (10_000, 200, 3)] {
        let snapshot = snapshot_of(&schema(tables, 0));
        let (time, bytes) = best_of(runs, || {
            let mut out = Vec::new();
            snapshot.write_to(&mut out).expect("write");
            out.len()
        });
        println!("write a {tables}-table base snapshot\t{:.2}\t{target}\t{bytes}", time.as_secs_f64() * 1000.0);
        let text = snapshot.to_text();
        let (time, _) = best_of(runs, || match Snapshot::parse("snapshot.json", &text).expect("parse").body {
            Body::Base { ddl } => ddl.len(),
            Body::Diff { .. } => 0,
        });
        println!("read a {tables}-table base snapshot\t{:.2}\t{target}\t{}", time.as_secs_f64() * 1000.0, text.len());
    }
}
