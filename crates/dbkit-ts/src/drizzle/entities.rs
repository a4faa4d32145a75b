//! The schema-level objects: `pgEnum` (callable, with `.enumValues`), `pgSchema` (with its
//! `.table`/`.enum`/`.view`/`.sequence` and `.existing()`), `pgSequence`, `pgRole`, `pgPolicy`
//! (with `.link(table)`), the casing namespaces and the accepted-but-ignored `relations`.

use std::any::Any;
use std::cell::{Cell, RefCell};

use super::columns::{ColumnBuilder, ColumnKind};
use super::names::Casing;
use super::table::TableFn;
use super::util::{arg, elements, js_string};
use super::view::ViewFn;
use crate::js::{HostError, HostObject, Interp, Value};

/// `pgEnum(name, values)`: calling it makes a column.
pub(crate) struct EnumObj {
    pub name: String,
    pub schema: Option<String>,
    pub values: Vec<String>,
}

/// `pgEnum(name, [...])` or `pgEnum(name, { A: "a" })` (the object's values, in order).
pub(crate) fn make_enum(schema: Option<String>, args: &[Value]) -> Result<Value, HostError> {
    let name = super::util::string_arg(args, 0, "an enum name")?;
    let values = match arg(args, 1) {
        Value::Array(a) => a.borrow().iter().map(js_string).collect(),
        Value::Object(o) => o.borrow().props.iter().map(|(_, v)| js_string(v)).collect(),
        other => return Err(HostError(format!("pgEnum(\"{name}\", …) takes an array or an object of values, not {}", other.describe()))),
    };
    Ok(Value::host(EnumObj { name, schema, values }))
}

