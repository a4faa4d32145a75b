//! `drizzle-orm/neon` and `drizzle-orm/supabase` in schema files: the policies `crudPolicy`
//! expands to, `authUid`, the providers' existing roles (never created) and their tables as
//! foreign-key targets, as drizzle-kit 1.0.0-rc.5 writes them (tests/projects/neon-rls-notes and
//! supabase-app).

use dbkit_core::model::js::to_compact;
use dbkit_ts::drizzle::{ReadOptions, SchemaError, SchemaRead, read_schema};

fn read(ts: &str) -> Result<SchemaRead, SchemaError> {
    let text = ts.to_string();
    let loader = Box::new(move |path: &str| (path == "schema.ts").then(|| text.clone()));
    read_schema(&["schema.ts".to_string()], loader, &ReadOptions::default())
}

fn policies(read: &SchemaRead) -> Vec<String> {
    read.ddl.policies.iter().map(|p| format!("{} {} {:?} {:?} {:?}", p.name, p.for_, p.roles, p.using, p.with_check)).collect()
}

#[test]
fn neon_crud_policy_expands_to_four_policies_per_role() {
    let ts = r#"import { sql } from "drizzle-orm";
import { boolean, pgTable, text } from "drizzle-orm/pg-core";
import { anonymousRole, authenticatedRole, authUid, crudPolicy } from "drizzle-orm/neon";
export const notes = pgTable("notes", { ownerId: text("owner_id").notNull(), shared: boolean("shared") }, (t) => [
  crudPolicy({ role: authenticatedRole, read: authUid(t.ownerId), modify: authUid(t.ownerId) }),
  crudPolicy({ role: anonymousRole, read: sql`${t.shared}`, modify: false }),
  crudPolicy({ role: [authenticatedRole, "admin"], read: true, modify: null }),
]);
export { authenticatedRole };"#;
    let read = read(ts).unwrap();
    let own = Some(r#"(select auth.user_id() = "notes"."owner_id")"#.to_string());
    let f = Some("false".to_string());
    let expected = [
        ("crud-authenticated-policy-select", "SELECT", vec!["authenticated"], own.clone(), None),
        ("crud-authenticated-policy-insert", "INSERT", vec!["authenticated"], None, own.clone()),
        ("crud-authenticated-policy-update", "UPDATE", vec!["authenticated"], own.clone(), own.clone()),
        ("crud-authenticated-policy-delete", "DELETE", vec!["authenticated"], own.clone(), None),
        ("crud-anonymous-policy-select", "SELECT", vec!["anonymous"], Some(r#""notes"."shared""#.to_string()), None),
        ("crud-anonymous-policy-insert", "INSERT", vec!["anonymous"], None, f.clone()),
        ("crud-anonymous-policy-update", "UPDATE", vec!["anonymous"], f.clone(), f.clone()),
        ("crud-anonymous-policy-delete", "DELETE", vec!["anonymous"], f.clone(), None),
        ("crud-authenticated-admin-policy-select", "SELECT", vec!["admin", "authenticated"], Some("true".to_string()), None),
    ]
    .map(|(name, action, roles, using, check)| format!("{name} {action} {roles:?} {using:?} {check:?}"));
    assert_eq!(policies(&read), expected);
    // Neon's roles exist already: exported or not, none is created.
    assert!(read.ddl.roles.is_empty());
    assert!(read.ddl.tables.iter().all(|t| t.is_rls_enabled));

    let missing = r#"import { pgTable, text } from "drizzle-orm/pg-core";
import { authenticatedRole, crudPolicy } from "drizzle-orm/neon";
export const t = pgTable("t", { a: text() }, () => [crudPolicy({ role: authenticatedRole, read: true })]);"#;
    let error = self::read(missing).unwrap_err().to_string();
    assert!(error.contains("crudPolicy requires a modify policy"), "{error}");
}

#[test]
fn neon_auth_users_sync_is_a_table_in_neon_auth() {
    let ts = r#"import { pgTable, text } from "drizzle-orm/pg-core";
import { usersSync } from "drizzle-orm/neon";
export const todos = pgTable("todos", { ownerId: text("owner_id").references(() => usersSync.id) });
export { usersSync };"#;
    let read = read(ts).unwrap();
    let tables: Vec<String> = read.ddl.tables.iter().map(|t| format!("{}.{}", t.schema, t.name)).collect();
    assert_eq!(tables, ["public.todos", "neon_auth.users_sync"]);
    let columns: Vec<String> =
        read.ddl.columns.iter().filter(|c| c.table == "users_sync").map(|c| format!("{} {} {}", c.name, c.type_, c.not_null)).collect();
    assert_eq!(
        columns,
        [
            "raw_json jsonb true",
            "id text true",
            "name text false",
            "email text false",
            "created_at timestamp with time zone false",
            "deleted_at timestamp with time zone false",
            "updated_at timestamp with time zone false",
        ]
    );
}

#[test]
fn supabase_auth_users_roles_and_auth_uid() {
    let ts = r#"import { sql } from "drizzle-orm";
import { pgPolicy, pgTable, uuid } from "drizzle-orm/pg-core";
import { anonRole, authenticatedRole, authUid, authUsers, serviceRole, postgresRole, supabaseAuthAdminRole, realtimeTopic } from "drizzle-orm/supabase";
export const profiles = pgTable("profiles", {
  id: uuid("id").primaryKey().references(() => authUsers.id, { onDelete: "cascade" }),
}, (t) => [
  pgPolicy("read", { for: "select", to: [anonRole, authenticatedRole], using: sql`true` }),
  pgPolicy("own", { for: "update", to: authenticatedRole, using: sql`${authUid} = ${t.id}` }),
  pgPolicy("topic", { to: serviceRole, using: sql`${realtimeTopic} = 'x'` }),
]).enableRLS();
export { anonRole, serviceRole, postgresRole, supabaseAuthAdminRole };"#;
    let read = read(ts).unwrap();
    // `authUsers` is only a foreign-key target here: not exported, not created.
    assert_eq!(read.ddl.tables.iter().map(|t| t.name.as_str()).collect::<Vec<_>>(), ["profiles"]);
    let fks: Vec<String> = read.ddl.to_json_rows().iter().map(to_compact).filter(|r| r.contains(r#""entityType":"fks""#)).collect();
    assert_eq!(
        fks,
        [
            r#"{"schema":"public","table":"profiles","name":"profiles_id_users_id_fkey","nameExplicit":false,"columns":["id"],"schemaTo":"auth","tableTo":"users","columnsTo":["id"],"onUpdate":"NO ACTION","onDelete":"CASCADE","entityType":"fks"}"#
        ]
    );
    assert_eq!(
        policies(&read),
        [
            r#"read SELECT ["anon", "authenticated"] Some("true") None"#,
            r#"own UPDATE ["authenticated"] Some("(select auth.uid()) = \"profiles\".\"id\"") None"#,
            r#"topic ALL ["service_role"] Some("realtime.topic() = 'x'") None"#,
        ]
    );
    assert!(read.ddl.roles.is_empty(), "Supabase's roles exist already");
}

#[test]
fn supabase_tables_when_exported() {
    let ts = r#"export { authUsers, realtimeMessages } from "drizzle-orm/supabase";"#;
    let read = read(ts).unwrap();
    let columns: Vec<String> =
        read.ddl.columns.iter().map(|c| format!("{}.{}.{} {} {}", c.schema, c.table, c.name, c.type_, c.not_null)).collect();
    assert_eq!(
        columns,
        [
            "auth.users.id uuid true",
            "auth.users.email varchar(255) false",
            "auth.users.phone text false",
            "auth.users.email_confirmed_at timestamp with time zone false",
            "auth.users.phone_confirmed_at timestamp with time zone false",
            "auth.users.last_sign_in_at timestamp with time zone false",
            "auth.users.created_at timestamp with time zone false",
            "auth.users.updated_at timestamp with time zone false",
            "realtime.messages.id bigserial true",
            "realtime.messages.topic text true",
            "realtime.messages.extension text true",
        ]
    );
    let uniques: Vec<&str> = read.ddl.uniques.iter().map(|u| u.name.as_str()).collect();
    assert_eq!(uniques, ["users_phone_key"]);
}
