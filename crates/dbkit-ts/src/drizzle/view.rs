//! `pgView` / `pgMaterializedView`: their builders (`.with()`, `.using()`, `.tablespace()`,
//! `.withNoData()`, `.existing()`, `.as(sql | qb => …)`) and the small part of drizzle-orm's query
//! builder a view definition uses (`with … as (…) select … from … join … where … group by …
//! order by …`, tables read through `alias()`), rendered as `PgDialect.buildSelectQuery` writes it.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use super::names::Casing;
use super::sql::{Aliased, Name, Sql, text};
use super::table::{Column, Table, TableRef};
use super::util::{arg, elements, js_string};
use crate::js::{HostError, HostObject, Interp, Value};

/// `pgView` / `pgMaterializedView` (also `schema.view`, `snakeCase.view`).
#[derive(Clone)]
pub(crate) struct ViewFn {
    pub schema: Option<String>,
    pub casing: Casing,
    pub materialized: bool,
}

impl HostObject for ViewFn {
    fn type_name(&self) -> &str {
        if self.materialized { "pgMaterializedView" } else { "pgView" }
    }
    fn call(&self, interp: &mut dyn Interp, args: Vec<Value>) -> Result<Value, HostError> {
        let name = super::util::string_arg(&args, 0, "a view name")?;
        let columns = match arg(&args, 1) {
            Value::Undefined | Value::Null => None,
            cols => {
                // A manual view's columns are built like a table's (names through the casing).
                let table = super::table::build_table(interp, &name, self.schema.clone(), self.casing, &cols, &Value::Undefined)?;
                let t = table.downcast::<Table>().expect("a table");
                Some(t.columns.iter().map(|(k, v)| (k.to_string(), v.clone())).collect())
            }
        };
        Ok(Value::host(ViewBuilder {
            name,
            schema: self.schema.clone(),
            materialized: self.materialized,
            columns,
            config: RefCell::new(ViewConfig::default()),
        }))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

#[derive(Default, Clone)]
pub(crate) struct ViewConfig {
    pub with: Option<Value>,
    pub using: Option<String>,
    pub tablespace: Option<String>,
    pub with_no_data: Option<bool>,
}

pub(crate) struct ViewBuilder {
    name: String,
    schema: Option<String>,
    materialized: bool,
    /// Given for `pgView(name, { columns })`: such a view is `.existing()` or `.as(sql\`…\`)`.
    columns: Option<Vec<(String, Value)>>,
    config: RefCell<ViewConfig>,
}

/// A finished view.
pub(crate) struct View {
    pub name: String,
    pub schema: Option<String>,
    pub materialized: bool,
    /// `None` for `.existing()`.
    pub query: Option<Value>,
    pub config: ViewConfig,
    pub fields: Vec<(String, Value)>,
}

impl View {
    pub(crate) fn is_existing(&self) -> bool {
        self.query.is_none()
    }
}

/// A column as seen through a view: the same column, its table the view.
fn alias_field(view: &str, schema: &Option<String>, (key, v): &(String, Value)) -> (String, Value) {
    let _ = schema;
    match v.downcast::<Column>() {
        Some(c) => (
            key.clone(),
            Value::host(Column {
                key: c.key.clone(),
                def: c.def.clone(),
                table: Rc::new(TableRef { name: view.to_string(), schema: None, is_alias: true }),
                index_config: None,
            }),
        ),
        None => match v.downcast::<Aliased>() {
            // A view's computed field is its column, named by the alias.
            Some(a) => (key.clone(), Value::host(Aliased { sql: a.sql.clone(), alias: a.alias.clone(), origin: Some(view.to_string()) })),
            None => (key.clone(), v.clone()),
        },
    }
}

impl HostObject for ViewBuilder {
    fn type_name(&self) -> &str {
        "a view builder"
    }
    fn call_method(&self, interp: &mut dyn Interp, this: &Value, name: &str, args: Vec<Value>) -> Result<Value, HostError> {
        let mut cfg = self.config.borrow_mut();
        match name {
            "with" => cfg.with = Some(arg(&args, 0)),
            "using" if self.materialized => cfg.using = Some(js_string(&arg(&args, 0))),
            "tablespace" if self.materialized => cfg.tablespace = Some(js_string(&arg(&args, 0))),
            "withNoData" if self.materialized => cfg.with_no_data = Some(true),
            "existing" if self.columns.is_some() => {
                // A regular view made with `.existing()` keeps no options at all.
                let config = if self.materialized { cfg.clone() } else { ViewConfig::default() };
                return Ok(self.finish(None, config, self.columns.clone().unwrap_or_default()));
            }
            "as" => {
                let mut q = arg(&args, 0);
                if let Some(columns) = &self.columns {
                    if q.downcast::<Sql>().is_none() {
                        return Err("a view with declared columns is defined with .as(sql`…`)".into());
                    }
                    if let Some(s) = q.downcast::<Sql>() {
                        s.inline.set(true);
                    }
                    return Ok(self.finish(Some(q), cfg.clone(), columns.clone()));
                }
                if matches!(q, Value::Function(_)) {
                    q = interp.call(&q, None, vec![Value::host(QueryBuilder::default())])?;
                }
                let (query, fields) = if let Some(sel) = q.downcast::<SelectQuery>() {
                    let sql = sel.to_sql()?;
                    (sql, sel.fields()?)
                } else if let Some(s) = q.downcast::<Sql>() {
                    let _ = s;
                    (q.clone(), Vec::new())
                } else {
                    return Err(HostError(format!("a view is defined with .as(qb => qb.select()…) or .as(sql`…`), not {}", q.describe())));
                };
                if let Some(s) = query.downcast::<Sql>() {
                    s.inline.set(true);
                }
                return Ok(self.finish(Some(query), cfg.clone(), fields));
            }
            _ => return Err(HostError(format!("`{name}()` on a view builder is not supported by dbkit's schema reader"))),
        }
        Ok(this.clone())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl ViewBuilder {
    fn finish(&self, query: Option<Value>, config: ViewConfig, fields: Vec<(String, Value)>) -> Value {
        let fields = fields.iter().map(|f| alias_field(&self.name, &self.schema, f)).collect();
        Value::host(View { name: self.name.clone(), schema: self.schema.clone(), materialized: self.materialized, query, config, fields })
    }
}

impl HostObject for View {
    fn type_name(&self) -> &str {
        if self.materialized { "a materialized view" } else { "a view" }
    }
    fn get(&self, _: &mut dyn Interp, key: &str) -> Result<Value, HostError> {
        self.fields
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .ok_or_else(|| HostError(format!("view \"{}\" has no field `{key}`", self.name)))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The `qb` a view's `.as((qb) => …)` receives, and what `qb.with(cte, …)` returns: the common
/// table expressions the next select starts with.
#[derive(Default)]
pub(crate) struct QueryBuilder {
    ctes: Vec<Value>,
}

impl HostObject for QueryBuilder {
    fn type_name(&self) -> &str {
        "a query builder"
    }
    fn call_method(&self, _: &mut dyn Interp, _this: &Value, name: &str, args: Vec<Value>) -> Result<Value, HostError> {
        let (distinct, fields) = match name {
            "select" => (Distinct::No, arg(&args, 0)),
            "selectDistinct" => (Distinct::All, arg(&args, 0)),
            "selectDistinctOn" => (Distinct::On(elements(&arg(&args, 0)).unwrap_or_default()), arg(&args, 1)),
            "$with" => return Ok(Value::host(WithName(super::util::string_arg(&args, 0, "a common table expression's name")?))),
            "with" => {
                if let Some(bad) = args.iter().find(|a| a.downcast::<WithSubquery>().is_none()) {
                    return Err(HostError(format!("qb.with() takes what qb.$with(name).as(query) returns, not {}", bad.describe())));
                }
                return Ok(Value::host(QueryBuilder { ctes: self.ctes.iter().cloned().chain(args).collect() }));
            }
            _ => return Err(HostError(format!("`qb.{name}()` is not supported in a view definition; use qb.select()"))),
        };
        let fields = match fields {
            Value::Undefined => None,
            Value::Object(o) => Some(o.borrow().props.clone()),
            other => return Err(HostError(format!("select() takes an object of fields, not {}", other.describe()))),
        };
        let state = SelectState { ctes: self.ctes.clone(), distinct, fields, ..SelectState::default() };
        Ok(Value::host(SelectQuery { state: RefCell::new(state) }))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `qb.$with("name")`, waiting for `.as(query)`.
struct WithName(String);

impl HostObject for WithName {
    fn type_name(&self) -> &str {
        "qb.$with(…)"
    }
    fn call_method(&self, _: &mut dyn Interp, _this: &Value, name: &str, args: Vec<Value>) -> Result<Value, HostError> {
        if name != "as" {
            return Err(HostError(format!("`qb.$with(…).{name}()` is not supported; use .as(qb.select(…))")));
        }
        let query = arg(&args, 0);
        let Some(select) = query.downcast::<SelectQuery>() else {
            return Err(HostError(format!("qb.$with(…).as() takes a qb.select(…) query, not {}", query.describe())));
        };
        let fields = select.fields()?.iter().map(|f| alias_field(&self.0, &None, f)).collect();
        Ok(Value::host(WithSubquery { name: self.0.clone(), query, fields }))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A common table expression: read by name (`"active_employees"`), its fields seen through it.
pub(crate) struct WithSubquery {
    pub name: String,
    query: Value,
    fields: Vec<(String, Value)>,
}

impl HostObject for WithSubquery {
    fn type_name(&self) -> &str {
        "a common table expression"
    }
    fn get(&self, _: &mut dyn Interp, key: &str) -> Result<Value, HostError> {
        match self.fields.iter().find(|(k, _)| k == key) {
            Some((_, v)) => Ok(v.clone()),
            None => Err(HostError(format!("the common table expression \"{}\" has no field `{key}`", self.name))),
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

#[derive(Default, Clone)]
enum Distinct {
    #[default]
    No,
    All,
    On(Vec<Value>),
}

#[derive(Default, Clone)]
struct SelectState {
    /// `qb.with(…)`: written before the select, in order.
    ctes: Vec<Value>,
    distinct: Distinct,
    fields: Option<Vec<(String, Value)>>,
    from: Option<Value>,
    joins: Vec<(String, Value, Option<Value>)>,
    where_: Option<Value>,
    group_by: Vec<Value>,
    having: Option<Value>,
    order_by: Vec<Value>,
    limit: Option<Value>,
    offset: Option<Value>,
}

/// `qb.select(…).from(…)…`
pub(crate) struct SelectQuery {
    state: RefCell<SelectState>,
}

impl HostObject for SelectQuery {
    fn type_name(&self) -> &str {
        "a select query"
    }
    fn call_method(&self, _: &mut dyn Interp, this: &Value, name: &str, args: Vec<Value>) -> Result<Value, HostError> {
        let mut s = self.state.borrow_mut();
        let some = |v: Value| Some(v).filter(|v| !matches!(v, Value::Undefined));
        match name {
            "from" => s.from = Some(arg(&args, 0)),
            "where" => s.where_ = some(arg(&args, 0)),
            "having" => s.having = some(arg(&args, 0)),
            "groupBy" => s.group_by = args,
            "orderBy" => s.order_by = args,
            "limit" => s.limit = some(arg(&args, 0)),
            "offset" => s.offset = some(arg(&args, 0)),
            "innerJoin" | "leftJoin" | "rightJoin" | "fullJoin" | "crossJoin" => {
                let kind = name.trim_end_matches("Join").to_string();
                s.joins.push((kind, arg(&args, 0), some(arg(&args, 1))));
            }
            "getSQL" => {
                drop(s);
                return self.to_sql();
            }
            _ => return Err(HostError(format!("`.{name}()` is not supported in a view definition by dbkit's schema reader"))),
        }
        Ok(this.clone())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn source_name(v: &Value) -> Option<(Option<String>, String)> {
    if let Some(t) = v.downcast::<Table>() {
        return Some((t.schema.clone(), t.name.clone()));
    }
    if let Some(w) = v.downcast::<WithSubquery>() {
        return Some((None, w.name.clone()));
    }
    v.downcast::<View>().map(|w| (w.schema.clone(), w.name.clone()))
}

fn source_fields(v: &Value) -> Vec<(String, Value)> {
    if let Some(t) = v.downcast::<Table>() {
        return t.columns.iter().map(|(k, v)| (k.to_string(), v.clone())).collect();
    }
    if let Some(w) = v.downcast::<WithSubquery>() {
        return w.fields.clone();
    }
    v.downcast::<View>().map(|w| w.fields.clone()).unwrap_or_default()
}

fn join_values(items: &[Value], sep: &str) -> Vec<Value> {
    let mut out = Vec::new();
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            out.push(text(sep));
        }
        out.push(v.clone());
    }
    out
}

impl SelectQuery {
    /// The selected fields, flattened in order (nested objects are flattened as drizzle does).
    pub(crate) fn fields(&self) -> Result<Vec<(String, Value)>, HostError> {
        let s = self.state.borrow();
        let from = s.from.clone().ok_or("a view's query needs .from(table)")?;
        if let Some(f) = &s.fields {
            let mut out = Vec::new();
            flatten(f, &mut out);
            return Ok(out);
        }
        let mut out = source_fields(&from);
        for (_, t, _) in &s.joins {
            out.extend(source_fields(t));
        }
        Ok(out)
    }

    /// `buildSelectQuery` as an SQL object.
    pub(crate) fn to_sql(&self) -> Result<Value, HostError> {
        let fields = self.fields()?;
        let s = self.state.borrow().clone();
        let from = s.from.clone().ok_or("a view's query needs .from(table)")?;
        let own = source_name(&from);
        let single = s.joins.is_empty();
        let unqualify = |v: &Value| -> Value {
            let Some(sq) = v.downcast::<Sql>() else { return v.clone() };
            let chunks: Vec<Value> = sq
                .chunks
                .borrow()
                .iter()
                .map(|c| match c.downcast::<Column>() {
                    Some(col) if Some((col.table.schema.clone(), col.table.name.clone())) == own => {
                        Value::host(Name(col.name().to_string()))
                    }
                    _ => c.clone(),
                })
                .collect();
            let out = Sql::new(chunks);
            out.inline.set(sq.inline.get());
            Value::host(out)
        };
        let mut chunks = Vec::new();
        for (i, cte) in s.ctes.iter().enumerate() {
            let cte = cte.downcast::<WithSubquery>().expect("qb.with() checked its arguments");
            chunks.push(text(if i == 0 { "with " } else { ", " }));
            chunks.push(Value::host(Name(cte.name.clone())));
            chunks.push(text(" as "));
            chunks.push(cte.query.clone());
        }
        if !s.ctes.is_empty() {
            chunks.push(text(" "));
        }
        chunks.push(text("select"));
        match &s.distinct {
            Distinct::No => {}
            Distinct::All => chunks.push(text(" distinct")),
            Distinct::On(on) => {
                chunks.push(text(" distinct on ("));
                chunks.extend(join_values(on, ", "));
                chunks.push(text(")"));
            }
        }
        chunks.push(text(" "));
        for (i, (_, field)) in fields.iter().enumerate() {
            if i > 0 {
                chunks.push(text(", "));
            }
            if let Some(col) = field.downcast::<Column>() {
                chunks.push(if single { Value::host(Name(col.name().to_string())) } else { field.clone() });
            } else if let Some(a) = field.downcast::<Aliased>().filter(|a| a.origin.is_some()) {
                if !single {
                    chunks.push(Value::host(Name(a.origin.clone().unwrap_or_default())));
                    chunks.push(text("."));
                }
                chunks.push(Value::host(Name(a.alias.clone())));
            } else if let Some(a) = field.downcast::<Aliased>() {
                chunks.push(if single { unqualify(&a.sql) } else { a.sql.clone() });
                chunks.push(text(" as "));
                chunks.push(Value::host(Name(a.alias.clone())));
            } else if field.downcast::<Sql>().is_some() {
                chunks.push(if single { unqualify(field) } else { field.clone() });
            } else {
                return Err(HostError(format!("a view's selected field is {}, not a column or sql`…`", field.describe())));
            }
        }
        chunks.push(text(" from "));
        chunks.push(from.clone());
        for (i, (kind, table, on)) in s.joins.iter().enumerate() {
            chunks.push(text(" "));
            let _ = i;
            chunks.push(text(&format!("{kind} join ")));
            match table.downcast::<View>() {
                // drizzle writes joined views by name, so they are not view dependencies.
                Some(v) => {
                    if let Some(schema) = &v.schema {
                        chunks.push(Value::host(Name(schema.clone())));
                        chunks.push(text("."));
                    }
                    chunks.push(Value::host(Name(v.name.clone())));
                }
                None => chunks.push(table.clone()),
            }
            if let Some(on) = on {
                chunks.push(text(" on "));
                chunks.push(on.clone());
            }
        }
        if let Some(w) = &s.where_ {
            chunks.push(text(" where "));
            chunks.push(w.clone());
        }
        if !s.group_by.is_empty() {
            chunks.push(text(" group by "));
            chunks.extend(join_values(&s.group_by, ", "));
        }
        if let Some(h) = &s.having {
            chunks.push(text(" having "));
            chunks.push(h.clone());
        }
        if !s.order_by.is_empty() {
            chunks.push(text(" order by "));
            chunks.extend(join_values(&s.order_by, ", "));
        }
        if let Some(l) = &s.limit {
            chunks.push(text(" limit "));
            chunks.push(l.clone());
        }
        if let Some(o) = s.offset.as_ref().filter(|o| o.truthy()) {
            chunks.push(text(" offset "));
            chunks.push(o.clone());
        }
        Ok(Sql::value(chunks))
    }
}

fn flatten(fields: &[(String, Value)], out: &mut Vec<(String, Value)>) {
    for (k, v) in fields {
        match v {
            Value::Object(o) => flatten(&o.borrow().props.clone(), out),
            _ => out.push((k.clone(), v.clone())),
        }
    }
}

/// drizzle-kit's `findViewDependencies`: the views an expression reads (not through tables).
pub(crate) fn view_dependencies(query: &Value) -> Vec<(String, String)> {
    fn walk(v: &Value, out: &mut Vec<(String, String)>, depth: usize) {
        if depth > 64 {
            return;
        }
        if let Some(view) = v.downcast::<View>() {
            let key = (view.schema.clone().unwrap_or_else(|| "public".into()), view.name.clone());
            if !out.contains(&key) {
                out.push(key);
            }
        } else if let Some(s) = v.downcast::<Sql>() {
            for c in s.chunks.borrow().iter() {
                walk(c, out, depth + 1);
            }
        } else if let Some(a) = v.downcast::<Aliased>() {
            walk(&a.sql, out, depth + 1);
        } else if let Some(p) = v.downcast::<super::sql::Param>() {
            walk(&p.value, out, depth + 1);
        } else if let Some(q) = v.downcast::<SelectQuery>() {
            if let Ok(sql) = q.to_sql() {
                walk(&sql, out, depth + 1);
            }
        } else if let Value::Array(items) = v {
            for c in items.borrow().iter() {
                walk(c, out, depth + 1);
            }
        }
    }
    let mut out = Vec::new();
    walk(query, &mut out, 0);
    out
}
