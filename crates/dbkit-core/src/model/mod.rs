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
