//! dbkit's drizzle schema reader, construct by construct: a schema file in, drizzle-kit 1.0's
//! DDL rows out (the expectations were checked against drizzle-kit 1.0.0-rc.5's snapshots).

use dbkit_core::model::js::to_compact;
use dbkit_ts::drizzle::{ReadOptions, SchemaError, SchemaRead, read_schema};

fn try_read_files(files: &[(&str, &str)]) -> Result<SchemaRead, SchemaError> {
    let owned: Vec<(String, String)> = files.iter().map(|(p, t)| (format!("schema/{p}"), t.to_string())).collect();
    let names: Vec<String> = owned.iter().map(|(p, _)| p.clone()).collect();
    let loader = Box::new(move |path: &str| owned.iter().find(|(p, _)| p == path).map(|(_, t)| t.clone()));
    read_schema(&names, loader, &ReadOptions::default())
}

fn try_read(ts: &str) -> Result<SchemaRead, SchemaError> {
    try_read_files(&[("schema.ts", ts)])
}

/// Every row as compact JSON, `entityType` last as in snapshots.
fn rows(ts: &str) -> Vec<String> {
    let read = try_read(ts).unwrap_or_else(|e| panic!("{e}"));
    read.ddl.to_json_rows().iter().map(to_compact).collect()
}

/// The rows of one kind, without the `entityType` suffix.
fn kind(ts: &str, entity: &str) -> Vec<String> {
    let suffix = format!(",\"entityType\":\"{entity}\"}}");
    rows(ts).into_iter().filter_map(|r| r.strip_suffix(&suffix).map(|r| format!("{r}}}"))).collect()
}

const PG: &str = "import { sql } from \"drizzle-orm\";\nimport * as p from \"drizzle-orm/pg-core\";\n";

fn with_pg(body: &str) -> String {
    format!("{PG}{body}")
}

#[test]
fn column_types_and_modes() {
    let cols = kind(
        &with_pg(
            r#"export const t = p.pgTable("t", {
  a: p.varchar({ length: 20 }),
  b: p.numeric({ precision: 10, scale: 2 }),
  c: p.timestamp({ precision: 3, withTimezone: true }),
  d: p.timestamp({ mode: "string", precision: 6 }),
  e: p.integer().array().array(),
  f: p.text().array("[][]"),
  g: p.interval({ fields: "day to second" }),
  h: p.char(),
  i: p.bigint({ mode: "number" }).notNull(),
  j: p.serial(),
});"#,
        ),
        "columns",
    );
    let types: Vec<String> = cols
        .iter()
        .map(|c| {
            let v: serde_json::Value = serde_json::from_str(c).unwrap();
            format!("{} {} {} {}", v["name"].as_str().unwrap(), v["type"].as_str().unwrap(), v["dimensions"], v["notNull"])
        })
        .collect();
    assert_eq!(
        types,
        [
            "a varchar(20) 0 false",
            "b numeric(10,2) 0 false",
            "c timestamp(3) with time zone 0 false",
            "d timestamp(6) 0 false",
            // drizzle-orm's `.array()` sets the dimension count, it does not add to it.
            "e integer 1 false",
            "f text 2 false",
            "g interval day to second 0 false",
            "h char 0 false",
            "i bigint 0 true",
            "j serial 0 true",
        ]
    );
}

