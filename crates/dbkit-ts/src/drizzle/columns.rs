//! pg-core's column builders (`integer()`, `varchar({ length })`, an enum's `mood()`, a
//! `customType`'s column, …): their options and modes, the chained modifiers (`.notNull()`,
//! `.default()`, `.array()`, `.references()`, identity, generated), and each type's SQL spelling
//! (`getSQLType`).

use std::any::Any;
use std::cell::{RefCell, RefMut};
use std::rc::Rc;

use super::util::{arg, elements, js_string, opt_prop, opt_string, prop};
use crate::js::{HostError, HostObject, Interp, Value};

/// What kind of column, with the options that change its SQL type or its default's grammar.
#[derive(Debug, Clone)]
pub(crate) enum ColumnKind {
    SmallInt,
    Integer,
    BigInt,
    Serial,
    SmallSerial,
    BigSerial,
    Boolean,
    Text,
    Varchar(Option<String>),
    Char(Option<String>),
    /// precision, scale
    Numeric(Option<String>, Option<String>),
    Real,
    Double,
    Json,
    Jsonb,
    Uuid,
    Date,
    Time {
        precision: Option<String>,
        tz: bool,
    },
    /// `string_mode` spells the precision without the space drizzle puts in Date mode.
    Timestamp {
        precision: Option<String>,
        tz: bool,
        string_mode: bool,
    },
    Interval {
        fields: Option<String>,
        precision: Option<String>,
    },
    Inet,
    Cidr,
    Macaddr,
    Macaddr8,
    Bytea,
    /// `xy` mode (objects) or tuples.
    Point {
        xy: bool,
    },
    /// `abc` mode (objects) or tuples.
    Line {
        abc: bool,
    },
    Geometry {
        srid: Option<String>,
        object: bool,
    },
    Vector(String),
    HalfVec(String),
    SparseVec(String),
    Bit(String),
    /// An enum column: the enum's name and schema.
    Enum {
        name: String,
        schema: Option<String>,
    },
    /// A `customType`: its `dataType()` result.
    Custom(String),
}

impl ColumnKind {
    /// drizzle-orm's `getSQLType()`.
    pub(crate) fn sql_type(&self) -> String {
        use ColumnKind::*;
        let with_len = |base: &str, l: &Option<String>| l.as_ref().map_or(base.to_string(), |l| format!("{base}({l})"));
        match self {
            SmallInt => "smallint".into(),
            Integer => "integer".into(),
            BigInt => "bigint".into(),
            Serial => "serial".into(),
            SmallSerial => "smallserial".into(),
            BigSerial => "bigserial".into(),
            Boolean => "boolean".into(),
            Text => "text".into(),
            Varchar(l) => with_len("varchar", l),
            Char(l) => with_len("char", l),
            Numeric(None, _) => "numeric".into(),
            Numeric(Some(p), None) => format!("numeric({p})"),
            Numeric(Some(p), Some(s)) => format!("numeric({p}, {s})"),
            Real => "real".into(),
            Double => "double precision".into(),
            Json => "json".into(),
            Jsonb => "jsonb".into(),
            Uuid => "uuid".into(),
            Date => "date".into(),
            Time { precision, tz } => {
                format!(
                    "time{}{}",
                    precision.as_ref().map_or(String::new(), |p| format!("({p})")),
                    if *tz { " with time zone" } else { "" }
                )
            }
            Timestamp { precision, tz, string_mode } => format!(
                "timestamp{}{}",
                precision.as_ref().map_or(String::new(), |p| if *string_mode { format!("({p})") } else { format!(" ({p})") }),
                if *tz { " with time zone" } else { "" }
            ),
            Interval { fields, precision } => format!(
                "interval{}{}",
                fields.as_ref().map_or(String::new(), |f| format!(" {f}")),
                // drizzle-orm tests the precision for truthiness: 0 is left out.
                precision.as_ref().filter(|p| p.as_str() != "0").map_or(String::new(), |p| format!("({p})"))
            ),
            Inet => "inet".into(),
            Cidr => "cidr".into(),
            Macaddr => "macaddr".into(),
            Macaddr8 => "macaddr8".into(),
            Bytea => "bytea".into(),
            Point { .. } => "point".into(),
            Line { .. } => "line".into(),
            Geometry { srid, .. } => format!("geometry(point{})", srid.as_ref().map_or(String::new(), |s| format!(",{s}"))),
            Vector(d) => format!("vector({d})"),
            HalfVec(d) => format!("halfvec({d})"),
            SparseVec(d) => format!("sparsevec({d})"),
            Bit(d) => format!("bit({d})"),
            Enum { name, .. } => name.clone(),
            Custom(t) => t.clone(),
        }
    }

