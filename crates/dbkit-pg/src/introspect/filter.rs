//! Which schemas, tables, views and roles a pull keeps: drizzle-kit's `schemaFilter`,
//! `tablesFilter`, `extensionsFilters`, `entities.roles` and `migrations` settings.
//!
//! Globs follow minimatch as drizzle-kit uses it: `*`, `?`, `[...]` and `{a,b}`; a leading `!`
//! negates. A name is kept when at least one glob says something about it and none says no: a
//! positive glob that matches says yes, a negated one that matches the name says no, and a negated
//! one that does not match says yes. No globs at all keep everything.

use globset::{GlobBuilder, GlobMatcher};

use super::error::IntrospectError;

/// What to pull. `Filters::default()` is drizzle-kit's default: every schema, every table, no
/// roles, and `drizzle.__drizzle_migrations` left out.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    /// `schemaFilter` globs; empty keeps every schema.
    pub schemas: Vec<String>,
    /// `tablesFilter` globs on table and view names (not schema-qualified); `!` negates.
    pub tables: Vec<String>,
    /// `extensionsFilters`: `"postgis"` leaves out PostGIS's own tables and views.
    pub extensions: Vec<String>,
    /// `entities.roles`.
    pub roles: RolesFilter,
    /// The migrations table (`migrations.schema` / `migrations.table`), never pulled.
    pub migrations: MigrationsTable,
}

