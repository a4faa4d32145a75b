//! What a table's extra-config callback returns: `index()`/`uniqueIndex()` builders, `primaryKey`,
//! `foreignKey`, `unique`, `check` — recorded as drizzle-orm records them.

use std::any::Any;
use std::cell::RefCell;

use super::table::{Column, IndexConfig};
use super::util::{arg, elements, js_string, opt_prop, opt_string, prop};
use crate::js::{HostError, HostObject, Interp, Value};

/// One entry of an index's column list: a column (with its ordering) or an SQL expression.
#[derive(Clone)]
pub(crate) enum IndexPart {
    Column { name: String, is_vector: bool, config: IndexConfig },
    Expression(Value),
}

/// `index(name?)` / `uniqueIndex(name?)` before `.on(…)`.
pub(crate) struct IndexOn {
    pub unique: bool,
    pub name: Option<String>,
}

/// An index, configured in place by `.where()`, `.with()`, `.concurrently()`.
pub(crate) struct IndexBuilder {
    pub unique: bool,
    pub name: Option<String>,
    pub parts: Vec<IndexPart>,
    pub method: String,
    pub concurrently: RefCell<bool>,
    pub with: RefCell<Option<Value>>,
    pub where_: RefCell<Option<Value>>,
}

fn index_part(v: &Value) -> Result<IndexPart, HostError> {
    if v.downcast::<super::sql::Sql>().is_some() {
        return Ok(IndexPart::Expression(v.clone()));
    }
    let Some(col) = v.downcast::<Column>() else {
        return Err(HostError(format!("an index is on columns or sql`…` expressions, not {}", v.describe())));
    };
    // drizzle-orm hands the callback column's options to the index and resets them.
    let config = col.index_config.as_ref().map_or_else(IndexConfig::default, |c| c.replace(IndexConfig::extra_default()));
    Ok(IndexPart::Column { name: col.name().to_string(), is_vector: col.def.kind.is_vector(), config })
}

