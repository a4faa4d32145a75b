//! How a multi-file schema becomes one ordered set of entities, as drizzle-kit 1.0 loads it: the
//! export order of each file (jiti's CommonJS output), barrels and re-exports, an entity reached
//! through several files, name clashes, tsconfig `paths` aliases, and the drizzle-orm version.
//! Each order below was observed with the real drizzle-kit 1.0.0-rc.5 (`drizzle-kit export`).

use dbkit_ts::drizzle::{ReadOptions, SchemaError, SchemaRead, read_schema};

fn read_with(files: &[(&str, &str)], entries: &[&str], options: &ReadOptions) -> Result<SchemaRead, SchemaError> {
    let owned: Vec<(String, String)> = files.iter().map(|(p, t)| (p.to_string(), t.to_string())).collect();
    let loader = Box::new(move |path: &str| owned.iter().find(|(p, _)| p == path).map(|(_, t)| t.clone()));
    let entries: Vec<String> = entries.iter().map(|e| e.to_string()).collect();
    read_schema(&entries, loader, options)
}

fn read(files: &[(&str, &str)], entries: &[&str]) -> Result<SchemaRead, SchemaError> {
    read_with(files, entries, &ReadOptions::default())
}

fn tables(read: &SchemaRead) -> Vec<&str> {
    read.ddl.tables.iter().map(|t| t.name.as_str()).collect()
}

/// A file declaring one table per `(export, table name)`.
fn declaring(tables: &[(&str, &str)]) -> String {
    let mut text = String::from("import { pgTable, integer } from \"drizzle-orm/pg-core\";\n");
    for (export, name) in tables {
        text.push_str(&format!("export const {export} = pgTable(\"{name}\", {{ id: integer() }});\n"));
    }
    text
}

#[test]
fn own_and_named_exports_sorted_then_each_star_in_statement_order() {
    // drizzle-kit: t_index_Q, t_c_amid, t_index_blocal, t_c_cc, t_index_zlocal, t_b_beta, t_b_mid,
    // t_a_alpha, t_a_zeta. A star's name that the module exports itself is left out (b's blocal).
    let index = r#"import { pgTable, integer } from "drizzle-orm/pg-core";
export * from "./b";
export const zlocal = pgTable("t_index_zlocal", { id: integer() });
export { amid } from "./c";
export const blocal = pgTable("t_index_blocal", { id: integer() });
export { cc as ybar } from "./c";
export * from "./a";
const hidden = pgTable("t_index_Q", { id: integer() });
export { hidden as Qupper };"#;
    let a = declaring(&[("zeta", "t_a_zeta"), ("alpha", "t_a_alpha")]);
    let b = declaring(&[("mid", "t_b_mid"), ("beta", "t_b_beta"), ("blocal", "t_b_blocal_shadowed")]);
    let c = declaring(&[("amid", "t_c_amid"), ("cc", "t_c_cc")]);
    let files = [("s/index.ts", index), ("s/a.ts", &a), ("s/b.ts", &b), ("s/c.ts", &c)];
    let read = read(&files, &["s/index.ts"]).unwrap();
    assert_eq!(
        tables(&read),
        ["t_index_Q", "t_c_amid", "t_index_blocal", "t_c_cc", "t_index_zlocal", "t_b_beta", "t_b_mid", "t_a_alpha", "t_a_zeta"]
    );
}

#[test]
fn default_and_imported_then_exported_names_sort_with_the_rest() {
    // drizzle-kit: $d, Zup, _u, aaa, default, imp (imported, then exported), zzz, éa (UTF-16 order).
    let index = r#"import { pgTable, integer } from "drizzle-orm/pg-core";
import { imp } from "./c";
export const zzz = pgTable("t_zzz", { id: integer() });
export default pgTable("t_default", { id: integer() });
export { imp };
export const aaa = pgTable("t_aaa", { id: integer() });
export * as ns from "./c";
export const Zup = pgTable("t_Zup", { id: integer() });
export const _u = pgTable("t__u", { id: integer() });
export const $d = pgTable("t_$d", { id: integer() });
export const éa = pgTable("t_eacute", { id: integer() });"#;
    let c = declaring(&[("imp", "t_imp")]);
    let read = read(&[("index.ts", index), ("c.ts", &c)], &["index.ts"]).unwrap();
    assert_eq!(tables(&read), ["t_$d", "t_Zup", "t__u", "t_aaa", "t_default", "t_imp", "t_zzz", "t_eacute"]);
}

