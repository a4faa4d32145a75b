//! Declarations and destructuring, hoisting, blocks and scopes, `if`, `for…of`, functions
//! (closures, defaults, rest, `this`), TypeScript declarations and enums.

use crate::common::{eval, eval_in, export, run};

#[test]
fn destructuring_declarations() {
    let prelude = "const o = { a: 1, b: { c: 2 }, d: undefined, list: [1, 2, 3] };";
    assert_eq!(eval_in(&format!("{prelude} const {{ a, b: {{ c }} }} = o;"), "[a, c]"), "[1, 2]");
    assert_eq!(eval_in(&format!("{prelude} const {{ a: renamed, d = 'dflt', zz = 9 }} = o;"), "[renamed, d, zz]"), r#"[1, "dflt", 9]"#);
    assert_eq!(eval_in(&format!("{prelude} const {{ a, ...rest }} = o;"), "Object.keys(rest)"), r#"["b", "d", "list"]"#);
    assert_eq!(eval_in(&format!("{prelude} const [first, , third = 0, fourth = 4] = o.list;"), "[first, third, fourth]"), "[1, 3, 4]");
    assert_eq!(eval_in("const [h, ...t] = [1, 2, 3];", "t"), "[2, 3]");
    assert_eq!(eval_in("const [x, y] = 'hi';", "y + x"), r#""ih""#);
    assert_eq!(eval_in("const { ['dyn' + 'amic']: d } = { dynamic: 5 };", "d"), "5");
    assert_eq!(eval_in("const { length } = 'four';", "length"), "4");
    assert_eq!(eval_in("let a = 1, b; var c;", "[a, b, c]"), "[1, undefined, undefined]");
}

#[test]
fn functions_are_hoisted() {
    assert_eq!(eval_in("const x = double(4); function double(n: number) { return n * 2 }", "x"), "8");
    assert_eq!(eval_in("function outer() { return inner(); function inner() { return 'in' } }", "outer()"), r#""in""#);
}

#[test]
fn closures_capture_their_scope() {
    let prelude = "function counter() { let n = 0; return () => ++n; } const next = counter(); next(); next();";
    assert_eq!(eval_in(prelude, "next()"), "3");
    let prelude = "const make = (prefix: string) => (name: string) => `${prefix}_${name}`; const users = make('users');";
    assert_eq!(eval_in(prelude, "users('id')"), r#""users_id""#);
    assert_eq!(eval_in("let late = 1; const read = () => late; late = 2;", "read()"), "2");
}

#[test]
fn parameters() {
    assert_eq!(eval_in("function f(a, b = a + 1, ...rest) { return [a, b, rest] }", "f(1)"), "[1, 2, []]");
    assert_eq!(eval_in("function f(a, b = a + 1, ...rest) { return [a, b, rest] }", "f(1, undefined, 3, 4)"), "[1, 2, [3, 4]]");
    assert_eq!(eval_in("const f = ({ a, b = 2 }: { a: number; b?: number }, [c] = [3]) => a + b + c;", "f({ a: 1 })"), "6");
    assert_eq!(eval_in("const f = (...xs: number[]) => xs.length;", "f(...[1, 2], 3, ...[])"), "3");
    assert_eq!(eval_in("function f(this: void, x?: number) { return x }", "f()"), "undefined");
    assert_eq!(eval_in("const f = function fact(n) { return n <= 1 ? 1 : n * fact(n - 1) };", "f(5)"), "120");
    assert_eq!(eval_in("function count() { return arguments.length }", "count(1, 2, 3)"), "3");
}

#[test]
fn methods_do_not_shadow_outer_names() {
    assert_eq!(
        eval_in("const users = 'table';\nconst o = { users() { return users }, get posts() { return users } };", "[o.users(), o.posts]"),
        r#"["table", "table"]"#
    );
}

#[test]
fn this_in_functions_and_arrows() {
    let prelude = "const o = { name: 'o', regular() { return this.name }, arrow() { return (() => this.name)() } };";
    assert_eq!(eval_in(prelude, "[o.regular(), o.arrow()]"), r#"["o", "o"]"#);
    assert_eq!(eval_in("function f() { return this }", "f()"), "undefined");
    assert_eq!(eval_in("const t = this;", "t"), "undefined");
}

#[test]
fn blocks_and_if() {
    assert_eq!(eval_in("let x = 'outer'; { let x = 'inner'; }", "x"), r#""outer""#);
    let prelude = "function sign(n: number) { if (n > 0) { return 'pos' } else if (n < 0) return 'neg'; else { return 'zero' } }";
    assert_eq!(eval_in(prelude, "[sign(2), sign(-2), sign(0)]"), r#"["pos", "neg", "zero"]"#);
    assert_eq!(eval_in("let r = 'no'; if (process.env.NOT_SET) { r = 'yes' }", "r"), r#""no""#);
    assert_eq!(eval_in("function f() { var v = 1; if (true) { var v = 2; } return v }", "f()"), "2");
}

#[test]
fn for_of_loops() {
    let prelude = "const out: string[] = []; for (const [k, v] of Object.entries({ a: 1, b: 2 })) { out.push(k + v); }";
    assert_eq!(eval_in(prelude, "out"), r#"["a1", "b2"]"#);
    let prelude = "function firstBig(xs: number[]) { for (const x of xs) { if (x < 10) continue; return x; } return -1; }";
    assert_eq!(eval_in(prelude, "[firstBig([1, 20, 30]), firstBig([1])]"), "[20, -1]");
    let prelude = "let seen = ''; for (const c of 'abcd') { if (c === 'c') break; seen += c; }";
    assert_eq!(eval_in(prelude, "seen"), r#""ab""#);
    let prelude = "const fns: (() => number)[] = []; for (const i of [1, 2, 3]) fns.push(() => i);";
    assert_eq!(eval_in(prelude, "fns.map((f) => f())"), "[1, 2, 3]", "each iteration has its own binding");
    assert_eq!(eval_in("let sum = 0; for (let x of [1, 2]) { x *= 10; sum += x; }", "sum"), "30");
}

/// `switch` as column helpers use it: strict equality, fall-through, `default` anywhere, `break`,
/// `return` from inside, one scope for all cases.
#[test]
fn switch_statements() {
    let kind =
        "function kind(t) { switch (t) { case 'id': return 'serial'; case 'n': case 'count': return 'integer'; default: return 'text'; } }";
    assert_eq!(eval_in(kind, "[kind('id'), kind('n'), kind('count'), kind('x')]"), r#"["serial", "integer", "integer", "text"]"#);
    let fall = "const seen = []; switch (2) { case 1: seen.push(1); default: seen.push('d'); case 2: seen.push(2); case 3: seen.push(3); break; case 4: seen.push(4); }";
    assert_eq!(eval_in(fall, "seen"), "[2, 3]");
    let default_first =
        "const seen = []; switch ('z') { default: seen.push('d'); case 'a': seen.push('a'); break; case 'b': seen.push('b'); }";
    assert_eq!(eval_in(default_first, "seen"), r#"["d", "a"]"#);
    assert_eq!(eval_in("let r = 'none'; switch ('1') { case 1: r = 'loose'; }", "r"), r#""none""#);
    assert_eq!(eval_in("let r; switch (1) { case 1: const x = 5; r = x; }", "r"), "5");
}

#[test]
fn typescript_declarations_are_erased() {
    let source = r#"
        interface User { id: number }
        type Id = string | number;
        declare const injected: string;
        declare function helper(): void;
        declare module 'somewhere' { export const x: number; }
        declare global { interface Window { x: 1 } }
        namespace Types { export interface A { a: 1 } export type B = string; }
        function overloaded(x: string): string;
        function overloaded(x: number): number;
        function overloaded(x: any) { return x; }
        abstract class Hidden {}
        export const v = overloaded(3);
    "#;
    assert_eq!(format!("{:?}", export(&run(source), "v")), "3");
}

#[test]
fn enums_like_tsc() {
    let source = "export enum Role { Admin = 'admin', User = 'user' }\nexport enum Level { Low, Mid = 5, High }\nexport const enum Flag { A = 1 << 0, B = 1 << 1, AB = A | B }";
    let exports = run(source);
    assert_eq!(format!("{:?}", export(&exports, "Role")), r#"{"Admin": "admin", "User": "user"}"#);
    assert_eq!(format!("{:?}", export(&exports, "Level")), r#"{"0": "Low", "5": "Mid", "6": "High", "Low": 0, "Mid": 5, "High": 6}"#);
    assert_eq!(format!("{:?}", export(&exports, "Flag")), r#"{"1": "A", "2": "B", "3": "AB", "A": 1, "B": 2, "AB": 3}"#);
    assert_eq!(eval_in("enum Level { Low, High }", "Object.keys(Level)"), r#"["0", "1", "Low", "High"]"#);
    assert_eq!(eval_in("enum Role { Admin = 'admin', User = 'user' }", "Object.values(Role)"), r#"["admin", "user"]"#);
    assert_eq!(eval_in("enum Role { Admin = 'admin' }", "Role.Admin"), r#""admin""#);
}

#[test]
fn classes_are_placeholders_until_used() {
    assert_eq!(eval_in("class Repo { find() { return 1 } }", "'defined'"), r#""defined""#);
}

/// Classes as column helpers use them: static factories, instances with fields (initialisers
/// see `this`), parameter properties, methods, getters, and class expressions.
#[test]
fn classes_run() {
    let cols = "class Cols { static prefix = 'app'; static id(n = 'id') { return Cols.prefix + '_' + n; } }";
    assert_eq!(eval_in(cols, "[Cols.id(), Cols.id('x'), Cols.name]"), r#"["app_id", "app_x", "Cols"]"#);
    let repo = "class Repo { count = 2; doubled = this.count * 2; constructor(private readonly table: string, size?: number) { this.size = size ?? 1; } \
        describe() { return this.table + ':' + this.size + ':' + this.doubled; } get upper() { return this.table.toUpperCase(); } }";
    assert_eq!(eval_in(repo, "[new Repo('users', 3).describe(), new Repo('t').upper]"), r#"["users:3:4", "T"]"#);
    assert_eq!(eval_in("const K = class { v = 7 };", "new K().v"), "7");
}

#[test]
fn recursion_works_within_limits() {
    assert_eq!(eval_in("const fib = (n: number): number => n < 2 ? n : fib(n - 1) + fib(n - 2);", "fib(15)"), "610");
    assert_eq!(eval_in("function depth(n: number): number { return n === 0 ? 0 : 1 + depth(n - 1) }", "depth(90)"), "90");
}

#[test]
fn sequence_of_top_level_statements() {
    assert_eq!(eval("(() => { const a = [1, 2]; return a.map((x) => x * 2); })()"), "[2, 4]");
}
