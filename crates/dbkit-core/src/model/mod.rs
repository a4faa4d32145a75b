//! The schema model: drizzle-kit 1.0's DDL entities (snapshot version 9) as typed rows in a store.

pub mod cascade;
pub mod ddl;
pub mod entity;
pub mod field;
pub mod js;

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
