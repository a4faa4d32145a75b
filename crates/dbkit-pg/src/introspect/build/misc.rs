//! Enums, sequences, roles and policies: one row per catalog row, in query order.

use dbkit_core::model::{Enum, Policy, Role, Sequence};

use super::super::catalog::Catalog;
use super::super::filter::Compiled;
use super::super::grammar::js_number;

/// Every enum. dbkit differs: an enum without labels is kept (drizzle-kit's query joins the
/// labels, so the type vanishes while its columns still use it); enums an extension owns are not.
pub fn enums(cat: &Catalog) -> Vec<Enum> {
    cat.enums
        .iter()
        .filter(|e| !e.extension_owned)
        .map(|e| Enum { schema: e.schema.as_str().into(), name: e.name.as_str().into(), values: e.values.iter().map(Into::into).collect() })
        .collect()
}

/// Standalone sequences: those a serial or identity column owns are part of the column.
pub fn sequences(cat: &Catalog) -> Vec<Sequence> {
    cat.sequences
        .iter()
        .filter(|s| s.owner.is_none() && !s.extension_owned)
        .map(|s| Sequence {
            schema: s.schema.as_str().into(),
            name: s.name.as_str().into(),
            increment_by: Some(s.increment_by.as_str().into()),
            min_value: Some(s.min_value.as_str().into()),
            max_value: Some(s.max_value.as_str().into()),
            start_with: Some(s.start_with.as_str().into()),
            cache_size: Some(js_number(&s.cache_size).and_then(|v| v.as_i64()).unwrap_or(1)),
            cycle: Some(s.cycle),
        })
        .collect()
}

pub fn roles(cat: &Catalog, filters: &Compiled) -> Vec<Role> {
    cat.roles
        .iter()
        .filter(|r| filters.role(&r.name))
        .map(|r| Role {
            name: r.name.as_str().into(),
            superuser: Some(r.superuser),
            create_db: Some(r.create_db),
            create_role: Some(r.create_role),
            inherit: Some(r.inherit),
            can_login: Some(r.can_login),
            replication: Some(r.replication),
            bypass_rls: Some(r.bypass_rls),
            conn_limit: Some(i64::from(r.conn_limit)),
            password: None,
            valid_until: r.valid_until.as_deref().map(Into::into),
        })
        .collect()
}

/// Policies. dbkit differs: the roles are read as an array; drizzle-kit splits the array's text on
/// commas, which keeps the quotes of a name such as `"Mixed Role"` and cuts `"a,b"` in two.
pub fn policies(cat: &Catalog) -> Vec<Policy> {
    cat.policies
        .iter()
        .map(|p| Policy {
            schema: p.schema.as_str().into(),
            table: p.table.as_str().into(),
            name: p.name.as_str().into(),
            as_: p.as_.as_str().into(),
            for_: p.for_.as_str().into(),
            roles: p.roles.iter().map(Into::into).collect(),
            using: p.using.as_deref().map(Into::into),
            with_check: p.with_check.as_deref().map(Into::into),
        })
        .collect()
}
