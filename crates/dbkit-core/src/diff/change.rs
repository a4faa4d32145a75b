//! Changes are data: one [`Change`] per drizzle-kit 1.0 JSON statement (`create_table`,
//! `alter_column`, …), carrying what the SQL renderer, the footprints and the hazard checks need.
//! Names and payloads follow drizzle-kit's statements so the two can be read side by side.

use crate::model::{
    Check, Column, CompactString, Entity, Enum, Fk, Index, Kind, Pk, Policy, Privilege, Role, Schema, Sequence, Table, Unique, View,
};

/// A row that changed: its state before and after, and the names of the fields (drizzle's JSON
/// names, e.g. `"notNull"`) that count as changed once drizzle's normalisations are applied.
#[derive(Debug, Clone, PartialEq)]
pub struct Alter<T> {
    pub left: T,
    pub right: T,
    pub fields: Vec<&'static str>,
}

impl<T: Entity> Alter<T> {
    /// Every field that differs under drizzle's `isEqual`.
    pub fn between(left: T, right: T) -> Alter<T> {
        let fields = left.changed(&right);
        Alter { left, right, fields }
    }

    pub fn has(&self, field: &str) -> bool {
        self.fields.contains(&field)
    }

    /// Forgets a change drizzle treats as no change (`delete it.default`).
    pub fn drop_field(&mut self, field: &str) {
        self.fields.retain(|f| *f != field);
    }

    /// Whether anything is left to do (drizzle's `hasDiff`).
    pub fn has_diff(&self) -> bool {
        !self.fields.is_empty()
    }
}

/// A table with everything that belongs to it (drizzle's `tableFromDDL`).
#[derive(Debug, Clone, PartialEq)]
pub struct TableDef {
    pub table: Table,
    pub columns: Vec<Column>,
    pub pk: Option<Pk>,
    pub fks: Vec<Fk>,
    pub uniques: Vec<Unique>,
    pub checks: Vec<Check>,
    pub indexes: Vec<Index>,
    pub policies: Vec<Policy>,
}

/// One step of an enum's value list change (drizzle's `diffStringArrays`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValueChange {
    Same(String),
    Removed(String),
    /// Added, and placed before this existing value (`None`: at the end).
    Added {
        value: String,
        before: Option<String>,
    },
}

/// A column whose enum type is being recreated (values removed), with its defaults before and after.
#[derive(Debug, Clone, PartialEq)]
pub struct EnumColumn {
    pub column: Column,
    pub default_left: Option<CompactString>,
    pub default_right: Option<CompactString>,
}

