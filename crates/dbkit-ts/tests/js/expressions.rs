//! Literals, operators, object and array literals, templates, member access, optional chains,
//! assignments and TypeScript's type wrappers.

use crate::common::{eval, eval_in};

#[test]
fn literals() {
    assert_eq!(eval("'a'"), r#""a""#);
    assert_eq!(eval(r#""double \"q\"""#), r#""double \"q\"""#);
    assert_eq!(eval("1_000_000"), "1000000");
    assert_eq!(eval("0xff"), "255");
    assert_eq!(eval("0b101 + 0o17"), "20");
    assert_eq!(eval("1.5e3"), "1500");
    assert_eq!(eval("123n"), "123n");
    assert_eq!(eval("0x10n"), "16n");
    assert_eq!(eval("1_000n"), "1000n");
    assert_eq!(eval("true"), "true");
    assert_eq!(eval("null"), "null");
    assert_eq!(eval("undefined"), "undefined");
    assert_eq!(eval("NaN"), "NaN");
    assert_eq!(eval("-Infinity"), "-inf");
}

#[test]
fn templates() {
    assert_eq!(eval("`a${1 + 1}b${'c'}`"), r#""a2bc""#);
    assert_eq!(eval("`${[1, 2]} ${{}} ${null} ${undefined} ${0.1 + 0.2}`"), r#""1,2 [object Object] null undefined 0.30000000000000004""#);
    assert_eq!(eval("`line\\n${true}`"), r#""line\ntrue""#);
    assert_eq!(eval("`${1e21} ${-0} ${2n}`"), r#""1e+21 0 2""#);
}

#[test]
fn arithmetic_and_strings() {
    assert_eq!(eval("1 + 2 * 3 - 4 / 2"), "5");
    assert_eq!(eval("7 % 3"), "1");
    assert_eq!(eval("2 ** 10"), "1024");
    assert_eq!(eval("'a' + 1 + 2"), r#""a12""#);
    assert_eq!(eval("1 + 2 + 'a'"), r#""3a""#);
    assert_eq!(eval("'3' * '4'"), "12");
    assert_eq!(eval("[] + {}"), r#""[object Object]""#);
    assert_eq!(eval("true + 1"), "2");
    assert_eq!(eval("1 / 0"), "inf");
    assert_eq!(eval("5 | 2"), "7");
    assert_eq!(eval("1 << 4"), "16");
    assert_eq!(eval("-8 >> 1"), "-4");
    assert_eq!(eval("-1 >>> 28"), "15");
    assert_eq!(eval("~5"), "-6");
    assert_eq!(eval("10n * 3n + 1n"), "31n");
    assert_eq!(eval("-5n"), "-5n");
}

#[test]
fn unary_operators() {
    assert_eq!(eval("!0"), "true");
    assert_eq!(eval("!!'x'"), "true");
    assert_eq!(eval("-'5'"), "-5");
    assert_eq!(eval("+'  42  '"), "42");
    assert_eq!(eval("+''"), "0");
    assert_eq!(eval("+'x'"), "NaN");
    assert_eq!(eval("void 0"), "undefined");
    assert_eq!(
        eval("[typeof 1, typeof 'a', typeof null, typeof undefined, typeof {}, typeof [], typeof (() => 1), typeof 1n, typeof true]"),
        r#"["number", "string", "object", "undefined", "object", "object", "function", "bigint", "boolean"]"#
    );
    assert_eq!(eval("typeof notDeclaredAnywhere"), r#""undefined""#);
}

#[test]
fn comparisons_and_equality() {
    assert_eq!(
        eval("[1 < 2, 'a' < 'b', '10' < '9', '10' < 9, NaN < 1, 2 >= 2, null >= 0]"),
        "[true, true, true, false, false, true, true]"
    );
    assert_eq!(
        eval("[1 == '1', 1 === '1', null == undefined, null === undefined, 0 == false, '' == 0, null == 0]"),
        "[true, false, true, false, true, true, false]"
    );
    assert_eq!(eval("[NaN == NaN, NaN !== NaN, 'a' != 'a', [1,2] == '1,2', 5n == 5, 5n === 5n]"), "[false, true, false, true, true, true]");
    assert_eq!(eval_in("const a = []; const b = a;", "[a === b, a === [], {} == {}]"), "[true, false, false]");
    assert_eq!(
        eval_in("const o = { x: 1 };", "['x' in o, 'y' in o, 0 in [5], 1 in [5], 'length' in []]"),
        "[true, false, true, false, true]"
    );
    assert_eq!(
        eval("[[] instanceof Array, {} instanceof Object, new Date(0) instanceof Date, {} instanceof Array]"),
        "[true, true, true, false]"
    );
}

#[test]
fn logical_and_conditional() {
    assert_eq!(eval("0 || 'fallback'"), r#""fallback""#);
    assert_eq!(eval("'x' || notDefined()"), r#""x""#);
    assert_eq!(eval("0 && notDefined()"), "0");
    assert_eq!(eval("0 ?? 5"), "0");
    assert_eq!(eval("null ?? undefined ?? 'c'"), r#""c""#);
    assert_eq!(eval("1 > 2 ? 'a' : 'b'"), r#""b""#);
    assert_eq!(eval("(1, 2, 3)"), "3");
}

#[test]
fn objects() {
    assert_eq!(
        eval_in("const a = 1;", "{ a, b: 2, 'c-d': 3, 4: 'four', ['e' + 1]: 5 }"),
        r#"{"4": "four", "a": 1, "b": 2, "c-d": 3, "e1": 5}"#
    );
    assert_eq!(
        eval_in("const base = { a: 1, b: 2 };", "{ ...base, b: 3, ...null, ...undefined, ...'hi' }"),
        r#"{"0": "h", "1": "i", "a": 1, "b": 3}"#
    );
    assert_eq!(eval("{ ...[7, 8] }"), r#"{"0": 7, "1": 8}"#);
    assert_eq!(eval("{ a: 1, a: 2 }"), r#"{"a": 2}"#);
    assert_eq!(eval("{ name() { return 'n' } }.name()"), r#""n""#);
    assert_eq!(eval("{ x: 2, double() { return this.x * 2 } }.double()"), "4");
    assert_eq!(eval("{ x: 2, get double() { return this.x * 2 } }.double"), "4");
    assert_eq!(eval("{ ...{ x: 3, get y() { return this.x + 1 } } }"), r#"{"x": 3, "y": 4}"#);
}

#[test]
fn arrays() {
    assert_eq!(eval("[1, 'a', [2], null]"), r#"[1, "a", [2], null]"#);
    assert_eq!(eval_in("const xs = [2, 3];", "[1, ...xs, ...'ab', 4]"), r#"[1, 2, 3, "a", "b", 4]"#);
    assert_eq!(eval("[1, , 3]"), "[1, undefined, 3]");
    assert_eq!(eval("[10, 20, 30][1]"), "20");
    assert_eq!(eval("[10, 20, 30]['2']"), "30");
    assert_eq!(eval("[10, 20][5]"), "undefined");
    assert_eq!(eval("[1, 2, 3].length"), "3");
    assert_eq!(eval("'héllo'.length"), "5");
    assert_eq!(eval("'😀'.length"), "2");
    assert_eq!(eval("'abc'[1]"), r#""b""#);
}

#[test]
fn member_access_and_optional_chains() {
    let prelude = "const o = { a: { b: { c: 1 } }, list: [{ id: 7 }], fn: () => 'called', nothing: null };";
    assert_eq!(eval_in(prelude, "o.a.b.c"), "1");
    assert_eq!(eval_in(prelude, "o['a']['b']"), r#"{"c": 1}"#);
    assert_eq!(eval_in(prelude, "o.list[0].id"), "7");
    assert_eq!(eval_in(prelude, "o.missing"), "undefined");
    assert_eq!(eval_in(prelude, "o.missing?.deep.deeper"), "undefined");
    assert_eq!(eval_in(prelude, "o.nothing?.x"), "undefined");
    assert_eq!(eval_in(prelude, "o?.a?.b?.c"), "1");
    assert_eq!(eval_in(prelude, "o.fn?.()"), r#""called""#);
    assert_eq!(eval_in(prelude, "o.missing?.()"), "undefined");
    assert_eq!(eval_in(prelude, "o.nothing?.[0]"), "undefined");
    assert_eq!(eval_in(prelude, "o.list?.[0]?.id"), "7");
}

#[test]
fn assignments() {
    assert_eq!(eval_in("let x = 1; x = 5;", "x"), "5");
    assert_eq!(eval_in("let x = 1; x += 2; x *= 3;", "x"), "9");
    assert_eq!(eval_in("let s = 'a'; s += 'b';", "s"), r#""ab""#);
    assert_eq!(eval_in("let x = null; x ??= 4; x ||= 5; x &&= 6;", "x"), "6");
    assert_eq!(eval_in("let x = 1; const y = x++; const z = ++x;", "[x, y, z]"), "[3, 1, 3]");
    assert_eq!(eval_in("let x = 3; x--; --x;", "x"), "1");
    assert_eq!(eval_in("var w = 1; w = 2;", "w"), "2");
    assert_eq!(eval_in("const o = { a: 1 }; o.b = 2; o['c'] = 3; o.a += 10;", "o"), r#"{"a": 11, "b": 2, "c": 3}"#);
    assert_eq!(eval_in("const o = { n: 1 }; o.n++;", "o.n"), "2");
    assert_eq!(eval_in("const xs = [1]; xs[2] = 3;", "xs"), "[1, undefined, 3]");
    assert_eq!(eval_in("const xs = [1, 2, 3]; xs.length = 1;", "xs"), "[1]");
    assert_eq!(eval_in("const o = { a: 1, b: 2 }; delete o.a;", "o"), r#"{"b": 2}"#);
    assert_eq!(eval_in("let a = 1, b = 2;", "(a = b = 7, a + b)"), "14");
}

#[test]
fn typescript_wrappers_are_transparent() {
    assert_eq!(eval("(5 as number) + 1"), "6");
    assert_eq!(eval("({ a: 1 } satisfies Record<string, number>).a"), "1");
    assert_eq!(eval_in("const o: { a?: number } = { a: 2 };", "o.a! * 2"), "4");
    assert_eq!(eval("(<number>3) + 1"), "4");
    assert_eq!(eval_in("function id<T>(x: T): T { return x }", "id<string>('t')"), r#""t""#);
    assert_eq!(eval_in("let x: any = 1; (x as number) = 2;", "x"), "2");
    assert_eq!(eval("['a', 'b'] as const"), r#"["a", "b"]"#);
}
