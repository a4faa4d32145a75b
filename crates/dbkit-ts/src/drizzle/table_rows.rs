//! One table's part of `fromDrizzleSchema`: running its extra-config callback, then its columns
//! (types, defaults, identity, generated), primary keys, uniques, foreign keys, indexes, policies
//! and checks as interim rows.

use dbkit_core::model::{Check, Column, CompactString, Fk, Index, Obj, Pk, Unique};
use serde_json::{Map, Value as Json, json};

use super::constraints::{CheckBuilder, FkSource, ForeignKeyBuilder, IndexBuilder, IndexPart, PrimaryKeyBuilder, UniqueBuilder};
use super::convert::{Export, cache_json, fk_action, host_err, js_number, option_text, policy_row, schema_of};
use super::ddl::{ColumnFacts, DdlOut};
use super::defaults::default_text;
use super::entities::PolicyObj;
use super::sql::{Source, render_inlined};
use super::table::{Column as ColumnObj, Table};
use super::util::{elements, js_string, opt_prop};
use super::{Origin, Problem, names};
use crate::js::{Interp, Value};

/// What a table's config holds once its extra-config callback has run.
pub(crate) struct TableConfig {
    indexes: Vec<Value>,
    checks: Vec<Value>,
    uniques: Vec<Value>,
    pks: Vec<Value>,
    fks: Vec<Value>,
    policies: Vec<Value>,
}

impl TableConfig {
    pub(crate) fn has_policies(&self) -> bool {
        !self.policies.is_empty()
    }
}

pub(crate) fn table_config(t: &Table, interp: &mut dyn Interp, origin: impl Fn() -> Origin) -> Result<TableConfig, Problem> {
    let mut cfg = TableConfig { indexes: vec![], checks: vec![], uniques: vec![], pks: vec![], fks: vec![], policies: vec![] };
    // Inline references, column by column, as drizzle-orm builds them with the table.
    for (_, col) in &t.columns {
        let c = col.downcast::<ColumnObj>().expect("built columns");
        for r in c.def.references() {
            let fk = ForeignKeyBuilder::new(FkSource::Inline {
                column: col.clone(),
                target: r.target.clone(),
                name: opt_prop(&r.config, "name").map(|v| js_string(&v)).filter(|n| !n.is_empty()),
            });
            if let Some(a) = opt_prop(&r.config, "onUpdate").filter(Value::truthy) {
                *fk.on_update.borrow_mut() = js_string(&a);
            }
            if let Some(a) = opt_prop(&r.config, "onDelete").filter(Value::truthy) {
                *fk.on_delete.borrow_mut() = js_string(&a);
            }
            cfg.fks.push(Value::host(fk));
        }
    }
    let Some(f) = &t.extra_config else { return Ok(cfg) };
    let result = interp.call(f, None, vec![t.extra_columns()]).map_err(|e| host_err(&origin(), e))?;
    let values: Vec<Value> = match &result {
        Value::Array(a) => a.borrow().iter().flat_map(|v| elements(v).unwrap_or_else(|| vec![v.clone()])).collect(),
        Value::Object(o) => o.borrow().props.iter().map(|(_, v)| v.clone()).collect(),
        Value::Undefined | Value::Null => Vec::new(),
        other => {
            return Err(Problem::at(
                &origin(),
                format!("the table callback of \"{}\" returned {}", t.name, other.describe()),
                "return an array of indexes and constraints",
            ));
        }
    };
    for v in values {
        if v.downcast::<IndexBuilder>().is_some() {
            cfg.indexes.push(v);
        } else if v.downcast::<CheckBuilder>().is_some() {
            cfg.checks.push(v);
        } else if v.downcast::<UniqueBuilder>().is_some() {
            cfg.uniques.push(v);
        } else if v.downcast::<PrimaryKeyBuilder>().is_some() {
            cfg.pks.push(v);
        } else if v.downcast::<ForeignKeyBuilder>().is_some() {
            cfg.fks.push(v);
        } else if v.downcast::<PolicyObj>().is_some() {
            cfg.policies.push(v);
        } else {
            return Err(Problem::at(
                &origin(),
                format!("the table callback of \"{}\" returned {}, which is not an index, constraint or policy", t.name, v.describe()),
                "return only index(), uniqueIndex(), primaryKey(), foreignKey(), unique(), check() and pgPolicy() values",
            ));
        }
    }
    Ok(cfg)
}

