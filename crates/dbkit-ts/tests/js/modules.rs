//! Module graphs: imports and exports of every form, resolution (extensions, index files,
//! `.js` imports of `.ts` files, aliases), re-exports, cycles through closures, CommonJS,
//! caching, type-only imports and packages dbkit does not run.

use std::collections::HashMap;

use dbkit_ts::js::{Interpreter, Value};

use crate::common::{TestHost, error_files, export, run_files, run_with};

fn show(exports: &dbkit_ts::js::ModuleExports) -> String {
    exports.exports.iter().map(|(name, value)| format!("{name}={value:?}")).collect::<Vec<_>>().join(" ")
}

#[test]
fn import_and_export_forms() {
    let files = [
        (
            "src/a.ts",
            "export const a = 1;\nexport let b = 2;\nexport function f() { return 'f' }\nconst hidden = 3;\nexport { hidden as visible };\nexport default 'dflt';",
        ),
        (
            "src/main.ts",
            "import dflt, { a, b as bee, f, visible } from './a';\nimport * as ns from './a';\nexport const all = [dflt, a, bee, f(), visible, ns.a, ns.default];",
        ),
    ];
    let exports = run_files(&files, "src/main.ts").unwrap();
    assert_eq!(exports.path, "src/main.ts");
    assert_eq!(format!("{:?}", export(&exports, "all")), r#"["dflt", 1, 2, "f", 3, 1, "dflt"]"#);
    let a = run_files(&files, "src/a.ts").unwrap();
    let names: Vec<_> = a.exports.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["a", "b", "default", "f", "visible"], "sorted, as a TypeScript loader's CommonJS output defines them");
}

