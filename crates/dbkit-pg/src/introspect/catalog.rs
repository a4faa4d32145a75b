//! The catalog queries (`sql/*.sql`), sent together on one connection, and their rows as plain
//! structs. Nothing here knows drizzle-kit's rules; `build` turns these rows into DDL rows.
//!
//! The statements leave together in one pipeline: tokio-postgres writes each query's messages as
//! soon as its future is polled and reads the answers in order, and `query_typed` skips the
//! separate prepare round trip of `query`. Only the columns query waits, for the relations query's
//! ids (its plan, and so the order of its rows, must be drizzle-kit's: see `sql/columns.sql`); it
//! is sent as soon as they arrive, behind the others. Two round trips in all, whatever the size of
//! the schema.

use futures_util::join;
use tokio_postgres::types::Type;
use tokio_postgres::{Client, Row};

use super::error::{IntrospectError, is_permission_denied};
use crate::runner::error::describe;

pub struct Namespace {
    pub name: String,
}

pub struct Relation {
    pub oid: u32,
    pub schema: String,
    pub name: String,
    /// `r` table, `p` partitioned table, `v` view, `m` materialized view.
    pub kind: char,
    pub rls_enabled: bool,
    pub options: Option<Vec<String>>,
    pub access_method: Option<String>,
    pub tablespace: Option<String>,
    pub definition: Option<String>,
    pub extension_owned: bool,
}

impl Relation {
    pub fn is_table(&self) -> bool {
        matches!(self.kind, 'r' | 'p')
    }
}

pub struct ColumnRow {
    pub table_oid: u32,
    pub attnum: i16,
    pub name: String,
    pub not_null: bool,
    pub dimensions: i32,
    pub type_oid: u32,
    /// `s` for a stored generated column, empty otherwise.
    pub generated: String,
    /// `a` always, `d` by default, empty when not an identity.
    pub identity: String,
    /// `format_type()`: `character varying(40)`, `integer[]`, `"My Type"`.
    pub type_: String,
    pub default: Option<String>,
}

pub struct ConstraintRow {
    pub table_oid: u32,
    pub name: String,
    /// `p`, `u`, `f` or `c`.
    pub kind: char,
    pub definition: Option<String>,
    pub index_oid: u32,
    pub columns: Vec<i16>,
    pub table_to_oid: u32,
    pub columns_to: Vec<i16>,
    pub on_update: String,
    pub on_delete: String,
}

pub struct IndexRow {
    pub oid: u32,
    pub schema: String,
    pub name: String,
    pub method: String,
    pub options: Option<Vec<String>>,
    pub table_oid: u32,
    pub expressions: Option<String>,
    pub where_: Option<String>,
    /// `indkey`: key columns then INCLUDE columns; 0 marks an expression.
    pub columns: Vec<i16>,
    /// `indoption` bits per key column: 1 DESC, 2 NULLS FIRST.
    pub column_options: Vec<i16>,
    pub is_unique: bool,
    pub is_primary: bool,
    /// Operator class ids per key column.
    pub opclasses: Vec<u32>,
}

pub struct OpclassRow {
    pub oid: u32,
    pub name: String,
    pub is_default: bool,
}

pub struct EnumRow {
    pub oid: u32,
    pub array_oid: u32,
    pub schema: String,
    pub name: String,
    pub values: Vec<String>,
    pub extension_owned: bool,
}

pub struct SequenceRow {
    pub schema: String,
    pub name: String,
    pub start_with: String,
    pub min_value: String,
    pub max_value: String,
    pub increment_by: String,
    pub cycle: bool,
    pub cache_size: String,
    /// The column that owns the sequence: serial (`a`) or identity (`i`).
    pub owner: Option<(u32, i32, char)>,
    pub extension_owned: bool,
}

pub struct PolicyRow {
    pub schema: String,
    pub table: String,
    pub name: String,
    pub as_: String,
    pub roles: Vec<String>,
    pub for_: String,
    pub using: Option<String>,
    pub with_check: Option<String>,
}

