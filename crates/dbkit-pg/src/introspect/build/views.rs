//! Views and materialized views, and what each one reads.

use std::collections::BTreeMap;

use dbkit_core::model::View;

use super::super::ViewDependency;
use super::super::catalog::{Catalog, Relation};
use super::super::grammar::{view_definition, view_options};
use super::{Lookup, is_user_relation};

pub fn views(views: &[&Relation]) -> Vec<View> {
    views
        .iter()
        .map(|v| View {
            schema: v.schema.as_str().into(),
            name: v.name.as_str().into(),
            definition: view_definition(v.definition.as_deref()).map(Into::into),
            with: view_options(v.options.as_deref()).map(Box::new),
            // Whether a materialized view holds rows is its state, not its schema: drizzle-kit
            // never reads it, and neither does dbkit.
            with_no_data: None,
            using: v.access_method.as_deref().map(Into::into),
            tablespace: v.tablespace.as_deref().map(Into::into),
            materialized: v.kind == 'm',
        })
        .collect()
}

/// Per view, the relations it reads and which of their columns, from the view's rewrite rule.
pub fn dependencies(cat: &Catalog, lookup: &Lookup) -> Vec<ViewDependency> {
    let mut grouped: BTreeMap<(u32, u32), Vec<String>> = BTreeMap::new();
    for d in &cat.view_dependencies {
        let columns = grouped.entry((d.view_oid, d.on_oid)).or_default();
        if let Some(name) = i16::try_from(d.on_attnum).ok().filter(|&a| a > 0).and_then(|a| lookup.column_name(d.on_oid, a)) {
            columns.push(name.to_string());
        }
    }
    grouped
        .into_iter()
        .filter_map(|((view, on), columns)| {
            let view = lookup.relation(view).filter(|v| is_user_relation(v))?;
            let on = lookup.relation(on)?;
            Some(ViewDependency {
                schema: view.schema.clone(),
                view: view.name.clone(),
                on_schema: on.schema.clone(),
                on_name: on.name.clone(),
                on_kind: on.kind,
                columns,
            })
        })
        .collect()
}
