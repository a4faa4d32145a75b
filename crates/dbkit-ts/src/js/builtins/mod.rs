//! The standard library subset schema code uses: the global scope (`Object`, `Array`, `String`,
//! `Number`, `Boolean`, `Date`, `Error`, `JSON`, `Math`, `Buffer`, `parseInt`, `parseFloat`,
//! `process`, `console`, `require`, `URL`), their static functions, number methods and `new`. Array
//! and string methods are in `array.rs` and `string.rs`, `JSON` in `json.rs`, `Object.*` in
//! `object.rs`, `URL` and the URI functions in `url.rs`.

pub(super) mod array;
pub(crate) mod collections;
pub(super) mod json;
mod object;
pub(crate) mod regexp;
pub(super) mod string;
pub(crate) mod url;

use oxc_span::Span;

use super::buffer::Buffer;
use super::date::Date;
use super::function::{Native, NativeKind};
use super::number::{parse_float, parse_int, to_int32};
use super::opaque::Opaque;
use super::scope::{BindingKind, Env, Scope};
use super::value::Value;
use super::{Interpreter, Result};

/// Global functions and constructors, by the name they are bound to.
const GLOBAL_FUNCTIONS: &[&str] = &[
    "Object",
    "Array",
    "String",
    "Number",
    "Boolean",
    "Date",
    "Error",
    "TypeError",
    "RangeError",
    "Buffer",
    "parseInt",
    "parseFloat",
    "isNaN",
    "isFinite",
    "require",
    "URL",
    "Set",
    "Map",
    "RegExp",
    "encodeURIComponent",
    "decodeURIComponent",
    "encodeURI",
    "decodeURI",
];

/// `Owner.member` functions.
const STATIC_FUNCTIONS: &[&str] = &[
    "Object.keys",
    "Object.values",
    "Object.entries",
    "Object.fromEntries",
    "Object.assign",
    "Object.freeze",
    "Array.isArray",
    "Array.from",
    "Array.of",
    "String.raw",
    "Number.isInteger",
    "Number.isSafeInteger",
    "Number.isFinite",
    "Number.isNaN",
    "Number.parseInt",
    "Number.parseFloat",
    "Buffer.from",
    "Buffer.alloc",
    "Buffer.isBuffer",
    "URL.canParse",
    "Date.UTC",
    "Date.now",
    "Date.parse",
    "JSON.stringify",
    "JSON.parse",
    "Math.max",
    "Math.min",
    "Math.floor",
    "Math.ceil",
    "Math.round",
    "Math.abs",
    "Math.trunc",
    "Math.sign",
    "Math.pow",
    "Math.sqrt",
    "console.log",
    "console.info",
    "console.warn",
    "console.error",
    "console.debug",
];

const NUMBER_METHODS: &[&str] = &["toFixed", "toString", "valueOf"];

/// The root scope every module sees; `env` is the `process.env` object.
pub(super) fn globals(env: Value) -> Env {
    let scope = Scope::root();
    let constant = |name: &str, value: Value| scope.declare(name.into(), BindingKind::Const, 0, Some(value));
    constant("undefined", Value::Undefined);
    constant("NaN", Value::Number(f64::NAN));
    constant("Infinity", Value::Number(f64::INFINITY));
    for name in GLOBAL_FUNCTIONS {
        constant(name, Native::global(name));
    }
    for owner in ["JSON", "Math", "console"] {
        let mut props: Vec<(String, Value)> = STATIC_FUNCTIONS
            .iter()
            .filter_map(|full| {
                full.strip_prefix(owner).and_then(|m| m.strip_prefix('.')).map(|member| (member.to_string(), Native::global(full)))
            })
            .collect();
        if owner == "Math" {
            props.extend([("PI".into(), Value::Number(std::f64::consts::PI)), ("E".into(), Value::Number(std::f64::consts::E))]);
        }
        constant(owner, Value::object(props));
    }
    // `process.cwd()` is where Node runs, which dbkit does not know: a stand-in that fails only
    // where its value is needed (`loadEnvConfig(process.cwd())` does not need it).
    let cwd = Value::host(Opaque { name: "process.cwd".into(), module: "node:process".into() });
    constant("process", Value::object(vec![("env".into(), env), ("cwd".into(), cwd)]));
    scope
}

/// `Object.keys`, `Number.MAX_SAFE_INTEGER`, … read off a global function.
pub(super) fn static_member(owner: &str, key: &str) -> Option<Value> {
    if owner == "Number" {
        let constant = match key {
            "MAX_SAFE_INTEGER" => Some(9_007_199_254_740_991.0),
            "MIN_SAFE_INTEGER" => Some(-9_007_199_254_740_991.0),
            "POSITIVE_INFINITY" => Some(f64::INFINITY),
            "NEGATIVE_INFINITY" => Some(f64::NEG_INFINITY),
            "NaN" => Some(f64::NAN),
            _ => None,
        };
        if let Some(n) = constant {
            return Some(Value::Number(n));
        }
    }
    let full = format!("{owner}.{key}");
    STATIC_FUNCTIONS.iter().find(|f| **f == full).map(|f| Native::global(f))
}