impl HostObject for IndexOn {
    fn type_name(&self) -> &str {
        "an index builder"
    }
    fn call_method(&self, _: &mut dyn Interp, _this: &Value, name: &str, args: Vec<Value>) -> Result<Value, HostError> {
        let (method, cols) = match name {
            "on" | "onOnly" => ("btree".to_string(), &args[..]),
            "using" => (js_string(&arg(&args, 0)), args.get(1..).unwrap_or(&[])),
            _ => return Err(HostError(format!("`{name}()` on an index builder is not supported; use .on(…), .onOnly(…) or .using(…)"))),
        };
        let mut parts = Vec::with_capacity(cols.len());
        for col in cols {
            parts.push(index_part(col)?);
        }
        Ok(Value::host(IndexBuilder {
            unique: self.unique,
            name: self.name.clone(),
            parts,
            method,
            concurrently: RefCell::new(false),
            with: RefCell::new(None),
            where_: RefCell::new(None),
        }))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl HostObject for IndexBuilder {
    fn type_name(&self) -> &str {
        "an index"
    }
    fn call_method(&self, _: &mut dyn Interp, this: &Value, name: &str, args: Vec<Value>) -> Result<Value, HostError> {
        match name {
            "concurrently" => *self.concurrently.borrow_mut() = true,
            "with" => *self.with.borrow_mut() = Some(arg(&args, 0)),
            "where" => *self.where_.borrow_mut() = Some(arg(&args, 0)).filter(|v| !matches!(v, Value::Undefined)),
            _ => return Err(HostError(format!("`{name}()` on an index is not supported by dbkit's schema reader"))),
        }
        Ok(this.clone())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Column names of a constraint's column list.
pub(crate) fn column_names(list: &[Value], what: &str) -> Result<Vec<String>, HostError> {
    list.iter()
        .map(|c| {
            c.downcast::<Column>()
                .map(|c| c.name().to_string())
                .ok_or_else(|| HostError(format!("{what} takes columns, not {}", c.describe())))
        })
        .collect()
}

/// `primaryKey({ columns, name })` or `primaryKey(a, b)`.
pub(crate) struct PrimaryKeyBuilder {
    pub columns: Vec<String>,
    pub name: Option<String>,
}

pub(crate) fn primary_key(args: Vec<Value>) -> Result<Value, HostError> {
    let first = arg(&args, 0);
    let (cols, name) = match opt_prop(&first, "columns") {
        Some(list) => (elements(&list).ok_or("primaryKey({ columns }) takes an array of columns")?, opt_string(&first, "name")),
        None => (args.clone(), None),
    };
    Ok(Value::host(PrimaryKeyBuilder { columns: column_names(&cols, "primaryKey()")?, name: name.filter(|n| !n.is_empty()) }))
}

impl HostObject for PrimaryKeyBuilder {
    fn type_name(&self) -> &str {
        "a primary key"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `unique(name?)` before `.on(…)`.
pub(crate) struct UniqueOn {
    pub name: Option<String>,
}

/// `unique(name?).on(…)`, optionally `.nullsNotDistinct()`.
pub(crate) struct UniqueBuilder {
    pub name: Option<String>,
    pub columns: Vec<String>,
    pub nulls_not_distinct: RefCell<bool>,
}

impl HostObject for UniqueOn {
    fn type_name(&self) -> &str {
        "a unique constraint builder"
    }
    fn call_method(&self, _: &mut dyn Interp, _this: &Value, name: &str, args: Vec<Value>) -> Result<Value, HostError> {
        match name {
            "on" => Ok(Value::host(UniqueBuilder {
                name: self.name.clone(),
                columns: column_names(&args, "unique().on()")?,
                nulls_not_distinct: RefCell::new(false),
            })),
            _ => Err(HostError(format!("`{name}()` on unique() is not supported; use unique(name).on(columns…)"))),
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl HostObject for UniqueBuilder {
    fn type_name(&self) -> &str {
        "a unique constraint"
    }
    fn call_method(&self, _: &mut dyn Interp, this: &Value, name: &str, _args: Vec<Value>) -> Result<Value, HostError> {
        match name {
            "nullsNotDistinct" => {
                *self.nulls_not_distinct.borrow_mut() = true;
                Ok(this.clone())
            }
            _ => Err(HostError(format!("`{name}()` on a unique constraint is not supported by dbkit's schema reader"))),
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A foreign key, from `foreignKey({ columns, foreignColumns, name })` or a column's
/// `.references(…)`: the columns are read when drizzle-kit reads them (lazily, for references).
pub(crate) struct ForeignKeyBuilder {
    /// Either the config object of `foreignKey()`, or the function of `.references()`.
    pub source: FkSource,
    pub on_update: RefCell<String>,
    pub on_delete: RefCell<String>,
}

pub(crate) enum FkSource {
    Config(Value),
    Inline { column: Value, target: Value, name: Option<String> },
}

/// The resolved sides of a foreign key.
pub(crate) struct FkReference {
    pub name: Option<String>,
    pub columns: Vec<Value>,
    pub foreign_columns: Vec<Value>,
}

impl ForeignKeyBuilder {
    pub(crate) fn new(source: FkSource) -> ForeignKeyBuilder {
        ForeignKeyBuilder { source, on_update: RefCell::new("no action".into()), on_delete: RefCell::new("no action".into()) }
    }

    pub(crate) fn reference(&self, interp: &mut dyn Interp) -> Result<FkReference, HostError> {
        match &self.source {
            FkSource::Config(c) => Ok(FkReference {
                name: opt_string(c, "name"),
                columns: prop(c, "columns").and_then(|v| elements(&v)).ok_or("foreignKey() needs `columns: [...]`")?,
                foreign_columns: prop(c, "foreignColumns")
                    .and_then(|v| elements(&v))
                    .ok_or("foreignKey() needs `foreignColumns: [...]`")?,
            }),
            FkSource::Inline { column, target, name } => {
                let to = interp.call(target, None, Vec::new())?;
                Ok(FkReference { name: name.clone(), columns: vec![column.clone()], foreign_columns: vec![to] })
            }
        }
    }
}

impl HostObject for ForeignKeyBuilder {
    fn type_name(&self) -> &str {
        "a foreign key"
    }
    fn call_method(&self, _: &mut dyn Interp, this: &Value, name: &str, args: Vec<Value>) -> Result<Value, HostError> {
        let action = match arg(&args, 0) {
            Value::Undefined => "no action".to_string(),
            v => js_string(&v),
        };
        match name {
            "onUpdate" => *self.on_update.borrow_mut() = action,
            "onDelete" => *self.on_delete.borrow_mut() = action,
            _ => return Err(HostError(format!("`{name}()` on a foreign key is not supported by dbkit's schema reader"))),
        }
        Ok(this.clone())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `check(name, sql)`.
pub(crate) struct CheckBuilder {
    pub name: String,
    pub value: Value,
}

impl HostObject for CheckBuilder {
    fn type_name(&self) -> &str {
        "a check constraint"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}
