//! SQL text for changes: drizzle-kit 1.0.0-rc.5's statements (its postgres `convertor.ts`), byte for byte.
//!
//! One [`Change`] renders to the statements drizzle's convertor gives its JSON statement, in the
//! same order and with the same text, quirks included: byte compatibility with the migration
//! files drizzle-kit writes is the contract, so where drizzle's text is odd (or invalid) the
//! renderer says so in a comment and writes it anyway. Each object kind has its own file; the
//! shared rules (quoting, JavaScript value printing, a column's type and default) live in
//! `names.rs`, `js.rs` and `column.rs`. Tests replay drizzle's own statements and SQL from
//! `testdata/` (see `rc5_fixture.rs`).

mod alter_column;
mod column;
mod constraint;
mod enum_;
mod index;
mod js;
pub(crate) mod names;
mod policy;
mod role;
mod schema;
mod sequence;
mod table;
mod view;

#[cfg(test)]
mod rc5_fixture;

use crate::diff::change::Change;

pub(crate) use alter_column::sequence_name as serial_sequence_name;
pub use column::{column_type, default_to_sql, identity_clause, is_serial_type};

/// The SQL statements of each change, in order (drizzle's `groupedStatements`).
pub fn render_grouped(changes: &[Change]) -> Vec<Vec<String>> {
    changes.iter().map(render_change).collect()
}

/// All statements, flattened (drizzle's `sqlStatements`).
pub fn render(changes: &[Change]) -> Vec<String> {
    changes.iter().flat_map(render_change).collect()
}

/// migration.sql text: statements joined with `--> statement-breakpoint\n` (or `\n` without
/// breakpoints), no trailing newline, as drizzle's `writeResult` writes it.
pub fn migration_text(statements: &[String], breakpoints: bool) -> String {
    statements.join(if breakpoints { "--> statement-breakpoint\n" } else { "\n" })
}

