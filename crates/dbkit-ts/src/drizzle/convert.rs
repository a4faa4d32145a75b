//! A schema's exports to drizzle-kit's interim rows, as `fromDrizzleSchema` builds them: tables
//! and what their configs hold, linked policies, sequences, roles, views and enums, with the same
//! defaults, names and validation errors.

use dbkit_core::model::{
    Check, Column, Enum, Fk, Index, Obj, Pk, Policy, Role, Schema, Sequence, Table as TableRow, Unique, View as ViewRow,
};
use serde_json::{Map, Value as Json, json};

use super::entities::{EnumObj, PolicyObj, RoleObj, SchemaObj, SequenceObj};
use super::sql::{Source, render_inlined};
use super::table::Table;
use super::util::{js_string, opt_prop};
use super::view::{View, view_dependencies};
use super::{Origin, Problem};
use crate::js::{HostError, Interp, Value};

/// One export of one schema file.
pub(crate) struct Export {
    pub file: String,
    pub name: String,
    pub value: Value,
}

/// A row with where it came from, for error messages.
pub(crate) struct At<T> {
    pub row: T,
    pub origin: Origin,
}

/// A column with the facts `interimToDDL` turns into constraints.
pub(crate) struct InterimColumn {
    pub row: Column,
    pub pk: bool,
    pub unique: bool,
    pub unique_name: Option<String>,
    pub unique_nulls_not_distinct: bool,
}

/// drizzle-kit's interim schema.
#[derive(Default)]
pub(crate) struct Interim {
    pub schemas: Vec<At<Schema>>,
    pub tables: Vec<At<TableRow>>,
    pub enums: Vec<At<Enum>>,
    pub columns: Vec<At<InterimColumn>>,
    pub indexes: Vec<At<Index>>,
    pub fks: Vec<At<Fk>>,
    pub pks: Vec<At<Pk>>,
    pub uniques: Vec<At<Unique>>,
    pub checks: Vec<At<Check>>,
    pub sequences: Vec<At<Sequence>>,
    pub roles: Vec<At<Role>>,
    pub policies: Vec<At<Policy>>,
    pub views: Vec<At<ViewRow>>,
    pub view_dependencies: Vec<super::ViewDependency>,
    pub warnings: Vec<String>,
}

/// A failure inside a host object or a schema callback. Errors the interpreter raised while
/// running schema code already name their place; others get the export's.
pub(crate) fn host_err(origin: &Origin, e: HostError) -> Problem {
    Problem::at(origin, e.0, "fix the schema code there")
}

pub(crate) fn fk_action(a: &str, origin: &Origin) -> Result<String, Problem> {
    Ok(match a {
        "no action" => "NO ACTION",
        "cascade" => "CASCADE",
        "restrict" => "RESTRICT",
        "set default" => "SET DEFAULT",
        "set null" => "SET NULL",
        other => {
            return Err(Problem::at(
                origin,
                format!("unknown foreign key action \"{other}\""),
                "use \"cascade\", \"restrict\", \"no action\", \"set null\" or \"set default\"",
            ));
        }
    }
    .into())
}

/// `String(x)` of an identity or sequence option (`undefined` stays absent).
pub(crate) fn option_text(options: &Value, key: &str) -> Option<String> {
    opt_prop(options, key).map(|v| js_string(&v))
}

pub(crate) fn js_number(s: &str) -> f64 {
    s.trim().parse::<f64>().unwrap_or(f64::NAN)
}

pub(crate) fn cache_json(s: Option<String>) -> Json {
    let n = s.map_or(1.0, |s| if s.trim().is_empty() { 0.0 } else { js_number(&s) });
    if n.fract() == 0.0 && n.is_finite() { json!(n as i64) } else { serde_json::Number::from_f64(n).map_or(Json::Null, Json::Number) }
}

pub(crate) fn schema_of(t: &Table) -> String {
    t.schema.clone().filter(|s| !s.is_empty()).unwrap_or_else(|| "public".into())
}