// Every row a change carries is boxed: creating 10,000 tables makes some 40,000 changes, and
// with rows inline a change was 944 bytes (144 now).
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    CreateSchema {
        name: String,
    },
    DropSchema {
        name: String,
    },
    RenameSchema {
        from: Box<Schema>,
        to: Box<Schema>,
    },

    CreateEnum {
        enum_: Box<Enum>,
    },
    DropEnum {
        enum_: Box<Enum>,
    },
    MoveEnum {
        from: Box<Enum>,
        to: Box<Enum>,
    },
    RenameEnum {
        schema: String,
        from: String,
        to: String,
    },
    /// Values added (`ALTER TYPE … ADD VALUE`).
    AlterEnum {
        diff: Vec<ValueChange>,
        to: Box<Enum>,
        from: Box<Enum>,
    },
    /// Values removed: columns go through text, the type is dropped and created again.
    RecreateEnum {
        to: Box<Enum>,
        columns: Vec<EnumColumn>,
        from: Box<Enum>,
    },

    CreateSequence {
        sequence: Box<Sequence>,
    },
    DropSequence {
        sequence: Box<Sequence>,
    },
    MoveSequence {
        from: Box<Sequence>,
        to: Box<Sequence>,
    },
    RenameSequence {
        from: Box<Sequence>,
        to: Box<Sequence>,
    },
    AlterSequence {
        diff: Box<Alter<Sequence>>,
        sequence: Box<Sequence>,
    },

    CreateRole {
        role: Box<Role>,
    },
    DropRole {
        role: Box<Role>,
    },
    RenameRole {
        from: Box<Role>,
        to: Box<Role>,
    },
    AlterRole {
        diff: Box<Alter<Role>>,
        role: Box<Role>,
    },

    GrantPrivilege {
        privilege: Box<Privilege>,
    },
    RevokePrivilege {
        privilege: Box<Privilege>,
    },
    RegrantPrivilege {
        privilege: Box<Privilege>,
        diff: Box<Alter<Privilege>>,
    },

    CreateTable {
        table: Box<TableDef>,
    },
    /// `key` is the table's qualified name before any schema rename of this migration.
    DropTable {
        table: Box<TableDef>,
        key: String,
    },
    RenameTable {
        schema: String,
        from: String,
        to: String,
    },
    MoveTable {
        name: String,
        from: String,
        to: String,
        index_names: Vec<String>,
    },
    AlterRls {
        schema: String,
        name: String,
        is_rls_enabled: bool,
    },

    AddColumn {
        column: Box<Column>,
        is_pk: bool,
        is_composite_pk: bool,
    },
    DropColumn {
        column: Box<Column>,
    },
    RenameColumn {
        from: Box<Column>,
        to: Box<Column>,
    },
    /// A generated expression changed: drop the column and add it again.
    RecreateColumn {
        diff: Box<Alter<Column>>,
        is_pk: bool,
    },
    AlterColumn {
        diff: Box<Alter<Column>>,
        to: Box<Column>,
        is_enum: bool,
        was_enum: bool,
        was_serial: bool,
        to_serial: bool,
    },

    CreateIndex {
        index: Box<Index>,
    },
    DropIndex {
        index: Box<Index>,
    },
    RenameIndex {
        schema: String,
        table: String,
        from: String,
        to: String,
        columns: Vec<CompactString>,
    },
    RecreateIndex {
        index: Box<Index>,
        diff: Box<Alter<Index>>,
    },

    AddPk {
        pk: Box<Pk>,
    },
    DropPk {
        pk: Box<Pk>,
    },
    /// `deleted`: a column of the old key was dropped, so the old constraint went with it.
    AlterPk {
        diff: Box<Alter<Pk>>,
        pk: Box<Pk>,
        deleted: bool,
    },

    /// Renames a unique, primary key, check or foreign key constraint.
    RenameConstraint {
        entity_type: Kind,
        schema: String,
        table: String,
        from: String,
        to: String,
        columns: Vec<CompactString>,
    },

    CreateFk {
        fk: Box<Fk>,
    },
    DropFk {
        fk: Box<Fk>,
    },
    RecreateFk {
        fk: Box<Fk>,
        diff: Box<Alter<Fk>>,
    },

    AddCheck {
        check: Box<Check>,
        columns: Vec<CompactString>,
    },
    DropCheck {
        check: Box<Check>,
        columns: Vec<CompactString>,
    },
    AlterCheck {
        diff: Box<Alter<Check>>,
        new_columns: Vec<CompactString>,
        old_columns: Vec<CompactString>,
    },

    AddUnique {
        unique: Box<Unique>,
    },
    DropUnique {
        unique: Box<Unique>,
    },
    AlterUnique {
        diff: Box<Alter<Unique>>,
    },

    CreatePolicy {
        policy: Box<Policy>,
    },
    DropPolicy {
        policy: Box<Policy>,
    },
    RenamePolicy {
        from: Box<Policy>,
        to: Box<Policy>,
    },
    AlterPolicy {
        diff: Box<Alter<Policy>>,
        policy: Box<Policy>,
    },
    RecreatePolicy {
        diff: Box<Alter<Policy>>,
        policy: Box<Policy>,
    },

    CreateView {
        view: Box<View>,
    },
    /// `cause`: the view as it was, when it is dropped to be created again with a new definition.
    DropView {
        view: Box<View>,
        cause: Option<View>,
    },
    RenameView {
        from: Box<View>,
        to: Box<View>,
    },
    MoveView {
        from_schema: String,
        to_schema: String,
        view: Box<View>,
    },
    AlterView {
        diff: Box<Alter<View>>,
        view: Box<View>,
    },
}

