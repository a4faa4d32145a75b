//! drizzle-orm's auth-provider modules as host modules: `drizzle-orm/neon` (Neon RLS:
//! `crudPolicy`, `authUid(column)`, the existing `authenticated`/`anonymous` roles, Neon Auth's
//! `neon_auth.users_sync`) and `drizzle-orm/supabase` (the existing Supabase roles, `auth.users`,
//! `realtime.messages`, `authUid` and `realtimeTopic` as SQL). Each export is what drizzle-orm
//! 1.0.0-rc.5 builds, made with this host's own pg-core objects.

use std::any::Any;

use super::entities::{RoleObj, make_policy, make_role, make_schema};
use super::host::Native;
use super::names::Casing;
use super::sql::{self, Sql};
use super::util::{arg, elements, js_string, prop};
use crate::js::{HostError, HostObject, Interp, Value};

/// The namespace of a provider module, or `None` for any other specifier.
pub(crate) fn module(specifier: &str, casing: Casing) -> Option<Value> {
    let exports: Vec<(&str, Value)> = match specifier {
        "drizzle-orm/neon" | "drizzle-orm/neon/index" => [neon_rls(), neon_auth(casing)].concat(),
        "drizzle-orm/neon/rls" => neon_rls(),
        "drizzle-orm/neon/neon-auth" => neon_auth(casing),
        "drizzle-orm/supabase" | "drizzle-orm/supabase/index" | "drizzle-orm/supabase/rls" => supabase(casing),
        _ => return None,
    };
    Some(Value::object(exports.into_iter().map(|(name, value)| (name.to_string(), value)).collect()))
}

fn neon_rls() -> Vec<(&'static str, Value)> {
    vec![
        ("anonymousRole", existing_role("anonymous")),
        ("authUid", Value::host(NeonAuthUid)),
        ("authenticatedRole", existing_role("authenticated")),
        ("crudPolicy", Value::host(CrudPolicy)),
    ]
}

/// `neon_auth.users_sync`, the table Neon Auth keeps its users in.
fn neon_auth(casing: Casing) -> Vec<(&'static str, Value)> {
    let tz_string = || obj(vec![("withTimezone", Value::Bool(true)), ("mode", Value::string("string"))]);
    let columns = vec![
        ("rawJson", column("jsonb", vec![Value::string("raw_json")], &["notNull"])),
        ("id", column("text", vec![], &["primaryKey", "notNull"])),
        ("name", column("text", vec![], &[])),
        ("email", column("text", vec![], &[])),
        ("createdAt", column("timestamp", vec![Value::string("created_at"), tz_string()], &[])),
        ("deletedAt", column("timestamp", vec![Value::string("deleted_at"), tz_string()], &[])),
        ("updatedAt", column("timestamp", vec![Value::string("updated_at"), tz_string()], &[])),
    ];
    vec![("usersSync", schema_table("neon_auth", "users_sync", columns, casing))]
}

fn supabase(casing: Casing) -> Vec<(&'static str, Value)> {
    let tz = |name: &str| column("timestamp", vec![Value::string(name), obj(vec![("withTimezone", Value::Bool(true))])], &[]);
    let auth_users = schema_table(
        "auth",
        "users",
        vec![
            ("id", column("uuid", vec![], &["primaryKey", "notNull"])),
            ("email", column("varchar", vec![obj(vec![("length", Value::Number(255.0))])], &[])),
            ("phone", column("text", vec![], &["unique"])),
            ("emailConfirmedAt", tz("email_confirmed_at")),
            ("phoneConfirmedAt", tz("phone_confirmed_at")),
            ("lastSignInAt", tz("last_sign_in_at")),
            ("createdAt", tz("created_at")),
            ("updatedAt", tz("updated_at")),
        ],
        casing,
    );
    let extension = ["presence", "broadcast", "postgres_changes"].map(Value::string).to_vec();
    let realtime_messages = schema_table(
        "realtime",
        "messages",
        vec![
            ("id", column("bigserial", vec![obj(vec![("mode", Value::string("bigint"))])], &["primaryKey"])),
            ("topic", column("text", vec![], &["notNull"])),
            ("extension", column("text", vec![obj(vec![("enum", Value::array(extension))])], &["notNull"])),
        ],
        casing,
    );
    vec![
        ("anonRole", existing_role("anon")),
        ("authUid", raw_sql("(select auth.uid())")),
        ("authUsers", auth_users),
        ("authenticatedRole", existing_role("authenticated")),
        ("postgresRole", existing_role("postgres_role")),
        ("realtimeMessages", realtime_messages),
        ("realtimeTopic", raw_sql("realtime.topic()")),
        ("serviceRole", existing_role("service_role")),
        ("supabaseAuthAdminRole", existing_role("supabase_auth_admin")),
    ]
}

