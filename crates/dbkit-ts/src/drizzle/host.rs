//! The modules the host provides — `drizzle-orm/pg-core`, `drizzle-orm` (and its `sql`,
//! `relations` entry points) — as namespace objects of native functions; `drizzle-orm/neon` and
//! `drizzle-orm/supabase` are in `providers.rs`.

use std::any::Any;

use super::columns::CustomType;
use super::constraints::{FkSource, ForeignKeyBuilder, IndexOn, UniqueOn};
use super::entities::{CasingNs, Relations, make_enum, make_policy, make_role, make_schema, make_sequence};
use super::names::Casing;
use super::table::TableFn;
use super::util::{arg, js_string};
use super::view::ViewFn;
use super::{constraints, sql};
use crate::js::{Host, HostError, HostObject, Interp, Value};

/// The host providing drizzle-orm's pg-core to the interpreter. `casing` names the columns of
/// tables and views that do not choose a casing themselves (drizzle-orm 0.x's connection-wide
/// `casing`, which drizzle-kit 0.31 applied from its config); `snakeCase.table` and friends keep theirs.
#[derive(Debug, Default, Clone)]
pub struct DrizzleHost {
    pub casing: Casing,
    /// The major version of the project's drizzle-orm, when known: 1.0 no longer exports the
    /// 0.x `relations` from `drizzle-orm` (it moved to `drizzle-orm/_relations`).
    pub orm_major: Option<u64>,
}

const COLUMN_FNS: &[&str] = &[
    "bigint",
    "bigserial",
    "bit",
    "boolean",
    "bytea",
    "char",
    "cidr",
    "date",
    "decimal",
    "doublePrecision",
    "geometry",
    "halfvec",
    "inet",
    "integer",
    "interval",
    "json",
    "jsonb",
    "line",
    "macaddr",
    "macaddr8",
    "numeric",
    "point",
    "real",
    "serial",
    "smallint",
    "smallserial",
    "sparsevec",
    "text",
    "time",
    "timestamp",
    "uuid",
    "varchar",
    "vector",
];

const PG_CORE_FNS: &[&str] = &[
    "pgSchema",
    "pgEnum",
    "pgSequence",
    "pgRole",
    "pgPolicy",
    "index",
    "uniqueIndex",
    "primaryKey",
    "foreignKey",
    "unique",
    "check",
    "customType",
    "pgTableCreator",
    "alias",
];

/// drizzle-orm's table helpers a view's query uses.
const TABLE_HELPERS: &[&str] = &["getTableColumns", "getTableName"];

const OPERATORS: &[&str] = &[
    "eq",
    "ne",
    "gt",
    "gte",
    "lt",
    "lte",
    "and",
    "or",
    "not",
    "isNull",
    "isNotNull",
    "inArray",
    "notInArray",
    "exists",
    "notExists",
    "between",
    "notBetween",
    "like",
    "notLike",
    "ilike",
    "notIlike",
    "asc",
    "desc",
];

/// The object a `(t) => ({ … })` columns callback receives: every column function.
pub(crate) fn column_builders() -> Value {
    let mut props: Vec<(String, Value)> = COLUMN_FNS.iter().map(|n| (n.to_string(), Value::host(Native(n, Casing::None)))).collect();
    props.push(("customType".into(), Value::host(Native("customType", Casing::None))));
    Value::object(props)
}

fn pg_core(casing: Casing) -> Value {
    let mut props: Vec<(String, Value)> = Vec::new();
    let table = |rls| Value::host(TableFn { schema: None, casing, creator: None, rls });
    props.push(("pgTable".into(), table(false)));
    props.push(("pgView".into(), Value::host(ViewFn { schema: None, casing, materialized: false })));
    props.push(("pgMaterializedView".into(), Value::host(ViewFn { schema: None, casing, materialized: true })));
    props.push(("snakeCase".into(), Value::host(CasingNs(Casing::Snake))));
    props.push(("camelCase".into(), Value::host(CasingNs(Casing::Camel))));
    for n in COLUMN_FNS.iter().chain(PG_CORE_FNS) {
        props.push((n.to_string(), Value::host(Native(n, casing))));
    }
    Value::object(props)
}

fn drizzle_orm(orm_major: Option<u64>) -> Value {
    let mut props: Vec<(String, Value)> = vec![("sql".into(), Value::host(Native("sql", Casing::None)))];
    for n in OPERATORS.iter().chain(TABLE_HELPERS).chain(&["relations", "defineRelations"]) {
        props.push((n.to_string(), Value::host(Native(n, Casing::None))));
    }
    if orm_major.is_some_and(|major| major >= 1) {
        props.retain(|(n, _)| n != "relations");
        props.push(("relations".into(), Value::host(MovedInV1("relations"))));
    }
    Value::object(props)
}

impl Host for DrizzleHost {
    fn module(&self, specifier: &str) -> Option<Value> {
        match specifier {
            "drizzle-orm/pg-core" => Some(pg_core(self.casing)),
            "drizzle-orm" | "drizzle-orm/sql" | "drizzle-orm/relations" => Some(drizzle_orm(self.orm_major)),
            "drizzle-orm/_relations" => Some(Value::object(vec![("relations".into(), Value::host(Native("relations", Casing::None)))])),
            other => super::providers::module(other, self.casing),
        }
    }
}