impl Change {
    /// drizzle-kit's `type` of the JSON statement, e.g. `"alter_column"`.
    pub fn statement_type(&self) -> &'static str {
        match self {
            Change::CreateSchema { .. } => "create_schema",
            Change::DropSchema { .. } => "drop_schema",
            Change::RenameSchema { .. } => "rename_schema",
            Change::CreateEnum { .. } => "create_enum",
            Change::DropEnum { .. } => "drop_enum",
            Change::MoveEnum { .. } => "move_enum",
            Change::RenameEnum { .. } => "rename_enum",
            Change::AlterEnum { .. } => "alter_enum",
            Change::RecreateEnum { .. } => "recreate_enum",
            Change::CreateSequence { .. } => "create_sequence",
            Change::DropSequence { .. } => "drop_sequence",
            Change::MoveSequence { .. } => "move_sequence",
            Change::RenameSequence { .. } => "rename_sequence",
            Change::AlterSequence { .. } => "alter_sequence",
            Change::CreateRole { .. } => "create_role",
            Change::DropRole { .. } => "drop_role",
            Change::RenameRole { .. } => "rename_role",
            Change::AlterRole { .. } => "alter_role",
            Change::GrantPrivilege { .. } => "grant_privilege",
            Change::RevokePrivilege { .. } => "revoke_privilege",
            Change::RegrantPrivilege { .. } => "regrant_privilege",
            Change::CreateTable { .. } => "create_table",
            Change::DropTable { .. } => "drop_table",
            Change::RenameTable { .. } => "rename_table",
            Change::MoveTable { .. } => "move_table",
            Change::AlterRls { .. } => "alter_rls",
            Change::AddColumn { .. } => "add_column",
            Change::DropColumn { .. } => "drop_column",
            Change::RenameColumn { .. } => "rename_column",
            Change::RecreateColumn { .. } => "recreate_column",
            Change::AlterColumn { .. } => "alter_column",
            Change::CreateIndex { .. } => "create_index",
            Change::DropIndex { .. } => "drop_index",
            Change::RenameIndex { .. } => "rename_index",
            Change::RecreateIndex { .. } => "recreate_index",
            Change::AddPk { .. } => "add_pk",
            Change::DropPk { .. } => "drop_pk",
            Change::AlterPk { .. } => "alter_pk",
            Change::RenameConstraint { .. } => "rename_constraint",
            Change::CreateFk { .. } => "create_fk",
            Change::DropFk { .. } => "drop_fk",
            Change::RecreateFk { .. } => "recreate_fk",
            Change::AddCheck { .. } => "add_check",
            Change::DropCheck { .. } => "drop_check",
            Change::AlterCheck { .. } => "alter_check",
            Change::AddUnique { .. } => "add_unique",
            Change::DropUnique { .. } => "drop_unique",
            Change::AlterUnique { .. } => "alter_unique",
            Change::CreatePolicy { .. } => "create_policy",
            Change::DropPolicy { .. } => "drop_policy",
            Change::RenamePolicy { .. } => "rename_policy",
            Change::AlterPolicy { .. } => "alter_policy",
            Change::RecreatePolicy { .. } => "recreate_policy",
            Change::CreateView { .. } => "create_view",
            Change::DropView { .. } => "drop_view",
            Change::RenameView { .. } => "rename_view",
            Change::MoveView { .. } => "move_view",
            Change::AlterView { .. } => "alter_view",
        }
    }
}
