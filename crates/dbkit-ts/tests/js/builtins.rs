//! The standard library subset: Object, Array and string methods, conversions, JSON, Math,
//! Date and process.env.

use std::collections::HashMap;

use crate::common::{eval, eval_in, export, run_with};

#[test]
fn object_functions() {
    let prelude = "const o = { b: 1, a: 2, 2: 'two', 1: 'one' };";
    assert_eq!(eval_in(prelude, "Object.keys(o)"), r#"["1", "2", "b", "a"]"#);
    assert_eq!(eval_in(prelude, "Object.values(o)"), r#"["one", "two", 1, 2]"#);
    assert_eq!(eval_in("const o = { a: 1 };", "Object.entries(o)"), r#"[["a", 1]]"#);
    assert_eq!(eval("Object.fromEntries([['a', 1], ['b', [2]]])"), r#"{"a": 1, "b": [2]}"#);
    assert_eq!(
        eval("Object.fromEntries(Object.entries({ x: 1, y: 2 }).map(([k, v]) => [k.toUpperCase(), v * 10]))"),
        r#"{"X": 10, "Y": 20}"#
    );
    assert_eq!(
        eval_in("const t = { a: 1 }; const r = Object.assign(t, { b: 2 }, null, { a: 3 });", "[t, r === t]"),
        r#"[{"a": 3, "b": 2}, true]"#
    );
    assert_eq!(eval("Object.freeze({ a: 1 })"), r#"{"a": 1}"#);
    assert_eq!(eval("Object.keys(['x', 'y'])"), r#"["0", "1"]"#);
}

#[test]
fn array_functions() {
    assert_eq!(eval("[Array.isArray([]), Array.isArray({})]"), "[true, false]");
    assert_eq!(eval("Array.from([1, 2], (x) => x * 2)"), "[2, 4]");
    assert_eq!(eval("Array.from({ length: 3 }, (_, i) => i)"), "[0, 1, 2]");
    assert_eq!(eval("Array.from('ab')"), r#"["a", "b"]"#);
    assert_eq!(eval("Array.of(1, 2)"), "[1, 2]");
}

/// `[...new Set(values)]` feeding `pgEnum`, a Map as a lookup table: insertion order, SameValueZero.
#[test]
fn sets_and_maps() {
    assert_eq!(eval("[...new Set(['b', 'a', 'b', NaN, NaN, 0, -0])]"), r#"["b", "a", NaN, 0]"#);
    assert_eq!(eval("Array.from(new Set('abca'))"), r#"["a", "b", "c"]"#);
    let set = "const s = new Set([1]); s.add(2).add(1); const seen = []; s.forEach((v) => seen.push(v));";
    assert_eq!(eval_in(set, "[s.size, s.has(2), s.has('2'), s.delete(1), [...s.values()], seen]"), "[2, true, false, true, [2], [1, 2]]");
    let map = "const m = new Map([['a', 1]]); m.set('b', 2).set('a', 3);";
    assert_eq!(
        eval_in(map, "[m.size, m.get('a'), m.get('z'), m.has('b'), [...m], [...m.keys()], Object.fromEntries(m)]"),
        r#"[2, 3, undefined, true, [["a", 3], ["b", 2]], ["a", "b"], {"a": 3, "b": 2}]"#
    );
}

/// Regular expressions as naming helpers use them; offsets in UTF-16 units.
#[test]
fn regular_expressions() {
    assert_eq!(eval(r"'user_account_id'.replace(/_([a-z])/g, (_, c) => c.toUpperCase())"), r#""userAccountId""#);
    assert_eq!(eval(r"'userAccountId'.replace(/([A-Z])/g, '_$1').toLowerCase()"), r#""user_account_id""#);
    assert_eq!(eval(r"'a-b-c'.replace(/-/, '+')"), r#""a+b-c""#);
    assert_eq!(eval(r"'a-b-c'.replaceAll(/-/g, '$&$&')"), r#""a--b--c""#);
    assert_eq!(eval(r"[/^[a-z_]+$/.test('snake_case'), /^[a-z_]+$/.test('Camel'), /X/i.test('x')]"), "[true, false, true]");
    assert_eq!(eval(r"'a, b ,c'.split(/\s*,\s*/)"), r#"["a", "b", "c"]"#);
    assert_eq!(eval(r"'a1b22'.split(/(\d+)/)"), r#"["a", "1", "b", "22", ""]"#);
    assert_eq!(eval(r"['v12.3'.match(/\d+/), 'x'.match(/\d/), 'a1b2'.match(/\d/g)]"), r#"[["12"], null, ["1", "2"]]"#);
    assert_eq!(eval(r"'é1'.search(/\d/)"), "1");
    assert_eq!(eval(r"new RegExp('^t_', 'i').test('T_users')"), "true");
    assert_eq!(eval(r"/a(b)?/.exec('ac')"), r#"["a", undefined]"#);
}

#[test]
fn string_raw() {
    assert_eq!(eval(r"String.raw`C:\dir-${'x'}\n`"), r#""C:\\dir-x\\n""#);
    // `\$` escapes the substitution, as in JavaScript.
    assert_eq!(eval(r"String.raw`a\${'x'}`"), r#""a\\${'x'}""#);
    assert_eq!(eval("String.raw({ raw: ['a', 'b', 'c'] }, 1, 2, 3)"), r#""a1b2c""#);
    // Another tag still gets the cooked strings.
    assert_eq!(eval_in("const tag = (s) => s[0];", r"tag`a\tb`"), r#""a\tb""#);
}

#[test]
fn array_methods() {
    let prelude = "const xs = [3, 1, 2];";
    assert_eq!(eval_in(prelude, "xs.map((x, i) => x * 10 + i)"), "[30, 11, 22]");
    assert_eq!(eval_in(prelude, "xs.filter((x) => x > 1)"), "[3, 2]");
    assert_eq!(eval_in(prelude, "[xs.find((x) => x < 3), xs.find((x) => x > 5), xs.findIndex((x) => x === 2)]"), "[1, undefined, 2]");
    assert_eq!(eval_in(prelude, "[xs.some((x) => x > 2), xs.every((x) => x > 2), [].every(() => false)]"), "[true, false, true]");
    assert_eq!(
        eval_in(prelude, "[xs.reduce((a, b) => a + b), xs.reduce((a, b) => a + b, 10), xs.reduce((acc, x) => ({ ...acc, [x]: x }), {})]"),
        r#"[6, 16, {"1": 1, "2": 2, "3": 3}]"#
    );
    assert_eq!(eval_in("let s = 0; [1, 2].forEach((x) => { s += x; });", "s"), "3");
    assert_eq!(eval_in(prelude, "xs.concat([4, [5]], 6)"), "[3, 1, 2, 4, [5], 6]");
    assert_eq!(eval("[1, [2, [3, [4]]]].flat()"), "[1, 2, [3, [4]]]");
    assert_eq!(eval("[1, [2, [3, [4]]]].flat(Infinity)"), "[1, 2, 3, 4]");
    assert_eq!(eval("['a b', 'c'].flatMap((s) => s.split(' '))"), r#"["a", "b", "c"]"#);
    assert_eq!(eval("[1, null, 'x', undefined].join('-')"), r#""1--x-""#);
    assert_eq!(eval("[1, 2].join()"), r#""1,2""#);
    assert_eq!(
        eval("[[NaN].includes(NaN), [1].includes('1'), [1, 2, 1].indexOf(1), [1, 2, 1].lastIndexOf(1), [].indexOf(1)]"),
        "[true, false, 0, 2, -1]"
    );
    assert_eq!(eval("[[1, 2, 3, 4].slice(1, -1), [1, 2, 3].slice(-2), [1, 2].slice(5)]"), "[[2, 3], [2, 3], []]");
    assert_eq!(eval("[[1, 2, 3].at(-1), [1].at(3)]"), "[3, undefined]");
    assert_eq!(eval_in("const a = [1]; const n = a.push(2, 3); const p = a.pop();", "[a, n, p]"), "[[1, 2], 3, 3]");
    assert_eq!(eval("[3, 1, 10, 2].sort()"), "[1, 10, 2, 3]");
    assert_eq!(eval("[3, 1, 10, 2].sort((a, b) => a - b)"), "[1, 2, 3, 10]");
    assert_eq!(
        eval("[{ k: 1, n: 'a' }, { k: 0, n: 'b' }, { k: 1, n: 'c' }].sort((a, b) => a.k - b.k).map((x) => x.n)"),
        r#"["b", "a", "c"]"#
    );
    assert_eq!(eval("[1, 2, 3].reverse()"), "[3, 2, 1]");
    assert_eq!(eval("['1', '2', '3'].map(Number)"), "[1, 2, 3]");
    assert_eq!(eval("[0, 1, ''].filter(Boolean)"), "[1]");
    assert_eq!(eval_in("const m = [1, 2].map;", "typeof m"), r#""function""#);
}

#[test]
fn string_methods() {
    assert_eq!(
        eval("['AbC'.toLowerCase(), 'abc'.toUpperCase(), '  x \\n'.trim(), ' x '.trimStart(), ' x '.trimEnd()]"),
        r#"["abc", "ABC", "x", "x ", " x"]"#
    );
    assert_eq!(
        eval("['a-b-c'.replace('-', '_'), 'a-b-c'.replaceAll('-', '_'), 'ab'.replaceAll('', '.')]"),
        r#"["a_b-c", "a_b_c", ".a.b."]"#
    );
    assert_eq!(eval("['price'.replace('ice', '[$&]'), 'ab'.replace('b', (m, i) => m.toUpperCase() + i)]"), r#"["pr[ice]", "aB1"]"#);
    assert_eq!(
        eval("['a,b,,c'.split(','), 'abc'.split(''), 'abc'.split(), 'a,b,c'.split(',', 2)]"),
        r#"[["a", "b", "", "c"], ["a", "b", "c"], ["abc"], ["a", "b"]]"#
    );
    assert_eq!(
        eval("['users_id'.startsWith('users'), 'users_id'.endsWith('_id'), 'abc'.includes('bc'), 'abc'.startsWith('b', 1)]"),
        "[true, true, true, true]"
    );
    assert_eq!(
        eval("['hello'.slice(1, 3), 'hello'.slice(-3), 'hello'.substring(3, 1), 'hello'.indexOf('l'), 'hello'.lastIndexOf('l')]"),
        r#"["el", "llo", "el", 2, 3]"#
    );
    assert_eq!(eval("['5'.padStart(3, '0'), 'ab'.padEnd(5, 'xy'), 'abc'.padStart(2)]"), r#"["005", "abxyx", "abc"]"#);
    assert_eq!(eval("['a'.concat('b', 1), 'ab'.repeat(2), 'abc'.charAt(1), 'abc'.at(-1)]"), r#"["ab1", "abab", "b", "c"]"#);
    assert_eq!(
        eval("'snake_case_name'.split('_').map((w, i) => i === 0 ? w : w[0].toUpperCase() + w.slice(1)).join('')"),
        r#""snakeCaseName""#
    );
}

#[test]
fn conversions() {
    assert_eq!(eval("[String(1.5), String(null), String([1, [2, 3]]), String(), String(10n)]"), r#"["1.5", "null", "1,2,3", "", "10"]"#);
    assert_eq!(
        eval("[Number('42'), Number(''), Number('x'), Number(true), Number(null), Number(), Number(12n)]"),
        "[42, 0, NaN, 1, 0, 0, 12]"
    );
    assert_eq!(eval("[Boolean(''), Boolean('0'), Boolean([]), Boolean(0)]"), "[false, true, true, false]");
    assert_eq!(
        eval("[parseInt('42px'), parseInt('0x1f'), parseInt('101', 2), parseFloat('3.5e2x'), Number.parseInt('7')]"),
        "[42, 31, 5, 350, 7]"
    );
    assert_eq!(
        eval("[isNaN('x'), Number.isNaN('x'), Number.isInteger(5), Number.isInteger(5.5), Number.MAX_SAFE_INTEGER]"),
        "[true, false, true, false, 9007199254740991]"
    );
    assert_eq!(eval("[(1.005).toFixed(2), (2.5).toFixed(0), (10).toString(), 1.5.toFixed(3)]"), r#"["1.00", "3", "10", "1.500"]"#);
}

#[test]
fn json_stringify_like_js() {
    assert_eq!(
        eval("JSON.stringify({ a: 1, b: 'x', c: [true, null, undefined, () => 1], d: undefined, e: NaN, f: { g: 1e21 } })"),
        r#""{\"a\":1,\"b\":\"x\",\"c\":[true,null,null,null],\"e\":null,\"f\":{\"g\":1e+21}}""#
    );
    assert_eq!(eval("JSON.stringify({ b: 1, 1: 2 })"), r#""{\"1\":2,\"b\":1}""#);
    assert_eq!(eval("JSON.stringify('q\"\\n\\u0001')"), r#""\"q\\\"\\n\\u0001\"""#);
    assert_eq!(
        eval("JSON.stringify({ a: [1, { b: 2 }], c: {} , d: [] }, null, 2)"),
        r#""{\n  \"a\": [\n    1,\n    {\n      \"b\": 2\n    }\n  ],\n  \"c\": {},\n  \"d\": []\n}""#
    );
    assert_eq!(eval("JSON.stringify([1], null, '--')"), r#""[\n--1\n]""#);
    assert_eq!(
        eval("[JSON.stringify(undefined), JSON.stringify(null), JSON.stringify(new Date(0))]"),
        r#"[undefined, "null", "\"1970-01-01T00:00:00.000Z\""]"#
    );
    assert_eq!(eval("JSON.parse('{\"b\":[1,\"x\"],\"a\":null}')"), r#"{"b": [1, "x"], "a": null}"#);
}

#[test]
fn math() {
    assert_eq!(eval("[Math.max(1, 5, 3), Math.min(4, 2), Math.max(), Math.max(1, NaN)]"), "[5, 2, -inf, NaN]");
    assert_eq!(
        eval("[Math.floor(1.7), Math.ceil(1.2), Math.round(2.5), Math.round(-2.5), Math.round(-2.6), Math.abs(-3)]"),
        "[1, 2, 3, -2, -3, 3]"
    );
    assert_eq!(eval("[Math.trunc(-1.5), Math.sign(-3), Math.pow(2, 8), Math.sqrt(16), Math.PI > 3]"), "[-1, -1, 256, 4, true]");
}

#[test]
fn dates() {
    assert_eq!(eval("new Date('2024-01-02').toISOString()"), r#""2024-01-02T00:00:00.000Z""#);
    assert_eq!(eval("new Date('2024-01-02T03:04:05.678+01:00').toISOString()"), r#""2024-01-02T02:04:05.678Z""#);
    assert_eq!(eval("new Date(0).getTime()"), "0");
    assert_eq!(eval("new Date(Date.UTC(2024, 0, 31, 12)).toISOString()"), r#""2024-01-31T12:00:00.000Z""#);
    assert_eq!(eval("new Date(new Date(86400000)).getUTCDate()"), "2");
    assert_eq!(eval("+new Date(1000) - 1"), "999");
    assert_eq!(eval("[new Date('2024-02-30').getTime(), Date.parse('2024-01-01')]"), "[NaN, 1704067200000]");
}

#[test]
fn buffers() {
    assert_eq!(
        eval("[Buffer.from('hi').toString('hex'), Buffer.from('aGk=', 'base64').toString(), Buffer.from([104, 105]).length]"),
        r#"["6869", "hi", 2]"#
    );
    assert_eq!(
        eval("[`${Buffer.from('x')}`, JSON.stringify(Buffer.from('a')), Buffer.isBuffer(Buffer.alloc(2)), Buffer.from('hi')[1]]"),
        r#"["x", "{\"type\":\"Buffer\",\"data\":[97]}", true, 105]"#
    );
}

#[test]
fn process_env() {
    let env = HashMap::from([("DATABASE_URL".to_string(), "postgres://x".to_string()), ("PORT".to_string(), "5433".to_string())]);
    let source = "export const url = process.env.DATABASE_URL;\nexport const missing = process.env.NOPE ?? 'dflt';\nconst { PORT = '5432' } = process.env;\nexport const port = Number(PORT);\nexport const bracket = process.env['DATABASE_URL'];";
    let (result, _) = run_with(&[("main.ts", source)], "main.ts", Vec::new(), env);
    let exports = result.unwrap();
    assert_eq!(format!("{:?}", export(&exports, "url")), r#""postgres://x""#);
    assert_eq!(format!("{:?}", export(&exports, "missing")), r#""dflt""#);
    assert_eq!(format!("{:?}", export(&exports, "port")), "5433");
    assert_eq!(format!("{:?}", export(&exports, "bracket")), r#""postgres://x""#);
    assert_eq!(eval("process.env.UNSET"), "undefined");
    assert_eq!(eval_in("import process from 'node:process';", "process.env.UNSET === undefined"), "true");
}

#[test]
fn urls() {
    let prelude = "const u = new URL('postgres://app:p%40ss@db.internal:6543/main?sslmode=require');";
    assert_eq!(
        eval_in(prelude, "[u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]"),
        r#"["postgres:", "app", "p%40ss", "db.internal:6543", "db.internal", "6543", "/main", "?sslmode=require", ""]"#
    );
    assert_eq!(
        eval_in(prelude, "[u.searchParams.get('sslmode'), u.searchParams.get('x'), `${u}` === u.href, u.toString() === String(u)]"),
        r#"["require", null, true, true]"#
    );
    assert_eq!(eval("new URL('../b?x=1', 'https://x.org/a/c').href"), r#""https://x.org/b?x=1""#);
    assert_eq!(eval("[URL.canParse('postgres://h/db'), URL.canParse('nope')]"), "[true, false]");
    assert_eq!(
        eval("[decodeURIComponent('p%40ss%20w'), encodeURIComponent('p@ss w/é'), decodeURI('a%2Fb%20c'), encodeURI('a b/c')]"),
        r#"["p@ss w", "p%40ss%20w%2F%C3%A9", "a%2Fb c", "a%20b/c"]"#
    );
    let message = crate::common::error("export const u = new URL('localhost');");
    crate::common::assert_error(&message, "main.ts:1:18", "Invalid URL: 'localhost' cannot be parsed");
    let message = crate::common::error("export const u = URL('postgres://h');");
    crate::common::assert_error(&message, "main.ts:1:18", "construct it with `new URL(…)`");
    let message = crate::common::error("export const v = decodeURIComponent('%E0%A4%A');");
    crate::common::assert_error(&message, "main.ts:1:18", "URI malformed");
}

#[test]
fn console_is_silent() {
    assert_eq!(eval_in("console.log('not printed');", "1"), "1");
}
