//! Test support: drizzle-kit 1.0's JSON statements (as its `ddlDiff` returns them) read into
//! [`Change`] values, so the renderer and the footprints can be checked statement by statement
//! against drizzle's own output.

use serde_json::{Map, Value};

use crate::diff::{Alter, Change, EnumColumn, TableDef, ValueChange};
use crate::model::{Entity, Kind};

pub(crate) fn row<T: Entity>(v: &Value) -> T {
    T::from_json(v.as_object().unwrap_or_else(|| panic!("not a row: {v}"))).unwrap_or_else(|e| panic!("{e}: {v}"))
}

pub(crate) fn rows<T: Entity>(v: &Value) -> Vec<T> {
    v.as_array().map(|a| a.iter().map(row).collect()).unwrap_or_default()
}

pub(crate) fn strings(v: &Value) -> Vec<String> {
    v.as_array().unwrap_or_else(|| panic!("not a list: {v}")).iter().map(|s| s.as_str().unwrap().to_string()).collect()
}

pub(crate) fn s(v: &Value) -> String {
    v.as_str().unwrap_or_else(|| panic!("not a string: {v}")).to_string()
}

/// drizzle's diff object: `$left`, `$right`, and `{from, to}` for each changed field.
fn alter<T: Entity>(v: &Value) -> Alter<T> {
    let fields = T::FIELDS
        .iter()
        .copied()
        .filter(|f| v.get(*f).and_then(Value::as_object).is_some_and(|o| o.contains_key("from") && o.contains_key("to")))
        .collect();
    Alter { left: row(&v["$left"]), right: row(&v["$right"]), fields }
}

fn table_def(v: &Value) -> TableDef {
    TableDef {
        table: row(v),
        columns: rows(&v["columns"]),
        pk: (!v["pk"].is_null()).then(|| row(&v["pk"])),
        fks: rows(&v["fks"]),
        uniques: rows(&v["uniques"]),
        checks: rows(&v["checks"]),
        indexes: rows(&v["indexes"]),
        policies: rows(&v["policies"]),
    }
}

fn value_change(v: &Value) -> ValueChange {
    let value = s(&v["value"]);
    match v["type"].as_str() {
        Some("same") => ValueChange::Same(value),
        Some("removed") => ValueChange::Removed(value),
        _ => ValueChange::Added { value, before: v["beforeValue"].as_str().map(str::to_string) },
    }
}

/// drizzle's recreate_enum column carries `default: {left, right}`; ours keeps the old default
/// on the column (as the diff builds it) and both sides beside it.
fn enum_column(v: &Value) -> EnumColumn {
    let mut obj: Map<String, Value> = v.as_object().unwrap().clone();
    let default = obj.insert("default".into(), Value::Null).unwrap_or(Value::Null);
    obj.insert("default".into(), default["left"].clone());
    EnumColumn {
        column: row(&Value::Object(obj)),
        default_left: default["left"].as_str().map(Into::into),
        default_right: default["right"].as_str().map(Into::into),
    }
}