/// Builds drizzle-kit's interim schema from the exports, in drizzle-kit's order.
pub(crate) fn from_exports(exports: &[Export], interp: &mut dyn Interp) -> Result<Interim, Problem> {
    let mut out = Interim::default();
    let origin = |e: &Export| Origin { file: e.file.clone(), export: e.name.clone(), needle: None };
    let of_kind = |pred: &dyn Fn(&Value) -> bool| exports.iter().filter(|e| pred(&e.value)).collect::<Vec<_>>();
    let tables = of_kind(&|v| v.downcast::<Table>().is_some());
    let schemas = of_kind(&|v| v.downcast::<SchemaObj>().is_some());
    let enums = of_kind(&|v| v.downcast::<EnumObj>().is_some());
    let sequences = of_kind(&|v| v.downcast::<SequenceObj>().is_some());
    let roles = of_kind(&|v| v.downcast::<RoleObj>().is_some());
    let policies = of_kind(&|v| v.downcast::<PolicyObj>().is_some());
    let views = of_kind(&|v| v.downcast::<View>().is_some_and(|v| !v.materialized));
    let mat_views = of_kind(&|v| v.downcast::<View>().is_some_and(|v| v.materialized));

    for e in &schemas {
        let s = e.value.downcast::<SchemaObj>().unwrap();
        if !s.existing.get() && s.name != "public" {
            out.schemas.push(At { row: Schema { name: s.name.clone() }, origin: origin(e) });
        }
    }

    let mut configs = Vec::new();
    for e in &tables {
        let t = e.value.downcast::<Table>().unwrap();
        configs.push(super::table_rows::table_config(&e.value, t, interp, &origin(e))?);
    }

    for e in &policies {
        let p = e.value.downcast::<PolicyObj>().unwrap();
        let linked = p.linked.borrow().clone();
        let Some(t) = linked.as_ref().and_then(|l| l.downcast::<Table>()) else {
            out.warnings.push(format!(
                "Policy {} was skipped because it was not linked to any table. You should either include the policy in a table or use .link() on the policy to link it to any table you have.",
                p.name
            ));
            continue;
        };
        let o = origin(e);
        out.policies.push(At { row: policy_row(p, &schema_of(t), &t.name).map_err(|e| host_err(&o, e))?, origin: o });
    }

    for (e, cfg) in tables.iter().zip(&configs) {
        let t = e.value.downcast::<Table>().unwrap();
        let schema = schema_of(t);
        let rls = t.enable_rls.get() || cfg.has_policies() || out.policies.iter().any(|p| p.row.schema == schema && p.row.table == t.name);
        out.tables.push(At { row: TableRow { schema, name: t.name.clone(), is_rls_enabled: rls }, origin: origin(e) });
    }

    for (e, cfg) in tables.iter().zip(&configs) {
        super::table_rows::table_rows(e, cfg, interp, &mut out)?;
    }

    for e in &sequences {
        let s = e.value.downcast::<SequenceObj>().unwrap();
        let increment = option_text(&s.options, "increment").unwrap_or_else(|| "1".into());
        let negative = js_number(&increment) < 0.0;
        let min = option_text(&s.options, "minValue").unwrap_or_else(|| if negative { "-9223372036854775808".into() } else { "1".into() });
        let max = option_text(&s.options, "maxValue").unwrap_or_else(|| if negative { "-1".into() } else { "9223372036854775807".into() });
        let start = option_text(&s.options, "startWith").unwrap_or_else(|| if negative { max.clone() } else { min.clone() });
        let cache = cache_json(option_text(&s.options, "cache"));
        out.sequences.push(At {
            row: Sequence {
                schema: s.schema.clone().unwrap_or_else(|| "public".into()),
                name: s.name.clone(),
                increment_by: Some(increment),
                min_value: Some(min),
                max_value: Some(max),
                start_with: Some(start),
                cache_size: cache.as_i64(),
                cycle: Some(opt_prop(&s.options, "cycle").is_some_and(|v| v.truthy())),
            },
            origin: origin(e),
        });
    }

    for e in &roles {
        let r = e.value.downcast::<RoleObj>().unwrap();
        if r.existing.get() {
            continue;
        }
        out.roles.push(At {
            row: Role {
                name: r.name.clone(),
                superuser: Some(false),
                create_db: Some(r.create_db.unwrap_or(false)),
                create_role: Some(r.create_role.unwrap_or(false)),
                inherit: Some(r.inherit.unwrap_or(true)),
                can_login: Some(false),
                replication: Some(false),
                bypass_rls: Some(false),
                conn_limit: Some(-1),
                password: None,
                valid_until: None,
            },
            origin: origin(e),
        });
    }

    for e in views.iter().chain(mat_views.iter()) {
        let v = e.value.downcast::<View>().unwrap();
        if v.is_existing() {
            continue;
        }
        let o = origin(e);
        let query = v.query.clone().expect("not existing");
        let definition = render_inlined(&query, Source::Qualified).map_err(|e| host_err(&o, e))?;
        let schema = v.schema.clone().unwrap_or_else(|| "public".into());
        out.view_dependencies.push(((schema.clone(), v.name.clone()), view_dependencies(&query)));
        out.views.push(At {
            row: ViewRow {
                schema,
                name: v.name.clone(),
                definition: Some(definition),
                with: view_with(v.config.with.as_ref()),
                with_no_data: v.config.with_no_data,
                using: v.config.using.clone(),
                tablespace: v.config.tablespace.clone(),
                materialized: v.materialized,
            },
            origin: o,
        });
    }

    for e in &enums {
        let en = e.value.downcast::<EnumObj>().unwrap();
        out.enums.push(At {
            row: Enum {
                schema: en.schema.clone().filter(|s| !s.is_empty()).unwrap_or_else(|| "public".into()),
                name: en.name.clone(),
                values: en.values.clone(),
            },
            origin: origin(e),
        });
    }
    Ok(out)
}

