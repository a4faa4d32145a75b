//! `schema.ts`: the imports, then schemas, roles, enums, sequences, tables and views, with
//! drizzle-kit 1.0's blank lines between the groups and no new line at the end.

use super::ViewColumn;
use super::declarations;
use super::imports;
use super::names::Names;
use super::table::{Links, table};
use crate::model::Ddl;

pub(super) fn schema_ts(ddl: &Ddl, view_columns: &[ViewColumn], names: &Names) -> String {
    let links = Links::new(ddl);
    let mut type_imports = Vec::new();
    let tables: Vec<String> = ddl.tables.iter().map(|t| table(ddl, t, names, &links, &mut type_imports)).collect();
    let mut out = imports::header(&names.imports, &type_imports);
    out.push_str(&declarations::schemas(ddl, names));
    out.push_str(&declarations::roles(ddl, names));
    out.push_str(&declarations::enums(ddl, names));
    out.push_str(&declarations::sequences(ddl, names));
    out.push('\n');
    out.push_str(&tables.join("\n\n"));
    out.push('\n');
    out.push_str(&declarations::views(ddl, view_columns, names));
    out
}