/// The module-level objects are built without running schema code; nothing here calls back.
struct NoCallbacks;

impl Interp for NoCallbacks {
    fn call(&mut self, _: &Value, _: Option<Value>, _: Vec<Value>) -> Result<Value, HostError> {
        Err(HostError("drizzle-orm's provider modules call no schema code".into()))
    }
}

fn host_call(f: &Value, args: Vec<Value>) -> Value {
    let Value::Host(h) = f else { unreachable!("a host function") };
    h.call(&mut NoCallbacks, args).expect("drizzle-orm's own definitions build")
}

fn host_method(v: &Value, name: &str, args: Vec<Value>) -> Value {
    let Value::Host(h) = v else { unreachable!("a host object") };
    h.call_method(&mut NoCallbacks, v, name, args).expect("drizzle-orm's own definitions build")
}

fn obj(props: Vec<(&str, Value)>) -> Value {
    Value::object(props.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
}

/// `pgRole(name).existing()`.
fn existing_role(name: &str) -> Value {
    let role = make_role(&[Value::string(name)]).expect("a role name");
    host_method(&role, "existing", vec![])
}

/// `kind(...args)` with the chained no-argument `modifiers` (`.primaryKey()`, `.notNull()`).
fn column(kind: &'static str, args: Vec<Value>, modifiers: &[&str]) -> Value {
    let builder = host_call(&Value::host(Native(kind, Casing::None)), args);
    modifiers.iter().fold(builder, |b, m| host_method(&b, m, vec![]))
}

/// `pgSchema(schema).table(name, columns)`.
fn schema_table(schema: &str, name: &str, columns: Vec<(&str, Value)>, casing: Casing) -> Value {
    let schema = make_schema(&[Value::string(schema)], casing).expect("a schema name");
    host_method(&schema, "table", vec![Value::string(name), obj(columns)])
}

fn raw_sql(text: &str) -> Value {
    Sql::value(vec![sql::text(text)])
}

/// Neon's `authUid(column)`: sql`(select auth.user_id() = ${column})`.
struct NeonAuthUid;

impl HostObject for NeonAuthUid {
    fn type_name(&self) -> &str {
        "authUid"
    }
    fn call(&self, _: &mut dyn Interp, args: Vec<Value>) -> Result<Value, HostError> {
        let strings = Value::array(vec![Value::string("(select auth.user_id() = "), Value::string(")")]);
        sql::tag(vec![strings, arg(&args, 0)])
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Neon's `crudPolicy({ role, read, modify })`: up to four policies named
/// `crud-<roles>-policy-<select|insert|update|delete>` for the role(s); `true`/`false` become
/// sql`true`/sql`false`, `null` leaves the policies of that side out.
struct CrudPolicy;

impl HostObject for CrudPolicy {
    fn type_name(&self) -> &str {
        "crudPolicy"
    }
    fn call(&self, _: &mut dyn Interp, args: Vec<Value>) -> Result<Value, HostError> {
        let options = arg(&args, 0);
        let side = |key: &str| -> Result<Option<Value>, HostError> {
            match prop(&options, key).unwrap_or(Value::Undefined) {
                Value::Undefined => Err(HostError(format!("crudPolicy requires a {key} policy"))),
                Value::Null => Ok(None),
                Value::Bool(b) => Ok(Some(raw_sql(if b { "true" } else { "false" }))),
                other => Ok(Some(other)),
            }
        };
        let (read, modify) = (side("read")?, side("modify")?);
        let role = prop(&options, "role").unwrap_or(Value::Undefined);
        let role_name = |v: &Value| v.downcast::<RoleObj>().map_or_else(|| js_string(v), |r| r.name.clone());
        let roles = match elements(&role) {
            Some(items) => items.iter().map(role_name).collect::<Vec<_>>().join("-"),
            None => role_name(&role),
        };
        let policy = |action: &str, using: Option<&Value>, with_check: Option<&Value>| {
            let mut config = vec![("for", Value::string(action)), ("to", role.clone())];
            config.extend(using.map(|u| ("using", u.clone())));
            config.extend(with_check.map(|w| ("withCheck", w.clone())));
            make_policy(&[Value::string(format!("crud-{roles}-policy-{action}")), obj(config)])
        };
        let mut policies = Vec::new();
        if let Some(read) = &read {
            policies.push(policy("select", Some(read), None)?);
        }
        if let Some(modify) = &modify {
            policies.push(policy("insert", None, Some(modify))?);
            policies.push(policy("update", Some(modify), Some(modify))?);
            policies.push(policy("delete", Some(modify), None)?);
        }
        Ok(Value::array(policies))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}
