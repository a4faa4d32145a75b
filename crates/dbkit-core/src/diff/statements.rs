//! Phase two of the diff: compare the renamed previous state with the current one and assemble
//! the changes in drizzle-kit 1.0's order, applying its rules for what counts as a change.

use super::Mode;
use super::change::{Alter, Change, EnumColumn, ValueChange};
use super::enum_values::diff_values;
use super::grammar::{defaults_commutative, is_serial, same_json_default, trim_char};
use super::renames::Renamed;
use super::rows::{TableSet, alters, check_columns, table_defs};
use super::table_order::after_sequences_they_read;
use crate::model::{Column, CompactString, Ddl, Entity, Fk, Kind, Table};

fn same_fk(a: &Fk, b: &Fk) -> bool {
    a.schema == b.schema && a.table == b.table && a.name == b.name
}

fn has_enum(ddl: &Ddl, schema: Option<&str>, name: &str) -> bool {
    ddl.enums.get(&crate::model::js::to_compact(&serde_json::json!([schema.unwrap_or("public"), name]))).is_some()
}

/// A default as PostgreSQL stores it: `DEFAULT NULL` (however spelled) is none.
fn stored_default(default: Option<&str>) -> Option<&str> {
    default.filter(|d| !d.trim().eq_ignore_ascii_case("null"))
}

/// A type as PostgreSQL stores it when the length is left out and means 1.
fn with_implicit_length(t: &str) -> &str {
    match t {
        "char" | "character" => "char(1)",
        "bit" => "bit(1)",
        other => other,
    }
}

/// drizzle's column normalisations: differences that are not changes.
fn column_alters(r: &Renamed, mode: Mode) -> Vec<Alter<Column>> {
    let mut out = Vec::new();
    for mut it in alters(&r.ddl1.columns, &r.ddl2.columns) {
        let (lt, rt) = (it.left.type_.clone(), it.right.type_.clone());
        if it.has("default")
            && ((lt == "json" && rt == "json") || (lt == "jsonb" && rt == "jsonb"))
            && let (Some(f), Some(t)) = (&it.left.default, &it.right.default)
            && same_json_default(f, t)
        {
            it.drop_field("default");
        }
        if !it.has("type")
            && it.has("default")
            && defaults_commutative(it.left.default.as_deref(), it.right.default.as_deref(), &rt, it.right.dimensions)
        {
            it.drop_field("default");
        }
        // JavaScript's `replace` changes the first occurrence only; so does `replacen(.., 1)`.
        if it.has("type") && (lt == rt.replacen("numeric", "decimal", 1) || rt == lt.replacen("numeric", "decimal", 1)) {
            it.drop_field("type");
        }
        if it.has("type") && rt.starts_with("geometry(point") && lt.starts_with("geometry(point") {
            let srid = |t: &str| t.split(',').nth(1).map(|s| s.replace(')', ""));
            let (ls, rs) = (srid(&lt), srid(&rt));
            if (ls.is_none() && rs.as_deref() == Some("0")) || (rs.is_none() && ls.as_deref() == Some("0")) {
                it.drop_field("type");
            }
        }
        if it.has("type") && lt.replacen(",0)", ")", 1) == rt {
            it.drop_field("type");
        }
        if !it.has("type") && it.has("typeSchema") && (it.left.type_schema.is_none() || it.right.type_schema.is_none()) {
            it.drop_field("typeSchema");
        }
        if mode == Mode::Push && it.has("dimensions") && it.left.dimensions > 0 && it.right.dimensions > 0 {
            it.drop_field("dimensions");
        }
        // Beyond drizzle-kit: PostgreSQL stores `char` and `bit` without a length as `char(1)` and
        // `bit(1)`, so push (which compares the schema with what the database stored) would
        // plan `SET DATA TYPE char` on every run.
        if mode == Mode::Push && it.has("type") && with_implicit_length(&lt) == with_implicit_length(&rt) {
            it.drop_field("type");
        }
        // Likewise `DEFAULT NULL`: PostgreSQL stores no default for it.
        if mode == Mode::Push
            && it.has("default")
            && stored_default(it.left.default.as_deref()) == stored_default(it.right.default.as_deref())
        {
            it.drop_field("default");
        }
        if it.has_diff() {
            out.push(it);
        }
    }
    out
}

