//! What can stop an introspection, each as one line that says what to do.

/// Why `introspect` could not read the database.
#[derive(Debug, thiserror::Error)]
pub enum IntrospectError {
    /// The role may not read a catalog that pull cannot do without (schemas, tables, columns).
    #[error(
        "permission denied reading {what} ({reason}); pull needs to read the pg_catalog tables: connect as the database owner, or ask for SELECT on them"
    )]
    PermissionDenied { what: &'static str, reason: String },

    /// A catalog query failed for another reason (a lost connection, a server error).
    #[error("reading {what} from the database failed: {reason}")]
    Query { what: &'static str, reason: String },

    /// `extensionsFilters` names an extension pull knows nothing about.
    #[error("extensionsFilters: unknown extension \"{0}\"; the only one supported is \"postgis\"")]
    UnknownExtension(String),

    /// A `schemaFilter` or `tablesFilter` entry is not a valid glob.
    #[error("{what}: \"{glob}\" is not a valid glob ({reason})")]
    BadGlob { what: &'static str, glob: String, reason: String },
}

/// `insufficient_privilege` (42501): the role may not read that catalog.
pub(crate) fn is_permission_denied(e: &tokio_postgres::Error) -> bool {
    e.code() == Some(&tokio_postgres::error::SqlState::INSUFFICIENT_PRIVILEGE)
}
