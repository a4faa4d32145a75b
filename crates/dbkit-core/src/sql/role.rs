//! Roles (create with their options, drop, rename, alter the changed options) and table
//! privileges (grant, revoke).

use crate::diff::Alter;
use crate::model::{Privilege, Role};

use super::js::some_text;
use super::names::{escape_single_quotes, qualified, quote};

/// `-1` is PostgreSQL's "no limit", so it is not written on create.
fn conn_limit(role: &Role) -> Option<i64> {
    role.conn_limit.filter(|l| *l != -1)
}

/// `CREATE ROLE "r"`, with ` WITH …` listing the options that differ from PostgreSQL's defaults.
/// A role whose `inherit` is unknown (null) counts as `NOINHERIT`; drizzle-kit does that and we
/// match it.
pub(crate) fn create_role(role: &Role) -> String {
    let on = |flag: Option<bool>| flag == Some(true);
    let mut options = String::new();
    for (flag, keyword) in [
        (on(role.superuser), " SUPERUSER"),
        (on(role.create_db), " CREATEDB"),
        (on(role.create_role), " CREATEROLE"),
        (!on(role.inherit), " NOINHERIT"),
        (on(role.can_login), " LOGIN"),
        (on(role.replication), " REPLICATION"),
        (on(role.bypass_rls), " BYPASSRLS"),
    ] {
        if flag {
            options += keyword;
        }
    }
    if let Some(limit) = conn_limit(role) {
        options += &format!(" CONNECTION LIMIT {limit}");
    }
    if let Some(password) = some_text(&role.password) {
        options += &format!(" PASSWORD '{}'", escape_single_quotes(password));
    }
    if let Some(until) = some_text(&role.valid_until) {
        options += &format!(" VALID UNTIL '{until}'");
    }
    if options.is_empty() {
        format!("CREATE ROLE {};", quote(&role.name))
    } else {
        format!("CREATE ROLE {} WITH{options};", quote(&role.name))
    }
}

pub(crate) fn drop_role(role: &Role) -> String {
    format!("DROP ROLE {};", quote(&role.name))
}

pub(crate) fn rename_role(from: &Role, to: &Role) -> String {
    format!("ALTER ROLE {} RENAME TO {};", quote(&from.name), quote(&to.name))
}

/// `ALTER ROLE "r" WITH` and each changed option in its new state (`NO…` when turned off, the
/// defaults `-1`, `NULL` and `'infinity'` when cleared).
pub(crate) fn alter_role(diff: &Alter<Role>, role: &Role) -> String {
    let new = &diff.right;
    let mut text = format!("ALTER ROLE {} WITH", quote(&role.name));
    for (field, value, keyword) in [
        ("superuser", new.superuser, "SUPERUSER"),
        ("createDb", new.create_db, "CREATEDB"),
        ("createRole", new.create_role, "CREATEROLE"),
        ("inherit", new.inherit, "INHERIT"),
        ("canLogin", new.can_login, "LOGIN"),
        ("replication", new.replication, "REPLICATION"),
        ("bypassRls", new.bypass_rls, "BYPASSRLS"),
    ] {
        if diff.has(field) {
            text += &format!(" {}{keyword}", if value == Some(true) { "" } else { "NO" });
        }
    }
    if diff.has("connLimit") {
        text += &format!(" CONNECTION LIMIT {}", new.conn_limit.unwrap_or(-1));
    }
    if diff.has("password") {
        match some_text(&new.password) {
            Some(password) => text += &format!(" PASSWORD '{}'", escape_single_quotes(password)),
            None => text += " PASSWORD NULL",
        }
    }
    if diff.has("validUntil") {
        text += &format!(" VALID UNTIL '{}'", some_text(&new.valid_until).unwrap_or("infinity"));
    }
    text + ";"
}

pub(crate) fn grant_privilege(privilege: &Privilege) -> String {
    format!(
        "GRANT {} ON {} TO {}{};",
        privilege.type_,
        qualified(&privilege.schema, &privilege.table),
        quote(&privilege.grantee),
        if privilege.is_grantable { " WITH GRANT OPTION" } else { "" }
    )
}

