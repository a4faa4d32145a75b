//! Every failure is one line `file:line:column: what, and what to do`: syntax errors, missing
//! files and exports, unsupported constructs, host errors, opaque values used, runtime errors.

use crate::common::{assert_error, error, error_files};

#[test]
fn syntax_errors_point_at_the_token() {
    let message = error("export const a = 1;\nexport const b = (1 + ;\n");
    assert_error(&message, "main.ts:2:23", "syntax error");
    assert!(message.contains("fix the file so it parses as TypeScript"), "{message}");
    let message = error_files(&[("main.js", "const x: number = 1;")], "main.js");
    assert_error(&message, "main.js:1:7", "parses as JavaScript");
}

#[test]
fn syntax_errors_in_imported_files_name_that_file() {
    let message =
        error_files(&[("main.ts", "import { a } from './a';\nexport const v = a;"), ("a.ts", "\n\nexport const a = ;")], "main.ts");
    assert_error(&message, "a.ts:3:18", "syntax error");
}

#[test]
fn missing_files_and_exports() {
    let message = error_files(&[("src/main.ts", "\nimport { users } from './userz';\nexport const v = users;")], "src/main.ts");
    assert_error(&message, "src/main.ts:2:1", "cannot find './userz' (looked for src/userz, src/userz.ts");
    let message =
        error_files(&[("main.ts", "import { nope } from './a';\nexport const v = nope;"), ("a.ts", "export const yes = 1;")], "main.ts");
    assert_error(&message, "main.ts:1:10", "'./a' (a.ts) has no export `nope`");
    let message = error("import { pgTabel } from 'test-host';\nexport const v = pgTabel;");
    assert_error(&message, "main.ts:1:10", "'test-host' has no export `pgTabel` that dbkit knows");
    let message = crate::common::run_files(&[], "absent.ts").unwrap_err().to_string();
    assert_error(&message, "absent.ts:1:1", "cannot read absent.ts");
}

#[test]
fn unsupported_statements_name_the_construct() {
    for (source, at, construct) in [
        ("let i = 0;\nwhile (i < 3) { i++; }", "main.ts:2:1", "does not support `while` loops; use `for (const x of list)`"),
        ("for (let i = 0; i < 3; i++) {}", "main.ts:1:1", "`for (;;)` loops"),
        ("const o = {};\nfor (const k in o) {}", "main.ts:2:1", "`for…in` loops"),
        ("try { x() } catch {}", "main.ts:1:1", "`try` blocks"),
        ("outer: for (const x of []) { break outer; }", "main.ts:1:1", "labels"),
        ("namespace N { export const x = 1; }", "main.ts:1:1", "namespaces with values"),
    ] {
        let message = error(source);
        assert_error(&message, at, construct);
        assert!(message.contains("cannot evaluate `") && message.contains("without running Node"), "{message}");
    }
}

#[test]
fn unsupported_expressions_name_the_construct() {
    for (source, at, construct) in [
        ("export const v = 'a-b'.replace(/(?<=a)-/g, '_');", "main.ts:1:32", "no look-around or back-references"),
        ("export const v = await Promise.resolve(1);", "main.ts:1:18", "`await`"),
        ("export const v = import('./x');", "main.ts:1:18", "dynamic `import()`"),
        ("export const v = import.meta.url;", "main.ts:1:18", "`import.meta`"),
        ("let a, b;\n[a, b] = [1, 2];", "main.ts:2:1", "assignment to this target"),
        ("export const v = { set x(v) {} };", "main.ts:1:20", "setters"),
    ] {
        assert_error(&error(source), at, construct);
    }
}

#[test]
fn unsupported_functions_fail_only_when_called() {
    let message = error("async function seed() { return 1 }\nconst gen = function* () {};\nexport const ok = 1;\nexport const v = seed();");
    assert_error(&message, "main.ts:4:18", "cannot call `seed()` statically: it is one of the async functions dbkit does not run");
    let message = error("function helper() { while (true) {} }\nexport const ok = 1;\nexport const v = helper();");
    assert_error(&message, "main.ts:1:21", "`while` loops");
}