    pub(crate) fn is_json(&self) -> bool {
        matches!(self, ColumnKind::Json | ColumnKind::Jsonb)
    }

    pub(crate) fn is_vector(&self) -> bool {
        matches!(self, ColumnKind::Vector(_))
    }
}

/// A column's identity (`generatedAlwaysAsIdentity({...})`).
#[derive(Debug, Clone)]
pub(crate) struct IdentityConfig {
    pub always: bool,
    pub name: Option<String>,
    /// The options object without `name` (`startWith`, `increment`, …).
    pub options: Value,
}

/// `.references(() => t.c, { onDelete, onUpdate, name })`.
#[derive(Debug, Clone)]
pub(crate) struct InlineReference {
    pub target: Value,
    pub config: Value,
}

/// Everything a builder records, as drizzle-orm's `config`.
#[derive(Debug, Clone)]
pub(crate) struct ColumnDef {
    /// `""` until the table names it after its key.
    pub name: Rc<str>,
    pub kind: ColumnKind,
    pub not_null: bool,
    pub primary_key: bool,
    pub is_unique: bool,
    /// `.array()` sets it (not adds to it): drizzle-orm keeps the last call's count.
    pub dimensions: usize,
    /// `None` is `undefined` (no default).
    pub default: Option<Value>,
    /// What fewer columns set, boxed: a schema of thousands of tables holds every definition
    /// until it is converted.
    more: Option<Box<ColumnMore>>,
}

#[derive(Debug, Clone, Default)]
struct ColumnMore {
    unique_name: Option<String>,
    unique_nulls: Option<String>,
    generated: Option<Value>,
    identity: Option<IdentityConfig>,
    references: Vec<InlineReference>,
}

impl ColumnDef {
    pub(crate) fn unique_name(&self) -> Option<&String> {
        self.more.as_ref()?.unique_name.as_ref()
    }

    pub(crate) fn unique_nulls(&self) -> Option<&str> {
        self.more.as_ref()?.unique_nulls.as_deref()
    }

    /// `.generatedAlwaysAs(…)`: SQL, a function returning SQL, or a value.
    pub(crate) fn generated(&self) -> Option<&Value> {
        self.more.as_ref()?.generated.as_ref()
    }

    pub(crate) fn identity(&self) -> Option<&IdentityConfig> {
        self.more.as_ref()?.identity.as_ref()
    }

    pub(crate) fn references(&self) -> &[InlineReference] {
        self.more.as_ref().map_or(&[], |m| &m.references)
    }

    fn more_mut(&mut self) -> &mut ColumnMore {
        self.more.get_or_insert_with(Box::default)
    }
}

/// A column builder, mutated in place by its chained methods as drizzle-orm's are. Its
/// definition is shared with the columns of the tables built from it (which drizzle-orm copies
/// when the table is built): changing the builder afterwards copies it first.
pub(crate) struct ColumnBuilder {
    pub def: RefCell<Rc<ColumnDef>>,
}

impl ColumnBuilder {
    pub(crate) fn value(name: Rc<str>, kind: ColumnKind) -> Value {
        let serial = matches!(kind, ColumnKind::Serial | ColumnKind::SmallSerial | ColumnKind::BigSerial);
        Value::host(ColumnBuilder {
            def: RefCell::new(Rc::new(ColumnDef {
                name,
                kind,
                not_null: serial,
                primary_key: false,
                is_unique: false,
                dimensions: 0,
                default: None,
                more: None,
            })),
        })
    }

