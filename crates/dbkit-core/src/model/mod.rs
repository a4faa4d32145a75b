//! The schema model: drizzle-kit 1.0's DDL entities (snapshot version 9) as typed rows in a store.

pub mod cascade;
pub mod ddl;
pub mod entity;
pub mod field;
pub mod js;

pub use compact_str::CompactString;
pub use ddl::{Ddl, DdlError, Rows, parse_qualified_key, qualified_key};
pub use entity::*;
pub use field::{Field, Obj};

/// The view options of drizzle-kit 1.0, in the order its snapshots write a view's `with`
/// object (and `upToV8` fills it).
pub const VIEW_OPTIONS: [&str; 21] = [
    "checkOption",
    "securityBarrier",
    "securityInvoker",
    "autovacuumEnabled",
    "autovacuumFreezeMaxAge",
    "autovacuumFreezeMinAge",
    "autovacuumFreezeTableAge",
    "autovacuumMultixactFreezeMaxAge",
    "autovacuumMultixactFreezeMinAge",
    "autovacuumMultixactFreezeTableAge",
    "autovacuumVacuumCostDelay",
    "autovacuumVacuumCostLimit",
    "autovacuumVacuumScaleFactor",
    "autovacuumVacuumThreshold",
    "fillfactor",
    "logAutovacuumMinDuration",
    "parallelWorkers",
    "toastTupleTarget",
    "userCatalogTable",
    "vacuumIndexCleanup",
    "vacuumTruncate",
];

impl Role {
    /// The row of drizzle-orm's `pgRole(name, { createDb, createRole, inherit })`: those three are
    /// all a schema file can state; every other attribute is PostgreSQL's default.
    pub fn from_pg_role(name: String, create_db: Option<bool>, create_role: Option<bool>, inherit: Option<bool>) -> Role {
        Role {
            name: name.into(),
            superuser: Some(false),
            create_db: Some(create_db.unwrap_or(false)),
            create_role: Some(create_role.unwrap_or(false)),
            inherit: Some(inherit.unwrap_or(true)),
            can_login: Some(false),
            replication: Some(false),
            bypass_rls: Some(false),
            conn_limit: Some(-1),
            password: None,
            valid_until: None,
        }
    }
}

/// The spellings of a policy's `TO` list that PostgreSQL resolves when the policy is created.
pub const SESSION_ROLES: [&str; 3] = ["current_user", "current_role", "session_user"];

impl Policy {
    /// Whether the `TO` list names the role running the statement rather than a role.
    pub fn names_session_role(&self) -> bool {
        self.roles.iter().any(|r| SESSION_ROLES.contains(&r.as_str()))
    }
}

/// Puts back `current_user` / `current_role` / `session_user` in the `TO` lists of `stored`
/// policies (read from a database) where the `written` ones (read from the schema) have them:
/// PostgreSQL stores the role that ran `CREATE POLICY` (`current_user` and `session_user` are
/// given), so the two would otherwise never compare equal. The list stays sorted as drizzle sorts it.
pub fn session_roles_as_written(stored: &mut Ddl, written: &Ddl, current_user: &str, session_user: &str) {
    for policy in stored.policies.iter_mut() {
        let Some(wanted) = written.policies.get(&policy.key()) else { continue };
        let mut changed = false;
        for spelling in SESSION_ROLES {
            let name = if spelling == "session_user" { session_user } else { current_user };
            let wants = |r: &str| wanted.roles.iter().any(|w| w == r);
            if wants(spelling)
                && !wants(name)
                && let Some(role) = policy.roles.iter_mut().find(|r| *r == name)
            {
                *role = spelling.into();
                changed = true;
            }
        }
        if changed {
            policy.roles.sort_by(|a, b| a.encode_utf16().cmp(b.encode_utf16()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(roles: &[&str]) -> Policy {
        Policy {
            schema: "public".into(),
            table: "t".into(),
            name: "p".into(),
            as_: "PERMISSIVE".into(),
            for_: "ALL".into(),
            roles: roles.iter().map(|&r| r.into()).collect(),
            using: None,
            with_check: None,
        }
    }

    #[test]
    fn session_roles_are_compared_as_written() {
        let (mut stored, mut written) = (Ddl::new(), Ddl::new());
        stored.policies.push(policy(&["postgres", "staff"])).unwrap();
        written.policies.push(policy(&["current_user", "staff"])).unwrap();
        session_roles_as_written(&mut stored, &written, "postgres", "postgres");
        assert_eq!(stored.policies.iter().next().unwrap().roles, ["current_user", "staff"]);

        // A policy naming the role itself keeps it.
        let (mut stored, mut written) = (Ddl::new(), Ddl::new());
        stored.policies.push(policy(&["postgres"])).unwrap();
        written.policies.push(policy(&["current_user", "postgres"])).unwrap();
        session_roles_as_written(&mut stored, &written, "postgres", "postgres");
        assert_eq!(stored.policies.iter().next().unwrap().roles, ["postgres"]);
    }
}
