//! Row-level security policies: create, drop, rename, alter (roles and expressions in place).

use crate::model::Policy;

use super::js::some_text;
use super::names::{qualified, quote};

/// `TO` list: the role keywords bare, any other role quoted. An empty list leaves `TO ` with
/// nothing after it, which PostgreSQL rejects; drizzle-kit writes that and we match it.
fn roles(policy: &Policy) -> String {
    const KEYWORDS: [&str; 4] = ["current_user", "current_role", "session_user", "public"];
    policy.roles.iter().map(|r| if KEYWORDS.contains(&r.as_str()) { r.to_string() } else { quote(r) }).collect::<Vec<_>>().join(", ")
}

/// ` USING (…)` and ` WITH CHECK (…)` when set.
fn expressions(policy: &Policy) -> String {
    let mut text = String::new();
    if let Some(using) = some_text(&policy.using) {
        text += &format!(" USING ({using})");
    }
    if let Some(check) = some_text(&policy.with_check) {
        text += &format!(" WITH CHECK ({check})");
    }
    text
}

pub(crate) fn create_policy(policy: &Policy) -> String {
    format!(
        "CREATE POLICY {} ON {} AS {} FOR {} TO {}{};",
        quote(&policy.name),
        qualified(&policy.schema, &policy.table),
        policy.as_.to_uppercase(),
        policy.for_.to_uppercase(),
        roles(policy),
        expressions(policy)
    )
}

pub(crate) fn drop_policy(policy: &Policy) -> String {
    format!("DROP POLICY {} ON {};", quote(&policy.name), qualified(&policy.schema, &policy.table))
}

pub(crate) fn rename_policy(from: &Policy, to: &Policy) -> String {
    format!("ALTER POLICY {} ON {} RENAME TO {};", quote(&from.name), qualified(&to.schema, &to.table), quote(&to.name))
}

/// The policy's roles and expressions as they are now; an expression that was removed is not
/// mentioned (so PostgreSQL keeps it); drizzle-kit does that and we match it.
pub(crate) fn alter_policy(policy: &Policy) -> String {
    format!(
        "ALTER POLICY {} ON {} TO {}{};",
        quote(&policy.name),
        qualified(&policy.schema, &policy.table),
        roles(policy),
        expressions(policy)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(schema: &str, table: &str, name: &str) -> Policy {
        Policy {
            schema: schema.into(),
            table: table.into(),
            name: name.into(),
            as_: "PERMISSIVE".into(),
            for_: "ALL".into(),
            roles: vec!["public".into()],
            using: None,
            with_check: None,
        }
    }

    #[test]
    fn create_from_real_output() {
        // spec §6.5 [V1]
        let own = Policy { for_: "SELECT".into(), using: Some("(id = 1)".into()), ..policy("public", "user_accounts", "own_rows") };
        assert_eq!(
            create_policy(&own),
            r#"CREATE POLICY "own_rows" ON "user_accounts" AS PERMISSIVE FOR SELECT TO public USING ((id = 1));"#
        );
        // testdata case policies
        let created = Policy {
            as_: "RESTRICTIVE".into(),
            for_: "UPDATE".into(),
            roles: vec!["manager".into()],
            using: Some("(id = 1)".into()),
            with_check: Some("(id = 2)".into()),
            ..policy("public", "a", "created")
        };
        assert_eq!(
            create_policy(&created),
            r#"CREATE POLICY "created" ON "a" AS RESTRICTIVE FOR UPDATE TO "manager" USING ((id = 1)) WITH CHECK ((id = 2));"#
        );
        // testdata case policies_empty_roles
        assert_eq!(
            create_policy(&Policy { roles: vec![], ..policy("public", "a", "nobody") }),
            r#"CREATE POLICY "nobody" ON "a" AS PERMISSIVE FOR ALL TO ;"#
        );
    }

    #[test]
    fn drop_rename_alter() {
        // testdata cases drop_tables, policies
        assert_eq!(drop_policy(&policy("s", "t", "c")), r#"DROP POLICY "c" ON "s"."t";"#);
        assert_eq!(rename_policy(&policy("s", "t", "q"), &policy("s", "t", "q2")), r#"ALTER POLICY "q" ON "s"."t" RENAME TO "q2";"#);
        let alt = Policy {
            roles: vec!["manager".into(), "current_user".into(), "session_user".into(), "current_role".into()],
            using: Some("\"id\" = 1".into()),
            with_check: Some("\"id\" > 0".into()),
            ..policy("public", "a", "alt")
        };
        assert_eq!(
            alter_policy(&alt),
            r#"ALTER POLICY "alt" ON "a" TO "manager", current_user, session_user, current_role USING ("id" = 1) WITH CHECK ("id" > 0);"#
        );
    }
}