#[test]
fn classes_that_extend_or_are_called_are_refused() {
    let message = error("class Base {}\nclass Repo extends Base {}\nexport const v = new Repo();");
    assert_error(&message, "main.ts:3:18", "class `Repo` extends another, which dbkit's schema reader does not run");
    let message = error("class Repo {}\nexport const v = Repo();");
    assert_error(&message, "main.ts:2:18", "class `Repo` is called without `new`");
}

#[test]
fn opaque_values_fail_where_their_value_is_needed() {
    let message = error("import { defaults } from 'some-pkg';\nexport const v = { ...defaults };");
    assert_error(&message, "main.ts:2:23", "`defaults` comes from 'some-pkg', which dbkit does not run");
    let message = error("import { prefix } from 'some-pkg';\nexport const v = `${prefix}_users`;");
    assert_error(&message, "main.ts:2:21", "`prefix` comes from 'some-pkg'");
    let message = error("import { createId } from '@paralleldrive/cuid2';\n\nexport const v = 'id_' + createId();");
    assert_error(&message, "main.ts:3:18", "`createId()` comes from '@paralleldrive/cuid2'");
    let message = error("import * as z from 'zod';\nconst s = z.string().min(1);\nexport const v = [...s];");
    assert_error(&message, "main.ts:3:22", "`z.string().min(1)` comes from 'zod'");
    let message = error("import { flags } from 'some-pkg';\nif (flags.enabled) {}");
    assert_error(&message, "main.ts:2:5", "`flags.enabled` comes from 'some-pkg'");
    let message = error("import { flags } from 'some-pkg';\nexport const v = flags ? 1 : 2;");
    assert_error(&message, "main.ts:2:18", "`flags` comes from 'some-pkg'");
    let message = error("import { n } from 'some-pkg';\nexport const v = n === 1;");
    assert_error(&message, "main.ts:2:18", "`n` comes from 'some-pkg'");
    let message = error("import { n } from 'some-pkg';\nexport const v = typeof n;");
    assert_error(&message, "main.ts:2:18", "`n` comes from 'some-pkg'");
    let message = error("import { n } from 'some-pkg';\nexport const v = JSON.stringify({ n });");
    assert_error(&message, "main.ts:2:18", "`n` comes from 'some-pkg'");
    let message = error("import { obj } from 'some-pkg';\nobj.x = 1;");
    assert_error(&message, "main.ts:2:1", "`obj` comes from 'some-pkg'");
}

#[test]
fn host_errors_are_placed_at_the_call() {
    let message = error("import { fail } from 'test-host';\nexport const v = [\n  fail('x'),\n];");
    assert_error(&message, "main.ts:3:3", "`fail('x')`: the host refused");
    let message = error("import { column } from 'test-host';\nexport const c = column('id')\n  .notNull()\n  .unknownMethod(1);");
    assert_error(&message, "main.ts:4:4", "`unknownMethod(1)`: `unknownMethod()` on a test column is not supported");
    let message = error("import { column } from 'test-host';\nexport const c = column('id').nope;");
    assert_error(&message, "main.ts:2:31", "`column('id').nope`: a test column has no property `nope`");
}

#[test]
fn errors_inside_callbacks_keep_their_location() {
    let message = error("import { table } from 'test-host';\nexport const t = table('t', {}, (cols) => [\n  cols.missing.name,\n]);");
    assert_error(&message, "main.ts:3:3", "cannot read `name` of undefined: `cols.missing` is undefined");
    let message =
        error("import { callAndRethrow } from 'test-host';\nexport const v = callAndRethrow(() => {\n  throw new Error('boom');\n});");
    assert_error(&message, "main.ts:2:18", "while calling back: main.ts:3:3: the schema code threw an error: boom");
}