/// `entities.roles`: `false` (the default), `true`, or `{ provider, include, exclude }`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum RolesFilter {
    #[default]
    Off,
    All,
    Listed {
        provider: Option<String>,
        include: Vec<String>,
        exclude: Vec<String>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MigrationsTable {
    pub schema: String,
    pub table: String,
}

impl Default for MigrationsTable {
    fn default() -> Self {
        MigrationsTable { schema: "drizzle".into(), table: "__drizzle_migrations".into() }
    }
}

const POSTGIS_GLOBS: [&str; 3] = ["!geography_columns", "!geometry_columns", "!spatial_ref_sys"];

const SUPABASE_ROLES: [&str; 8] = [
    "anon",
    "authenticator",
    "authenticated",
    "service_role",
    "supabase_auth_admin",
    "supabase_storage_admin",
    "dashboard_user",
    "supabase_admin",
];
const NEON_ROLES: [&str; 7] = ["authenticated", "anonymous", "neon_superuser", "cloud_admin", "zenith_admin", "none", "neon_service"];

/// One glob, with minimatch's negation and comment rules.
struct Pattern {
    matcher: Option<GlobMatcher>,
    negate: bool,
    /// Whether the glob's first character is a literal `.` (only then may it match a dot name).
    leading_dot: bool,
}

impl Pattern {
    fn new(what: &'static str, glob: &str) -> Result<Pattern, IntrospectError> {
        let bangs = glob.chars().take_while(|&c| c == '!').count();
        let body = &glob[bangs..];
        // minimatch treats `#...` as a comment: it matches nothing.
        let matcher = if body.starts_with('#') {
            None
        } else {
            let built = GlobBuilder::new(body).literal_separator(true).backslash_escape(true).build();
            Some(built.map_err(|e| IntrospectError::BadGlob { what, glob: glob.into(), reason: e.kind().to_string() })?.compile_matcher())
        };
        Ok(Pattern { matcher, negate: bangs % 2 == 1, leading_dot: body.starts_with('.') })
    }

    /// minimatch's `match`: the glob's verdict, inverted when negated.
    fn matches(&self, name: &str) -> bool {
        let hit = match &self.matcher {
            Some(m) => (self.leading_dot || !name.starts_with('.')) && m.is_match(name),
            None => false,
        };
        hit != self.negate
    }
}

struct GlobList(Vec<Pattern>);

impl GlobList {
    fn new(what: &'static str, globs: &[String]) -> Result<GlobList, IntrospectError> {
        globs.iter().map(|g| Pattern::new(what, g)).collect::<Result<_, _>>().map(GlobList)
    }

    fn keeps(&self, name: &str) -> bool {
        if self.0.is_empty() {
            return true;
        }
        let mut said = false;
        for p in &self.0 {
            let m = p.matches(name);
            if p.negate && !m {
                return false;
            }
            said |= m;
        }
        said
    }
}

/// The filters, compiled.
pub struct Compiled {
    schemas: GlobList,
    tables: GlobList,
    roles: RolesFilter,
    pub migrations: MigrationsTable,
}

impl Compiled {
    pub fn new(f: &Filters) -> Result<Compiled, IntrospectError> {
        let mut tables = f.tables.clone();
        for ext in &f.extensions {
            match ext.as_str() {
                "postgis" => tables.extend(POSTGIS_GLOBS.iter().map(|g| g.to_string())),
                other => return Err(IntrospectError::UnknownExtension(other.into())),
            }
        }
        Ok(Compiled {
            schemas: GlobList::new("schemaFilter", &f.schemas)?,
            tables: GlobList::new("tablesFilter", &tables)?,
            roles: f.roles.clone(),
            migrations: f.migrations.clone(),
        })
    }

    pub fn schema(&self, name: &str) -> bool {
        self.schemas.keeps(name)
    }

    /// A table or view: its schema must pass `schemaFilter` and its name `tablesFilter`.
    pub fn table(&self, schema: &str, name: &str) -> bool {
        self.schema(schema) && self.tables.keeps(name)
    }

    pub fn wants_roles(&self) -> bool {
        match &self.roles {
            RolesFilter::Off => false,
            RolesFilter::All => true,
            RolesFilter::Listed { provider, include, exclude } => {
                !include.is_empty() || !exclude.is_empty() || matches!(provider.as_deref(), Some("supabase" | "neon"))
            }
        }
    }

    /// Whether a role is pulled. drizzle-kit's `roles: true` also takes PostgreSQL's reserved
    /// `pg_*` roles, whose `CREATE ROLE` PostgreSQL rejects; dbkit never pulls those.
    pub fn role(&self, name: &str) -> bool {
        if name.starts_with("pg_") {
            return false;
        }
        match &self.roles {
            RolesFilter::Off => false,
            RolesFilter::All => true,
            RolesFilter::Listed { provider, include, exclude } => {
                let provider_excludes: &[&str] = match provider.as_deref() {
                    Some("supabase") => &SUPABASE_ROLES,
                    Some("neon") => &NEON_ROLES,
                    _ => &[],
                };
                if include.is_empty() && exclude.is_empty() && provider_excludes.is_empty() {
                    return false;
                }
                let excluded = exclude.iter().any(|e| e == name) || provider_excludes.contains(&name);
                let included = include.is_empty() || include.iter().any(|i| i == name);
                !excluded && included
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tables(globs: &[&str]) -> Compiled {
        Compiled::new(&Filters { tables: globs.iter().map(|s| s.to_string()).collect(), ..Filters::default() }).unwrap()
    }

    #[test]
    fn globs_with_negation_follow_drizzle() {
        let f = tables(&["user*", "posts", "!user_roles"]);
        assert!(f.table("public", "users"));
        assert!(f.table("public", "posts"));
        assert!(!f.table("public", "user_roles"));
        // A negated glob that does not match says yes: with one in the list, names no glob
        // mentions are kept (as drizzle-kit does).
        assert!(f.table("public", "comments"));
        assert!(!tables(&["user*", "posts"]).table("public", "comments"));
        let only_negated = tables(&["!skip_*"]);
        assert!(only_negated.table("public", "keep"));
        assert!(!only_negated.table("public", "skip_me"));
        assert!(tables(&[]).table("any", "thing"));
        assert!(tables(&["{a,b}_*"]).table("public", "b_x"));
        assert!(!tables(&["*"]).table("public", ".hidden"));
        assert!(!tables(&["#comment"]).table("public", "#comment"));
    }

    #[test]
    fn postgis_adds_its_tables_as_negations() {
        let f = Compiled::new(&Filters { extensions: vec!["postgis".into()], ..Filters::default() }).unwrap();
        assert!(!f.table("public", "spatial_ref_sys"));
        assert!(f.table("public", "places"));
        let err = Compiled::new(&Filters { extensions: vec!["timescale".into()], ..Filters::default() }).err().unwrap();
        assert!(err.to_string().contains("unknown extension \"timescale\""), "{err}");
    }

    #[test]
    fn roles_never_include_reserved_ones() {
        let all = Compiled::new(&Filters { roles: RolesFilter::All, ..Filters::default() }).unwrap();
        assert!(all.wants_roles() && all.role("app") && !all.role("pg_monitor"));
        let off = Compiled::new(&Filters::default()).unwrap();
        assert!(!off.wants_roles() && !off.role("app"));
        let listed = RolesFilter::Listed { provider: Some("supabase".into()), include: vec![], exclude: vec!["x".into()] };
        let f = Compiled::new(&Filters { roles: listed, ..Filters::default() }).unwrap();
        assert!(f.role("app") && !f.role("x") && !f.role("anon"));
        let empty = RolesFilter::Listed { provider: None, include: vec![], exclude: vec![] };
        assert!(!Compiled::new(&Filters { roles: empty, ..Filters::default() }).unwrap().wants_roles());
    }
}