const VIEW_OPTIONS: [&str; 21] = [
    "checkOption",
    "securityBarrier",
    "securityInvoker",
    "autovacuumEnabled",
    "autovacuumFreezeMaxAge",
    "autovacuumFreezeMinAge",
    "autovacuumFreezeTableAge",
    "autovacuumMultixactFreezeMaxAge",
    "autovacuumMultixactFreezeMinAge",
    "autovacuumMultixactFreezeTableAge",
    "autovacuumVacuumCostDelay",
    "autovacuumVacuumCostLimit",
    "autovacuumVacuumScaleFactor",
    "autovacuumVacuumThreshold",
    "fillfactor",
    "logAutovacuumMinDuration",
    "parallelWorkers",
    "toastTupleTarget",
    "userCatalogTable",
    "vacuumIndexCleanup",
    "vacuumTruncate",
];

/// A view's `with` options: every known key (null when unset), or none when all are null.
fn view_with(with: Option<&Value>) -> Option<Obj> {
    let opt = with?;
    let mut map = Map::new();
    let mut any = false;
    for key in VIEW_OPTIONS {
        let v = match opt_prop(opt, key) {
            None | Some(Value::Null) => Json::Null,
            Some(Value::Bool(b)) => Json::Bool(b),
            Some(Value::Number(n)) => {
                if n.fract() == 0.0 && n.is_finite() {
                    json!(n as i64)
                } else {
                    serde_json::Number::from_f64(n).map_or(Json::Null, Json::Number)
                }
            }
            Some(other) => Json::String(js_string(&other)),
        };
        any |= !v.is_null();
        map.insert(key.to_string(), v);
    }
    any.then_some(Obj(map))
}

pub(crate) fn policy_row(p: &PolicyObj, schema: &str, table: &str) -> Result<Policy, HostError> {
    let expr = |v: &Value| -> Result<Option<String>, HostError> {
        if v.downcast::<super::sql::Sql>().is_some() { Ok(Some(render_inlined(v, Source::Qualified)?)) } else { Ok(None) }
    };
    Ok(Policy {
        schema: schema.to_string(),
        table: table.to_string(),
        name: p.name.clone(),
        as_: p.as_.as_deref().map_or("PERMISSIVE".into(), str::to_uppercase),
        for_: p.for_.as_deref().map_or("ALL".into(), str::to_uppercase),
        roles: p.roles(),
        using: expr(&p.using)?,
        with_check: expr(&p.with_check)?,
    })
}