/// A drizzle JSON statement as a [`Change`].
pub(crate) fn change_of(st: &Value) -> Change {
    use Change::*;
    let b = |k: &str| st[k].as_bool().unwrap_or(false);
    match st["type"].as_str().unwrap() {
        "create_schema" => CreateSchema { name: s(&st["name"]) },
        "drop_schema" => DropSchema { name: s(&st["name"]) },
        "rename_schema" => RenameSchema { from: Box::new(row(&st["from"])), to: Box::new(row(&st["to"])) },
        "create_enum" => CreateEnum { enum_: Box::new(row(&st["enum"])) },
        "drop_enum" => DropEnum { enum_: Box::new(row(&st["enum"])) },
        "move_enum" => MoveEnum { from: Box::new(row(&st["from"])), to: Box::new(row(&st["to"])) },
        "rename_enum" => RenameEnum { schema: s(&st["schema"]), from: s(&st["from"]), to: s(&st["to"]) },
        "alter_enum" => AlterEnum {
            diff: st["diff"].as_array().unwrap().iter().map(value_change).collect(),
            to: Box::new(row(&st["to"])),
            from: Box::new(row(&st["from"])),
        },
        "recreate_enum" => RecreateEnum {
            to: Box::new(row(&st["to"])),
            columns: st["columns"].as_array().unwrap().iter().map(enum_column).collect(),
            from: Box::new(row(&st["from"])),
        },
        "create_sequence" => CreateSequence { sequence: Box::new(row(&st["sequence"])) },
        "drop_sequence" => DropSequence { sequence: Box::new(row(&st["sequence"])) },
        "move_sequence" => MoveSequence { from: Box::new(row(&st["from"])), to: Box::new(row(&st["to"])) },
        "rename_sequence" => RenameSequence { from: Box::new(row(&st["from"])), to: Box::new(row(&st["to"])) },
        "alter_sequence" => AlterSequence { diff: Box::new(alter(&st["diff"])), sequence: Box::new(row(&st["sequence"])) },
        "create_role" => CreateRole { role: Box::new(row(&st["role"])) },
        "drop_role" => DropRole { role: Box::new(row(&st["role"])) },
        "rename_role" => RenameRole { from: Box::new(row(&st["from"])), to: Box::new(row(&st["to"])) },
        "alter_role" => AlterRole { diff: Box::new(alter(&st["diff"])), role: Box::new(row(&st["role"])) },
        "grant_privilege" => GrantPrivilege { privilege: Box::new(row(&st["privilege"])) },
        "revoke_privilege" => RevokePrivilege { privilege: Box::new(row(&st["privilege"])) },
        "regrant_privilege" => RegrantPrivilege { privilege: Box::new(row(&st["privilege"])), diff: Box::new(alter(&st["diff"])) },
        "create_table" => CreateTable { table: Box::new(table_def(&st["table"])) },
        "drop_table" => DropTable { table: Box::new(table_def(&st["table"])), key: s(&st["key"]) },
        "rename_table" => RenameTable { schema: s(&st["schema"]), from: s(&st["from"]), to: s(&st["to"]) },
        "move_table" => MoveTable { name: s(&st["name"]), from: s(&st["from"]), to: s(&st["to"]), index_names: strings(&st["indexNames"]) },
        "alter_rls" => AlterRls { schema: s(&st["schema"]), name: s(&st["name"]), is_rls_enabled: b("isRlsEnabled") },
        "add_column" => AddColumn { column: Box::new(row(&st["column"])), is_pk: b("isPK"), is_composite_pk: b("isCompositePK") },
        "drop_column" => DropColumn { column: Box::new(row(&st["column"])) },
        "rename_column" => RenameColumn { from: Box::new(row(&st["from"])), to: Box::new(row(&st["to"])) },
        "recreate_column" => RecreateColumn { diff: Box::new(alter(&st["diff"])), is_pk: b("isPK") },
        "alter_column" => AlterColumn {
            diff: Box::new(alter(&st["diff"])),
            to: Box::new(row(&st["to"])),
            is_enum: b("isEnum"),
            was_enum: b("wasEnum"),
            was_serial: b("wasSerial"),
            to_serial: b("toSerial"),
        },
        "create_index" => CreateIndex { index: Box::new(row(&st["index"])) },
        "drop_index" => DropIndex { index: Box::new(row(&st["index"])) },
        "rename_index" => RenameIndex {
            schema: s(&st["schema"]),
            table: s(&st["table"]),
            from: s(&st["from"]),
            to: s(&st["to"]),
            columns: strings(&st["columns"]).into_iter().map(Into::into).collect(),
        },
        "recreate_index" => RecreateIndex { index: Box::new(row(&st["index"])), diff: Box::new(alter(&st["diff"])) },
        "add_pk" => AddPk { pk: Box::new(row(&st["pk"])) },
        "drop_pk" => DropPk { pk: Box::new(row(&st["pk"])) },
        "alter_pk" => AlterPk { diff: Box::new(alter(&st["diff"])), pk: Box::new(row(&st["pk"])), deleted: b("deleted") },
        "rename_constraint" => RenameConstraint {
            entity_type: Kind::parse(st["entityType"].as_str().unwrap()).unwrap(),
            schema: s(&st["schema"]),
            table: s(&st["table"]),
            from: s(&st["from"]),
            to: s(&st["to"]),
            columns: strings(&st["columns"]).into_iter().map(Into::into).collect(),
        },
        "create_fk" => CreateFk { fk: Box::new(row(&st["fk"])) },
        "drop_fk" => DropFk { fk: Box::new(row(&st["fk"])) },
        "recreate_fk" => RecreateFk { fk: Box::new(row(&st["fk"])), diff: Box::new(alter(&st["diff"])) },
        "add_check" => {
            AddCheck { check: Box::new(row(&st["check"])), columns: strings(&st["columns"]).into_iter().map(Into::into).collect() }
        }
        "drop_check" => {
            DropCheck { check: Box::new(row(&st["check"])), columns: strings(&st["columns"]).into_iter().map(Into::into).collect() }
        }
        "alter_check" => AlterCheck {
            diff: Box::new(alter(&st["diff"])),
            new_columns: strings(&st["newColumns"]).into_iter().map(Into::into).collect(),
            old_columns: strings(&st["oldColumns"]).into_iter().map(Into::into).collect(),
        },
        "add_unique" => AddUnique { unique: Box::new(row(&st["unique"])) },
        "drop_unique" => DropUnique { unique: Box::new(row(&st["unique"])) },
        "alter_unique" => AlterUnique { diff: Box::new(alter(&st["diff"])) },
        "create_policy" => CreatePolicy { policy: Box::new(row(&st["policy"])) },
        "drop_policy" => DropPolicy { policy: Box::new(row(&st["policy"])) },
        "rename_policy" => RenamePolicy { from: Box::new(row(&st["from"])), to: Box::new(row(&st["to"])) },
        "alter_policy" => AlterPolicy { diff: Box::new(alter(&st["diff"])), policy: Box::new(row(&st["policy"])) },
        "recreate_policy" => RecreatePolicy { diff: Box::new(alter(&st["diff"])), policy: Box::new(row(&st["policy"])) },
        "create_view" => CreateView { view: Box::new(row(&st["view"])) },
        "drop_view" => DropView { view: Box::new(row(&st["view"])), cause: (!st["cause"].is_null()).then(|| row(&st["cause"])) },
        "rename_view" => RenameView { from: Box::new(row(&st["from"])), to: Box::new(row(&st["to"])) },
        "move_view" => MoveView { from_schema: s(&st["fromSchema"]), to_schema: s(&st["toSchema"]), view: Box::new(row(&st["view"])) },
        "alter_view" => AlterView { diff: Box::new(alter(&st["diff"])), view: Box::new(row(&st["view"])) },
        other => panic!("unknown statement type {other}"),
    }
}
