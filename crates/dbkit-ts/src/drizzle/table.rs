//! `pgTable` and its relatives (`pgSchema(…).table`, `pgTableCreator`, `snakeCase.table`,
//! `.withRLS`): a table with its built columns, the columns its extra-config callback receives
//! (which carry index ordering and operator classes), and `.enableRLS()`.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::columns::{ColumnBuilder, ColumnDef};
use super::names::Casing;
use super::util::{arg, js_string};
use crate::js::{HostError, HostObject, Interp, Value};

/// The table a column belongs to, as SQL text needs it.
#[derive(Debug, Clone)]
pub(crate) struct TableRef {
    pub name: String,
    pub schema: Option<String>,
    pub is_alias: bool,
}

/// Per-column index options set in the extra-config callback (`t.c.desc().nullsFirst()`).
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct IndexConfig {
    /// "asc" or "desc".
    pub order: Option<&'static str>,
    /// "first" or "last".
    pub nulls: Option<&'static str>,
    pub op_class: Option<String>,
}

impl IndexConfig {
    /// What an extra-config column starts with (and is reset to after `.on()` reads it).
    pub(crate) fn extra_default() -> IndexConfig {
        IndexConfig { order: Some("asc"), nulls: Some("last"), op_class: None }
    }
}

/// A built column: the table's property, or the extra-config callback's (`extra`). The
/// definition and the table are shared with the builder and the table's other columns.
pub(crate) struct Column {
    pub key: Rc<str>,
    pub def: Rc<ColumnDef>,
    pub table: Rc<TableRef>,
    /// The index options of a column of the extra-config callback; None for the table's own.
    pub index_config: Option<Box<RefCell<IndexConfig>>>,
}

impl Column {
    pub(crate) fn name(&self) -> &Rc<str> {
        &self.def.name
    }
}

impl HostObject for Column {
    fn type_name(&self) -> &str {
        "a column"
    }

    fn get(&self, _: &mut dyn Interp, key: &str) -> Result<Value, HostError> {
        match key {
            "name" => Ok(Value::String(self.name().clone())),
            "notNull" => Ok(Value::Bool(self.def.not_null)),
            "primary" => Ok(Value::Bool(self.def.primary_key)),
            "enumValues" => Ok(Value::Undefined),
            _ => Err(HostError(format!("column `{}` has no property `{key}` dbkit can read", self.name()))),
        }
    }

