//! When a row's identity changes, the rows that reference it follow (drizzle-kit's store edges).
//!
//! - a schema rename moves its tables, enums, sequences and views;
//! - a table rename or move carries its columns, indexes, keys, checks, policies and privileges,
//!   and the foreign keys that point at it;
//! - a column rename updates the column lists of indexes (not expressions), keys and foreign keys;
//! - an enum rename or move updates the columns of that type;
//! - a role rename updates policies' role lists and privileges.
//!
//! Changes that alter a dependent's own identity propagate further, breadth first.

use serde_json::Value;

use super::ddl::Ddl;
use super::entity::Kind;

fn s<'a>(v: &'a Value, field: &str) -> &'a str {
    v.get(field).and_then(Value::as_str).unwrap_or_default()
}

/// Moves the dependents of a row of `kind` that changed from `before` to `after`.
pub(super) fn relocate(ddl: &mut Ddl, kind: Kind, before: &Value, after: &Value) {
    let mut queue = vec![(kind, before.clone(), after.clone())];
    let mut i = 0;
    while i < queue.len() {
        let (kind, before, after) = queue[i].clone();
        i += 1;
        let mut moved: Vec<(Kind, Value, Value)> = Vec::new();
        match kind {
            Kind::Schemas => {
                let (from, to) = (s(&before, "name"), s(&after, "name"));
                macro_rules! follow {
                    ($rows:expr, $k:expr) => {
                        for row in $rows.iter_mut().filter(|r| r.schema == from) {
                            let old = super::entity::Entity::to_json(row);
                            row.schema = to.into();
                            moved.push(($k, old, super::entity::Entity::to_json(row)));
                        }
                    };
                }
                follow!(ddl.tables, Kind::Tables);
                follow!(ddl.enums, Kind::Enums);
                follow!(ddl.sequences, Kind::Sequences);
                follow!(ddl.views, Kind::Views);
            }
            Kind::Tables => {
                let (fs, ft) = (s(&before, "schema"), s(&before, "name"));
                let (ts, tt) = (s(&after, "schema"), s(&after, "name"));
                macro_rules! follow {
                    ($rows:expr, $k:expr) => {
                        for row in $rows.iter_mut().filter(|r| r.schema == fs && r.table == ft) {
                            let old = super::entity::Entity::to_json(row);
                            row.schema = ts.into();
                            row.table = tt.into();
                            moved.push(($k, old, super::entity::Entity::to_json(row)));
                        }
                    };
                }
                follow!(ddl.columns, Kind::Columns);
                follow!(ddl.indexes, Kind::Indexes);
                follow!(ddl.fks, Kind::Fks);
                follow!(ddl.pks, Kind::Pks);
                follow!(ddl.uniques, Kind::Uniques);
                follow!(ddl.checks, Kind::Checks);
                follow!(ddl.policies, Kind::Policies);
                follow!(ddl.privileges, Kind::Privileges);
                for fk in ddl.fks.iter_mut().filter(|r| r.schema_to == fs && r.table_to == ft) {
                    fk.schema_to = ts.into();
                    fk.table_to = tt.into();
                }
            }
            Kind::Columns => {
                let (fs, ft, fc) = (s(&before, "schema"), s(&before, "table"), s(&before, "name"));
                let (ts, tt, tc) = (s(&after, "schema"), s(&after, "table"), s(&after, "name"));
                let rename = |list: &mut Vec<super::CompactString>| {
                    let mut hit = false;
                    for c in list.iter_mut().filter(|c| *c == fc) {
                        *c = tc.into();
                        hit = true;
                    }
                    hit
                };
                for idx in ddl.indexes.iter_mut().filter(|r| r.schema == fs && r.table == ft) {
                    let mut hit = false;
                    for col in idx.columns.iter_mut() {
                        if col.bool("isExpression") != Some(true) && col.str("value") == Some(fc) {
                            col.set("value", Value::String(tc.to_string()));
                            hit = true;
                        }
                    }
                    if hit {
                        let old = super::entity::Entity::to_json(idx);
                        idx.schema = ts.into();
                        idx.table = tt.into();
                        moved.push((Kind::Indexes, old, super::entity::Entity::to_json(idx)));
                    }
                }
                macro_rules! follow_list {
                    ($rows:expr) => {
                        for row in $rows.iter_mut().filter(|r| r.schema == fs && r.table == ft) {
                            if rename(&mut row.columns) {
                                row.schema = ts.into();
                                row.table = tt.into();
                            }
                        }
                    };
                }
                follow_list!(ddl.pks);
                follow_list!(ddl.uniques);
                follow_list!(ddl.fks);
                for fk in ddl.fks.iter_mut().filter(|r| r.schema_to == fs && r.table_to == ft) {
                    if rename(&mut fk.columns_to) {
                        fk.schema_to = ts.into();
                        fk.table_to = tt.into();
                    }
                }
            }
            Kind::Enums => {
                let (fs, fname) = (s(&before, "schema"), s(&before, "name"));
                let (ts, tname) = (s(&after, "schema"), s(&after, "name"));
                for col in ddl.columns.iter_mut() {
                    let linked = col.type_schema.as_deref().is_some_and(|t| t != "pg_catalog" && t == fs) && col.type_ == fname;
                    if linked {
                        col.type_schema = Some(ts.into());
                        col.type_ = tname.into();
                    }
                }
            }
            Kind::Roles => {
                let (from, to) = (s(&before, "name"), s(&after, "name"));
                for p in ddl.policies.iter_mut() {
                    for r in p.roles.iter_mut().filter(|r| *r == from) {
                        *r = to.into();
                    }
                }
                for p in ddl.privileges.iter_mut() {
                    if p.grantee == from {
                        p.grantee = to.into();
                    }
                    if p.grantor == from {
                        p.grantor = to.into();
                    }
                }
            }
            _ => {}
        }
        queue.extend(moved);
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::super::ddl::Ddl;
    use super::super::entity::Kind;

    fn ddl() -> Ddl {
        let mut d = Ddl::new();
        for row in [
            json!({"entityType":"schemas","name":"app"}),
            json!({"entityType":"tables","schema":"app","name":"users","isRlsEnabled":false}),
            json!({"entityType":"enums","schema":"app","name":"mood","values":["a"]}),
            json!({"entityType":"columns","schema":"app","table":"users","name":"id","type":"integer","notNull":true,"dimensions":0}),
            json!({"entityType":"columns","schema":"app","table":"users","name":"mood","type":"mood","typeSchema":"app","notNull":false,"dimensions":0}),
            json!({"entityType":"indexes","schema":"app","table":"users","name":"users_id_idx","nameExplicit":false,"columns":[{"value":"id","isExpression":false,"asc":true,"nullsFirst":false,"opclass":null}],"isUnique":false,"with":"","method":"btree","concurrently":false}),
            json!({"entityType":"fks","schema":"public","table":"posts","name":"posts_fk","nameExplicit":false,"columns":["author"],"schemaTo":"app","tableTo":"users","columnsTo":["id"]}),
        ] {
            assert_eq!(d.push_json(&row).unwrap(), None);
        }
        d
    }

    #[test]
    fn a_schema_rename_carries_everything_inside_it() {
        let mut d = ddl();
        let set = json!({"name": "core"});
        assert!(d.update(Kind::Schemas, r#"["app"]"#, set.as_object().unwrap()).unwrap());
        assert!(d.tables.get(r#"["core","users"]"#).is_some());
        assert!(d.columns.get(r#"["core","users","id"]"#).is_some());
        let mood = d.columns.get(r#"["core","users","mood"]"#).unwrap();
        assert_eq!(mood.type_schema.as_deref(), Some("core"), "an enum column follows its enum's schema");
        assert!(d.indexes.get(r#"["core","users_id_idx"]"#).is_some());
        assert_eq!(d.fks.iter().next().unwrap().schema_to, "core");
    }

    #[test]
    fn a_column_rename_updates_index_and_fk_column_lists() {
        let mut d = ddl();
        let set = json!({"name": "user_id"});
        d.update(Kind::Columns, r#"["app","users","id"]"#, set.as_object().unwrap()).unwrap();
        let idx = d.indexes.iter().next().unwrap();
        assert_eq!(idx.columns[0].str("value"), Some("user_id"));
        assert_eq!(d.fks.iter().next().unwrap().columns_to, ["user_id"]);
    }

    #[test]
    fn a_rename_onto_an_existing_key_is_refused_and_nothing_changes() {
        let mut d = ddl();
        let set = json!({"name": "mood"});
        let err = d.update(Kind::Columns, r#"["app","users","id"]"#, set.as_object().unwrap()).unwrap_err();
        assert!(err.to_string().contains("collides"), "{err}");
        assert!(d.columns.get(r#"["app","users","id"]"#).is_some());
    }
}