/// The statements of one change (drizzle's `convertor.convert(statement)`).
pub fn render_change(change: &Change) -> Vec<String> {
    match change {
        Change::CreateSchema { name } => vec![schema::create_schema(name)],
        Change::DropSchema { name } => vec![schema::drop_schema(name)],
        Change::RenameSchema { from, to } => vec![schema::rename_schema(&from.name, &to.name)],

        Change::CreateEnum { enum_ } => vec![enum_::create_enum(enum_)],
        Change::DropEnum { enum_ } => vec![enum_::drop_enum(enum_)],
        Change::MoveEnum { from, to } => vec![enum_::move_enum(from, to)],
        Change::RenameEnum { schema, from, to } => vec![enum_::rename_enum(schema, from, to)],
        Change::AlterEnum { diff, to, .. } => enum_::alter_enum(diff, to),
        Change::RecreateEnum { to, columns, .. } => enum_::recreate_enum(to, columns),

        Change::CreateSequence { sequence } => vec![sequence::create_sequence(sequence)],
        Change::DropSequence { sequence } => vec![sequence::drop_sequence(sequence)],
        Change::MoveSequence { from, to } => vec![sequence::move_sequence(from, to)],
        Change::RenameSequence { from, to } => vec![sequence::rename_sequence(from, to)],
        Change::AlterSequence { sequence, diff } => vec![sequence::alter_sequence(sequence, diff.left.cycle == Some(true))],

        Change::CreateRole { role } => vec![role::create_role(role)],
        Change::DropRole { role } => vec![role::drop_role(role)],
        Change::RenameRole { from, to } => vec![role::rename_role(from, to)],
        Change::AlterRole { diff, role } => vec![role::alter_role(diff, role)],

        Change::GrantPrivilege { privilege } => vec![role::grant_privilege(privilege)],
        Change::RevokePrivilege { privilege } => vec![role::revoke_privilege(privilege)],
        Change::RegrantPrivilege { privilege, .. } => vec![role::revoke_privilege(privilege), role::grant_privilege(privilege)],

        Change::CreateTable { table } => table::create_table(table),
        Change::DropTable { table, .. } => table::drop_table(table),
        Change::RenameTable { schema, from, to } => vec![table::rename_table(schema, from, to)],
        Change::MoveTable { name, from, to, .. } => vec![table::move_table(name, from, to)],
        Change::AlterRls { schema, name, is_rls_enabled } => vec![table::alter_rls(schema, name, *is_rls_enabled)],

        Change::AddColumn { column, is_pk, is_composite_pk } => vec![column::add_column(column, *is_pk, *is_composite_pk)],
        Change::DropColumn { column } => vec![column::drop_column(column)],
        Change::RenameColumn { from, to } => vec![column::rename_column(from, to)],
        Change::RecreateColumn { diff, is_pk } => column::recreate_column(&diff.right, *is_pk),
        Change::AlterColumn { diff, to, is_enum, was_enum, was_serial, to_serial } => column::alter_column(
            diff,
            to,
            column::AlterFlags { is_enum: *is_enum, was_enum: *was_enum, was_serial: *was_serial, to_serial: *to_serial },
        ),

        Change::CreateIndex { index } => vec![index::create_index(index)],
        Change::DropIndex { index } => vec![index::drop_index(index)],
        Change::RenameIndex { schema, from, to, .. } => vec![index::rename_index(schema, from, to)],
        Change::RecreateIndex { index, .. } => vec![index::drop_index(index), index::create_index(index)],

        Change::AddPk { pk } => vec![constraint::add_pk(pk)],
        Change::DropPk { pk } => vec![constraint::drop_pk(pk)],
        Change::AlterPk { pk, deleted, .. } => constraint::alter_pk(pk, *deleted),
        Change::RenameConstraint { schema, table, from, to, .. } => vec![constraint::rename_constraint(schema, table, from, to)],

        Change::CreateFk { fk } => vec![constraint::create_fk(fk)],
        Change::DropFk { fk } => vec![constraint::drop_fk(fk)],
        Change::RecreateFk { fk, .. } => vec![constraint::recreate_fk(fk)],

        Change::AddCheck { check, .. } => vec![constraint::add_check(check)],
        Change::DropCheck { check, .. } => vec![constraint::drop_check(check)],
        Change::AlterCheck { diff, .. } => vec![constraint::alter_check(&diff.right)],

        Change::AddUnique { unique } => vec![constraint::add_unique(unique)],
        Change::DropUnique { unique } => vec![constraint::drop_unique(unique)],
        Change::AlterUnique { diff } => vec![constraint::drop_unique(&diff.left), constraint::add_unique(&diff.right)],

        Change::CreatePolicy { policy } => vec![policy::create_policy(policy)],
        Change::DropPolicy { policy } => vec![policy::drop_policy(policy)],
        Change::RenamePolicy { from, to } => vec![policy::rename_policy(from, to)],
        Change::AlterPolicy { policy, .. } => vec![policy::alter_policy(policy)],
        Change::RecreatePolicy { policy, .. } => vec![policy::drop_policy(policy), policy::create_policy(policy)],

        Change::CreateView { view } => vec![view::create_view(view)],
        Change::DropView { view, .. } => vec![view::drop_view(view)],
        Change::RenameView { from, to } => vec![view::rename_view(from, to)],
        Change::MoveView { from_schema, to_schema, view } => vec![view::move_view(from_schema, to_schema, view)],
        Change::AlterView { diff, view } => view::alter_view(diff, view),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migration_text_joins_like_drizzle() {
        // tests/cases/tables/basic/expected/s2/migration.sql
        let statements = vec![
            r#"ALTER TABLE "users" ADD COLUMN "email" text;"#.to_string(),
            r#"ALTER TABLE "users" ALTER COLUMN "name" SET DATA TYPE varchar(100) USING "name"::varchar(100);"#.to_string(),
            r#"ALTER TABLE "users" ALTER COLUMN "age" SET DEFAULT 18;"#.to_string(),
        ];
        assert_eq!(
            migration_text(&statements, true),
            "ALTER TABLE \"users\" ADD COLUMN \"email\" text;--> statement-breakpoint\n\
             ALTER TABLE \"users\" ALTER COLUMN \"name\" SET DATA TYPE varchar(100) USING \"name\"::varchar(100);--> statement-breakpoint\n\
             ALTER TABLE \"users\" ALTER COLUMN \"age\" SET DEFAULT 18;"
        );
        assert_eq!(migration_text(&statements[..2], false).matches('\n').count(), 1);
        assert_eq!(migration_text(&[], true), "");
    }

    #[test]
    fn a_create_table_keeps_its_own_trailing_newline_before_the_breakpoint() {
        // /work/shared/peer/v1/generate/drizzle/*_perpetual_captain_universe/migration.sql:
        // `);\n--> statement-breakpoint\nCREATE INDEX ...`
        let statements =
            vec!["CREATE TABLE \"a\" (\n\t\"id\" integer\n);\n".to_string(), "CREATE INDEX \"i\" ON \"a\" (\"id\");".to_string()];
        assert_eq!(
            migration_text(&statements, true),
            "CREATE TABLE \"a\" (\n\t\"id\" integer\n);\n--> statement-breakpoint\nCREATE INDEX \"i\" ON \"a\" (\"id\");"
        );
    }
}
