//! `dbkit migrate` and `dbkit status` against a real PostgreSQL.

mod basics;
mod concurrency;
mod failures;
mod layouts;

/// Five small migrations in the 1.0 layout, each creating one table (`t1` … `t5`).
pub const FIVE: [(&str, &str); 5] = [
    ("20260101000001_one", "CREATE TABLE \"t1\" (\n\t\"id\" integer PRIMARY KEY\n);\n"),
    (
        "20260101000002_two",
        "CREATE TABLE \"t2\" (\n\t\"id\" integer PRIMARY KEY\n);\n--> statement-breakpoint\nCREATE INDEX \"t2_id_idx\" ON \"t2\" (\"id\");",
    ),
    ("20260101000003_three", "CREATE TABLE \"t3\" (\n\t\"id\" integer PRIMARY KEY\n);\n"),
    ("20260101000004_four", "CREATE TABLE \"t4\" (\n\t\"id\" integer PRIMARY KEY\n);\n"),
    ("20260101000005_five", "CREATE TABLE \"t5\" (\n\t\"id\" integer PRIMARY KEY\n);\n"),
];

pub fn names(list: &[(&str, &str)]) -> Vec<String> {
    list.iter().map(|(n, _)| n.to_string()).collect()
}