impl HostObject for EnumObj {
    fn type_name(&self) -> &str {
        "a pgEnum"
    }
    fn get(&self, _: &mut dyn Interp, key: &str) -> Result<Value, HostError> {
        match key {
            "enumName" => Ok(Value::string(&self.name)),
            "enumValues" => Ok(Value::array(self.values.iter().map(Value::string).collect())),
            "schema" => Ok(self.schema.as_ref().map_or(Value::Undefined, Value::string)),
            _ => Err(HostError(format!("enum \"{}\" has no property `{key}` dbkit can read", self.name))),
        }
    }
    fn call(&self, _: &mut dyn Interp, args: Vec<Value>) -> Result<Value, HostError> {
        let name = match arg(&args, 0) {
            Value::String(s) => s,
            _ => "".into(),
        };
        Ok(ColumnBuilder::value(name, ColumnKind::Enum { name: self.name.clone(), schema: self.schema.clone() }))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `pgSchema(name, casing?)`.
pub(crate) struct SchemaObj {
    pub name: String,
    pub casing: Casing,
    pub existing: Cell<bool>,
}

pub(crate) fn make_schema(args: &[Value], casing: Casing) -> Result<Value, HostError> {
    let name = super::util::string_arg(args, 0, "a schema name")?;
    if name == "public" {
        return Err(HostError(
            "You can't specify 'public' as schema name. Postgres is using public schema by default. If you want to use 'public' schema, just use pgTable() instead of creating a schema".into(),
        ));
    }
    let casing = match arg(args, 1) {
        Value::String(s) if &*s == "snake_case" => Casing::Snake,
        Value::String(s) if &*s == "camelCase" => Casing::Camel,
        _ => casing,
    };
    Ok(Value::host(SchemaObj { name, casing, existing: Cell::new(false) }))
}

impl HostObject for SchemaObj {
    fn type_name(&self) -> &str {
        "a pgSchema"
    }
    fn get(&self, _: &mut dyn Interp, key: &str) -> Result<Value, HostError> {
        let schema = Some(self.name.clone());
        match key {
            "schemaName" => Ok(Value::string(&self.name)),
            "isExisting" => Ok(Value::Bool(self.existing.get())),
            "table" => Ok(Value::host(TableFn { schema, casing: self.casing, creator: None, rls: false })),
            "view" => Ok(Value::host(ViewFn { schema, casing: self.casing, materialized: false })),
            "materializedView" => Ok(Value::host(ViewFn { schema, casing: self.casing, materialized: true })),
            _ => Err(HostError(format!("schema \"{}\" has no property `{key}` dbkit can read", self.name))),
        }
    }
    fn call_method(&self, interp: &mut dyn Interp, this: &Value, name: &str, args: Vec<Value>) -> Result<Value, HostError> {
        match name {
            "existing" => {
                self.existing.set(true);
                Ok(this.clone())
            }
            "enum" => make_enum(Some(self.name.clone()), &args),
            "sequence" => make_sequence(Some(self.name.clone()), &args),
            "table" | "view" | "materializedView" => {
                let f = self.get(interp, name)?;
                let Value::Host(h) = &f else { unreachable!() };
                h.call(interp, args)
            }
            "getSQL" => Ok(super::sql::Sql::value(vec![Value::host(super::sql::Name(self.name.clone()))])),
            _ => Err(HostError(format!("`{name}()` on a pgSchema is not supported by dbkit's schema reader"))),
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `pgSequence(name, options?)`.
pub(crate) struct SequenceObj {
    pub name: String,
    pub schema: Option<String>,
    pub options: Value,
}

pub(crate) fn make_sequence(schema: Option<String>, args: &[Value]) -> Result<Value, HostError> {
    let name = super::util::string_arg(args, 0, "a sequence name")?;
    Ok(Value::host(SequenceObj { name, schema, options: arg(args, 1) }))
}

impl HostObject for SequenceObj {
    fn type_name(&self) -> &str {
        "a pgSequence"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `pgRole(name, { createDb, createRole, inherit })` — drizzle-orm copies only these three.
pub(crate) struct RoleObj {
    pub name: String,
    pub create_db: Option<bool>,
    pub create_role: Option<bool>,
    pub inherit: Option<bool>,
    pub existing: Cell<bool>,
}

pub(crate) fn make_role(args: &[Value]) -> Result<Value, HostError> {
    let name = super::util::string_arg(args, 0, "a role name")?;
    let config = arg(args, 1);
    let flag = |k: &str| super::util::opt_prop(&config, k).map(|v| v.truthy());
    Ok(Value::host(RoleObj {
        name,
        create_db: flag("createDb"),
        create_role: flag("createRole"),
        inherit: flag("inherit"),
        existing: Cell::new(false),
    }))
}

impl HostObject for RoleObj {
    fn type_name(&self) -> &str {
        "a pgRole"
    }
    fn get(&self, _: &mut dyn Interp, key: &str) -> Result<Value, HostError> {
        match key {
            "name" => Ok(Value::string(&self.name)),
            _ => Err(HostError(format!("role \"{}\" has no property `{key}` dbkit can read", self.name))),
        }
    }
    fn call_method(&self, _: &mut dyn Interp, this: &Value, name: &str, _args: Vec<Value>) -> Result<Value, HostError> {
        match name {
            "existing" => {
                self.existing.set(true);
                Ok(this.clone())
            }
            _ => Err(HostError(format!("`{name}()` on a pgRole is not supported by dbkit's schema reader"))),
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `pgPolicy(name, { as, for, to, using, withCheck })`, optionally `.link(table)`.
pub(crate) struct PolicyObj {
    pub name: String,
    pub as_: Option<String>,
    pub for_: Option<String>,
    pub to: Value,
    pub using: Value,
    pub with_check: Value,
    pub linked: RefCell<Option<Value>>,
}

pub(crate) fn make_policy(args: &[Value]) -> Result<Value, HostError> {
    let name = super::util::string_arg(args, 0, "a policy name")?;
    let config = arg(args, 1);
    let get = |k: &str| super::util::prop(&config, k).unwrap_or(Value::Undefined);
    Ok(Value::host(PolicyObj {
        name,
        as_: super::util::opt_prop(&config, "as").map(|v| js_string(&v)),
        for_: super::util::opt_prop(&config, "for").map(|v| js_string(&v)),
        to: get("to"),
        using: get("using"),
        with_check: get("withCheck"),
        linked: RefCell::new(None),
    }))
}

impl HostObject for PolicyObj {
    fn type_name(&self) -> &str {
        "a pgPolicy"
    }
    fn call_method(&self, _: &mut dyn Interp, this: &Value, name: &str, args: Vec<Value>) -> Result<Value, HostError> {
        match name {
            "link" => {
                *self.linked.borrow_mut() = Some(arg(&args, 0));
                Ok(this.clone())
            }
            _ => Err(HostError(format!("`{name}()` on a pgPolicy is not supported by dbkit's schema reader"))),
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl PolicyObj {
    /// drizzle-kit's role list: `public` when none, names of strings and roles, sorted.
    pub(crate) fn roles(&self) -> Vec<String> {
        let one = |v: &Value| match v {
            Value::String(s) => s.to_string(),
            other => other.downcast::<RoleObj>().map(|r| r.name.clone()).unwrap_or_default(),
        };
        let mut roles = match &self.to {
            v if !v.truthy() => vec!["public".to_string()],
            Value::Array(_) => elements(&self.to).unwrap_or_default().iter().map(one).collect(),
            v => vec![one(v)],
        };
        // JS `sort()` compares UTF-16 code units.
        roles.sort_by(|a, b| a.encode_utf16().cmp(b.encode_utf16()));
        roles
    }
}

/// `snakeCase` / `camelCase`: `.table`, `.view`, `.materializedView`, `.schema`.
pub(crate) struct CasingNs(pub Casing);

impl HostObject for CasingNs {
    fn type_name(&self) -> &str {
        "a casing namespace"
    }
    fn get(&self, _: &mut dyn Interp, key: &str) -> Result<Value, HostError> {
        match key {
            "table" => Ok(Value::host(TableFn { schema: None, casing: self.0, creator: None, rls: false })),
            "view" => Ok(Value::host(ViewFn { schema: None, casing: self.0, materialized: false })),
            "materializedView" => Ok(Value::host(ViewFn { schema: None, casing: self.0, materialized: true })),
            _ => Err(HostError(format!("the casing namespace has no property `{key}`"))),
        }
    }
    fn call_method(&self, interp: &mut dyn Interp, _this: &Value, name: &str, args: Vec<Value>) -> Result<Value, HostError> {
        match name {
            "schema" => make_schema(&args, self.0),
            "table" | "view" | "materializedView" => {
                let f = self.get(interp, name)?;
                let Value::Host(h) = &f else { unreachable!() };
                h.call(interp, args)
            }
            _ => Err(HostError(format!("`{name}()` on a casing namespace is not supported"))),
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `relations(…)` / `defineRelations(…)`: accepted, and ignored by drizzle-kit's DDL.
pub(crate) struct Relations;

impl HostObject for Relations {
    fn type_name(&self) -> &str {
        "relations"
    }
    fn get(&self, _: &mut dyn Interp, _key: &str) -> Result<Value, HostError> {
        Ok(Value::Undefined)
    }
    fn call_method(&self, _: &mut dyn Interp, this: &Value, _name: &str, _args: Vec<Value>) -> Result<Value, HostError> {
        Ok(this.clone())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}