pub struct RoleRow {
    pub name: String,
    pub superuser: bool,
    pub inherit: bool,
    pub create_role: bool,
    pub create_db: bool,
    pub can_login: bool,
    pub replication: bool,
    pub conn_limit: i32,
    pub valid_until: Option<String>,
    pub bypass_rls: bool,
}

pub struct ViewDependencyRow {
    pub view_oid: u32,
    pub on_oid: u32,
    pub on_attnum: i32,
}

/// Everything the queries returned. Optional parts that the role could not read are empty and
/// named in `skipped`.
#[derive(Default)]
pub struct Catalog {
    pub namespaces: Vec<Namespace>,
    pub relations: Vec<Relation>,
    pub columns: Vec<ColumnRow>,
    pub constraints: Vec<ConstraintRow>,
    pub indexes: Vec<IndexRow>,
    pub opclasses: Vec<OpclassRow>,
    pub enums: Vec<EnumRow>,
    pub sequences: Vec<SequenceRow>,
    pub policies: Vec<PolicyRow>,
    pub roles: Vec<RoleRow>,
    pub view_dependencies: Vec<ViewDependencyRow>,
    pub skipped: Vec<String>,
    /// How many statements were sent.
    pub statements: usize,
}

const NAMESPACES: &str = include_str!("sql/namespaces.sql");
const RELATIONS: &str = include_str!("sql/relations.sql");
const COLUMNS: &str = include_str!("sql/columns.sql");
const CONSTRAINTS: &str = include_str!("sql/constraints.sql");
const INDEXES: &str = include_str!("sql/indexes.sql");
const OPCLASSES: &str = include_str!("sql/opclasses.sql");
const ENUMS: &str = include_str!("sql/enums.sql");
const SEQUENCES: &str = include_str!("sql/sequences.sql");
const POLICIES: &str = include_str!("sql/policies.sql");
const ROLES: &str = include_str!("sql/roles.sql");
const VIEW_DEPENDENCIES: &str = include_str!("sql/view_dependencies.sql");

type Rows = Result<Vec<Row>, tokio_postgres::Error>;

/// Sends every query and decodes the answers. `with_roles`: whether roles are wanted.
pub async fn read(client: &Client, with_roles: bool) -> Result<Catalog, IntrospectError> {
    let q = |sql: &'static str| client.query_typed(sql, &[]);
    let roles = async { if with_roles { q(ROLES).await.map(Some) } else { Ok(None) } };
    // drizzle-kit's relation ids: tables first, then views.
    let relations_then_columns = async {
        let relations = q(RELATIONS).await?;
        let mut ids: Vec<u32> = Vec::with_capacity(relations.len());
        for pass in [true, false] {
            for r in &relations {
                let kind: &str = r.try_get("kind")?;
                if matches!(kind, "r" | "p") == pass {
                    ids.push(r.try_get("oid")?);
                }
            }
        }
        let columns = client.query_typed(COLUMNS, &[(&ids, Type::OID_ARRAY)]).await;
        Ok::<_, tokio_postgres::Error>((relations, columns))
    };
    let (namespaces, relations_then_columns, constraints, indexes, opclasses, enums, sequences, policies, view_dependencies, roles) = join!(
        q(NAMESPACES),
        relations_then_columns,
        q(CONSTRAINTS),
        q(INDEXES),
        q(OPCLASSES),
        q(ENUMS),
        q(SEQUENCES),
        q(POLICIES),
        q(VIEW_DEPENDENCIES),
        roles,
    );

    let mut cat = Catalog { statements: 10 + usize::from(with_roles), ..Catalog::default() };
    cat.namespaces = decode(required("schemas", namespaces)?, "schemas", namespace)?;
    let (relations, columns) = relations_then_columns.map_err(|e| failure("tables and views", &e))?;
    cat.relations = decode(relations, "tables and views", relation)?;
    cat.columns = decode(required("columns", columns)?, "columns", column)?;
    cat.constraints = optional(&mut cat.skipped, "constraints (primary keys, uniques, foreign keys, checks)", constraints, constraint)?;
    cat.indexes = optional(&mut cat.skipped, "indexes", indexes, index)?;
    cat.opclasses = optional(&mut cat.skipped, "operator classes", opclasses, opclass)?;
    cat.enums = optional(&mut cat.skipped, "enums", enums, enum_row)?;
    cat.sequences = optional(&mut cat.skipped, "sequences", sequences, sequence)?;
    cat.policies = optional(&mut cat.skipped, "row-level security policies", policies, policy)?;
    cat.view_dependencies = optional(&mut cat.skipped, "view dependencies", view_dependencies, view_dependency)?;
    if let Some(rows) = roles.transpose() {
        cat.roles = optional(&mut cat.skipped, "roles", rows, role)?;
    }
    Ok(cat)
}