#[test]
fn nested_barrels_keep_each_modules_order() {
    // drizzle-kit: default, m, then a's users, then b's beta (b's own `export * from "./a"` is the
    // same binding again).
    let index = r#"import { pgTable, integer } from "drizzle-orm/pg-core";
export * from "./a";
export * from "./b";
export const m = pgTable("t_index_m", { id: integer() });
export default pgTable("t_index_default", { id: integer() });"#;
    let a = declaring(&[("users", "t_a_users")]);
    let b = format!("export * from \"./a\";\n{}", declaring(&[("beta", "t_b_beta")]));
    let read = read(&[("index.ts", index), ("a.ts", &a), ("b.ts", &b)], &["index.ts"]).unwrap();
    assert_eq!(tables(&read), ["t_index_default", "t_index_m", "t_a_users", "t_b_beta"]);
}

#[test]
fn a_javascript_entry_lists_all_its_exports_sorted() {
    // drizzle-kit imports .js/.mjs schema files natively: the ES module namespace is sorted,
    // stars included (t_a_alpha, t_b_beta, t_b_mid, t_a_zeta, t_index_zlocal). The same barrel as
    // a .ts file keeps jiti's order.
    let index = "import { pgTable, integer } from \"drizzle-orm/pg-core\";\nexport * from \"./b.mjs\";\nexport const zlocal = pgTable(\"t_index_zlocal\", { id: integer() });\nexport * from \"./a.mjs\";";
    let a = declaring(&[("zeta", "t_a_zeta"), ("alpha", "t_a_alpha")]);
    let b = declaring(&[("mid", "t_b_mid"), ("beta", "t_b_beta")]);
    let files = [("s/index.mjs", index), ("s/index.ts", index), ("s/a.mjs", &a), ("s/b.mjs", &b)];
    assert_eq!(tables(&read(&files, &["s/index.mjs"]).unwrap()), ["t_a_alpha", "t_b_beta", "t_b_mid", "t_a_zeta", "t_index_zlocal"]);
    assert_eq!(tables(&read(&files, &["s/index.ts"]).unwrap()), ["t_index_zlocal", "t_b_beta", "t_b_mid", "t_a_alpha", "t_a_zeta"]);
}

#[test]
fn a_barrel_of_stars_follows_its_statements_not_the_alphabet() {
    // tests/projects/social-network s1: profiles, then graph's blocks and follows, posts' likes
    // and posts, notifications; enums in the same order.
    let profiles = declaring(&[("profiles", "profiles")]);
    let graph = format!(
        "{}export const followStatus = pgEnum(\"follow_status\", [\"a\"]);\n",
        declaring(&[("follows", "follows"), ("blocks", "blocks")]).replace("{ pgTable,", "{ pgEnum, pgTable,")
    );
    let posts = declaring(&[("posts", "posts"), ("likes", "likes")]);
    let notifications = format!(
        "{}export const notificationKind = pgEnum(\"notification_kind\", [\"a\"]);\n",
        declaring(&[("notifications", "notifications")]).replace("{ pgTable,", "{ pgEnum, pgTable,")
    );
    let index =
        "export * from \"./profiles\";\nexport * from \"./graph\";\nexport * from \"./posts\";\nexport * from \"./notifications\";\n";
    let files =
        [("index.ts", index), ("profiles.ts", &profiles), ("graph.ts", &graph), ("posts.ts", &posts), ("notifications.ts", &notifications)];
    let read = read(&files, &["index.ts"]).unwrap();
    assert_eq!(tables(&read), ["profiles", "blocks", "follows", "likes", "posts", "notifications"]);
    let enums: Vec<&str> = read.ddl.enums.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(enums, ["follow_status", "notification_kind"]);
}

#[test]
fn an_entity_reached_through_several_files_counts_once_where_first_reached() {
    // tests/projects/barrel-in-schema-folder s1: the folder holds index.ts and the files it
    // re-exports. drizzle-kit 1.0 evaluates each file afresh and fails ("duplicate table name");
    // dbkit sees one object per table, in the barrel's order (index.ts comes first).
    let users = declaring(&[("users", "users")]);
    let recipes = format!("import {{ users }} from \"./users\";\n{}", declaring(&[("recipes", "recipes")]));
    let index = "export * from \"./users\";\nexport * from \"./recipes\";\n";
    let files = [("s/index.ts", index), ("s/recipes.ts", &recipes), ("s/users.ts", &users)];
    let read = read(&files, &["s/index.ts", "s/recipes.ts", "s/users.ts"]).unwrap();
    assert_eq!(tables(&read), ["users", "recipes"]);
    // The same table exported twice by one file is one table too.
    let twice = format!("{}export {{ users as people }};\n", declaring(&[("users", "users")]));
    assert_eq!(tables(&read_twice(&twice)), ["users"]);
}

fn read_twice(text: &str) -> SchemaRead {
    read(&[("one.ts", text)], &["one.ts"]).unwrap()
}