    fn call_method(&self, _: &mut dyn Interp, this: &Value, name: &str, args: Vec<Value>) -> Result<Value, HostError> {
        if name == "getSQL" {
            return Ok(super::sql::Sql::value(vec![this.clone()]));
        }
        let Some(cfg) = &self.index_config else {
            return Err(match name {
                "asc" | "desc" | "nullsFirst" | "nullsLast" | "op" => HostError(format!(
                    "`.{name}()` works on the columns the table callback receives (`(t) => [index().on(t.{}.{name}())]`)",
                    self.key
                )),
                _ => HostError(format!("`{name}()` on a column is not supported by dbkit's schema reader")),
            });
        };
        let mut cfg = cfg.borrow_mut();
        match name {
            "asc" => cfg.order = Some("asc"),
            "desc" => cfg.order = Some("desc"),
            "nullsFirst" => cfg.nulls = Some("first"),
            "nullsLast" => cfg.nulls = Some("last"),
            "op" => cfg.op_class = Some(js_string(&arg(&args, 0))),
            _ => return Err(HostError(format!("`{name}()` on a column is not supported by dbkit's schema reader"))),
        }
        Ok(this.clone())
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A table: its columns (in key order), the callback for indexes and constraints, RLS.
pub(crate) struct Table {
    pub name: String,
    pub schema: Option<String>,
    pub is_alias: bool,
    /// For `alias(table, "name")` (whose `name` is the alias): the table's own name. An alias is
    /// for queries only, never an entity of the schema.
    pub alias_of: Option<String>,
    pub columns: Vec<(Rc<str>, Value)>,
    pub extra_config: Option<Value>,
    pub enable_rls: Cell<bool>,
}

impl Table {
    pub(crate) fn column_defs(&self) -> impl Iterator<Item = &Column> {
        self.columns.iter().filter_map(|(_, c)| c.downcast::<Column>())
    }

    /// The plain object handed to the extra-config callback: the columns again, as separate
    /// objects that carry index ordering and operator classes (`t.c.desc()`), as drizzle-orm
    /// builds them. Made when the callback runs (once per table), not with every table.
    pub(crate) fn extra_columns(&self) -> Value {
        let columns = self
            .column_defs()
            .map(|c| {
                let column = Column {
                    key: c.key.clone(),
                    def: c.def.clone(),
                    table: c.table.clone(),
                    index_config: Some(Box::new(RefCell::new(IndexConfig::extra_default()))),
                };
                (c.key.to_string(), Value::host(column))
            })
            .collect();
        Value::object(columns)
    }
}

impl HostObject for Table {
    fn type_name(&self) -> &str {
        "a table"
    }

    fn get(&self, _: &mut dyn Interp, key: &str) -> Result<Value, HostError> {
        if let Some((_, c)) = self.columns.iter().find(|(k, _)| **k == *key) {
            return Ok(c.clone());
        }
        match key {
            "_" | "$inferSelect" | "$inferInsert" => Ok(Value::Undefined),
            _ => Err(HostError(format!("table \"{}\" has no column `{key}`", self.name))),
        }
    }

    fn call_method(&self, _: &mut dyn Interp, this: &Value, name: &str, _args: Vec<Value>) -> Result<Value, HostError> {
        match name {
            "enableRLS" => {
                self.enable_rls.set(true);
                Ok(this.clone())
            }
            "getSQL" => Ok(super::sql::Sql::value(vec![this.clone()])),
            _ => Err(HostError(format!("`{name}()` on a table is not supported by dbkit's schema reader"))),
        }
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// How a table function was made: its schema, casing, name prefix function and RLS.
#[derive(Clone)]
pub(crate) struct TableFn {
    pub schema: Option<String>,
    pub casing: Casing,
    /// `pgTableCreator((name) => …)`.
    pub creator: Option<Value>,
    pub rls: bool,
}

impl HostObject for TableFn {
    fn type_name(&self) -> &str {
        "pgTable"
    }

    fn get(&self, _: &mut dyn Interp, key: &str) -> Result<Value, HostError> {
        match key {
            "withRLS" => Ok(Value::host(TableFn { rls: true, ..self.clone() })),
            _ => Err(HostError(format!("pgTable has no property `{key}` dbkit can read"))),
        }
    }

    fn call_method(&self, interp: &mut dyn Interp, _this: &Value, name: &str, args: Vec<Value>) -> Result<Value, HostError> {
        match name {
            "withRLS" => TableFn { rls: true, ..self.clone() }.call(interp, args),
            _ => Err(HostError(format!("`pgTable.{name}()` is not supported by dbkit's schema reader"))),
        }
    }

    fn call(&self, interp: &mut dyn Interp, args: Vec<Value>) -> Result<Value, HostError> {
        let Value::String(name) = arg(&args, 0) else {
            return Err(HostError(format!("a table name must be a string, not {}", arg(&args, 0).describe())));
        };
        let name = match &self.creator {
            Some(f) => js_string(&interp.call(f, None, vec![Value::String(name)])?),
            None => name.to_string(),
        };
        let table = build_table(interp, &name, self.schema.clone(), self.casing, &arg(&args, 1), &arg(&args, 2))?;
        if let Some(t) = table.downcast::<Table>().filter(|_| self.rls) {
            t.enable_rls.set(true);
        }
        Ok(table)
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `pgTableWithSchema`: builds the columns (naming them after their keys through the casing),
/// and the separate columns the extra-config callback sees.
pub(crate) fn build_table(
    interp: &mut dyn Interp,
    name: &str,
    schema: Option<String>,
    casing: Casing,
    columns: &Value,
    extra: &Value,
) -> Result<Value, HostError> {
    let columns = match columns {
        Value::Function(_) => interp.call(columns, None, vec![super::host::column_builders()])?,
        other => other.clone(),
    };
    let Value::Object(obj) = &columns else {
        return Err(HostError(format!("the columns of table \"{name}\" must be an object, not {}", columns.describe())));
    };
    let table_ref = Rc::new(TableRef { name: name.to_string(), schema: schema.clone(), is_alias: false });
    let props = obj.borrow();
    let mut built = Vec::with_capacity(props.props.len());
    for (key, builder) in props.props.iter() {
        let Some(b) = builder.downcast::<ColumnBuilder>() else {
            return Err(HostError(format!("column `{key}` of table \"{name}\" is {}, not a column builder", builder.describe())));
        };
        // drizzle-orm names an unnamed builder after its key (through the casing) when the
        // table is built, on the builder itself: a builder shared by two tables keeps the
        // first table's name. The column shares the builder's definition; the builder copies
        // it if it is changed afterwards (see `ColumnBuilder::edit`).
        if b.def.borrow().name.is_empty() {
            b.edit().name = casing.apply(key).into();
        }
        let def = b.def.borrow().clone();
        let key: Rc<str> = key.as_str().into();
        let column = Column { key: key.clone(), def, table: table_ref.clone(), index_config: None };
        built.push((key, Value::host(column)));
    }
    drop(props);
    let extra_config = match extra {
        Value::Undefined | Value::Null => None,
        f @ Value::Function(_) => Some(f.clone()),
        other => return Err(HostError(format!("the third argument of table \"{name}\" must be a function, not {}", other.describe()))),
    };
    Ok(Value::host(Table {
        name: name.to_string(),
        schema,
        is_alias: false,
        alias_of: None,
        columns: built,
        extra_config,
        enable_rls: Cell::new(false),
    }))
}

fn table_arg<'a>(v: &'a Value, function: &str) -> Result<&'a Table, HostError> {
    v.downcast::<Table>().ok_or_else(|| HostError(format!("{function}() takes a table, not {}", v.describe())))
}

/// drizzle-orm's `getTableColumns(table)`: the columns as a plain object, keyed as declared.
pub(crate) fn table_columns(v: &Value) -> Result<Value, HostError> {
    let t = table_arg(v, "getTableColumns")?;
    Ok(Value::object(t.columns.iter().map(|(k, c)| (k.to_string(), c.clone())).collect()))
}

/// drizzle-orm's `getTableName(table)`.
pub(crate) fn table_name(v: &Value) -> Result<Value, HostError> {
    Ok(Value::String(table_arg(v, "getTableName")?.name.as_str().into()))
}

/// pg-core's `alias(table, "manager")`: the same columns, seen through the alias (`"manager"."id"`),
/// written `"employees" "manager"` where the query reads it.
pub(crate) fn alias(v: &Value, alias: String) -> Result<Value, HostError> {
    let t = table_arg(v, "alias")?;
    let seen_as = Rc::new(TableRef { name: alias.clone(), schema: t.schema.clone(), is_alias: true });
    let columns = t
        .columns
        .iter()
        .map(|(k, c)| match c.downcast::<Column>() {
            Some(col) => {
                let column = Column { key: col.key.clone(), def: col.def.clone(), table: seen_as.clone(), index_config: None };
                (k.clone(), Value::host(column))
            }
            None => (k.clone(), c.clone()),
        })
        .collect();
    Ok(Value::host(Table {
        name: alias,
        schema: t.schema.clone(),
        is_alias: true,
        alias_of: Some(t.name.clone()),
        columns,
        extra_config: None,
        enable_rls: Cell::new(false),
    }))
}
