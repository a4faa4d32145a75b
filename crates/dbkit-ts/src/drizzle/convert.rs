//! A schema's exports to drizzle-kit's interim rows, as `fromDrizzleSchema` builds them: tables
//! and what their configs hold, linked policies, sequences, roles, views and enums, with the same
//! defaults, names and validation errors.

use dbkit_core::model::{Enum, Obj, Policy, Role, Schema, Sequence, Table as TableRow, VIEW_OPTIONS, View as ViewRow};
use serde_json::{Map, Value as Json, json};

use super::ddl::DdlOut;
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

/// Builds drizzle-kit's interim schema from the exports, in drizzle-kit's order, into the DDL
/// store (see `ddl.rs`).
pub(crate) fn from_exports<'e>(exports: &'e [Export], interp: &mut dyn Interp) -> Result<DdlOut<'e>, Problem> {
    let mut out = DdlOut::new(exports);
    let origin = |i: usize| {
        let e = &exports[i];
        Origin { file: e.file.clone(), export: e.name.clone(), needle: None }
    };
    let of_kind = |pred: &dyn Fn(&Value) -> bool| (0..exports.len()).filter(|&i| pred(&exports[i].value)).collect::<Vec<_>>();
    let tables = of_kind(&|v| v.downcast::<Table>().is_some_and(|t| t.alias_of.is_none()));
    let schemas = of_kind(&|v| v.downcast::<SchemaObj>().is_some());
    let enums = of_kind(&|v| v.downcast::<EnumObj>().is_some());
    let sequences = of_kind(&|v| v.downcast::<SequenceObj>().is_some());
    let roles = of_kind(&|v| v.downcast::<RoleObj>().is_some());
    let policies = of_kind(&|v| v.downcast::<PolicyObj>().is_some());
    let views = of_kind(&|v| v.downcast::<View>().is_some_and(|v| !v.materialized));
    let mat_views = of_kind(&|v| v.downcast::<View>().is_some_and(|v| v.materialized));

    for &i in &schemas {
        let s = exports[i].value.downcast::<SchemaObj>().unwrap();
        if !s.existing.get() && s.name != "public" {
            out.schema(Schema { name: s.name.as_str().into() }, i);
        }
    }

    let mut configs = Vec::with_capacity(tables.len());
    for &i in &tables {
        let t = exports[i].value.downcast::<Table>().unwrap();
        configs.push(super::table_rows::table_config(t, interp, || origin(i))?);
    }

    for &i in &policies {
        let p = exports[i].value.downcast::<PolicyObj>().unwrap();
        let linked = p.linked.borrow().clone();
        let Some(t) = linked.as_ref().and_then(|l| l.downcast::<Table>()) else {
            out.warnings.push(format!(
                "Policy {} was skipped because it was not linked to any table. You should either include the policy in a table or use .link() on the policy to link it to any table you have.",
                p.name
            ));
            continue;
        };
        let row = policy_row(p, &schema_of(t), &t.name).map_err(|e| host_err(&origin(i), e))?;
        out.policy(row, || origin(i));
    }

    // drizzle-kit enables RLS on a table with policies in its config or linked to it (the
    // policies of table configs are added below, so only linked ones are in the store yet).
    let linked_policies = out.policy_tables();
    for (&i, cfg) in tables.iter().zip(&configs) {
        let t = exports[i].value.downcast::<Table>().unwrap();
        let schema = schema_of(t);
        let linked = linked_policies.get(&schema).is_some_and(|tables| tables.contains(&t.name));
        let rls = t.enable_rls.get() || cfg.has_policies() || linked;
        out.table(TableRow { schema: schema.into(), name: t.name.as_str().into(), is_rls_enabled: rls }, i);
    }

    for (&i, cfg) in tables.iter().zip(configs) {
        super::table_rows::table_rows(&exports[i], cfg, interp, &mut out)?;
    }

    for &i in &sequences {
        let s = exports[i].value.downcast::<SequenceObj>().unwrap();
        let increment = option_text(&s.options, "increment").unwrap_or_else(|| "1".into());
        let negative = js_number(&increment) < 0.0;
        let min = option_text(&s.options, "minValue").unwrap_or_else(|| if negative { "-9223372036854775808".into() } else { "1".into() });
        let max = option_text(&s.options, "maxValue").unwrap_or_else(|| if negative { "-1".into() } else { "9223372036854775807".into() });
        let start = option_text(&s.options, "startWith").unwrap_or_else(|| if negative { max.clone() } else { min.clone() });
        let cache = cache_json(option_text(&s.options, "cache"));
        let row = Sequence {
            schema: s.schema.clone().unwrap_or_else(|| "public".into()).into(),
            name: s.name.as_str().into(),
            increment_by: Some(increment.into()),
            min_value: Some(min.into()),
            max_value: Some(max.into()),
            start_with: Some(start.into()),
            cache_size: cache.as_i64(),
            cycle: Some(opt_prop(&s.options, "cycle").is_some_and(|v| v.truthy())),
        };
        out.sequence(row, i);
    }

    for &i in &roles {
        let r = exports[i].value.downcast::<RoleObj>().unwrap();
        if r.existing.get() {
            continue;
        }
        let row = Role::from_pg_role(r.name.clone(), r.create_db, r.create_role, r.inherit);
        out.role(row, i);
    }

    for &i in views.iter().chain(mat_views.iter()) {
        let v = exports[i].value.downcast::<View>().unwrap();
        if v.is_existing() {
            continue;
        }
        let query = v.query.clone().expect("not existing");
        let definition = render_inlined(&query, Source::Qualified).map_err(|e| host_err(&origin(i), e))?;
        let schema = v.schema.clone().unwrap_or_else(|| "public".into());
        out.view_dependencies.push(((schema.clone(), v.name.clone()), view_dependencies(&query)));
        let row = ViewRow {
            schema: schema.into(),
            name: v.name.as_str().into(),
            definition: Some(definition.into()),
            with: view_with(v.config.with.as_ref()).map(Box::new),
            with_no_data: v.config.with_no_data,
            using: v.config.using.as_deref().map(Into::into),
            tablespace: v.config.tablespace.as_deref().map(Into::into),
            materialized: v.materialized,
        };
        out.view(row, i);
    }

    for &i in &enums {
        let en = exports[i].value.downcast::<EnumObj>().unwrap();
        let row = Enum {
            schema: en.schema.clone().filter(|s| !s.is_empty()).unwrap_or_else(|| "public".into()).into(),
            name: en.name.as_str().into(),
            values: en.values.iter().map(Into::into).collect(),
        };
        out.enum_(row, i);
    }
    Ok(out)
}

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
    any.then_some(Obj::from(map))
}

