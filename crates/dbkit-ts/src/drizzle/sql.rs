//! drizzle-orm's `sql` template objects (SQL, string chunks, names, params, aliases) and their
//! rendering to text as `PgDialect.sqlToQuery` does it, per context: column references are
//! table-qualified everywhere except in index expressions and checks (`"indexes"`).

use std::any::Any;
use std::cell::{Cell, RefCell};

use super::entities::EnumObj;
use super::table::{Column, Table};
use super::util::{arg, date_millis, elements, iso_string, js_string, json_stringify, number_to_string};
use super::view::{SelectQuery, View};
use crate::js::{HostError, HostObject, Interp, Value};

/// `SQL`: a list of chunks, rendered in order.
pub(crate) struct Sql {
    pub chunks: RefCell<Vec<Value>>,
    pub inline: Cell<bool>,
}

impl Sql {
    pub(crate) fn new(chunks: Vec<Value>) -> Sql {
        Sql { chunks: RefCell::new(chunks), inline: Cell::new(false) }
    }

    pub(crate) fn value(chunks: Vec<Value>) -> Value {
        Value::host(Sql::new(chunks))
    }
}

/// Literal SQL text.
pub(crate) struct StringChunk(pub String);

/// `sql.identifier(x)`: a double-quoted name.
pub(crate) struct Name(pub String);

/// A bound value; `encoder` is the column it is compared with (`eq(t.c, 5)`).
pub(crate) struct Param {
    pub value: Value,
    pub encoder: Option<Value>,
}

/// `sql.placeholder(name)`: always `$n`.
pub(crate) struct Placeholder;

/// `sql\`…\`.as("alias")`.
pub(crate) struct Aliased {
    pub sql: Value,
    pub alias: String,
    /// Read through a view (`qb.select().from(view)`): the view's column `"origin"."alias"`.
    pub origin: Option<String>,
}

pub(crate) fn text(s: &str) -> Value {
    Value::host(StringChunk(s.to_string()))
}