fn failure(what: &'static str, e: &tokio_postgres::Error) -> IntrospectError {
    if is_permission_denied(e) {
        IntrospectError::PermissionDenied { what, reason: describe(e) }
    } else {
        IntrospectError::Query { what, reason: describe(e) }
    }
}

fn required(what: &'static str, rows: Rows) -> Result<Vec<Row>, IntrospectError> {
    rows.map_err(|e| failure(what, &e))
}

/// A part pull can do without: when the role may not read it, it is skipped and said so.
fn optional<T>(
    skipped: &mut Vec<String>,
    what: &'static str,
    rows: Rows,
    f: fn(&Row) -> Result<T, tokio_postgres::Error>,
) -> Result<Vec<T>, IntrospectError> {
    match rows {
        Ok(rows) => decode(rows, what, f),
        Err(e) if is_permission_denied(&e) => {
            skipped.push(format!("{what}: {}", describe(&e)));
            Ok(Vec::new())
        }
        Err(e) => Err(failure(what, &e)),
    }
}

fn decode<T>(rows: Vec<Row>, what: &'static str, f: fn(&Row) -> Result<T, tokio_postgres::Error>) -> Result<Vec<T>, IntrospectError> {
    rows.iter().map(f).collect::<Result<_, _>>().map_err(|e| failure(what, &e))
}

fn char_of(s: &str) -> char {
    s.chars().next().unwrap_or(' ')
}

fn namespace(r: &Row) -> Result<Namespace, tokio_postgres::Error> {
    Ok(Namespace { name: r.try_get("name")? })
}

fn relation(r: &Row) -> Result<Relation, tokio_postgres::Error> {
    Ok(Relation {
        oid: r.try_get("oid")?,
        schema: r.try_get("schema")?,
        name: r.try_get("name")?,
        kind: char_of(r.try_get("kind")?),
        rls_enabled: r.try_get("rls_enabled")?,
        options: r.try_get("options")?,
        access_method: r.try_get("access_method")?,
        tablespace: r.try_get("tablespace")?,
        definition: r.try_get("definition")?,
        extension_owned: r.try_get("extension_owned")?,
    })
}

fn column(r: &Row) -> Result<ColumnRow, tokio_postgres::Error> {
    Ok(ColumnRow {
        table_oid: r.try_get("table_oid")?,
        attnum: r.try_get("attnum")?,
        name: r.try_get("name")?,
        not_null: r.try_get("not_null")?,
        dimensions: r.try_get("dimensions")?,
        type_oid: r.try_get("type_oid")?,
        generated: r.try_get("generated")?,
        identity: r.try_get("identity")?,
        type_: r.try_get("type")?,
        default: r.try_get("default")?,
    })
}

fn constraint(r: &Row) -> Result<ConstraintRow, tokio_postgres::Error> {
    Ok(ConstraintRow {
        table_oid: r.try_get("table_oid")?,
        name: r.try_get("name")?,
        kind: char_of(r.try_get("type")?),
        definition: r.try_get("definition")?,
        index_oid: r.try_get("index_oid")?,
        columns: r.try_get::<_, Option<Vec<i16>>>("columns")?.unwrap_or_default(),
        table_to_oid: r.try_get("table_to_oid")?,
        columns_to: r.try_get::<_, Option<Vec<i16>>>("columns_to")?.unwrap_or_default(),
        on_update: r.try_get("on_update")?,
        on_delete: r.try_get("on_delete")?,
    })
}