#[test]
fn two_objects_with_one_name_are_refused_naming_both_places() {
    let a = declaring(&[("users", "users")]);
    let b = format!("// the second one\n{}", declaring(&[("people", "users")]));
    let error = read(&[("a.ts", &a), ("b.ts", &b)], &["a.ts", "b.ts"]).unwrap_err().to_string();
    assert_eq!(
        error,
        "b.ts:3:14: there are two tables named \"public\".\"users\" (the other is at a.ts:2:14); rename one, or export the table once"
    );
    let enums = "import { pgEnum } from \"drizzle-orm/pg-core\";\nexport const a = pgEnum(\"mood\", [\"x\"]);\nexport const b = pgEnum(\"mood\", [\"y\"]);";
    let error = read(&[("e.ts", enums)], &["e.ts"]).unwrap_err().to_string();
    assert!(error.starts_with("e.ts:3:14: there are two enums named \"public\".\"mood\" (the other is at e.ts:2:14)"), "{error}");
}

#[test]
fn two_stars_giving_one_name_different_values_is_an_error() {
    // drizzle-kit (jiti) fails with "Cannot redefine property: mid"; TypeScript rejects it too.
    let a = declaring(&[("mid", "t_a_mid")]);
    let b = declaring(&[("mid", "t_b_mid")]);
    let index = "export * from \"./a\";\nexport * from \"./b\";\n";
    let error = read(&[("index.ts", index), ("a.ts", &a), ("b.ts", &b)], &["index.ts"]).unwrap_err().to_string();
    assert!(error.starts_with("index.ts:2:1: `export *` from './a' and './b' both export `mid`, as different values"), "{error}");
}

#[test]
fn tsconfig_path_aliases_resolve_imports() {
    // t3-app: `import { createTable } from "~/server/db/table"` with "~/*": ["./src/*"].
    let table =
        "import { pgTableCreator } from \"drizzle-orm/pg-core\";\nexport const createTable = pgTableCreator((name) => `app_${name}`);";
    let posts = "import { integer } from \"drizzle-orm/pg-core\";\nimport { createTable } from \"~/server/db/table\";\nimport { id } from \"@cols\";\nexport const posts = createTable(\"posts\", { id, n: integer() });";
    let cols = "import { integer } from \"drizzle-orm/pg-core\";\nexport const id = integer().primaryKey();";
    let files = [("src/server/db/table.ts", table), ("src/server/db/schema/posts.ts", posts), ("src/cols.ts", cols)];
    let options =
        ReadOptions { aliases: vec![("~/".into(), "src/".into()), ("@cols".into(), "src/cols.ts".into())], ..ReadOptions::default() };
    let read = read_with(&files, &["src/server/db/schema/posts.ts"], &options).unwrap();
    assert_eq!(tables(&read), ["app_posts"]);
    assert_eq!(read.ddl.pks.iter().map(|p| p.columns.join(",")).collect::<Vec<_>>(), ["id"]);
    // Without them `~/…` is a package dbkit does not run, and nothing is a table.
    assert!(tables(&read_with(&files, &["src/server/db/schema/posts.ts"], &ReadOptions::default()).unwrap()).is_empty());
}

#[test]
fn relations_from_drizzle_orm_fail_on_drizzle_orm_1() {
    // tests/projects/upgrade-from-v0 s1: drizzle-orm 1.0 moved 0.x's `relations` to
    // "drizzle-orm/_relations"; drizzle-kit 1.0 exits 1 ("(0 , _drizzleOrm.relations) is not a
    // function"), as the application would. With drizzle-orm 0.x (or unknown) it is accepted.
    let schema = "import { relations } from \"drizzle-orm\";\nimport { pgTable, integer } from \"drizzle-orm/pg-core\";\nexport const t = pgTable(\"t\", { id: integer() });\nexport const tRelations = relations(t, () => ({}));";
    let files = [("schema.ts", schema)];
    let v1 = ReadOptions { orm_major: Some(1), ..ReadOptions::default() };
    let error = read_with(&files, &["schema.ts"], &v1).unwrap_err().to_string();
    assert!(error.starts_with("schema.ts:4:27: "), "{error}");
    assert!(error.contains("import it from \"drizzle-orm/_relations\""), "{error}");
    for major in [None, Some(0)] {
        let options = ReadOptions { orm_major: major, ..ReadOptions::default() };
        assert_eq!(tables(&read_with(&files, &["schema.ts"], &options).unwrap()), ["t"]);
    }
    let moved = schema.replace("from \"drizzle-orm\";", "from \"drizzle-orm/_relations\";");
    assert_eq!(tables(&read_with(&[("schema.ts", &moved)], &["schema.ts"], &v1).unwrap()), ["t"]);
}