pub(crate) fn table_rows(e: &Export, cfg: TableConfig, interp: &mut dyn Interp, out: &mut DdlOut<'_>) -> Result<(), Problem> {
    let t = e.value.downcast::<Table>().unwrap();
    let schema = schema_of(t);
    let at = |needle: Option<&str>| Origin { file: e.file.clone(), export: e.name.clone(), needle: needle.map(str::to_string) };
    let pk_builders: Vec<&PrimaryKeyBuilder> = cfg.pks.iter().filter_map(|p| p.downcast::<PrimaryKeyBuilder>()).collect();

    for c in t.column_defs() {
        let o = || at(Some(c.name()));
        let def = &c.def;
        let is_pk = def.primary_key || pk_builders.iter().any(|pk| pk.columns.iter().any(|n| **n == **c.name()));
        let identity = def.identity().map(|id| {
            let opts = &id.options;
            let increment = option_text(opts, "increment").unwrap_or_else(|| "1".into());
            let negative = js_number(&increment) < 0.0;
            // drizzle-kit picks the minimum from `columnType` ("PgInteger"), which never matches its
            // table, so a descending identity's default minimum is always smallint's.
            let min = option_text(opts, "minValue").unwrap_or_else(|| if negative { "-32768".into() } else { "1".into() });
            let max = option_text(opts, "maxValue").unwrap_or_else(|| {
                if negative {
                    "-1".into()
                } else {
                    match def.kind.sql_type().as_str() {
                        "integer" => "2147483647",
                        "bigint" => "9223372036854775807",
                        _ => "32767",
                    }
                    .into()
                }
            });
            let start = option_text(opts, "startWith").unwrap_or_else(|| if negative { max.clone() } else { min.clone() });
            let mut m = Map::new();
            m.insert("type".into(), json!(if id.always { "always" } else { "byDefault" }));
            m.insert("name".into(), json!(id.name.clone().unwrap_or_else(|| names::identity_sequence_name(&t.name, c.name()))));
            m.insert("increment".into(), json!(increment));
            m.insert("startWith".into(), json!(start));
            m.insert("minValue".into(), json!(min));
            m.insert("maxValue".into(), json!(max));
            m.insert("cache".into(), cache_json(option_text(opts, "cache")));
            m.insert("cycle".into(), json!(opt_prop(opts, "cycle").is_some_and(|v| v.truthy())));
            Obj::from(m)
        });
        let generated = match def.generated() {
            None => None,
            Some(g) => {
                let text = if g.downcast::<super::sql::Sql>().is_some() {
                    render_inlined(g, Source::Qualified)
                } else if matches!(g, Value::Function(_)) {
                    let v = interp.call(g, None, Vec::new()).map_err(|e| host_err(&o(), e))?;
                    render_inlined(&v, Source::Qualified)
                } else {
                    Ok(js_string(g))
                }
                .map_err(|e| host_err(&o(), e))?;
                let mut m = Map::new();
                m.insert("as".into(), json!(text));
                m.insert("type".into(), json!("stored"));
                Some(Obj::from(m))
            }
        };
        let (base, dimensions) = column_type(&def.kind, def.dimensions);
        let default = match &def.default {
            None => None,
            Some(v) => default_text(&def.kind, v, dimensions).map_err(|e| host_err(&o(), e))?,
        };
        let type_schema = match &def.kind {
            super::columns::ColumnKind::Enum { schema, .. } => {
                Some(schema.clone().filter(|s| !s.is_empty()).unwrap_or_else(|| "public".into()))
            }
            _ => None,
        };
        let row = Column {
            schema: schema.as_str().into(),
            table: t.name.as_str().into(),
            name: CompactString::from(&**c.name()),
            type_: base.into(),
            type_schema: type_schema.map(Into::into),
            not_null: def.not_null || is_pk,
            dimensions: dimensions as i64,
            default: default.map(Into::into),
            generated: generated.map(Box::new),
            identity: identity.map(Box::new),
        };
        let facts = ColumnFacts {
            pk: def.primary_key,
            unique: def.is_unique,
            unique_name: def.unique_name().cloned(),
            unique_nulls_not_distinct: def.unique_nulls() == Some("not distinct"),
        };
        out.column(row, facts, o);
    }

    for pk in &pk_builders {
        let row = Pk {
            schema: schema.as_str().into(),
            table: t.name.as_str().into(),
            name: pk.name.clone().unwrap_or_else(|| names::pk_name(&t.name)).into(),
            columns: pk.columns.iter().map(Into::into).collect(),
            name_explicit: pk.name.is_some(),
        };
        out.pk(row, || at(pk.name.as_deref()));
    }
    for u in cfg.uniques.iter().filter_map(|u| u.downcast::<UniqueBuilder>()) {
        let row = Unique {
            schema: schema.as_str().into(),
            table: t.name.as_str().into(),
            name: u.name.clone().unwrap_or_else(|| names::unique_constraint_name(&t.name, &u.columns)).into(),
            name_explicit: u.name.is_some(),
            columns: u.columns.iter().map(Into::into).collect(),
            nulls_not_distinct: *u.nulls_not_distinct.borrow(),
        };
        out.unique(row, || at(u.name.as_deref()));
    }
    for fk in cfg.fks.iter().filter_map(|f| f.downcast::<ForeignKeyBuilder>()) {
        let o = || at(None);
        let r = fk.reference(interp).map_err(|e| host_err(&o(), e))?;
        let cols = |list: &[Value]| -> Result<Vec<String>, Problem> {
            super::constraints::column_names(list, "a foreign key").map_err(|e| host_err(&o(), e))
        };
        let (from, to) = (cols(&r.columns)?, cols(&r.foreign_columns)?);
        let target = r.foreign_columns.first().and_then(|c| c.downcast::<ColumnObj>()).ok_or_else(|| {
            Problem::at(
                &o(),
                format!("a foreign key of table \"{}\" references no column", t.name),
                "reference a column: .references(() => other.id)",
            )
        })?;
        let table_to = target.table.name.clone();
        let schema_to = target.table.schema.clone().filter(|s| !s.is_empty()).unwrap_or_else(|| "public".into());
        let name = r.name.clone().unwrap_or_else(|| names::fk_name(&t.name, &from, &table_to, &to));
        let row = Fk {
            schema: schema.as_str().into(),
            table: t.name.as_str().into(),
            name: name.into(),
            name_explicit: r.name.is_some(),
            columns: from.into_iter().map(Into::into).collect(),
            schema_to: schema_to.into(),
            table_to: table_to.into(),
            columns_to: to.into_iter().map(Into::into).collect(),
            on_update: Some(fk_action(&fk.on_update.borrow(), &o())?.into()),
            on_delete: Some(fk_action(&fk.on_delete.borrow(), &o())?.into()),
        };
        out.fk(row, || at(r.name.as_deref()));
    }

    for ix in cfg.indexes.iter().filter_map(|i| i.downcast::<IndexBuilder>()) {
        let o = || at(ix.name.as_deref());
        for part in &ix.parts {
            match part {
                IndexPart::Expression(sql) if ix.name.as_deref().is_none_or(str::is_empty) => {
                    let text = render_inlined(sql, Source::Qualified).map_err(|e| host_err(&o(), e))?;
                    return Err(Problem::at(
                        &o(),
                        format!("an index on \"{schema}\".\"{}\" has the expression \"{text}\" and no name", t.name),
                        "give it a name: index(\"name\").on(sql`…`) (names are generated for indexes on columns only)",
                    ));
                }
                IndexPart::Column { name, is_vector: true, config } if config.op_class.is_none() => {
                    return Err(Problem::at(
                        &o(),
                        format!("the index on vector column \"{name}\" of table \"{}\" has no operator class", t.name),
                        "pgvector has no default operator class: add one, e.g. .using(\"hnsw\", t.embedding.op(\"vector_cosine_ops\"))",
                    ));
                }
                _ => {}
            }
        }
    }
    for ix in cfg.indexes.iter().filter_map(|i| i.downcast::<IndexBuilder>()) {
        let o = || at(ix.name.as_deref());
        let name = match ix.name.as_deref().filter(|n| !n.is_empty()) {
            Some(name) => name.to_string(),
            None => {
                let part_names: Vec<String> = ix
                    .parts
                    .iter()
                    .map(|p| match p {
                        IndexPart::Column { name, .. } => name.clone(),
                        IndexPart::Expression(_) => String::new(),
                    })
                    .collect();
                names::index_name(&t.name, &part_names)
            }
        };
        let mut columns = Vec::with_capacity(ix.parts.len());
        for p in &ix.parts {
            let mut m = Map::with_capacity(5);
            match p {
                IndexPart::Expression(sql) => {
                    m.insert("value".into(), json!(render_inlined(sql, Source::Indexes).map_err(|e| host_err(&o(), e))?));
                    m.insert("isExpression".into(), json!(true));
                    m.insert("asc".into(), json!(true));
                    m.insert("nullsFirst".into(), json!(false));
                    m.insert("opclass".into(), Json::Null);
                }
                IndexPart::Column { name, config, .. } => {
                    let asc = config.order.is_none_or(|o| o == "asc");
                    let nulls_first = match config.nulls {
                        None => !asc,
                        Some(n) => n == "first",
                    };
                    m.insert("value".into(), json!(name));
                    m.insert("isExpression".into(), json!(false));
                    m.insert("asc".into(), json!(asc));
                    m.insert("nullsFirst".into(), json!(nulls_first));
                    m.insert(
                        "opclass".into(),
                        config.op_class.as_ref().filter(|c| !c.is_empty()).map_or(Json::Null, |c| json!({"name": c, "default": false})),
                    );
                }
            }
            columns.push(Obj::from(m));
        }
        let with = match &*ix.with.borrow() {
            Some(Value::Object(o)) => o.borrow().props.iter().map(|(k, v)| format!("{k}={}", js_string(v))).collect::<Vec<_>>().join(", "),
            _ => String::new(),
        };
        let where_ = match &*ix.where_.borrow() {
            Some(w) if w.downcast::<super::sql::Sql>().is_some() => {
                let s = w.downcast::<super::sql::Sql>().unwrap();
                s.inline.set(true);
                let text = render_inlined(w, Source::Indexes).map_err(|e| host_err(&o(), e))?;
                Some(text).filter(|t| !t.is_empty() && t != "true")
            }
            _ => None,
        };
        let row = Index {
            schema: schema.as_str().into(),
            table: t.name.as_str().into(),
            name: name.into(),
            name_explicit: ix.name.as_deref().is_some_and(|n| !n.is_empty()),
            columns,
            is_unique: ix.unique,
            where_: where_.map(Into::into),
            with: with.into(),
            method: ix.method.as_str().into(),
            concurrently: *ix.concurrently.borrow(),
        };
        out.index(row, o);
    }
    for p in cfg.policies.iter().filter_map(|p| p.downcast::<PolicyObj>()) {
        let o = || at(Some(&p.name));
        let row = policy_row(p, &schema, &t.name).map_err(|e| host_err(&o(), e))?;
        out.policy(row, o);
    }
    for c in cfg.checks.iter().filter_map(|c| c.downcast::<CheckBuilder>()) {
        let o = || at(Some(&c.name));
        if let Some(s) = c.value.downcast::<super::sql::Sql>() {
            s.inline.set(true);
        }
        let value = render_inlined(&c.value, Source::Indexes).map_err(|e| host_err(&o(), e))?;
        out.check(
            Check { schema: schema.as_str().into(), table: t.name.as_str().into(), name: c.name.as_str().into(), value: value.into() },
            o,
        );
    }
    Ok(())
}