/// Takes the created indexes and foreign keys out of `r` (they move into their changes: on a
/// first migration they are most of the rows).
pub(super) fn assemble(r: &mut Renamed, mode: Mode) -> Vec<Change> {
    let created_indexes = std::mem::take(&mut r.indexes.created);
    let created_fks = std::mem::take(&mut r.fks.created);
    let r = &*r;
    let (ddl1, ddl2) = (&r.ddl1, &r.ddl2);
    let push = mode == Mode::Push;
    let created_tables = &r.tables.created;
    let deleted_tables = &r.tables.deleted;
    let (created_set, deleted_set) = (TableSet::of(created_tables), TableSet::of(deleted_tables));
    let not_created = |schema: &str, table: &str| !created_set.has(schema, table);
    let not_deleted = |schema: &str, table: &str| !deleted_set.has(schema, table);
    let columns_deleted = &r.columns.deleted;

    // Indexes.
    let mut create_indexes: Vec<Change> = created_indexes.into_iter().map(|i| Change::CreateIndex { index: Box::new(i) }).collect();
    let drop_indexes: Vec<Change> = r
        .indexes
        .deleted
        .iter()
        .filter(|i| not_deleted(&i.schema, &i.table))
        .map(|i| Change::DropIndex { index: Box::new(i.clone()) })
        .collect();
    let rename_indexes: Vec<Change> = r
        .indexes
        .renamed
        .iter()
        .map(|(from, to)| Change::RenameIndex {
            schema: to.schema.to_string(),
            table: to.table.to_string(),
            from: from.name.to_string(),
            to: to.name.to_string(),
            columns: to
                .columns
                .iter()
                .filter(|c| c.bool("isExpression") != Some(true))
                .filter_map(|c| c.str("value").map(CompactString::from))
                .collect(),
        })
        .collect();
    let mut recreate_indexes = Vec::new();
    for mut idx in alters(&ddl1.indexes, &ddl2.indexes) {
        if idx.left.table != idx.right.table {
            continue;
        }
        idx.drop_field("concurrently");
        if !idx.has_diff() {
            continue;
        }
        let for_where = idx.has("where") && (if idx.left.where_.is_some() && idx.right.where_.is_some() { !push } else { true });
        let for_columns = idx.has("columns") && (if idx.left.columns.len() == idx.right.columns.len() { !push } else { true });
        if idx.has("isUnique") || idx.has("method") || idx.has("with") || for_columns || for_where {
            let index = idx.right.clone();
            let prev = &idx.left;
            let lost_column = columns_deleted.iter().any(|c| {
                c.schema == idx.right.schema
                    && c.table == idx.right.table
                    && prev.columns.iter().any(|ic| ic.str("value") == Some(c.name.as_str()))
            });
            if lost_column {
                create_indexes.push(Change::CreateIndex { index: Box::new(index) });
            } else {
                recreate_indexes.push(Change::RecreateIndex { index: Box::new(index), diff: Box::new(idx) });
            }
        }
    }

    // Tables.
    // drizzle looks a dropped table up in the new state, so its lists come out empty.
    let drop_tables: Vec<Change> = deleted_tables
        .iter()
        .zip(table_defs(deleted_tables, ddl2))
        .map(|(t, table)| {
            let old_schema = r.schemas.renamed.iter().find(|(_, to)| to.name == t.schema).map(|(from, _)| from.name.clone());
            let key = format!("\"{}\".\"{}\"", old_schema.unwrap_or_else(|| t.schema.clone()), t.name);
            Change::DropTable { table: Box::new(table), key }
        })
        .collect();
    let renamed_tables: Vec<_> = r.tables.renamed.iter().filter(|(f, t)| f.name != t.name).collect();
    let moved_tables: Vec<_> = r.tables.renamed.iter().filter(|(f, t)| f.schema != t.schema).collect();
    let rename_tables: Vec<Change> = renamed_tables
        .iter()
        .map(|(f, t)| Change::RenameTable { schema: f.schema.to_string(), from: f.name.to_string(), to: t.name.to_string() })
        .collect();

    // Columns.
    let rename_columns: Vec<Change> =
        r.columns.renamed.iter().map(|(f, t)| Change::RenameColumn { from: Box::new(f.clone()), to: Box::new(t.clone()) }).collect();
    let drop_columns: Vec<Change> = columns_deleted
        .iter()
        .filter(|c| not_deleted(&c.schema, &c.table))
        .map(|c| Change::DropColumn { column: Box::new(c.clone()) })
        .collect();
    let add_columns: Vec<Change> = r
        .columns
        .created
        .iter()
        .filter(|c| not_created(&c.schema, &c.table))
        .map(|c| Change::AddColumn {
            column: Box::new(c.clone()),
            is_pk: false,
            is_composite_pk: ddl2.pks.find(|p| p.schema == c.schema && p.table == c.table && p.columns.contains(&c.name)).is_some(),
        })
        .collect();
    let column_alters = column_alters(r, mode);

    // Uniques.
    let altered_uniques: Vec<Change> = alters(&ddl1.uniques, &ddl2.uniques)
        .into_iter()
        .filter_map(|mut u| {
            u.drop_field("nameExplicit");
            u.has_diff().then_some(Change::AlterUnique { diff: Box::new(u) })
        })
        .collect();
    let mut add_uniques: Vec<Change> = r
        .uniques
        .created
        .iter()
        .filter(|u| not_created(&u.schema, &u.table))
        .map(|u| Change::AddUnique { unique: Box::new(u.clone()) })
        .collect();
    let drop_uniques: Vec<Change> = r
        .uniques
        .deleted
        .iter()
        .filter(|u| not_deleted(&u.schema, &u.table))
        .map(|u| Change::DropUnique { unique: Box::new(u.clone()) })
        .collect();
    let rename_uniques: Vec<Change> = r
        .uniques
        .renamed
        .iter()
        .map(|(f, t)| Change::RenameConstraint {
            entity_type: Kind::Uniques,
            schema: t.schema.to_string(),
            table: t.table.to_string(),
            from: f.name.to_string(),
            to: t.name.to_string(),
            columns: t.columns.clone(),
        })
        .collect();

    // Primary keys.
    let add_pks: Vec<Change> =
        r.pks.created.iter().filter(|p| not_created(&p.schema, &p.table)).map(|p| Change::AddPk { pk: Box::new(p.clone()) }).collect();
    let drop_pks: Vec<Change> =
        r.pks.deleted.iter().filter(|p| not_deleted(&p.schema, &p.table)).map(|p| Change::DropPk { pk: Box::new(p.clone()) }).collect();
    let rename_pks: Vec<Change> = r
        .pks
        .renamed
        .iter()
        .map(|(f, t)| Change::RenameConstraint {
            entity_type: Kind::Pks,
            schema: t.schema.to_string(),
            table: t.table.to_string(),
            from: f.name.to_string(),
            to: t.name.to_string(),
            columns: t.columns.clone(),
        })
        .collect();

    let move_tables: Vec<Change> = moved_tables
        .iter()
        .map(|(f, t)| {
            let (s, n) = (t.schema.as_str(), t.name.as_str());
            let mut names: Vec<String> = ddl1.indexes.filter(|i| i.schema == s && i.table == n).map(|i| i.name.to_string()).collect();
            names.extend(ddl1.pks.filter(|p| p.schema == s && p.table == n).map(|p| p.name.to_string()));
            names.extend(ddl1.uniques.filter(|u| u.schema == s && u.table == n).map(|u| u.name.to_string()));
            names.sort();
            Change::MoveTable { name: t.name.to_string(), from: f.schema.to_string(), to: t.schema.to_string(), index_names: names }
        })
        .collect();

    // Checks.
    let add_checks: Vec<Change> = r
        .checks
        .created
        .iter()
        .filter(|c| not_created(&c.schema, &c.table))
        .map(|c| Change::AddCheck { check: Box::new(c.clone()), columns: check_columns(&c.value, ddl2, &c.schema, &c.table) })
        .collect();
    let drop_checks: Vec<Change> = r
        .checks
        .deleted
        .iter()
        .filter(|c| not_deleted(&c.schema, &c.table))
        .map(|c| Change::DropCheck { check: Box::new(c.clone()), columns: check_columns(&c.value, ddl1, &c.schema, &c.table) })
        .collect();
    let rename_checks: Vec<Change> = r
        .checks
        .renamed
        .iter()
        .map(|(f, t)| Change::RenameConstraint {
            entity_type: Kind::Checks,
            schema: t.schema.to_string(),
            table: t.table.to_string(),
            from: f.name.to_string(),
            to: t.name.to_string(),
            columns: check_columns(&t.value, ddl2, &t.schema, &t.table),
        })
        .collect();
    let alter_pks: Vec<Change> = alters(&ddl1.pks, &ddl2.pks)
        .into_iter()
        .filter(|p| p.has("columns"))
        .map(|p| {
            let deleted = columns_deleted.iter().any(|c| p.left.columns.contains(&c.name));
            Change::AlterPk { pk: Box::new(p.right.clone()), diff: Box::new(p), deleted }
        })
        .collect();
    let recreate_fks: Vec<Change> = alters(&ddl1.fks, &ddl2.fks)
        .into_iter()
        .filter_map(|mut f| {
            f.drop_field("nameExplicit");
            f.has_diff().then(|| Change::RecreateFk { fk: Box::new(f.right.clone()), diff: Box::new(f) })
        })
        .collect();
    let mut create_fks: Vec<Change> = created_fks.into_iter().map(|f| Change::CreateFk { fk: Box::new(f) }).collect();
    let mut drop_fks: Vec<Change> = r
        .fks
        .deleted
        .iter()
        .filter(|fk| {
            let from_deleted = deleted_set.has(&fk.schema, &fk.table);
            let to_deleted = fk.table != fk.table_to && deleted_set.has(&fk.schema_to, &fk.table_to);
            // A dropped table takes its own foreign keys with it, unless they point at another
            // dropped table (drizzle-kit drops those explicitly).
            !from_deleted || to_deleted
        })
        .map(|f| Change::DropFk { fk: Box::new(f.clone()) })
        .collect();
    let alter_checks: Vec<Change> = alters(&ddl1.checks, &ddl2.checks)
        .into_iter()
        .filter(|c| c.has("value") && !push)
        .map(|c| Change::AlterCheck {
            new_columns: check_columns(&c.right.value, ddl2, &c.right.schema, &c.right.table),
            old_columns: check_columns(&c.left.value, ddl2, &c.right.schema, &c.right.table),
            diff: Box::new(c),
        })
        .collect();

    // Policies and row-level security.
    let create_policies: Vec<Change> = r.policies.created.iter().map(|p| Change::CreatePolicy { policy: Box::new(p.clone()) }).collect();
    let drop_policies: Vec<Change> = r.policies.deleted.iter().map(|p| Change::DropPolicy { policy: Box::new(p.clone()) }).collect();
    let rename_policies: Vec<Change> =
        r.policies.renamed.iter().map(|(f, t)| Change::RenamePolicy { from: Box::new(f.clone()), to: Box::new(t.clone()) }).collect();
    let alter_policies: Vec<Change> = alters(&ddl1.policies, &ddl2.policies)
        .into_iter()
        .filter_map(|mut p| {
            if let (Some(f), Some(t)) = (&p.left.with_check, &p.right.with_check)
                && (*f == format!("({t})") || *t == format!("({f})"))
            {
                p.drop_field("withCheck");
            }
            if !p.has_diff() {
                return None;
            }
            let keep = p.has("as") || p.has("for") || p.has("roles") || !((p.has("using") || p.has("withCheck")) && push);
            if !keep {
                return None;
            }
            let policy = p.right.clone();
            Some(if p.has("for") || p.has("as") {
                Change::RecreatePolicy { diff: Box::new(p), policy: Box::new(policy) }
            } else {
                Change::AlterPolicy { diff: Box::new(p), policy: Box::new(policy) }
            })
        })
        .collect();
    let rls_alters: Vec<Alter<Table>> = alters(&ddl1.tables, &ddl2.tables).into_iter().filter(|t| t.has("isRlsEnabled")).collect();
    let mut alter_rls: Vec<Change> = rls_alters
        .iter()
        .map(|t| Change::AlterRls {
            schema: t.right.schema.to_string(),
            name: t.right.name.to_string(),
            is_rls_enabled: t.right.is_rls_enabled,
        })
        .collect();
    let has_rls_change = |list: &[Change], schema: &str, name: &str| {
        list.iter().any(|c| matches!(c, Change::AlterRls { schema: s, name: n, .. } if s == schema && n == name))
    };
    let rls_altered = |schema: &str, name: &str| rls_alters.iter().any(|t| t.right.schema == schema && t.right.name == name);
    let count = |ddl: &Ddl, s: &str, t: &str| ddl.policies.filter(|p| p.schema == s && p.table == t).count();
    for p in &r.policies.deleted {
        if rls_altered(&p.schema, &p.table) {
            continue;
        }
        let (had, has) = (count(ddl1, &p.schema, &p.table), count(ddl2, &p.schema, &p.table));
        let prev_table = ddl1.tables.find(|t| t.schema == p.schema && t.name == p.table);
        let still = ddl2.tables.find(|t| t.schema == p.schema && t.name == p.table).is_some();
        if still && had > 0 && has == 0 && prev_table.is_some_and(|t| !t.is_rls_enabled) && !has_rls_change(&alter_rls, &p.schema, &p.table)
        {
            alter_rls.push(Change::AlterRls { schema: p.schema.to_string(), name: p.table.to_string(), is_rls_enabled: false });
        }
    }
    for p in &r.policies.created {
        if rls_altered(&p.schema, &p.table) || created_set.has(&p.schema, &p.table) || has_rls_change(&alter_rls, &p.schema, &p.table) {
            continue;
        }
        let (had, has) = (count(ddl1, &p.schema, &p.table), count(ddl2, &p.schema, &p.table));
        let table = ddl2.tables.find(|t| t.schema == p.schema && t.name == p.table);
        if table.is_some_and(|t| !t.is_rls_enabled) && had == 0 && has > 0 {
            alter_rls.push(Change::AlterRls { schema: p.schema.to_string(), name: p.table.to_string(), is_rls_enabled: true });
        }
    }

    // Enums.
    let create_enums: Vec<Change> = r.enums.created.iter().map(|e| Change::CreateEnum { enum_: Box::new(e.clone()) }).collect();
    let drop_enums: Vec<Change> = r.enums.deleted.iter().map(|e| Change::DropEnum { enum_: Box::new(e.clone()) }).collect();
    let move_enums: Vec<Change> = r
        .enums
        .renamed
        .iter()
        .filter(|(f, t)| f.schema != t.schema)
        .map(|(f, t)| Change::MoveEnum { from: Box::new(f.clone()), to: Box::new(t.clone()) })
        .collect();
    let rename_enums: Vec<Change> = r
        .enums
        .renamed
        .iter()
        .filter(|(f, t)| f.name != t.name)
        .map(|(f, t)| Change::RenameEnum { schema: t.schema.to_string(), from: f.name.to_string(), to: t.name.to_string() })
        .collect();
    let mut recreate_enums: Vec<Change> = Vec::new();
    let mut alter_enums: Vec<Change> = Vec::new();
    for e in alters(&ddl1.enums, &ddl2.enums) {
        let values = diff_values(&e.left.values, &e.right.values);
        if values.iter().any(|v| matches!(v, ValueChange::Removed(_))) {
            let columns = ddl1
                .columns
                .filter(|c| c.type_ == e.right.name)
                .filter_map(|c| {
                    let c2 = ddl2.columns.get(&c.key())?;
                    let type_schema = c.type_schema.clone().or_else(|| if c2.type_ == c.type_ { c2.type_schema.clone() } else { None });
                    if type_schema.as_deref() != Some(e.right.schema.as_str()) {
                        return None;
                    }
                    let mut column = c.clone();
                    column.type_schema = type_schema;
                    Some(EnumColumn { default_left: c.default.clone(), default_right: c2.default.clone(), column })
                })
                .collect();
            recreate_enums.push(Change::RecreateEnum { to: Box::new(e.right.clone()), columns, from: Box::new(e.left.clone()) });
        } else {
            alter_enums.push(Change::AlterEnum { diff: values, to: Box::new(e.right.clone()), from: Box::new(e.left.clone()) });
        }
    }
    let enum_columns_recreated = |c: &Column| {
        recreate_enums.iter().any(|ch| match ch {
            Change::RecreateEnum { columns, .. } => {
                columns.iter().any(|ec| ec.column.schema == c.schema && ec.column.table == c.table && ec.column.name == c.name)
            }
            _ => false,
        })
    };
    let alter_columns: Vec<Change> = column_alters
        .iter()
        .filter(|it| !(it.has("generated") && it.right.generated.is_some()))
        .cloned()
        .filter_map(|mut it| {
            if it.has("default") && enum_columns_recreated(&it.right) {
                it.drop_field("default");
            }
            if it.has("notNull") && it.right.not_null && (it.right.generated.is_some() || it.right.identity.is_some()) {
                it.drop_field("notNull");
            }
            let in_pk =
                ddl2.pks.find(|p| p.schema == it.right.schema && p.table == it.right.table && p.columns.contains(&it.right.name)).is_some();
            if it.has("notNull") && in_pk {
                it.drop_field("notNull");
            }
            if !it.has_diff() {
                return None;
            }
            let to = it.right.clone();
            let is_enum = has_enum(ddl2, to.type_schema.as_deref(), &to.type_);
            let was_enum = (it.has("type") || it.has("typeSchema") || it.has("dimensions"))
                && has_enum(ddl1, it.left.type_schema.as_deref(), &it.left.type_);
            let was_serial = is_serial(&it.left.type_);
            let to_serial = !is_serial(&it.left.type_) && is_serial(&it.right.type_);
            Some(Change::AlterColumn { diff: Box::new(it), to: Box::new(to), is_enum, was_enum, was_serial, to_serial })
        })
        .collect();

    // Sequences, roles, privileges, schemas.
    let create_sequences: Vec<Change> =
        r.sequences.created.iter().map(|s| Change::CreateSequence { sequence: Box::new(s.clone()) }).collect();
    let drop_sequences: Vec<Change> = r.sequences.deleted.iter().map(|s| Change::DropSequence { sequence: Box::new(s.clone()) }).collect();
    let move_sequences: Vec<Change> = r
        .sequences
        .renamed
        .iter()
        .filter(|(f, t)| f.schema != t.schema)
        .map(|(f, t)| {
            let mut to = t.clone();
            to.name = f.name.clone();
            Change::MoveSequence { from: Box::new(f.clone()), to: Box::new(to) }
        })
        .collect();
    let rename_sequences: Vec<Change> = r
        .sequences
        .renamed
        .iter()
        .filter(|(f, t)| f.name != t.name)
        .map(|(f, t)| {
            let mut from = f.clone();
            from.schema = t.schema.clone();
            Change::RenameSequence { from: Box::new(from), to: Box::new(t.clone()) }
        })
        .collect();
    let alter_sequences: Vec<Change> = alters(&ddl1.sequences, &ddl2.sequences)
        .into_iter()
        .map(|d| Change::AlterSequence { sequence: Box::new(d.right.clone()), diff: Box::new(d) })
        .collect();
    let create_roles: Vec<Change> = r.roles.created.iter().map(|x| Change::CreateRole { role: Box::new(x.clone()) }).collect();
    let drop_roles: Vec<Change> = r.roles.deleted.iter().map(|x| Change::DropRole { role: Box::new(x.clone()) }).collect();
    let rename_roles: Vec<Change> =
        r.roles.renamed.iter().map(|(f, t)| Change::RenameRole { from: Box::new(f.clone()), to: Box::new(t.clone()) }).collect();
    let alter_roles: Vec<Change> = alters(&ddl1.roles, &ddl2.roles)
        .into_iter()
        .map(|d| Change::AlterRole { role: Box::new(d.right.clone()), diff: Box::new(d) })
        .collect();
    let grant: Vec<Change> = r.privileges_created.iter().map(|p| Change::GrantPrivilege { privilege: Box::new(p.clone()) }).collect();
    let revoke: Vec<Change> = r.privileges_deleted.iter().map(|p| Change::RevokePrivilege { privilege: Box::new(p.clone()) }).collect();
    let regrant: Vec<Change> = alters(&ddl1.privileges, &ddl2.privileges)
        .into_iter()
        .map(|d| Change::RegrantPrivilege { privilege: Box::new(d.right.clone()), diff: Box::new(d) })
        .collect();
    let create_schemas: Vec<Change> = r.schemas.created.iter().map(|s| Change::CreateSchema { name: s.name.to_string() }).collect();
    let drop_schemas: Vec<Change> = r.schemas.deleted.iter().map(|s| Change::DropSchema { name: s.name.to_string() }).collect();
    let rename_schemas: Vec<Change> =
        r.schemas.renamed.iter().map(|(f, t)| Change::RenameSchema { from: Box::new(f.clone()), to: Box::new(t.clone()) }).collect();
    let create_tables: Vec<Change> = after_sequences_they_read(table_defs(created_tables, ddl2))
        .into_iter()
        .map(|table| Change::CreateTable { table: Box::new(table) })
        .collect();

    // Views.
    let mut create_views: Vec<Change> = r.views.created.iter().map(|v| Change::CreateView { view: Box::new(v.clone()) }).collect();
    let drop_views: Vec<Change> = r.views.deleted.iter().map(|v| Change::DropView { view: Box::new(v.clone()), cause: None }).collect();
    let rename_views: Vec<Change> = r
        .views
        .renamed
        .iter()
        .filter(|(f, t)| f.name != t.name)
        .map(|(f, t)| {
            let mut to = t.clone();
            to.schema = f.schema.clone();
            Change::RenameView { from: Box::new(f.clone()), to: Box::new(to) }
        })
        .collect();
    let move_views: Vec<Change> = r
        .views
        .renamed
        .iter()
        .filter(|(f, t)| f.schema != t.schema)
        .map(|(f, t)| {
            let mut view = t.clone();
            view.materialized = f.materialized;
            Change::MoveView { from_schema: f.schema.to_string(), to_schema: t.schema.to_string(), view: Box::new(view) }
        })
        .collect();
    let mut view_alters = Vec::new();
    for mut v in alters(&ddl1.views, &ddl2.views) {
        if v.has("definition") && push {
            v.drop_field("definition");
        }
        if v.has("using") && v.right.using.is_none() && v.left.using.as_deref() == Some("heap") {
            v.drop_field("using");
        }
        if push && v.has("tablespace") && v.left.tablespace.is_none() && v.right.tablespace.as_deref() == Some("pg_default") {
            v.drop_field("tablespace");
        }
        if v.has_diff() {
            view_alters.push(v);
        }
    }
    let alter_views: Vec<Change> = view_alters
        .iter()
        .filter(|v| !v.has("definition") && !v.has("materialized"))
        .map(|v| Change::AlterView { diff: Box::new(v.clone()), view: Box::new(v.right.clone()) })
        .collect();
    let mut drop_recreated_views = Vec::new();
    for v in view_alters.iter().filter(|v| v.has("definition") || v.has("materialized")) {
        let it = &v.right;
        let view_rename = r.views.renamed.iter().find(|(_, t)| t.schema == it.schema && t.name == it.name);
        let view_schema = view_rename.map_or(it.schema.as_str(), |(f, _)| f.schema.as_str());
        let schema = r.schemas.renamed.iter().find(|(_, t)| t.name == view_schema).map_or(view_schema, |(f, _)| f.name.as_str());
        let name = view_rename.map_or(it.name.as_str(), |(f, _)| f.name.as_str());
        let cause = r.prev_views.find(|x| x.schema == schema && x.name == name).cloned();
        drop_recreated_views.push(Change::DropView { view: Box::new(v.left.clone()), cause });
        create_views.push(Change::CreateView { view: Box::new(it.clone()) });
    }

    // Columns whose generated expression changed are dropped and added again, with the indexes,
    // uniques and foreign keys that depend on them.
    let mut fks_of_recreated: Vec<Fk> = Vec::new();
    let recreate_columns: Vec<Change> = column_alters
        .iter()
        .filter(|it| it.has("generated") && it.right.generated.is_some())
        .filter(|it| !(it.left.generated.is_some() && push))
        .map(|it| {
            let (s, t, name) = (&it.right.schema, &it.right.table, &it.right.name);
            for index in ddl2.indexes.filter(|i| i.schema == s && i.table == t && i.columns.iter().any(|c| c.str("value").map(|v| trim_char(v, '`')) == Some(name.as_str()))) {
                let already = create_indexes.iter().any(|c| matches!(c, Change::CreateIndex { index: x } if x.schema == index.schema && x.name == index.name));
                if !already {
                    create_indexes.push(Change::CreateIndex { index: Box::new(index.clone()) });
                }
            }
            for unique in ddl2.uniques.filter(|u| u.schema == s && u.table == t && u.columns.contains(name)) {
                let already = add_uniques
                    .iter()
                    .any(|c| matches!(c, Change::AddUnique { unique: x } if x.schema == unique.schema && x.table == unique.table && x.name == unique.name));
                if !already {
                    add_uniques.push(Change::AddUnique { unique: Box::new(unique.clone()) });
                }
            }
            let from = ddl2.fks.filter(|f| f.schema == s && f.table == t && f.columns.contains(name));
            let to = ddl2.fks.filter(|f| f.schema_to == s && f.table_to == t && f.columns_to.contains(name));
            for fk in from.chain(to) {
                if !fks_of_recreated.iter().any(|o| same_fk(o, fk)) {
                    fks_of_recreated.push(fk.clone());
                }
            }
            let is_pk = ddl2.pks.find(|p| p.schema == s && p.table == t && p.columns == [name.clone()]).is_some();
            Change::RecreateColumn { diff: Box::new(it.clone()), is_pk }
        })
        .collect();
    for fk in &fks_of_recreated {
        // A created key is already in `create_fks` (what this loop adds are distinct keys).
        if create_fks.iter().any(|c| matches!(c, Change::CreateFk { fk: created } if same_fk(created, fk))) {
            continue;
        }
        let renamed_from = r.fks.renamed.iter().find(|(_, t)| same_fk(t, fk)).map(|(f, _)| f.clone());
        drop_fks.push(Change::DropFk { fk: Box::new(renamed_from.unwrap_or_else(|| fk.clone())) });
        create_fks.push(Change::CreateFk { fk: Box::new(fk.clone()) });
    }
    let rename_fks: Vec<Change> = r
        .fks
        .renamed
        .iter()
        .filter(|(_, t)| !fks_of_recreated.iter().any(|fk| same_fk(fk, t)))
        .map(|(f, t)| Change::RenameConstraint {
            entity_type: Kind::Fks,
            schema: t.schema.to_string(),
            table: t.table.to_string(),
            from: f.name.to_string(),
            to: t.name.to_string(),
            columns: t.columns.clone(),
        })
        .collect();

    // drizzle-kit's order.
    let is_moved = |schema: &str, table: &str| moved_tables.iter().any(|(_, t)| t.schema == schema && t.name == table);
    let policy_moved = |c: &Change| matches!(c, Change::DropPolicy { policy } if is_moved(&policy.schema, &policy.table));
    let fk_moved = |c: &Change| matches!(c, Change::DropFk { fk } if is_moved(&fk.schema, &fk.table));
    let recreated_fk = |c: &Change| matches!(c, Change::RecreateFk { fk, .. } if fks_of_recreated.iter().any(|o| same_fk(o, fk)));

    let mut out = Vec::new();
    out.extend(create_schemas);
    out.extend(rename_schemas);
    out.extend(create_enums);
    out.extend(move_enums);
    out.extend(rename_enums);
    out.extend(alter_enums);
    out.extend(create_sequences);
    out.extend(move_sequences);
    out.extend(rename_sequences);
    out.extend(alter_sequences);
    out.extend(rename_roles);
    out.extend(create_roles);
    out.extend(alter_roles);
    out.extend(revoke);
    out.extend(grant);
    out.extend(regrant);
    out.extend(create_tables);
    out.extend(drop_views);
    out.extend(rename_views);
    out.extend(move_views);
    out.extend(drop_recreated_views);
    out.extend(alter_views);
    out.extend(rename_tables);
    out.extend(drop_policies.iter().filter(|c| !policy_moved(c)).cloned());
    out.extend(drop_fks.iter().filter(|c| !fk_moved(c)).cloned());
    out.extend(drop_tables);
    out.extend(move_tables);
    out.extend(drop_policies.iter().filter(|c| policy_moved(c)).cloned());
    out.extend(drop_fks.iter().filter(|c| fk_moved(c)).cloned());
    out.extend(alter_rls);
    out.extend(rename_columns);
    out.extend(drop_uniques);
    out.extend(drop_checks);
    out.extend(rename_checks);
    out.extend(rename_indexes);
    out.extend(drop_indexes);
    out.extend(drop_pks);
    out.extend(rename_fks);
    out.extend(add_columns);
    out.extend(add_pks);
    out.extend(rename_pks);
    out.extend(recreate_enums);
    out.extend(recreate_columns);
    out.extend(drop_columns);
    out.extend(alter_pks);
    out.extend(alter_columns);
    out.extend(recreate_indexes);
    out.extend(rename_uniques);
    out.extend(add_uniques);
    out.extend(altered_uniques);
    out.extend(create_indexes);
    out.extend(create_fks);
    out.extend(recreate_fks.into_iter().filter(|c| !recreated_fk(c)));
    out.extend(add_checks);
    out.extend(alter_checks);
    out.extend(sort_create_views(create_views));
    out.extend(rename_policies);
    out.extend(create_policies);
    out.extend(alter_policies);
    out.extend(drop_roles);
    out.extend(drop_enums);
    out.extend(drop_sequences);
    out.extend(drop_schemas);
    out
}