impl HostObject for Sql {
    fn type_name(&self) -> &str {
        "an sql`…` expression"
    }
    fn call_method(&self, _: &mut dyn Interp, this: &Value, name: &str, args: Vec<Value>) -> Result<Value, HostError> {
        match name {
            "inlineParams" => {
                self.inline.set(true);
                Ok(this.clone())
            }
            "getSQL" | "mapWith" | "nullable" | "$type" => Ok(this.clone()),
            "as" => match arg(&args, 0) {
                Value::Undefined => Ok(this.clone()),
                a => Ok(Value::host(Aliased { sql: this.clone(), alias: js_string(&a), origin: None })),
            },
            "append" => {
                let other = arg(&args, 0);
                let Some(o) = other.downcast::<Sql>() else { return Err("append() takes an sql`…` expression".into()) };
                let extra = o.chunks.borrow().clone();
                self.chunks.borrow_mut().extend(extra);
                Ok(this.clone())
            }
            "if" => Ok(if arg(&args, 0).truthy() { this.clone() } else { Value::Undefined }),
            _ => Err(HostError(format!("`{name}()` on an sql`…` expression is not supported by dbkit's schema reader"))),
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

macro_rules! plain_host {
    ($ty:ty, $name:expr) => {
        impl HostObject for $ty {
            fn type_name(&self) -> &str {
                $name
            }
            fn call_method(&self, _: &mut dyn Interp, this: &Value, name: &str, _args: Vec<Value>) -> Result<Value, HostError> {
                match name {
                    "getSQL" => Ok(Sql::value(vec![this.clone()])),
                    _ => Err(HostError(format!("`{name}()` on {} is not supported by dbkit's schema reader", $name))),
                }
            }
            fn as_any(&self) -> &dyn Any {
                self
            }
        }
    };
}
plain_host!(StringChunk, "an SQL text chunk");
plain_host!(Name, "sql.identifier(…)");
plain_host!(Param, "sql.param(…)");
plain_host!(Placeholder, "sql.placeholder(…)");

impl HostObject for Aliased {
    fn type_name(&self) -> &str {
        "an aliased sql`…` expression"
    }
    fn call_method(&self, _: &mut dyn Interp, _this: &Value, name: &str, _args: Vec<Value>) -> Result<Value, HostError> {
        match name {
            "getSQL" => Ok(self.sql.clone()),
            _ => Err(HostError(format!("`{name}()` on an aliased expression is not supported by dbkit's schema reader"))),
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The `sql` tag: `sql(strings, ...values)`.
pub(crate) fn tag(args: Vec<Value>) -> Result<Value, HostError> {
    let mut it = args.into_iter();
    let strings = it.next().and_then(|s| elements(&s)).ok_or("sql must be used as a tagged template: sql`…`")?;
    let mut chunks = Vec::new();
    let push_str = |chunks: &mut Vec<Value>, s: Option<&Value>| {
        if let Some(Value::String(s)) = s.filter(|s| s.as_str().is_some_and(|s| !s.is_empty())) {
            chunks.push(text(s));
        }
    };
    push_str(&mut chunks, strings.first());
    for (i, param) in it.enumerate() {
        if !matches!(param, Value::Undefined) {
            chunks.push(param);
        }
        push_str(&mut chunks, strings.get(i + 1));
    }
    Ok(Sql::value(chunks))
}

/// `sql.raw`, `sql.identifier`, `sql.join`, … (the properties of the `sql` function).
pub(crate) fn helper(name: &str, args: Vec<Value>) -> Result<Value, HostError> {
    match name {
        "raw" => Ok(Sql::value(vec![text(&js_string(&arg(&args, 0)))])),
        "identifier" => Ok(Value::host(Name(js_string(&arg(&args, 0))))),
        "empty" => Ok(Sql::value(Vec::new())),
        "fromList" => Ok(Sql::value(elements(&arg(&args, 0)).ok_or("sql.fromList() takes an array")?)),
        "param" => Ok(Value::host(Param { value: arg(&args, 0), encoder: args.get(1).cloned() })),
        "placeholder" => Ok(Value::host(Placeholder)),
        "join" => {
            let list = elements(&arg(&args, 0)).ok_or("sql.join() takes an array")?;
            let sep = arg(&args, 1);
            if matches!(sep, Value::Undefined) || list.is_empty() {
                return Ok(Sql::value(list));
            }
            let mut out = Vec::with_capacity(list.len() * 2);
            for (i, v) in list.into_iter().enumerate() {
                if i > 0 {
                    out.push(sep.clone());
                }
                out.push(v);
            }
            Ok(Sql::value(out))
        }
        _ => Err(HostError(format!("sql.{name} is not supported by dbkit's schema reader"))),
    }
}

/// Where an expression is rendered: drizzle-kit passes `"indexes"` for index expressions, index
/// `where` and checks, which writes columns unqualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Source {
    Qualified,
    Indexes,
}

/// An expression as text, and how many `$n` placeholders drizzle would have left in it.
pub(crate) struct Rendered {
    pub sql: String,
    pub params: usize,
}

/// `dialect.sqlToQuery(value, source).sql`. With `inline_all`, values drizzle would leave as
/// `$n` are written as literals instead.
pub(crate) fn render(value: &Value, source: Source, inline_all: bool) -> Result<Rendered, HostError> {
    let mut r = Renderer { source, inline_all, out: String::new(), params: 0 };
    r.chunk(value, false)?;
    Ok(Rendered { sql: r.out, params: r.params })
}

/// [`render`], with values inlined when drizzle would have left placeholders (the correct text).
pub(crate) fn render_inlined(value: &Value, source: Source) -> Result<String, HostError> {
    let first = render(value, source, false)?;
    if first.params == 0 { Ok(first.sql) } else { Ok(render(value, source, true)?.sql) }
}

pub(crate) fn escape_name(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

fn escape_string(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

struct Renderer {
    source: Source,
    inline_all: bool,
    out: String,
    params: usize,
}

impl Renderer {
    fn chunks(&mut self, chunks: &[Value], inline: bool) -> Result<(), HostError> {
        for c in chunks {
            self.chunk(c, inline)?;
        }
        Ok(())
    }

    fn chunk(&mut self, c: &Value, inline: bool) -> Result<(), HostError> {
        if let Some(s) = c.downcast::<StringChunk>() {
            self.out.push_str(&s.0);
        } else if let Some(s) = c.downcast::<Sql>() {
            let chunks = s.chunks.borrow().clone();
            self.chunks(&chunks, inline || s.inline.get())?;
        } else if let Some(n) = c.downcast::<Name>() {
            self.out.push_str(&escape_name(&n.0));
        } else if matches!(c, Value::Undefined) {
        } else if let Some(col) = c.downcast::<Column>() {
            self.column(col);
        } else if let Some(p) = c.downcast::<Param>() {
            if let Some(s) = p.value.downcast::<Sql>() {
                let chunks = s.chunks.borrow().clone();
                return self.chunks(&chunks, inline || s.inline.get());
            }
            let mapped = map_to_driver(&p.value, p.encoder.as_ref());
            self.param(&mapped, inline)?;
        } else if c.downcast::<Placeholder>().is_some() {
            self.params += 1;
            self.out.push_str(&format!("${}", self.params));
        } else if let Some(t) = c.downcast::<Table>() {
            match &t.alias_of {
                Some(table) => {
                    self.qualified(t.schema.as_deref(), table, false);
                    self.out.push(' ');
                    self.out.push_str(&escape_name(&t.name));
                }
                None => self.qualified(t.schema.as_deref(), &t.name, t.is_alias),
            }
        } else if let Some(w) = c.downcast::<super::view::WithSubquery>() {
            self.out.push_str(&escape_name(&w.name));
        } else if let Some(v) = c.downcast::<View>() {
            self.qualified(v.schema.as_deref(), &v.name, false);
        } else if let Some(a) = c.downcast::<Aliased>() {
            if let Some(origin) = &a.origin {
                self.out.push_str(&escape_name(origin));
                self.out.push('.');
            }
            self.out.push_str(&escape_name(&a.alias));
        } else if let Some(e) = c.downcast::<EnumObj>() {
            self.qualified(e.schema.as_deref(), &e.name, false);
        } else if let Some(s) = c.downcast::<super::entities::SchemaObj>() {
            self.out.push_str(&escape_name(&s.name));
        } else if let Some(q) = c.downcast::<SelectQuery>() {
            let sql = q.to_sql()?;
            self.out.push('(');
            self.chunk(&sql, inline)?;
            self.out.push(')');
        } else if let Value::Array(items) = c {
            let items = items.borrow().clone();
            self.out.push('(');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    self.out.push_str(", ");
                }
                self.chunk(item, inline)?;
            }
            self.out.push(')');
        } else {
            self.param(c, inline)?;
        }
        Ok(())
    }

    fn qualified(&mut self, schema: Option<&str>, name: &str, is_alias: bool) {
        match schema {
            Some(s) if !is_alias => {
                self.out.push_str(&escape_name(s));
                self.out.push('.');
                self.out.push_str(&escape_name(name));
            }
            _ => self.out.push_str(&escape_name(name)),
        }
    }

    fn column(&mut self, col: &Column) {
        if self.source == Source::Indexes {
            self.out.push_str(&escape_name(col.name()));
            return;
        }
        self.qualified(col.table.schema.as_deref(), &col.table.name, col.table.is_alias);
        self.out.push('.');
        self.out.push_str(&escape_name(col.name()));
    }

    fn param(&mut self, v: &Value, inline: bool) -> Result<(), HostError> {
        if inline || self.inline_all {
            self.out.push_str(&inline_param(v)?);
        } else {
            self.params += 1;
            self.out.push_str(&format!("${}", self.params));
        }
        Ok(())
    }
}

/// `mapInlineParam`: how drizzle writes a value into SQL text.
fn inline_param(v: &Value) -> Result<String, HostError> {
    Ok(match v {
        Value::Null => "null".into(),
        Value::Number(n) => number_to_string(*n),
        Value::Bool(b) => b.to_string(),
        Value::BigInt(d) => d.clone(),
        Value::String(s) => escape_string(s),
        Value::Object(_) => escape_string(&json_stringify(v, &|s| s.to_string()).unwrap_or_default()),
        Value::Array(_) => escape_string(&js_string(v)),
        Value::Host(_) if date_millis(v).is_some() => escape_string(&js_string(v)),
        other => return Err(HostError(format!("cannot write {} into SQL", other.describe()))),
    })
}

/// The column's `mapToDriverValue` for the values schemas compare with: dates become ISO text,
/// JSON columns serialise objects.
fn map_to_driver(v: &Value, encoder: Option<&Value>) -> Value {
    let col = encoder.and_then(|e| e.downcast::<Column>());
    if let Some(ms) = date_millis(v) {
        return Value::string(iso_string(ms));
    }
    match (col, v) {
        (Some(c), Value::Object(_) | Value::Array(_)) if c.def.kind.is_json() => {
            Value::string(json_stringify(v, &|s| s.to_string()).unwrap_or_default())
        }
        _ => v.clone(),
    }
}

/// Anything with `getSQL()` in drizzle (an SQL wrapper) — what `bindIfParam` leaves alone.
pub(crate) fn is_sql_like(v: &Value) -> bool {
    v.downcast::<Sql>().is_some()
        || v.downcast::<Column>().is_some()
        || v.downcast::<Param>().is_some()
        || v.downcast::<Placeholder>().is_some()
        || v.downcast::<Table>().is_some()
        || v.downcast::<View>().is_some()
        || v.downcast::<Aliased>().is_some()
        || v.downcast::<Name>().is_some()
        || v.downcast::<StringChunk>().is_some()
        || v.downcast::<SelectQuery>().is_some()
}

/// `bindIfParam(value, column)`.
pub(crate) fn bind(value: Value, column: &Value) -> Value {
    if column.downcast::<Column>().is_some() && !is_sql_like(&value) {
        Value::host(Param { value, encoder: Some(column.clone()) })
    } else {
        value
    }
}

/// drizzle-orm's operators (`eq`, `and`, `isNotNull`, `asc`, …) as SQL objects.
pub(crate) fn operator(name: &str, args: Vec<Value>) -> Result<Value, HostError> {
    let a = arg(&args, 0);
    let binary = |op: &str| Sql::value(vec![a.clone(), text(op), bind(arg(&args, 1), &a)]);
    Ok(match name {
        "eq" => binary(" = "),
        "ne" => binary(" <> "),
        "gt" => binary(" > "),
        "gte" => binary(" >= "),
        "lt" => binary(" < "),
        "lte" => binary(" <= "),
        "and" | "or" => {
            let conds: Vec<Value> = args.into_iter().filter(|c| !matches!(c, Value::Undefined)).collect();
            match conds.len() {
                0 => Value::Undefined,
                1 => Sql::value(conds),
                _ => {
                    let sep = if name == "and" { ") and (" } else { ") or (" };
                    let mut chunks = vec![text("((")];
                    for (i, c) in conds.into_iter().enumerate() {
                        if i > 0 {
                            chunks.push(text(sep));
                        }
                        chunks.push(c);
                    }
                    chunks.push(text("))"));
                    Sql::value(chunks)
                }
            }
        }
        "not" => match a {
            Value::Undefined | Value::Null => Value::Undefined,
            c if c.downcast::<Sql>().is_some() => Sql::value(vec![text("not ("), c, text(")")]),
            c => Sql::value(vec![text("not "), c]),
        },
        "isNull" => Sql::value(vec![text("("), a, text(" is null)")]),
        "isNotNull" => Sql::value(vec![text("("), a, text(" is not null)")]),
        "exists" => Sql::value(vec![text("exists "), a]),
        "notExists" => Sql::value(vec![text("not exists "), a]),
        "like" | "notLike" | "ilike" | "notIlike" => {
            let op = match name {
                "like" => " like ",
                "notLike" => " not like ",
                "ilike" => " ilike ",
                _ => " not ilike ",
            };
            Sql::value(vec![a, text(op), arg(&args, 1)])
        }
        "between" | "notBetween" => {
            let op = if name == "between" { " between " } else { " not between " };
            Sql::value(vec![a.clone(), text(op), bind(arg(&args, 1), &a), text(" and "), bind(arg(&args, 2), &a)])
        }
        "inArray" | "notInArray" => {
            let op = if name == "inArray" { " in " } else { " not in " };
            match elements(&arg(&args, 1)) {
                Some(list) if list.is_empty() => Sql::value(vec![text(if name == "inArray" { "1 = 0" } else { "1 = 1" })]),
                Some(list) => Sql::value(vec![a.clone(), text(op), Value::array(list.into_iter().map(|v| bind(v, &a)).collect())]),
                None => binary(op),
            }
        }
        "asc" => Sql::value(vec![a, text(" asc")]),
        "desc" => Sql::value(vec![a, text(" desc")]),
        _ => return Err(HostError(format!("`{name}` from drizzle-orm is not supported by dbkit's schema reader"))),
    })
}