/// drizzle-kit's column type: the SQL type without a space before a precision and with every
/// `[]` and `[n]` counted as a dimension.
fn column_type(kind: &super::columns::ColumnKind, dimensions: usize) -> (String, usize) {
    let sql_type = kind.sql_type();
    if dimensions == 0 && !sql_type.contains(['[', ',']) && !sql_type.starts_with("timestamp (") {
        return (sql_type, 0);
    }
    let mut sql_type = sql_type.replacen(", ", ",", 1);
    if sql_type.starts_with("timestamp (") {
        sql_type = sql_type.replacen("timestamp (", "timestamp(", 1);
    }
    let full = format!("{sql_type}{}", "[]".repeat(dimensions));
    strip_dimensions(&full)
}

/// `type[]…` → (type, count), removing every `[n]` as drizzle-kit does.
fn strip_dimensions(sql_type: &str) -> (String, usize) {
    let mut out = String::with_capacity(sql_type.len());
    let mut dims = 0;
    let mut rest = sql_type;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        if after.as_bytes().get(digits) == Some(&b']') {
            out.push_str(&rest[..open]);
            dims += 1;
            rest = &after[digits + 1..];
        } else {
            out.push_str(&rest[..=open]);
            rest = after;
        }
    }
    out.push_str(rest);
    (out, dims)
}