pub(crate) fn policy_row(p: &PolicyObj, schema: &str, table: &str) -> Result<Policy, HostError> {
    let expr = |v: &Value| -> Result<Option<String>, HostError> {
        if v.downcast::<super::sql::Sql>().is_some() { Ok(Some(render_inlined(v, Source::Qualified)?)) } else { Ok(None) }
    };
    Ok(Policy {
        schema: schema.into(),
        table: table.into(),
        name: p.name.as_str().into(),
        as_: p.as_.as_deref().map_or("PERMISSIVE".into(), |s| s.to_uppercase().into()),
        for_: p.for_.as_deref().map_or("ALL".into(), |s| s.to_uppercase().into()),
        roles: p.roles().into_iter().map(Into::into).collect(),
        using: expr(&p.using)?.map(Into::into),
        with_check: expr(&p.with_check)?.map(Into::into),
    })
}

/// The schemas, roles and views the exports declare `.existing()`.
pub(crate) fn existing(exports: &[Export]) -> super::Existing {
    let mut out = super::Existing::default();
    for e in exports {
        if let Some(s) = e.value.downcast::<SchemaObj>().filter(|s| s.existing.get()) {
            out.schemas.push(s.name.clone());
        } else if let Some(r) = e.value.downcast::<RoleObj>().filter(|r| r.existing.get()) {
            out.roles.push(r.name.clone());
        } else if let Some(v) = e.value.downcast::<View>().filter(|v| v.is_existing()) {
            out.views.push((v.schema.clone().unwrap_or_else(|| "public".into()), v.name.clone()));
        }
    }
    out
}