pub(super) fn number_method(key: &str) -> Option<&'static str> {
    NUMBER_METHODS.iter().find(|m| **m == key).copied()
}

fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).cloned().unwrap_or(Value::Undefined)
}

impl Interpreter<'_> {
    pub(super) fn call_native(&mut self, native: &Native, args: Vec<Value>, site: Span) -> Result<Value> {
        match native.kind {
            NativeKind::Global => self.call_global(native.name, args, site),
            NativeKind::ArrayMethod => self.array_method(native.name, &native.this, args, site),
            NativeKind::StringMethod => match &native.this {
                Value::String(s) => self.string_method(native.name, s, args, site),
                _ => Ok(Value::Undefined),
            },
            NativeKind::NumberMethod => match native.this {
                Value::Number(n) => self.number_method(native.name, n, args, site),
                _ => Ok(Value::Undefined),
            },
        }
    }

    fn call_global(&mut self, name: &'static str, args: Vec<Value>, site: Span) -> Result<Value> {
        let first = arg(&args, 0);
        let number = |interp: &Self, i: usize| interp.number_of(&arg(&args, i), site);
        let math = |interp: &Self, f: fn(f64) -> f64| Ok(Value::Number(f(number(interp, 0)?)));
        Ok(match name {
            "String" if args.is_empty() => Value::string(""),
            "String" => Value::string(self.string_of(&first, site)?),
            "Number" if args.is_empty() => Value::Number(0.0),
            "Number" => match &first {
                Value::BigInt(digits) => Value::Number(digits.parse().unwrap_or(f64::NAN)),
                other => Value::Number(self.number_of(other, site)?),
            },
            "Boolean" => Value::Bool(first.truthy()),
            "String.raw" => {
                let raw = match &first {
                    Value::Object(o) => o.borrow().get("raw").cloned().unwrap_or(Value::Undefined),
                    _ => Value::Undefined,
                };
                let Value::Array(raw) = raw else {
                    return Err(self.fail(site, "String.raw takes a template's strings (`String.raw`…``) or `{ raw: [...] }`"));
                };
                let raw = raw.borrow().clone();
                let mut out = String::new();
                for (i, piece) in raw.iter().enumerate() {
                    out += &self.string_of(piece, site)?;
                    if i + 1 < raw.len() && i + 1 < args.len() {
                        out += &self.string_of(&args[i + 1], site)?;
                    }
                }
                Value::string(out)
            }
            "Set" | "Map" | "RegExp" => {
                return Err(self.fail(site, format!("{name}() without `new` is a TypeError in JavaScript; write `new {name}(…)`")));
            }
            "parseInt" | "Number.parseInt" => {
                let radix = to_int32(number(self, 1)?);
                Value::Number(parse_int(&self.string_of(&first, site)?, radix))
            }
            "parseFloat" | "Number.parseFloat" => Value::Number(parse_float(&self.string_of(&first, site)?)),
            "isNaN" => Value::Bool(number(self, 0)?.is_nan()),
            "isFinite" => Value::Bool(number(self, 0)?.is_finite()),
            "Number.isNaN" => Value::Bool(matches!(first, Value::Number(n) if n.is_nan())),
            "Number.isFinite" => Value::Bool(matches!(first, Value::Number(n) if n.is_finite())),
            "Number.isInteger" => Value::Bool(matches!(first, Value::Number(n) if n.is_finite() && n.fract() == 0.0)),
            "Number.isSafeInteger" => {
                Value::Bool(matches!(first, Value::Number(n) if n.fract() == 0.0 && n.abs() <= 9_007_199_254_740_991.0))
            }
            "Math.floor" => return math(self, f64::floor),
            "Math.ceil" => return math(self, f64::ceil),
            "Math.abs" => return math(self, f64::abs),
            "Math.trunc" => return math(self, f64::trunc),
            "Math.sqrt" => return math(self, f64::sqrt),
            "Math.sign" => return math(self, |n| if n.is_nan() || n == 0.0 { n } else { n.signum() }),
            // JS rounds halves up (towards +∞); Rust's `round` rounds them away from zero.
            "Math.round" => return math(self, |n| if n.fract() == -0.5 { n.ceil() } else { n.round() }),
            "Math.pow" => {
                return self.binary(oxc_ast::ast::BinaryOperator::Exponential, &Value::Number(number(self, 0)?), &arg(&args, 1), site);
            }
            "Math.max" | "Math.min" => {
                let mut result = if name == "Math.max" { f64::NEG_INFINITY } else { f64::INFINITY };
                for value in &args {
                    let n = self.number_of(value, site)?;
                    result = if n.is_nan() || result.is_nan() {
                        f64::NAN
                    } else if name == "Math.max" {
                        result.max(n)
                    } else {
                        result.min(n)
                    };
                }
                Value::Number(result)
            }
            "Date.UTC" => {
                let parts = args.iter().map(|a| self.number_of(a, site)).collect::<Result<Vec<_>>>()?;
                Value::Number(Date::utc(&parts))
            }
            "Date.parse" => Value::Number(Date::parse(&self.string_of(&first, site)?).map_err(|m| self.fail(site, m))?),
            "Date" | "Date.now" => return Err(self.fail(site, Date::NO_CLOCK)),
            "Buffer.from" => return self.buffer_from(&first, &arg(&args, 1), site),
            "Buffer.alloc" => {
                let size = number(self, 0)?;
                let fill = if matches!(arg(&args, 1), Value::Undefined) { 0.0 } else { number(self, 1)? };
                if !(0.0..=array::MAX_ITEMS as f64).contains(&size) {
                    return Err(self.fail(site, "`Buffer.alloc` needs a size between 0 and 10,000,000"));
                }
                Value::host(Buffer { bytes: vec![to_int32(fill) as u8; size as usize] })
            }
            "Buffer.isBuffer" => Value::Bool(first.downcast::<Buffer>().is_some()),
            "Error" | "TypeError" | "RangeError" => return self.construct(&Native::global(name), args, site, site),
            "require" => return self.require(&self.string_of(&first, site)?, site),
            "URL" => return Err(self.fail(site, "`URL` is a class: construct it with `new URL(…)`")),
            "URL.canParse" => {
                let base = self.url_base(&arg(&args, 1), site)?;
                Value::Bool(url::Url::parse(&self.string_of(&first, site)?, base.as_deref()).is_ok())
            }
            "encodeURIComponent" | "encodeURI" => {
                let text = self.string_of(&first, site)?;
                Value::string(url::encode_uri(&text, name == "encodeURIComponent"))
            }
            "decodeURIComponent" | "decodeURI" => {
                let text = self.string_of(&first, site)?;
                Value::string(url::decode_uri(&text, name == "decodeURIComponent").map_err(|m| self.fail(site, m))?)
            }
            "console.log" | "console.info" | "console.warn" | "console.error" | "console.debug" => Value::Undefined,
            "JSON.stringify" => return self.json_stringify(&first, &arg(&args, 1), &arg(&args, 2), site),
            "JSON.parse" => return self.json_parse(&first, site),
            "Buffer" => return Err(self.fail(site, "use `Buffer.from(…)` to make a Buffer")),
            "Object" | "Array" => {
                return Err(self.fail(site, format!("calling `{name}()` is not supported by dbkit; use a literal (`{{}}` or `[]`)")));
            }
            name => return self.object_static(name, args, site),
        })
    }

    fn buffer_from(&mut self, source: &Value, encoding: &Value, site: Span) -> Result<Value> {
        let bytes = match source {
            Value::String(text) => {
                let encoding = if matches!(encoding, Value::Undefined) { "utf8".to_string() } else { self.string_of(encoding, site)? };
                Buffer::from_text(text, &encoding).map_err(|message| self.fail(site, message))?.bytes
            }
            Value::Array(items) => {
                let items = items.borrow().clone();
                let mut bytes = Vec::with_capacity(items.len());
                for item in &items {
                    bytes.push(to_int32(self.number_of(item, site)?) as u8);
                }
                bytes
            }
            other => match other.downcast::<Buffer>() {
                Some(buffer) => buffer.bytes.clone(),
                None => {
                    return Err(self.fail(site, format!("`Buffer.from` needs a string, an array or a Buffer, not {}", other.describe())));
                }
            },
        };
        Ok(Value::host(Buffer { bytes }))
    }

    /// `new X(args)`: the schema's classes, `Date`, `URL`, `Set`, `Map`, `RegExp` and the `Error` family.
    pub(super) fn construct(&mut self, constructor: &Value, args: Vec<Value>, site: Span, callee: Span) -> Result<Value> {
        if let Some(class) = constructor.downcast::<super::class::ClassValue>() {
            return self.construct_class(class, args, site);
        }
        let name = match constructor {
            Value::Function(f) => f.as_any().downcast_ref::<Native>().filter(|n| n.kind == NativeKind::Global).map(|n| n.name),
            _ => None,
        };
        match name {
            Some("Date") => self.new_date(args, site),
            Some("URL") => {
                let base = self.url_base(&arg(&args, 1), site)?;
                let input = self.string_of(&arg(&args, 0), site)?;
                Ok(Value::host(url::Url::parse(&input, base.as_deref()).map_err(|m| self.fail(site, m))?))
            }
            Some("RegExp") => {
                let source = match arg(&args, 0) {
                    v if v.downcast::<regexp::RegExpObj>().is_some() => {
                        return Err(self.fail(site, "new RegExp(regexp) is not supported by dbkit's schema reader; pass the source string"));
                    }
                    v => self.string_of(&v, site)?,
                };
                let flags = match arg(&args, 1) {
                    Value::Undefined => String::new(),
                    v => self.string_of(&v, site)?,
                };
                regexp::RegExpObj::new(&source, &flags).map(Value::host).map_err(|m| self.fail(site, m))
            }
            Some("Set") => {
                let items = match arg(&args, 0) {
                    Value::Undefined | Value::Null => Vec::new(),
                    from => self.iterate(&from, site)?,
                };
                Ok(Value::host(collections::SetObj::new(items)))
            }
            Some("Map") => {
                let mut pairs = Vec::new();
                if !matches!(arg(&args, 0), Value::Undefined | Value::Null) {
                    for entry in self.iterate(&arg(&args, 0), site)? {
                        let Value::Array(kv) = &entry else {
                            return Err(self.fail(site, format!("new Map() takes [key, value] pairs, not {}", entry.describe())));
                        };
                        let kv = kv.borrow();
                        pairs.push((kv.first().cloned().unwrap_or(Value::Undefined), kv.get(1).cloned().unwrap_or(Value::Undefined)));
                    }
                }
                Ok(Value::host(collections::MapObj::new(pairs)))
            }
            Some(error @ ("Error" | "TypeError" | "RangeError")) => {
                let message = match args.first() {
                    Some(Value::Undefined) | None => String::new(),
                    Some(message) => self.string_of(message, site)?,
                };
                Ok(Value::object(vec![("name".into(), Value::string(error)), ("message".into(), Value::string(message))]))
            }
            _ => Err(self.fail(
                callee,
                "dbkit's schema reader constructs only `new Date(…)`, `new URL(…)`, `new Set(…)`, `new Map(…)`, `new RegExp(…)`, `new Error(…)` and the schema's own classes (it reads schema files without running Node); use plain objects and functions",
            )),
        }
    }

    /// The base argument of `new URL(input, base)`: None when left out.
    fn url_base(&self, base: &Value, site: Span) -> Result<Option<String>> {
        match base {
            Value::Undefined => Ok(None),
            base => match base.downcast::<url::Url>() {
                Some(url) => Ok(Some(url.href())),
                None => self.string_of(base, site).map(Some),
            },
        }
    }

    fn new_date(&mut self, args: Vec<Value>, site: Span) -> Result<Value> {
        let millis = match args.as_slice() {
            [] => return Err(self.fail(site, Date::NO_CLOCK)),
            [value] => match value {
                Value::Host(_) if value.downcast::<Date>().is_some() => value.downcast::<Date>().map_or(f64::NAN, |d| d.millis),
                Value::String(text) => Date::parse(text).map_err(|message| self.fail(site, message))?,
                other => self.number_of(other, site)?,
            },
            _ => return Err(self.fail(site, Date::LOCAL_TIME)),
        };
        Ok(Value::host(Date::new(millis)))
    }

    pub(super) fn number_method(&mut self, name: &str, n: f64, args: Vec<Value>, site: Span) -> Result<Value> {
        let first = arg(&args, 0);
        match name {
            "toFixed" => {
                let digits = if matches!(first, Value::Undefined) { 0.0 } else { self.number_of(&first, site)?.trunc() };
                if !(0.0..=100.0).contains(&digits) {
                    return Err(self.fail(site, "toFixed() digits must be between 0 and 100"));
                }
                Ok(Value::string(super::number::to_fixed(n, digits as usize)))
            }
            "toString" if matches!(first, Value::Undefined) || matches!(first, Value::Number(r) if r == 10.0) => {
                Ok(Value::string(super::number::number_to_string(n)))
            }
            "toString" => Err(self.fail(site, "dbkit supports `toString()` of numbers in base 10 only")),
            _ => Ok(Value::Number(n)),
        }
    }

    /// Calls a callback argument of a built-in (`list.map(fn)`), which must be callable.
    pub(super) fn callback(&mut self, function: &Value, args: Vec<Value>, what: &str, site: Span) -> Result<Value> {
        if !super::eval::callable(function) {
            return Err(self.fail(site, format!("{what} needs a function, not {}", function.describe())));
        }
        self.call_value(function, Value::Undefined, args, site)
    }
}