fn index(r: &Row) -> Result<IndexRow, tokio_postgres::Error> {
    Ok(IndexRow {
        oid: r.try_get("oid")?,
        schema: r.try_get("schema")?,
        name: r.try_get("name")?,
        method: r.try_get("method")?,
        options: r.try_get("options")?,
        table_oid: r.try_get("table_oid")?,
        expressions: r.try_get("expressions")?,
        where_: r.try_get("where")?,
        columns: r.try_get("columns")?,
        column_options: r.try_get("column_options")?,
        is_unique: r.try_get("is_unique")?,
        is_primary: r.try_get("is_primary")?,
        opclasses: r.try_get("opclasses")?,
    })
}

fn opclass(r: &Row) -> Result<OpclassRow, tokio_postgres::Error> {
    Ok(OpclassRow { oid: r.try_get("oid")?, name: r.try_get("name")?, is_default: r.try_get("is_default")? })
}

fn enum_row(r: &Row) -> Result<EnumRow, tokio_postgres::Error> {
    Ok(EnumRow {
        oid: r.try_get("oid")?,
        array_oid: r.try_get("array_oid")?,
        schema: r.try_get("schema")?,
        name: r.try_get("name")?,
        values: r.try_get("values")?,
        extension_owned: r.try_get("extension_owned")?,
    })
}

fn sequence(r: &Row) -> Result<SequenceRow, tokio_postgres::Error> {
    let owner_table: Option<u32> = r.try_get("owner_table_oid")?;
    let owner_attnum: Option<i32> = r.try_get("owner_attnum")?;
    let owner_kind: Option<String> = r.try_get("owner_kind")?;
    Ok(SequenceRow {
        schema: r.try_get("schema")?,
        name: r.try_get("name")?,
        start_with: r.try_get("start_with")?,
        min_value: r.try_get("min_value")?,
        max_value: r.try_get("max_value")?,
        increment_by: r.try_get("increment_by")?,
        cycle: r.try_get("cycle")?,
        cache_size: r.try_get("cache_size")?,
        owner: match (owner_table, owner_attnum, owner_kind) {
            (Some(t), Some(a), Some(k)) => Some((t, a, char_of(&k))),
            _ => None,
        },
        extension_owned: r.try_get("extension_owned")?,
    })
}

fn policy(r: &Row) -> Result<PolicyRow, tokio_postgres::Error> {
    Ok(PolicyRow {
        schema: r.try_get("schema")?,
        table: r.try_get("table")?,
        name: r.try_get("name")?,
        as_: r.try_get("as")?,
        roles: r.try_get::<_, Option<Vec<String>>>("roles")?.unwrap_or_default(),
        for_: r.try_get("for")?,
        using: r.try_get("using")?,
        with_check: r.try_get("with_check")?,
    })
}

fn role(r: &Row) -> Result<RoleRow, tokio_postgres::Error> {
    Ok(RoleRow {
        name: r.try_get("name")?,
        superuser: r.try_get("superuser")?,
        inherit: r.try_get("inherit")?,
        create_role: r.try_get("create_role")?,
        create_db: r.try_get("create_db")?,
        can_login: r.try_get("can_login")?,
        replication: r.try_get("replication")?,
        conn_limit: r.try_get("conn_limit")?,
        valid_until: r.try_get("valid_until")?,
        bypass_rls: r.try_get("bypass_rls")?,
    })
}

fn view_dependency(r: &Row) -> Result<ViewDependencyRow, tokio_postgres::Error> {
    Ok(ViewDependencyRow { view_oid: r.try_get("view_oid")?, on_oid: r.try_get("on_oid")?, on_attnum: r.try_get("on_attnum")? })
}