pub(crate) fn revoke_privilege(privilege: &Privilege) -> String {
    format!("REVOKE {} ON {} FROM {};", privilege.type_, qualified(&privilege.schema, &privilege.table), quote(&privilege.grantee))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn role(name: &str) -> Role {
        Role {
            name: name.into(),
            superuser: Some(false),
            create_db: Some(false),
            create_role: Some(false),
            inherit: Some(true),
            can_login: Some(false),
            replication: Some(false),
            bypass_rls: Some(false),
            conn_limit: None,
            password: None,
            valid_until: None,
        }
    }

    fn everything(name: &str, password: &str, until: &str) -> Role {
        Role {
            superuser: Some(true),
            create_db: Some(true),
            create_role: Some(true),
            inherit: Some(false),
            can_login: Some(true),
            replication: Some(true),
            bypass_rls: Some(true),
            conn_limit: Some(5),
            password: Some(password.into()),
            valid_until: Some(until.into()),
            ..role(name)
        }
    }

    #[test]
    fn create_role_options() {
        // testdata cases roles_create, roles_quirk
        assert_eq!(create_role(&role("plain")), r#"CREATE ROLE "plain";"#);
        assert_eq!(
            create_role(&everything("admin", "it's", "2030-01-01")),
            r#"CREATE ROLE "admin" WITH SUPERUSER CREATEDB CREATEROLE NOINHERIT LOGIN REPLICATION BYPASSRLS CONNECTION LIMIT 5 PASSWORD 'it''s' VALID UNTIL '2030-01-01';"#
        );
        assert_eq!(create_role(&Role { conn_limit: Some(-1), ..role("nolimit") }), r#"CREATE ROLE "nolimit";"#);
        assert_eq!(create_role(&Role { conn_limit: Some(0), ..role("limited") }), r#"CREATE ROLE "limited" WITH CONNECTION LIMIT 0;"#);
        assert_eq!(create_role(&Role { inherit: None, ..role("weird") }), r#"CREATE ROLE "weird" WITH NOINHERIT;"#);
        assert_eq!(drop_role(&role("gone")), r#"DROP ROLE "gone";"#);
        assert_eq!(rename_role(&role("a"), &role("b")), r#"ALTER ROLE "a" RENAME TO "b";"#);
    }

    #[test]
    fn alter_role_both_ways() {
        // testdata case roles_alter
        let on = Alter::between(role("a"), everything("a", "p'w", "2031-01-01"));
        assert_eq!(
            alter_role(&on, &on.right),
            r#"ALTER ROLE "a" WITH SUPERUSER CREATEDB CREATEROLE NOINHERIT LOGIN REPLICATION BYPASSRLS CONNECTION LIMIT 5 PASSWORD 'p''w' VALID UNTIL '2031-01-01';"#
        );
        let off = Alter::between(everything("b", "x", "2030-01-01"), role("b"));
        assert_eq!(
            alter_role(&off, &off.right),
            r#"ALTER ROLE "b" WITH NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT NOLOGIN NOREPLICATION NOBYPASSRLS CONNECTION LIMIT -1 PASSWORD NULL VALID UNTIL 'infinity';"#
        );
    }

    #[test]
    fn privileges() {
        // testdata case privileges
        let p = Privilege {
            grantor: "postgres".into(),
            grantee: "r".into(),
            schema: "s".into(),
            table: "t".into(),
            type_: "TRUNCATE".into(),
            is_grantable: true,
        };
        assert_eq!(grant_privilege(&p), r#"GRANT TRUNCATE ON "s"."t" TO "r" WITH GRANT OPTION;"#);
        let p = Privilege { schema: "public".into(), table: "users".into(), type_: "UPDATE".into(), is_grantable: false, ..p };
        assert_eq!(revoke_privilege(&p), r#"REVOKE UPDATE ON "users" FROM "r";"#);
    }
}