/// Views that read other views are created after them. drizzle-kit learns the dependencies from
/// the schema code; from two states the same facts come from the definitions, which name the
/// views they read (`"schema"."view"`, or `"view"` in public). Otherwise the order is kept.
fn sort_create_views(creates: Vec<Change>) -> Vec<Change> {
    let views: Vec<&crate::model::View> =
        creates.iter().filter_map(|c| if let Change::CreateView { view } = c { Some(&**view) } else { None }).collect();
    let mentions = |definition: &str, v: &crate::model::View| {
        let bare = format!("\"{}\"", v.name.replace('"', "\"\""));
        let qualified = format!("\"{}\".{bare}", v.schema.replace('"', "\"\""));
        definition.contains(&qualified) || (v.schema == "public" && definition.contains(&bare))
    };
    let deps: Vec<Vec<usize>> = views
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let def = v.definition.as_deref().unwrap_or_default();
            views.iter().enumerate().filter(|(j, other)| *j != i && mentions(def, other)).map(|(j, _)| j).collect()
        })
        .collect();
    fn visit(i: usize, deps: &[Vec<usize>], seen: &mut Vec<bool>, order: &mut Vec<usize>) {
        if seen[i] {
            return;
        }
        seen[i] = true;
        for &d in &deps[i] {
            visit(d, deps, seen, order);
        }
        order.push(i);
    }
    let mut seen = vec![false; views.len()];
    let mut order = Vec::with_capacity(views.len());
    for i in 0..views.len() {
        visit(i, &deps, &mut seen, &mut order);
    }
    let mut slots: Vec<Option<Change>> = creates.into_iter().map(Some).collect();
    order.into_iter().map(|i| slots[i].take().expect("each view once")).collect()
}
