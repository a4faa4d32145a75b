//! A footprint's `statementTarget`: the object a statement is about, as drizzle-kit 1.0 names it
//! in conflict reports (`["column", schema, table, name]`, `["table", schema, name]`, …).
//!
//! Renames and moves name the object as it was before; constraints, policies and privileges name
//! their table.

use crate::diff::Change;

pub fn target_of(change: &Change) -> Vec<String> {
    fn t(parts: &[&str]) -> Vec<String> {
        parts.iter().map(|s| s.to_string()).collect()
    }
    use Change::*;
    match change {
        CreateTable { table } | DropTable { table, .. } => t(&["table", &table.table.schema, &table.table.name]),
        RenameTable { schema, from, .. } => t(&["table", schema, from]),
        MoveTable { name, from, .. } => t(&["table", from, name]),
        AlterRls { schema, name, .. } => t(&["table", schema, name]),

        AddColumn { column, .. } | DropColumn { column } => t(&["column", &column.schema, &column.table, &column.name]),
        RecreateColumn { diff, .. } => t(&["column", &diff.right.schema, &diff.right.table, &diff.right.name]),
        AlterColumn { to, .. } => t(&["column", &to.schema, &to.table, &to.name]),
        RenameColumn { from, .. } => t(&["column", &from.schema, &from.table, &from.name]),

        CreateIndex { index } | DropIndex { index } | RecreateIndex { index, .. } => {
            t(&["index", &index.schema, &index.table, &index.name])
        }
        RenameIndex { schema, table, from, .. } => t(&["index", schema, table, from]),

        AddPk { pk } | DropPk { pk } | AlterPk { pk, .. } => t(&["table", &pk.schema, &pk.table]),
        CreateFk { fk } | DropFk { fk } | RecreateFk { fk, .. } => t(&["table", &fk.schema, &fk.table]),
        AddUnique { unique } | DropUnique { unique } => t(&["table", &unique.schema, &unique.table]),
        AlterUnique { diff } => t(&["table", &diff.right.schema, &diff.right.table]),
        AddCheck { check, .. } | DropCheck { check, .. } => t(&["table", &check.schema, &check.table]),
        AlterCheck { diff, .. } => t(&["table", &diff.right.schema, &diff.right.table]),
        RenameConstraint { schema, table, .. } => t(&["table", schema, table]),

        CreatePolicy { policy } | DropPolicy { policy } | AlterPolicy { policy, .. } | RecreatePolicy { policy, .. } => {
            t(&["table", &policy.schema, &policy.table])
        }
        RenamePolicy { from, .. } => t(&["table", &from.schema, &from.table]),

        CreateEnum { enum_ } | DropEnum { enum_ } => t(&["enum", &enum_.schema, &enum_.name]),
        RenameEnum { schema, from, .. } => t(&["enum", schema, from]),
        AlterEnum { to, .. } | RecreateEnum { to, .. } => t(&["enum", &to.schema, &to.name]),
        MoveEnum { from, .. } => t(&["enum", &from.schema, &from.name]),

        CreateSequence { sequence } | DropSequence { sequence } | AlterSequence { sequence, .. } => {
            t(&["sequence", &sequence.schema, &sequence.name])
        }
        RenameSequence { from, .. } | MoveSequence { from, .. } => t(&["sequence", &from.schema, &from.name]),

        CreateView { view } | DropView { view, .. } | AlterView { view, .. } => t(&["view", &view.schema, &view.name]),
        RenameView { from, .. } => t(&["view", &from.schema, &from.name]),
        MoveView { from_schema, view, .. } => t(&["view", from_schema, &view.name]),

        CreateSchema { name } | DropSchema { name } => t(&["schema", name]),
        RenameSchema { from, .. } => t(&["schema", &from.name]),

        CreateRole { role } | DropRole { role } | AlterRole { role, .. } => t(&["role", &role.name]),
        RenameRole { from, .. } => t(&["role", &from.name]),

        GrantPrivilege { privilege } | RevokePrivilege { privilege } | RegrantPrivilege { privilege, .. } => {
            t(&["table", &privilege.schema, &privilege.table])
        }
    }
}