/// drizzle-orm 0.x's `relations`, imported from `drizzle-orm` in a project on drizzle-orm 1.x,
/// where that export is gone: calling it fails there (drizzle-kit 1.0 exits with
/// "(0 , _drizzleOrm.relations) is not a function", and so would the application), so dbkit
/// refuses too, saying where the function went.
struct MovedInV1(&'static str);

impl HostObject for MovedInV1 {
    fn type_name(&self) -> &str {
        self.0
    }
    fn call(&self, _: &mut dyn Interp, _: Vec<Value>) -> Result<Value, HostError> {
        Err(HostError(format!(
            "drizzle-orm 1.x (installed in this project) no longer exports `{0}` from \"drizzle-orm\", so `{0}(…)` fails as it would in the application; \
             import it from \"drizzle-orm/_relations\" (the 0.x API), or move to defineRelations",
            self.0
        )))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A native function of drizzle-orm, by its exported name (`sql.raw` and friends as `sql.raw`),
/// with the host's default casing for the ones that make tables (`pgSchema`, `pgTableCreator`).
pub(crate) struct Native(pub &'static str, pub Casing);

const SQL_HELPERS: &[&str] = &["raw", "identifier", "join", "empty", "fromList", "param", "placeholder"];

impl HostObject for Native {
    fn type_name(&self) -> &str {
        self.0
    }

    fn get(&self, _: &mut dyn Interp, key: &str) -> Result<Value, HostError> {
        if let Some(h) = SQL_HELPERS.iter().find(|h| self.0 == "sql" && **h == key) {
            return Ok(Value::host(SqlHelper(h)));
        }
        Err(HostError(format!("{} has no property `{key}` dbkit can read", self.0)))
    }

    fn call_method(&self, interp: &mut dyn Interp, _this: &Value, name: &str, args: Vec<Value>) -> Result<Value, HostError> {
        if self.0 == "sql" && SQL_HELPERS.contains(&name) {
            return sql::helper(name, args);
        }
        let _ = interp;
        Err(HostError(format!("`{}.{name}()` is not supported by dbkit's schema reader", self.0)))
    }

    fn call(&self, interp: &mut dyn Interp, args: Vec<Value>) -> Result<Value, HostError> {
        if let Some(built) = super::columns::builder(self.0, &args) {
            return built;
        }
        if OPERATORS.contains(&self.0) {
            return sql::operator(self.0, args);
        }
        let name_arg = |i: usize| match arg(&args, i) {
            Value::String(s) if !s.is_empty() => Some(s.to_string()),
            _ => None,
        };
        match self.0 {
            "sql" => sql::tag(args),
            "pgSchema" => make_schema(&args, self.1),
            "pgEnum" => make_enum(None, &args),
            "pgSequence" => make_sequence(None, &args),
            "pgRole" => make_role(&args),
            "pgPolicy" => make_policy(&args),
            "index" => Ok(Value::host(IndexOn { unique: false, name: name_arg(0) })),
            "uniqueIndex" => Ok(Value::host(IndexOn { unique: true, name: name_arg(0) })),
            "primaryKey" => constraints::primary_key(args),
            "foreignKey" => Ok(Value::host(ForeignKeyBuilder::new(FkSource::Config(arg(&args, 0))))),
            "unique" => Ok(Value::host(UniqueOn { name: name_arg(0) })),
            "check" => Ok(Value::host(constraints::CheckBuilder {
                name: super::util::string_arg(&args, 0, "a check name")?,
                value: arg(&args, 1),
            })),
            "customType" => Ok(Value::host(CustomType { params: arg(&args, 0) })),
            "pgTableCreator" => {
                let casing = match arg(&args, 1) {
                    Value::String(s) if &*s == "snake_case" => Casing::Snake,
                    Value::String(s) if &*s == "camelCase" => Casing::Camel,
                    _ => self.1,
                };
                Ok(Value::host(TableFn { schema: None, casing, creator: Some(arg(&args, 0)), rls: false }))
            }
            "relations" | "defineRelations" => Ok(Value::host(Relations)),
            "getTableColumns" => super::table::table_columns(&arg(&args, 0)),
            "getTableName" => super::table::table_name(&arg(&args, 0)),
            "alias" => super::table::alias(&arg(&args, 0), super::util::string_arg(&args, 1, "an alias name")?),
            other => {
                let _ = interp;
                Err(HostError(format!("`{other}()` is not supported by dbkit's schema reader ({})", js_string(&Value::Undefined))))
            }
        }
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `sql.raw`, `sql.identifier`, … read as values and called later.
struct SqlHelper(&'static str);

impl HostObject for SqlHelper {
    fn type_name(&self) -> &str {
        self.0
    }
    fn call(&self, _: &mut dyn Interp, args: Vec<Value>) -> Result<Value, HostError> {
        sql::helper(self.0, args)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}