#[test]
fn enums_in_schemas_and_enum_columns() {
    let ts = with_pg(
        r#"export const app = p.pgSchema("app");
export const mood = app.enum("mood", ["sad", "ok"]);
export const kind = p.pgEnum("kind", { A: "a", B: "b" });
export const t = p.pgTable("t", { m: mood().default("ok"), k: kind().array().default(["a"]) });"#,
    );
    assert_eq!(kind(&ts, "schemas"), [r#"{"name":"app"}"#]);
    assert_eq!(
        kind(&ts, "enums"),
        [r#"{"schema":"public","name":"kind","values":["a","b"]}"#, r#"{"schema":"app","name":"mood","values":["sad","ok"]}"#]
    );
    let cols = kind(&ts, "columns");
    assert!(
        cols[0].contains(r#""name":"m","type":"mood","typeSchema":"app","notNull":false,"dimensions":0,"default":"'ok'""#),
        "{}",
        cols[0]
    );
    assert!(cols[1].contains(r#""type":"kind","typeSchema":"public","notNull":false,"dimensions":1,"default":"'{a}'""#), "{}", cols[1]);
}

#[test]
fn defaults_follow_drizzle_kits_grammar() {
    let ts = with_pg(
        r#"export const t = p.pgTable("t", {
  a: p.text().default("it's"),
  b: p.jsonb().default({ a: 1, s: "x'y" }),
  c: p.integer().array().default([1, 2]),
  d: p.text().array().default([]),
  e: p.timestamp().defaultNow(),
  f: p.uuid().defaultRandom(),
  g: p.boolean().default(true),
  h: p.numeric().default("1.50"),
  i: p.text().default(sql`'x'::text`),
  j: p.real().default(NaN),
  k: p.date({ mode: "date" }).default(new Date("2024-01-02T00:00:00Z")),
  l: p.timestamp({ withTimezone: true }).default(new Date("2024-01-02T03:04:05Z")),
  m: p.text().array().default(["a b", "c,d", "{e}", "NULL"]),
});"#,
    );
    let defaults: Vec<String> =
        kind(&ts, "columns").iter().map(|c| serde_json::from_str::<serde_json::Value>(c).unwrap()["default"].to_string()).collect();
    assert_eq!(
        defaults,
        [
            r#""'it''s'""#,
            r#""'{\"a\":1,\"s\":\"x''y\"}'""#,
            r#""'{1,2}'""#,
            r#""'{}'""#,
            r#""now()""#,
            r#""gen_random_uuid()""#,
            r#""true""#,
            r#""'1.50'""#,
            r#""'x'""#,
            // drizzle-kit writes NaN bare; dbkit quotes it (TS_MISMATCHES.md).
            r#""'NaN'""#,
            r#""'2024-01-02'""#,
            r#""'2024-01-02 03:04:05.000+00'""#,
            // Braces and the word NULL need quotes in an array literal.
            r#""'{a b,\"c,d\",\"{e}\",\"NULL\"}'""#,
        ]
    );
}

#[test]
fn identity_and_generated_columns() {
    let cols = kind(
        &with_pg(
            r#"export const t = p.pgTable("t", {
  id: p.integer().generatedAlwaysAsIdentity({ startWith: 10, cache: 5 }),
  down: p.smallint().generatedByDefaultAsIdentity({ increment: -1 }),
  a: p.integer(),
  g: p.integer().generatedAlwaysAs(sql`a * 2`),
  h: p.text().generatedAlwaysAs((): any => sql`'x'`),
});"#,
        ),
        "columns",
    );
    assert!(cols[0].contains(r#""notNull":true"#));
    assert!(
        cols[0].contains(r#""identity":{"type":"always","name":"t_id_seq","increment":"1","startWith":"10","minValue":"1","maxValue":"2147483647","cache":5,"cycle":false}"#),
        "{}",
        cols[0]
    );
    assert!(
        cols[1].contains(r#""identity":{"type":"byDefault","name":"t_down_seq","increment":"-1","startWith":"-1","minValue":"-32768","maxValue":"-1","cache":1,"cycle":false}"#),
        "{}",
        cols[1]
    );
    assert!(cols[3].contains(r#""generated":{"as":"a * 2","type":"stored"}"#), "{}", cols[3]);
    assert!(cols[4].contains(r#""generated":{"as":"'x'","type":"stored"}"#), "{}", cols[4]);
}

#[test]
fn keys_and_default_names() {
    let ts = with_pg(
        r#"export const users = p.pgTable("users", { id: p.integer().primaryKey(), email: p.text().unique(), code: p.text().unique("code_uq", { nulls: "not distinct" }) });
export const posts = p.pgTable("posts", {
  id: p.integer(),
  slug: p.text(),
  authorId: p.integer("author_id").references(() => users.id, { onDelete: "cascade" }),
}, (t) => [p.primaryKey({ columns: [t.id, t.slug] }), p.unique().on(t.slug, t.authorId), p.foreignKey({ name: "by_email", columns: [t.slug], foreignColumns: [users.email] }).onUpdate("set null")]);"#,
    );
    assert_eq!(
        kind(&ts, "pks"),
        [
            r#"{"schema":"public","table":"posts","name":"posts_pkey","columns":["id","slug"],"nameExplicit":false}"#,
            r#"{"schema":"public","table":"users","name":"users_pkey","columns":["id"],"nameExplicit":false}"#,
        ]
    );
    assert_eq!(
        kind(&ts, "uniques"),
        [
            r#"{"schema":"public","table":"posts","name":"posts_slug_author_id_unique","nameExplicit":false,"columns":["slug","author_id"],"nullsNotDistinct":false}"#,
            r#"{"schema":"public","table":"users","name":"users_email_key","nameExplicit":false,"columns":["email"],"nullsNotDistinct":false}"#,
            r#"{"schema":"public","table":"users","name":"code_uq","nameExplicit":true,"columns":["code"],"nullsNotDistinct":true}"#,
        ]
    );
    assert_eq!(
        kind(&ts, "fks"),
        [
            r#"{"schema":"public","table":"posts","name":"posts_author_id_users_id_fkey","nameExplicit":false,"columns":["author_id"],"schemaTo":"public","tableTo":"users","columnsTo":["id"],"onUpdate":"NO ACTION","onDelete":"CASCADE"}"#,
            r#"{"schema":"public","table":"posts","name":"by_email","nameExplicit":true,"columns":["slug"],"schemaTo":"public","tableTo":"users","columnsTo":["email"],"onUpdate":"SET NULL","onDelete":"NO ACTION"}"#,
        ]
    );
    // Members of a primary key are NOT NULL.
    assert!(kind(&ts, "columns")[1].contains(r#""name":"slug","type":"text","typeSchema":null,"notNull":true"#));
}

#[test]
fn indexes_with_order_expressions_and_where() {
    let ts = with_pg(
        r#"export const t = p.pgTable("t", { a: p.text(), b: p.integer(), v: p.vector({ dimensions: 3 }) }, (t) => ({
  one: p.index().on(t.a.desc(), t.b.nullsFirst()),
  two: p.uniqueIndex("t_lower").on(sql`lower(${t.a})`).where(sql`${t.b} > ${5}`),
  three: p.index("t_v").using("hnsw", t.v.op("vector_cosine_ops")).with({ m: 16 }).concurrently(),
}));"#,
    );
    assert_eq!(
        kind(&ts, "indexes"),
        [
            r#"{"schema":"public","table":"t","name":"t_a_b_index","nameExplicit":false,"columns":[{"value":"a","isExpression":false,"asc":false,"nullsFirst":false,"opclass":null},{"value":"b","isExpression":false,"asc":true,"nullsFirst":true,"opclass":null}],"isUnique":false,"where":null,"with":"","method":"btree","concurrently":false}"#,
            r#"{"schema":"public","table":"t","name":"t_lower","nameExplicit":true,"columns":[{"value":"lower(\"a\")","isExpression":true,"asc":true,"nullsFirst":false,"opclass":null}],"isUnique":true,"where":"\"b\" > 5","with":"","method":"btree","concurrently":false}"#,
            r#"{"schema":"public","table":"t","name":"t_v","nameExplicit":true,"columns":[{"value":"v","isExpression":false,"asc":true,"nullsFirst":false,"opclass":{"name":"vector_cosine_ops","default":false}}],"isUnique":false,"where":null,"with":"m=16","method":"hnsw","concurrently":true}"#,
        ]
    );
}

#[test]
fn checks_are_unqualified_and_policies_qualified() {
    let ts = with_pg(
        r#"export const admin = p.pgRole("admin", { createDb: true });
export const old = p.pgRole("old").existing();
export const t = p.pgTable("t", { id: p.integer() }, (t) => [
  p.check("id_pos", sql`${t.id} > ${0}`),
  p.pgPolicy("own", { as: "restrictive", for: "select", to: [admin, "current_user"], using: sql`${t.id} < ${100}` }),
]);
export const linked = p.pgPolicy("linked", { withCheck: sql`true` }).link(t);"#,
    );
    assert_eq!(kind(&ts, "checks"), [r#"{"schema":"public","table":"t","name":"id_pos","value":"\"id\" > 0"}"#]);
    assert_eq!(
        kind(&ts, "policies"),
        [
            r#"{"schema":"public","table":"t","name":"linked","as":"PERMISSIVE","for":"ALL","roles":["public"],"using":null,"withCheck":"true"}"#,
            // drizzle-kit leaves `$1` here; dbkit writes the value (TS_MISMATCHES.md).
            r#"{"schema":"public","table":"t","name":"own","as":"RESTRICTIVE","for":"SELECT","roles":["admin","current_user"],"using":"\"t\".\"id\" < 100","withCheck":null}"#,
        ]
    );
    assert_eq!(
        kind(&ts, "roles"),
        [
            r#"{"name":"admin","superuser":false,"createDb":true,"createRole":false,"inherit":true,"canLogin":false,"replication":false,"bypassRls":false,"connLimit":-1,"password":null,"validUntil":null}"#
        ]
    );
    assert_eq!(kind(&ts, "tables"), [r#"{"schema":"public","name":"t","isRlsEnabled":true}"#]);
}

#[test]
fn sequences_and_rls_tables() {
    let ts = with_pg(
        r#"export const s = p.pgSequence("s", { startWith: 10, increment: 2, cache: 3, cycle: true });
export const a = p.pgTable.withRLS("a", { id: p.integer() });
export const b = p.pgTable("b", { id: p.integer() }).enableRLS();"#,
    );
    assert_eq!(
        kind(&ts, "sequences"),
        [
            r#"{"schema":"public","name":"s","incrementBy":"2","minValue":"1","maxValue":"9223372036854775807","startWith":"10","cacheSize":3,"cycle":true}"#
        ]
    );
    assert_eq!(
        kind(&ts, "tables"),
        [r#"{"schema":"public","name":"a","isRlsEnabled":true}"#, r#"{"schema":"public","name":"b","isRlsEnabled":true}"#]
    );
}

#[test]
fn views_from_the_query_builder_and_sql() {
    let ts = with_pg(
        r#"import { eq, gt, and, isNotNull } from "drizzle-orm";
export const users = p.pgTable("users", { id: p.integer(), name: p.text(), age: p.integer() });
export const adults = p.pgView("adults").as((qb) => qb.select().from(users).where(and(gt(users.age, 17), isNotNull(users.name))).orderBy(users.name));
export const names = p.pgView("names").as((qb) => qb.select({ id: users.id }).from(users).where(eq(users.name, "a")));
export const top = p.pgView("top").as((qb) => qb.select().from(adults));
export const mv = p.pgMaterializedView("mv").using("heap").withNoData().with({ fillfactor: 70 }).as(sql`select 1`);
export const ext = p.pgView("ext", { id: p.integer() }).existing();"#,
    );
    let read = try_read(&ts).unwrap();
    let views: Vec<String> = kind(&ts, "views");
    assert_eq!(views.len(), 4);
    assert!(views[0].contains(r#""name":"adults","definition":"select \"id\", \"name\", \"age\" from \"users\" where ((\"users\".\"age\" > 17) and ((\"users\".\"name\" is not null))) order by \"users\".\"name\"","with":null,"withNoData":null,"using":null,"tablespace":null,"materialized":false"#), "{}", views[0]);
    assert!(views[1].contains(r#""definition":"select \"id\" from \"users\" where \"users\".\"name\" = 'a'""#), "{}", views[1]);
    assert!(views[2].contains(r#""definition":"select \"id\", \"name\", \"age\" from \"adults\"""#), "{}", views[2]);
    assert!(views[3].contains(r#""withNoData":true,"using":"heap","tablespace":null,"materialized":true"#), "{}", views[3]);
    assert!(views[3].contains(r#""fillfactor":70"#), "{}", views[3]);
    let top = read.view_dependencies.iter().find(|(v, _)| v.1 == "top").unwrap();
    assert_eq!(top.1, [("public".to_string(), "adults".to_string())]);
}

#[test]
fn a_views_computed_fields_read_through_another_view_by_alias() {
    let ts = with_pg(
        r#"export const t = p.pgTable("t", { x: p.integer() });
export const counts = p.pgView("counts").as((qb) => qb.select({ x: t.x, n: sql`count(*)`.as("n") }).from(t).groupBy(t.x));
export const big = p.pgView("big").as((qb) => qb.select().from(counts));"#,
    );
    let views = kind(&ts, "views");
    // Exports come in name order: `big` first.
    assert!(views[1].contains(r#""definition":"select \"x\", count(*) as \"n\" from \"t\" group by \"t\".\"x\"""#), "{}", views[1]);
    assert!(views[0].contains(r#""definition":"select \"x\", \"n\" from \"counts\"""#), "{}", views[0]);
}

#[test]
fn casing_and_table_creators() {
    let ts = with_pg(
        r#"export const a = p.snakeCase.table("a", { userId: p.integer(), Named: p.text("Keep") });
const t = p.pgTableCreator((name) => `app_${name}`);
export const b = t("b", { id: p.integer() });"#,
    );
    let cols: Vec<String> = kind(&ts, "columns");
    assert!(cols[0].contains(r#""name":"user_id""#) && cols[1].contains(r#""name":"Keep""#));
    assert!(kind(&ts, "tables")[1].contains(r#""name":"app_b""#));
}

#[test]
fn custom_types_call_data_type() {
    let ts = with_pg(
        r#"const fixed = p.customType<{ data: string; config: { n: number } }>({ dataType(c) { return `varchar(${c.n})`; } });
const citext = p.customType<{ data: string }>({ dataType() { return "citext"; } });
export const t = p.pgTable("t", { d: fixed({ n: 12 }), e: citext().default("Hi"), f: citext().array() });"#,
    );
    let cols = kind(&ts, "columns");
    assert!(cols[0].contains(r#""type":"varchar(12)""#), "{}", cols[0]);
    // drizzle-kit writes `Hi` bare; dbkit writes a string literal (TS_MISMATCHES.md).
    assert!(cols[1].contains(r#""type":"citext","typeSchema":null,"notNull":false,"dimensions":0,"default":"'Hi'""#), "{}", cols[1]);
    assert!(cols[2].contains(r#""type":"citext","typeSchema":null,"notNull":false,"dimensions":1"#), "{}", cols[2]);
}

#[test]
fn exports_come_in_name_order_and_files_in_the_order_given() {
    let read = try_read_files(&[
        ("a.ts", "import { pgTable, integer } from \"drizzle-orm/pg-core\";\nexport const z = pgTable(\"first_z\", { id: integer() });\nexport const b = pgTable(\"first_b\", { id: integer() });"),
        ("b.ts", "import { pgTable, integer } from \"drizzle-orm/pg-core\";\nexport const a = pgTable(\"second_a\", { id: integer() });"),
    ])
    .unwrap();
    let names: Vec<&str> = read.ddl.tables.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["first_b", "first_z", "second_a"]);
}

#[test]
fn unexported_entities_do_not_count_and_relations_are_ignored() {
    let ts = r#"import { relations } from "drizzle-orm";
import { pgTable, pgEnum, integer } from "drizzle-orm/pg-core";
const hidden = pgEnum("hidden", ["a"]);
export const t = pgTable("t", { id: integer(), h: hidden() });
export const tRelations = relations(t, () => ({}));"#;
    assert!(kind(ts, "enums").is_empty());
    assert_eq!(kind(ts, "tables").len(), 1);
}

#[test]
fn refusals_name_the_place_and_the_fix() {
    let unnamed = try_read(&with_pg(
        r#"export const people = p.pgTable("people", { email: p.text() }, (t) => [p.index().on(sql`lower(${t.email})`)]);"#,
    ))
    .unwrap_err()
    .to_string();
    assert!(unnamed.starts_with("schema/schema.ts:3:14: "), "{unnamed}");
    assert!(unnamed.contains("lower(\"people\".\"email\")") && unnamed.contains("give it a name"), "{unnamed}");

    let dup = try_read(&with_pg(
        r#"export const a = p.pgTable("a", { x: p.integer() }, (t) => [p.index("dup_idx").on(t.x)]);
export const b = p.pgTable("b", { x: p.integer() }, (t) => [p.index("dup_idx").on(t.x)]);"#,
    ))
    .unwrap_err()
    .to_string();
    assert!(dup.starts_with("schema/schema.ts:4:"), "{dup}");
    assert!(dup.contains("duplicate index name 'dup_idx'"), "{dup}");

    let public = try_read(&with_pg(r#"export const s = p.pgSchema("public");"#)).unwrap_err().to_string();
    assert!(public.contains("You can't specify 'public' as schema name"), "{public}");

    let dup_values = try_read(&with_pg(r#"export const e = p.pgEnum("e", ["a", "a"]);"#)).unwrap_err().to_string();
    assert!(dup_values.contains("lists the value 'a' twice"), "{dup_values}");
}

#[test]
fn unlinked_policies_are_skipped_with_a_warning() {
    let read = try_read(&with_pg(r#"export const p1 = p.pgPolicy("lonely", {});"#)).unwrap();
    assert!(read.ddl.policies.is_empty());
    assert!(read.warnings[0].contains("Policy lonely was skipped"), "{:?}", read.warnings);
}