#[test]
fn default_exports_of_declarations() {
    let files = [
        ("fn.ts", "export default function make() { return 'made' }"),
        ("anon.ts", "export default () => 'anon'"),
        ("obj.ts", "const config = { k: 1 };\nexport { config as default };"),
        (
            "main.ts",
            "import make from './fn';\nimport anon from './anon';\nimport config from './obj';\nexport const v = [make(), anon(), config.k];",
        ),
    ];
    assert_eq!(show(&run_files(&files, "main.ts").unwrap()), r#"v=["made", "anon", 1]"#);
}

#[test]
fn re_exports() {
    let files = [
        ("schema/users.ts", "export const users = 'users';\nexport const shared = 'from users';\nexport default 'u';"),
        ("schema/posts.ts", "export const posts = 'posts';\nexport const shared = 'from posts';"),
        ("schema/misc.ts", "export const x = 1; export const y = 2;"),
        (
            "schema/index.ts",
            "export * from './users';\nexport * from './posts';\nexport { x as renamed } from './misc';\nexport * as misc from './misc';\nimport { y } from './misc';\nexport { y };",
        ),
    ];
    // TypeScript rejects two `export *` giving one name different values, and so does
    // drizzle-kit's loader ("Cannot redefine property: shared").
    let error = error_files(&files, "schema/index.ts");
    assert!(error.starts_with("schema/index.ts:2:1: `export *` from './users' and './posts' both export `shared`"), "{error}");
    let mut files = files;
    files[1].1 = "export const posts = 'posts';";
    let exports = run_files(&files, "schema/index.ts").unwrap();
    assert_eq!(
        show(&exports),
        r#"misc={"x": 1, "y": 2} renamed=1 y=2 shared="from users" users="users" posts="posts""#,
        "own and named re-exports sorted, then each star's in order; star `default` left out"
    );
    let main =
        [&files[..], &[("main.ts", "import { users, posts, misc } from './schema';\nexport const v = [users, posts, misc.y];")]].concat();
    assert_eq!(show(&run_files(&main, "main.ts").unwrap()), r#"v=["users", "posts", 2]"#);
}

#[test]
fn one_package_export_through_two_stars_is_one_name() {
    // The same value twice is no ambiguity (babel's CommonJS output skips it too).
    let files = [
        ("a.ts", "export { echo } from 'test-host';\nexport { v } from 'unknown-pkg';\nexport const a = 1;"),
        ("b.ts", "export { echo } from 'test-host';\nexport { v } from 'unknown-pkg';\nexport const b = 2;"),
        ("index.ts", "export * from './a';\nexport * from './b';"),
    ];
    let names: Vec<String> = run_files(&files, "index.ts").unwrap().exports.into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, ["a", "echo", "v", "b"]);
}

#[test]
fn resolution_candidates() {
    let files = [
        ("src/db/tables.ts", "export const t = 'ts';"),
        ("src/db/esm.ts", "export const e = 'esm';"),
        ("src/db/cols/index.ts", "export const c = 'index';"),
        ("src/lib/util.js", "export const u = 'js';"),
        (
            "src/db/main.ts",
            "import { t } from './tables';\nimport { e } from './esm.js';\nimport { c } from './cols';\nimport { u } from '../lib/util';\nimport { t as again } from './../db/./tables.ts';\nexport const v = [t, e, c, u, again];",
        ),
    ];
    assert_eq!(show(&run_files(&files, "src/db/main.ts").unwrap()), r#"v=["ts", "esm", "index", "js", "ts"]"#);
    assert_eq!(show(&run_files(&files, "./src/db/../db/main.ts").unwrap()), r#"v=["ts", "esm", "index", "js", "ts"]"#);
}

#[test]
fn aliases() {
    let files = [
        ("src/db/users.ts", "export const users = 'u';"),
        ("src/main.ts", "import { users } from '@/db/users';\nimport { users as u2 } from '~db/users';\nexport const v = users + u2;"),
    ];
    let aliases = vec![("@/".to_string(), "src/".to_string()), ("~db/".to_string(), "./src/db/".to_string())];
    let (result, _) = run_with(&files, "src/main.ts", aliases, HashMap::new());
    assert_eq!(show(&result.unwrap()), r#"v="uu""#);
}

#[test]
fn cycles_through_closures() {
    let files = [
        ("users.ts", "import { posts } from './posts';\nexport const users = { name: 'users', latest: () => posts.name };"),
        ("posts.ts", "import { users } from './users';\nexport const posts = { name: 'posts', author: () => users.name };"),
        (
            "main.ts",
            "import { users } from './users';\nimport { posts } from './posts';\nexport const v = [users.latest(), posts.author()];",
        ),
    ];
    assert_eq!(show(&run_files(&files, "main.ts").unwrap()), r#"v=["posts", "users"]"#);
    assert_eq!(show(&run_files(&files, "posts.ts").unwrap()), r#"posts={"name": "posts", "author": [function]}"#);
}

#[test]
fn cycles_with_hoisted_functions() {
    let files = [
        ("a.ts", "import { fromB } from './b';\nexport function fromA() { return 'A'; }\nexport const both = fromA() + fromB();"),
        ("b.ts", "import { fromA } from './a';\nexport function fromB() { return 'B'; }\nexport const early = fromA();"),
    ];
    let exports = run_files(&files, "a.ts").unwrap();
    assert_eq!(format!("{:?}", export(&exports, "both")), r#""AB""#);
}

#[test]
fn namespaces_in_a_cycle_show_what_is_initialised() {
    // A barrel that re-exports a relations file which imports the barrel: drizzle-kit (CommonJS
    // through esbuild) sees the tables exported before the relations file runs.
    let files = [
        ("schema/index.ts", "export * from './users';\nexport * from './relations';"),
        ("schema/users.ts", "export const users = { name: 'users' };"),
        (
            "schema/relations.ts",
            "import * as schema from './index';\nexport const seen = Object.keys(schema);\nexport const later = () => Object.keys(schema);",
        ),
    ];
    let exports = run_files(&files, "schema/index.ts").unwrap();
    assert_eq!(format!("{:?}", export(&exports, "seen")), r#"["users"]"#);
    assert_eq!(show(&exports), r#"users={"name": "users"} later=[function] seen=["users"]"#);
}

#[test]
fn modules_are_evaluated_once() {
    let host = TestHost::new();
    let files: HashMap<&str, &str> = HashMap::from([
        ("shared.ts", "import { record } from 'test-host';\nrecord('shared ran');\nexport const s = [];"),
        ("a.ts", "import { s } from './shared';\nexport const a = s;"),
        ("b.ts", "import { s } from './shared';\nexport const b = s;"),
    ]);
    let mut reads = Vec::new();
    let loader = Box::new(|path: &str| {
        reads.push(path.to_string());
        files.get(path).map(|s| s.to_string())
    });
    let mut interpreter = Interpreter::new(&host, loader);
    let a = interpreter.load("a.ts").unwrap();
    let b = interpreter.load("b.ts").unwrap();
    let again = interpreter.load("a.ts").unwrap();
    drop(interpreter);
    assert_eq!(host.log.borrow().len(), 1);
    let (Value::Array(x), Value::Array(y), Value::Array(z)) = (export(&a, "a"), export(&b, "b"), export(&again, "a")) else { panic!() };
    assert!(std::rc::Rc::ptr_eq(&x, &y) && std::rc::Rc::ptr_eq(&x, &z));
    assert_eq!(reads.iter().filter(|p| *p == "shared.ts").count(), 1);
}

#[test]
fn side_effect_imports() {
    let files = [
        ("setup.ts", "import { record } from 'test-host';\nrecord('setup');"),
        ("main.ts", "import 'dotenv/config';\nimport './setup';\nexport const v = 1;"),
    ];
    let (result, log) = run_with(&files, "main.ts", Vec::new(), HashMap::new());
    result.unwrap();
    assert_eq!(log.borrow().len(), 1);
}

#[test]
fn type_only_imports_are_dropped() {
    let files = [
        ("types.ts", "export interface User { id: number }\nexport type Id = number;"),
        (
            "main.ts",
            "import type { User } from './types';\nimport { type Id } from './types';\nimport { User as U2 } from './types';\nimport { AnyThing } from './does-not-exist';\nimport { column, type Unused } from 'test-host';\nimport { NotInHost } from 'test-host';\nconst u: U2 = { id: 1 } as User;\nconst f = (x: AnyThing): NotInHost => x as Id;\nexport const v = typeof column;",
        ),
    ];
    assert_eq!(show(&run_files(&files, "main.ts").unwrap()), r#"v="object""#);
}

#[test]
fn javascript_files_keep_unused_imports() {
    let files = [("main.js", "import { missing } from './other.js';\nexport const v = 1;"), ("other.js", "export const there = 1;")];
    let message = error_files(&files, "main.js");
    assert!(message.starts_with("main.js:1:10: './other.js' (other.js) has no export `missing`"), "{message}");
}

#[test]
fn commonjs_modules() {
    let files = [
        (
            "lib/helpers.cjs",
            "const prefix = 'app_';\nmodule.exports = { name: (n) => prefix + n, version: 2 };\nreturn;\nmodule.exports = 'not reached';",
        ),
        ("lib/single.js", "module.exports = function single() { return 'one' };"),
        ("lib/exports.js", "exports.a = 1;\nexports.b = require('./helpers.cjs').version;"),
        (
            "main.ts",
            "import helpers, { name } from './lib/helpers.cjs';\nimport single from './lib/single';\nimport { a, b } from './lib/exports';\nconst req = require('./lib/helpers.cjs');\nexport const v = [helpers.name('x'), name('y'), single(), a, b, req.version];",
        ),
    ];
    assert_eq!(show(&run_files(&files, "main.ts").unwrap()), r#"v=["app_x", "app_y", "one", 1, 2, 2]"#);
    assert_eq!(show(&run_files(&files, "lib/exports.js").unwrap()), "a=1 b=2");
}

#[test]
fn json_modules() {
    let files = [
        ("config/roles.json", r#"{ "roles": ["admin", "user"], "2": "two" }"#),
        (
            "main.ts",
            "import data from './config/roles.json';\nimport { roles } from './config/roles.json';\nexport const v = [data.roles === roles, roles, Object.keys(data)];",
        ),
    ];
    assert_eq!(show(&run_files(&files, "main.ts").unwrap()), r#"v=[true, ["admin", "user"], ["2", "roles"]]"#);
    let message = error_files(&[("main.ts", "import d from './bad.json';\nexport const v = d;"), ("bad.json", "{\n  \"a\": }")], "main.ts");
    assert!(message.starts_with("bad.json:2:8: this JSON file does not parse"), "{message}");
}

#[test]
fn export_assignment_is_commonjs() {
    let files = [
        ("config.ts", "import { echo } from 'test-host';\nconst a = 1;\nexport = { a, b: echo(2) };"),
        ("main.ts", "import config from './config';\nimport { a } from './config';\nexport const v = [config.a, a, config.b];"),
    ];
    assert_eq!(show(&run_files(&files, "main.ts").unwrap()), "v=[1, 1, [2]]");
}

#[test]
fn host_modules() {
    let files = [(
        "main.ts",
        "import { echo } from 'test-host';\nimport * as host from 'test-host';\nimport { record } from 'test-host/lazy';\nrecord('via get');\nexport const v = [echo(1, 'a'), host.echo(...[2, 3])];",
    )];
    let (result, log) = run_with(&files, "main.ts", Vec::new(), HashMap::new());
    assert_eq!(show(&result.unwrap()), r#"v=[[1, "a"], [2, 3]]"#);
    assert_eq!(log.borrow()[0].0, "record");
}

#[test]
fn unknown_packages_are_opaque_until_used() {
    let source = "import { createId } from '@paralleldrive/cuid2';\nimport * as z from 'zod';\nimport nano from 'nanoid';\nimport { echo } from 'test-host';\nexport const holder = { make: () => createId(), schema: () => z.string() };\nexport const passed = echo(createId, nano);";
    let exports = run_files(&[("main.ts", source)], "main.ts").unwrap();
    assert_eq!(
        format!("{:?}", export(&exports, "passed")),
        "[[a value from a package dbkit does not run], [a value from a package dbkit does not run]]"
    );
    let opaque = match export(&exports, "passed") {
        Value::Array(items) => items.borrow()[0].clone(),
        _ => panic!(),
    };
    let opaque = opaque.downcast::<dbkit_ts::js::Opaque>().unwrap();
    assert_eq!((opaque.name.as_str(), opaque.module.as_str()), ("createId", "@paralleldrive/cuid2"));
}

#[test]
fn values_computed_from_unknown_packages_stay_opaque() {
    let files = [
        ("lib/utils.ts", "import { customAlphabet } from 'nanoid';\nexport const nanoid = customAlphabet('0123456789abcdef', 12);"),
        (
            "schema.ts",
            "import { nanoid } from './lib/utils';\nimport { createInsertSchema } from 'drizzle-zod';\nimport { z } from 'zod';\nimport { Pool } from 'pg';\nexport const users = { id: () => nanoid() };\nexport const insertUser = createInsertSchema(users).extend({ email: z.string().email() });\nexport const pool = new Pool({ connectionString: process.env.URL });\nexport const tagged = z.custom`x`;",
        ),
    ];
    let exports = run_files(&files, "schema.ts").unwrap();
    let name = |export_name: &str| {
        export(&exports, export_name).downcast::<dbkit_ts::js::Opaque>().map(|o| (o.name.clone(), o.module.clone())).unwrap()
    };
    assert_eq!(name("insertUser"), ("createInsertSchema(users).extend({ email: z.string().emai...".to_string(), "drizzle-zod".to_string()));
    assert_eq!(name("pool"), ("new Pool({ connectionString: process.env.URL })".to_string(), "pg".to_string()));
    assert_eq!(name("tagged").1, "zod");
    let utils = run_files(&files, "lib/utils.ts").unwrap();
    let nanoid = export(&utils, "nanoid");
    assert_eq!(nanoid.downcast::<dbkit_ts::js::Opaque>().unwrap().name, "customAlphabet('0123456789abcdef', 12)");
}

/// Config mode: what needs a package's value becomes unknown where it is bound, a top-level
/// `throw` is passed over, and the default export is read as a config loader reads it.
#[test]
fn deferring_failures() {
    let source = "import { env } from '@t3-oss/env-nextjs';
if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL is not set');
const url = new URL(env.DATABASE_URL);
export default { host: url.hostname, label: `db ${env.NAME}`, out: 'drizzle' };";
    let host = TestHost::new();
    let loader = Box::new(move |path: &str| (path == "drizzle.config.ts").then(|| source.to_string()));
    let mut interp = Interpreter::new(&host, loader).deferring_failures();
    let config = interp.default_export("drizzle.config.ts").unwrap().unwrap();
    let Value::Object(config) = config else { panic!("{config:?}") };
    let opaque = |key: &str| config.borrow().get(key).and_then(|v| v.downcast::<dbkit_ts::js::Opaque>().cloned()).unwrap();
    assert_eq!((opaque("host").name, opaque("host").module), ("url.hostname".to_string(), "@t3-oss/env-nextjs".to_string()));
    assert_eq!(opaque("label").name, "`db ${env.NAME}`");
    assert_eq!(format!("{:?}", config.borrow().get("out").unwrap()), r#""drizzle""#);
    // Without config mode the same file fails at the first value it needs.
    let message = crate::common::error(&source.replace("export default", "export const config ="));
    crate::common::assert_error(&message, "main.ts:2:32", "the schema code threw an error: DATABASE_URL is not set");
}