#[test]
fn runtime_errors() {
    assert_error(&error("export const v = notDefined + 1;"), "main.ts:1:18", "cannot evaluate `notDefined` statically: it is not defined");
    assert_error(&error("export const v = new WeakMap();"), "main.ts:1:22", "its schema reader has no `WeakMap`");
    assert_error(&error("throw new Error('two\\nlines');"), "main.ts:1:1", "threw an error: two lines");
    assert_error(
        &error("const o = { a: 1 };\nexport const v = o.b.c;"),
        "main.ts:2:18",
        "cannot read `c` of undefined: `o.b` is undefined",
    );
    assert_error(&error("const o = { a: 1 };\nexport const v = o.a();"), "main.ts:2:20", "`o.a` is not a function (it is a number)");
    assert_error(&error("const f = 5;\nexport const v = f();"), "main.ts:2:18", "`f`: this is not a function (it is a number)");
    assert_error(&error("const x = 1;\nx = 2;"), "main.ts:2:1", "`x` is a constant (declared at 1:7)");
    assert_error(&error("export const v = a;\nconst a = 1;"), "main.ts:1:18", "`a` is used before its declaration at 2:7");
    assert_error(&error("throw new Error('nope');"), "main.ts:1:1", "the schema code threw an error: nope");
    assert_error(
        &error("export const v = [].reduce((a, b) => a);"),
        "main.ts:1:18",
        "`.reduce()` of an empty array needs an initial value",
    );
    assert_error(&error("export const v = [1].map(5);"), "main.ts:1:18", "`.map()` needs a function, not a number");
    assert_error(&error("export const v = 1n + 1;"), "main.ts:1:18", "a BigInt cannot be mixed with numbers");
    assert_error(&error("const { a } = undefined;"), "main.ts:1:7", "cannot destructure undefined");
    assert_error(&error("for (const x of 5) {}"), "main.ts:1:17", "this is not iterable (it is a number)");
    assert_error(
        &error("const f = (n: number): number => f(n + 1);\nexport const v = f(0);"),
        "main.ts:1:34",
        "calls nest more than 100 deep",
    );
}

#[test]
fn runaway_sizes_are_errors_not_crashes() {
    assert_error(&error("const a: any[] = [];\na.push(a);\nexport const v = a.flat(Infinity);"), "main.ts:3:18", "nested too deeply");
    assert_error(
        &error("const a: any[] = [];\na.push(a);\nexport const v = String(a);"),
        "main.ts:3:18",
        "nested too deeply (or containing itself)",
    );
    assert_error(&error("const o: any = {};\no.self = o;\nexport const v = JSON.stringify(o);"), "main.ts:3:18", "nested too deeply");
    assert_error(&error("export const v = Array.from({ length: 1e12 });"), "main.ts:1:18", "more than 10,000,000 items");
    assert_error(&error("const a = [];\na[4e9] = 1;"), "main.ts:2:1", "sparse arrays");
    assert_error(&error("export const v = 'x'.padStart(1e12);"), "main.ts:1:18", "longer than 10,000,000");
}

#[test]
fn dates_without_a_clock_or_time_zone() {
    assert_error(&error("export const v = new Date();"), "main.ts:1:18", "has no clock");
    assert_error(&error("export const v = Date.now();"), "main.ts:1:18", "has no clock");
    assert_error(&error("export const v = new Date(2024, 0, 1);"), "main.ts:1:18", "local time zone");
    assert_error(&error("export const v = new Date('2024-01-01T10:00:00');"), "main.ts:1:18", "add `Z` (UTC) or an offset");
    assert_error(&error("export const v = new Date('Jan 1 2024');"), "main.ts:1:18", "only ISO 8601");
    assert_error(&error("export const v = `${new Date(0)}`;"), "main.ts:1:21", "local time zone");
    assert_error(&error("export const v = new Date(0).getHours();"), "main.ts:1:30", "depends on the local time zone");
    assert_error(&error("export const v = new Date('2024-02-30').toISOString();"), "main.ts:1:41", "the date is invalid");
}

#[test]
fn snippets_are_shortened() {
    let long = format!("let i = 0;\nwhile (i < 1) {{ {} }}", "i = i + 1; ".repeat(20));
    let message = error(&long);
    let snippet = message.split('`').nth(1).unwrap();
    assert!(snippet.chars().count() <= 60 && snippet.ends_with("..."), "{message}");
}
