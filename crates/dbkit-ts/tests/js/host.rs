//! How schema code reaches host objects: native calls, method chains with `this`, property
//! reads, tagged templates, callbacks through `Interp::call`, dates and getters.

use std::collections::HashMap;

use dbkit_ts::js::{Date, Host, Interp, Interpreter, Value, is_getter};

use crate::common::{Column, Sql, Table, TestHost, export, run_with};

fn run_logged(source: &str) -> (dbkit_ts::js::ModuleExports, Vec<(String, Vec<Value>)>) {
    let (result, log) = run_with(&[("main.ts", source)], "main.ts", Vec::new(), HashMap::new());
    let exports = result.unwrap_or_else(|e| panic!("{e}"));
    let log = log.borrow().clone();
    (exports, log)
}

#[test]
fn native_functions_receive_evaluated_arguments() {
    let (_, log) =
        run_logged("import { record } from 'test-host';\nconst cols = ['a', 'b'];\nrecord('x', 1, ...cols, { k: [true] }, 5n, undefined);");
    assert_eq!(log.len(), 1);
    assert_eq!(format!("{:?}", log[0].1), r#"["x", 1, "a", "b", {"k": [true]}, 5n, undefined]"#);
}

#[test]
fn method_chains_keep_this() {
    let (exports, _) = run_logged(
        "import { column } from 'test-host';\nexport const id = column('id').primaryKey().notNull().default(sql());\nfunction sql() { return 'now()' }\nexport const name = id.name;",
    );
    let id = export(&exports, "id");
    let column = id.downcast::<Column>().unwrap();
    let calls: Vec<_> = column.calls.borrow().iter().map(|(name, args)| format!("{name}{args:?}")).collect();
    assert_eq!(calls, ["primaryKey[]", "notNull[]", r#"default["now()"]"#]);
    assert_eq!(format!("{:?}", export(&exports, "name")), r#""id""#);
}

#[test]
fn tagged_templates_pass_strings_then_values() {
    let (exports, _) = run_logged(
        "import { sql } from 'test-host';\nconst col = 'age';\nexport const check = sql`${col} > ${18} and \\n ok`;\nexport const empty = sql``;",
    );
    let check = export(&exports, "check");
    let sql = check.downcast::<Sql>().unwrap();
    assert_eq!(format!("{:?}", sql.args), r#"[["", " > ", " and \n ok"], "age", 18]"#);
    let empty = export(&exports, "empty");
    assert_eq!(format!("{:?}", empty.downcast::<Sql>().unwrap().args), r#"[[""]]"#);
}

#[test]
fn tagged_templates_with_schema_functions() {
    let source = "const tag = (strings: TemplateStringsArray, ...values: unknown[]) => strings.join('|') + values.join(',');\nexport const v = tag`a${1}b${2}c`;\nconst o = { p: 'P', t(strings: string[]) { return this.p + strings[0] } };\nexport const w = o.t`x`;";
    let (exports, _) = run_logged(source);
    assert_eq!(format!("{:?}", export(&exports, "v")), r#""a|b|c1,2""#);
    assert_eq!(format!("{:?}", export(&exports, "w")), r#""Px""#);
}

#[test]
fn host_objects_call_schema_callbacks() {
    let source = "import { table, column } from 'test-host';\nexport const users = table('users', { id: column('id') }, (t) => [t.id, 'extra']);\nexport const id = users.id;";
    let (exports, log) = run_logged(source);
    let users = export(&exports, "users");
    let table = users.downcast::<Table>().unwrap();
    assert_eq!(format!("{:?}", table.extra), "[[a test column], \"extra\"]");
    assert_eq!(format!("{:?}", export(&exports, "id")), "[a test column]");
    assert_eq!(log.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(), ["column", "table"]);
}

#[test]
fn callbacks_get_this_from_the_host() {
    let (exports, _) = run_logged(
        "import { callBack } from 'test-host';\nexport const v = callBack(function (this: any, x: number) { return [this, x] }, 'self', 4);",
    );
    assert_eq!(format!("{:?}", export(&exports, "v")), r#"["self", 4]"#);
}

#[test]
fn late_references_resolve_when_called() {
    let source = "import { column } from 'test-host';\nexport const posts = { authorId: column('author_id') };\nexport const resolved = column('x').resolve(() => users.id);\nexport const users = { id: 'users.id' };";
    let error = run_with(&[("main.ts", source)], "main.ts", Vec::new(), HashMap::new()).0.unwrap_err().to_string();
    assert!(error.starts_with("main.ts:3:51: `users` is used before its declaration at 4:14"), "{error}");
}

#[test]
fn interpreter_call_from_outside() {
    let host = TestHost::new();
    let loader = Box::new(|_: &str| {
        Some("export const add = (a: number, b: number) => a + b;\nexport const obj = { get lazy() { return 'computed' } };".to_string())
    });
    let mut interpreter = Interpreter::new(&host, loader);
    let exports = interpreter.load("m.ts").unwrap();
    let add = exports.exports[0].1.clone();
    let sum = interpreter.call(&add, None, vec![Value::Number(2.0), Value::Number(3.0)]).unwrap();
    assert_eq!(format!("{sum:?}"), "5");
    let through_trait = Interp::call(&mut interpreter, &add, None, vec![Value::string("a"), Value::Number(1.0)]).unwrap();
    assert_eq!(format!("{through_trait:?}"), r#""a1""#);
    let Value::Object(obj) = exports.exports[1].1.clone() else { panic!() };
    let getter = obj.borrow().get("lazy").cloned().unwrap();
    assert!(is_getter(&getter));
    let got = interpreter.call(&getter, Some(Value::Object(obj.clone())), vec![]).unwrap();
    assert_eq!(format!("{got:?}"), r#""computed""#);
    assert!(host.module("nothing").is_none());
}

#[test]
fn dates_reach_the_host_as_date_objects() {
    let (exports, log) = run_logged(
        "import { record } from 'test-host';\nrecord(new Date('2024-05-01T10:00:00Z'), new Date(Date.UTC(2020, 1, 29)));\nexport const iso = new Date(0).toISOString();",
    );
    let args = &log[0].1;
    assert_eq!(args[0].downcast::<Date>().unwrap().to_iso_string().unwrap(), "2024-05-01T10:00:00.000Z");
    assert_eq!(args[1].downcast::<Date>().unwrap().millis, 1_582_934_400_000.0);
    assert_eq!(format!("{:?}", export(&exports, "iso")), r#""1970-01-01T00:00:00.000Z""#);
}

#[test]
fn buffers_reach_the_host_as_buffer_objects() {
    let (_, log) = run_logged("import { record } from 'test-host';\nrecord(Buffer.from('hi'));");
    assert_eq!(log[0].1[0].downcast::<dbkit_ts::js::Buffer>().unwrap().bytes, b"hi");
}

#[test]
fn host_module_namespaces_as_objects_dispatch_calls() {
    let (exports, _) =
        run_logged("import * as t from 'test-host';\nexport const v = t.echo('a');\nexport const col = t.column('c').notNull();");
    assert_eq!(format!("{:?}", export(&exports, "v")), r#"["a"]"#);
    assert!(export(&exports, "col").downcast::<Column>().is_some());
}