    /// The definition, to change (copied first if a built column shares it).
    pub(crate) fn edit(&self) -> RefMut<'_, ColumnDef> {
        RefMut::map(self.def.borrow_mut(), Rc::make_mut)
    }

    fn identity(&self, always: bool, args: &[Value]) -> Result<(), HostError> {
        let mut def = self.edit();
        if !matches!(def.kind, ColumnKind::SmallInt | ColumnKind::Integer | ColumnKind::BigInt) {
            return Err(HostError(format!("identity columns are integer, smallint or bigint in drizzle, not {}", def.kind.sql_type())));
        }
        let config = arg(args, 0);
        let (name, options) = match &config {
            Value::Object(o) => {
                let o = o.borrow();
                let name = o.get("name").and_then(|v| v.as_str().map(str::to_string));
                let rest = o.props.iter().filter(|(k, _)| k != "name").cloned().collect();
                (name, Value::object(rest))
            }
            _ => (None, Value::Undefined),
        };
        def.more_mut().identity = Some(IdentityConfig { always, name, options });
        def.not_null = true;
        Ok(())
    }
}

impl HostObject for ColumnBuilder {
    fn type_name(&self) -> &str {
        "a column builder"
    }

    fn call_method(&self, _: &mut dyn Interp, this: &Value, name: &str, args: Vec<Value>) -> Result<Value, HostError> {
        match name {
            "notNull" => self.edit().not_null = true,
            "primaryKey" => {
                let mut d = self.edit();
                d.primary_key = true;
                d.not_null = true;
            }
            "default" => self.edit().default = Some(arg(&args, 0)).filter(|v| !matches!(v, Value::Undefined)),
            "defaultNow" => {
                let mut d = self.edit();
                if !matches!(d.kind, ColumnKind::Date | ColumnKind::Time { .. } | ColumnKind::Timestamp { .. }) {
                    return Err(HostError(format!("defaultNow() exists on date, time and timestamp columns, not {}", d.kind.sql_type())));
                }
                d.default = Some(super::sql::Sql::value(vec![super::sql::text("now()")]));
            }
            "defaultRandom" => {
                let mut d = self.edit();
                if !matches!(d.kind, ColumnKind::Uuid) {
                    return Err("defaultRandom() exists on uuid columns only".into());
                }
                d.default = Some(super::sql::Sql::value(vec![super::sql::text("gen_random_uuid()")]));
            }
            // Runtime-only in drizzle-orm: drizzle-kit never sees them.
            "$type" | "$default" | "$defaultFn" | "$onUpdate" | "$onUpdateFn" => {}
            "unique" => {
                let mut d = self.edit();
                d.is_unique = true;
                let more = d.more_mut();
                more.unique_name = arg(&args, 0).as_str().map(str::to_string);
                more.unique_nulls = opt_string(&arg(&args, 1), "nulls");
            }
            "array" => {
                let dims = match arg(&args, 0) {
                    Value::Undefined => 1,
                    Value::String(s) => s.chars().count() / 2,
                    other => return Err(HostError(format!("array() takes a string such as \"[][]\", not {}", other.describe()))),
                };
                self.edit().dimensions = dims;
            }
            "references" => {
                let target = arg(&args, 0);
                if !matches!(target, Value::Function(_)) {
                    return Err("references() takes a function returning the referenced column: .references(() => users.id)".into());
                }
                self.edit().more_mut().references.push(InlineReference { target, config: arg(&args, 1) });
            }
            "generatedAlwaysAs" => self.edit().more_mut().generated = Some(arg(&args, 0)),
            "generatedAlwaysAsIdentity" => self.identity(true, &args)?,
            "generatedByDefaultAsIdentity" => self.identity(false, &args)?,
            _ => return Err(HostError(format!("`{name}()` on a column builder is not supported by dbkit's schema reader"))),
        }
        Ok(this.clone())
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// drizzle-orm's `getColumnNameAndConfig(a, b)`: `(name, config)`.
fn name_and_config(args: &[Value]) -> (Rc<str>, Value) {
    let a = arg(args, 0);
    match &a {
        Value::String(s) => (s.clone(), arg(args, 1)),
        Value::Object(_) => ("".into(), a.clone()),
        _ => ("".into(), arg(args, 1)),
    }
}

fn num_opt(config: &Value, key: &str) -> Option<String> {
    opt_prop(config, key).map(|v| js_string(&v))
}

fn mode(config: &Value) -> Option<String> {
    opt_string(config, "mode")
}

/// The pg-core column functions by name; `None` for a name that is not one.
pub(crate) fn builder(fn_name: &str, args: &[Value]) -> Option<Result<Value, HostError>> {
    let (name, config) = name_and_config(args);
    let kind = match fn_name {
        "smallint" => ColumnKind::SmallInt,
        "integer" => ColumnKind::Integer,
        "bigint" => ColumnKind::BigInt,
        "serial" => ColumnKind::Serial,
        "smallserial" => ColumnKind::SmallSerial,
        "bigserial" => ColumnKind::BigSerial,
        "boolean" => ColumnKind::Boolean,
        "text" => ColumnKind::Text,
        "varchar" => ColumnKind::Varchar(num_opt(&config, "length")),
        "char" => ColumnKind::Char(num_opt(&config, "length")),
        "numeric" | "decimal" => ColumnKind::Numeric(num_opt(&config, "precision"), num_opt(&config, "scale")),
        "real" => ColumnKind::Real,
        "doublePrecision" => ColumnKind::Double,
        "json" => ColumnKind::Json,
        "jsonb" => ColumnKind::Jsonb,
        "uuid" => ColumnKind::Uuid,
        "date" => ColumnKind::Date,
        "time" => {
            ColumnKind::Time { precision: num_opt(&config, "precision"), tz: opt_prop(&config, "withTimezone").is_some_and(|v| v.truthy()) }
        }
        "timestamp" => ColumnKind::Timestamp {
            precision: num_opt(&config, "precision"),
            tz: opt_prop(&config, "withTimezone").is_some_and(|v| v.truthy()),
            string_mode: mode(&config).as_deref() == Some("string"),
        },
        "interval" => ColumnKind::Interval { fields: opt_string(&config, "fields"), precision: num_opt(&config, "precision") },
        "inet" => ColumnKind::Inet,
        "cidr" => ColumnKind::Cidr,
        "macaddr" => ColumnKind::Macaddr,
        "macaddr8" => ColumnKind::Macaddr8,
        "bytea" => ColumnKind::Bytea,
        "point" => ColumnKind::Point { xy: mode(&config).is_some_and(|m| m != "tuple") },
        "line" => ColumnKind::Line { abc: mode(&config).is_some_and(|m| m != "tuple") },
        "geometry" => ColumnKind::Geometry { srid: num_opt(&config, "srid"), object: mode(&config).is_some_and(|m| m != "tuple") },
        "vector" | "halfvec" | "sparsevec" | "bit" => {
            let Some(d) = num_opt(&config, "dimensions") else {
                return Some(Err(HostError(format!("{fn_name}() needs {{ dimensions: n }}"))));
            };
            match fn_name {
                "vector" => ColumnKind::Vector(d),
                "halfvec" => ColumnKind::HalfVec(d),
                "sparsevec" => ColumnKind::SparseVec(d),
                _ => ColumnKind::Bit(d),
            }
        }
        _ => return None,
    };
    Some(Ok(ColumnBuilder::value(name, kind)))
}

/// `customType({ dataType(config) { … } })`: a column function whose SQL type comes from calling
/// `dataType` with the column's config object, as drizzle-orm does when the table is built.
pub(crate) struct CustomType {
    pub params: Value,
}

impl HostObject for CustomType {
    fn type_name(&self) -> &str {
        "a customType column function"
    }
    fn call(&self, interp: &mut dyn Interp, args: Vec<Value>) -> Result<Value, HostError> {
        let (name, config) = name_and_config(&args);
        let data_type = prop(&self.params, "dataType").ok_or("customType() needs a dataType() function")?;
        let field_config = if matches!(config, Value::Undefined) { Value::Undefined } else { config };
        let sql_type = interp.call(&data_type, Some(self.params.clone()), vec![field_config])?;
        let Value::String(t) = sql_type else {
            return Err(HostError(format!("customType's dataType() returned {}, not a string", sql_type.describe())));
        };
        Ok(ColumnBuilder::value(name, ColumnKind::Custom(t.to_string())))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Whether an array value holds only empty arrays, to any depth (`def.flat(5).length === 0`).
pub(crate) fn all_empty(v: &Value) -> bool {
    elements(v).is_some_and(|items| items.iter().all(|i| elements(i).is_some_and(|_| all_empty(i))))
}
