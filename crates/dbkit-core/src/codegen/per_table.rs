//! The per-table layout ("beyond drizzle-kit"): the declarations of `schema.ts` spread over one
//! file per table in a schema folder (`src/database/schemas/user.ts`, `account.ts`, …), with the
//! shared declarations in their own files, `relations.ts`, and an `index.ts` barrel.
//!
//! The declarations are the single-file ones (`schema_file::Sections`), with the same export
//! names ([`Names`] makes every export unique across the whole schema, so `export *` in the
//! barrel never meets two of one name); only the layout and the imports differ.
//!
//! Files:
//! - `schemas.ts` (`pgSchema`), `roles.ts` (`pgRole`), `enums.ts` (`pgEnum` / `schema.enum`),
//!   `sequences.ts`, `views.ts` (views and materialized views): each only when it declares
//!   something;
//! - one file per table, named after the table's database name: `order_item.ts` for
//!   `public.order_item`, `auth/users.ts` for a table of another schema (one folder per schema).
//!   Characters other than letters, digits, `_` and `-` become `_`. Names are unique ignoring
//!   case (for case-insensitive file systems) and never one of the shared files above, `index`,
//!   `relations`, or a Windows device name (`con`, `nul`, `com1`, …): where two tables would get
//!   one name, the first in the DDL's order keeps it and the others get `-2`, `-3`, … (the first
//!   suffix no other file has), so `User` and `user` become `User.ts` and `user-2.ts`. Schema
//!   folders follow the same rules;
//! - `relations.ts`: drizzle-orm 1.0's `defineRelations(schema, (r) => ({ … }))`, the same text as
//!   the single-file `relations.ts`, reading the tables through `import * as schema from
//!   "./index"`;
//! - `index.ts`: `export * from "./<file>"` for every file but `relations.ts`, in the order
//!   schemas, roles, enums, sequences, tables (the DDL's order), views. Point drizzle.config's
//!   `schema` at this file: drizzle-kit 1.0 loads each file of a folder afresh, so a folder holding
//!   a barrel and the files it re-exports declares every table twice ("duplicate table name").
//!
//! Relations stay whole, not beside their tables. drizzle-orm 1.0.0-rc.5 does have
//! `defineRelationsPart(schema, (r) => ({ … }))` (`relations.d.ts`), whose results the
//! application spreads into one object, but:
//! - a part resolves a `many` written without `from`/`to` (what drizzle-kit writes) only against
//!   the reverse `one` of the same part (`processRelations` looks the target up in the part's own
//!   tables: "no reverse relations of table … were found"), and one table's relations live under
//!   one key, so the `many` side of a key cannot sit with its table;
//! - a part reads every table it names when its file runs, and a table's file imports the tables
//!   its foreign keys reference (which, for the reverse relations, import it back): the cycle that
//!   `.references(() => …)` avoids by reading lazily would hand the part an uninitialised binding;
//! - dbkit's schema reader accepts `defineRelations` but not `defineRelationsPart`.
//!
//! Each file has only the imports it uses: the identifiers its code reads (outside strings, sql
//! templates, property names and object keys) that `drizzle-orm/pg-core`, `drizzle-orm` (`sql`)
//! or another file declares. Import lines come in the order `drizzle-orm/pg-core`,
//! `drizzle-orm`, then the local files by specifier; the names of one line are sorted (type
//! imports last). Files end with a new line.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::names::{Names, string};
use super::relations::relations_ts;
use super::schema_file::Sections;
use super::{Casing, ViewColumn};
use crate::model::Ddl;

/// One file of the per-table layout: a path relative to the schema folder (`user.ts`) and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaFile {
    pub path: String,
    pub text: String,
}

/// The shared files, in the order the barrel re-exports them (views after the tables).
const SCHEMAS: &str = "schemas";
const ROLES: &str = "roles";
const ENUMS: &str = "enums";
const SEQUENCES: &str = "sequences";
const VIEWS: &str = "views";
const INDEX: &str = "index";
const RELATIONS: &str = "relations";

/// Names no table file or schema folder takes: the shared files and Windows device names.
const RESERVED: &[&str] = &[
    SCHEMAS, ROLES, ENUMS, SEQUENCES, VIEWS, INDEX, RELATIONS, "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6",
    "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// Type names of `drizzle-orm/pg-core` the tables may use (imported as `type …`).
const TYPES: &[&str] = &["AnyPgColumn", "PgTableExtraConfigValue"];

/// The per-table files of a pulled schema: the shared files, the tables, `views.ts`,
/// `relations.ts` and `index.ts`, in that order.
pub fn codegen_per_table(ddl: &Ddl, view_columns: &[ViewColumn], casing: Casing) -> Vec<SchemaFile> {
    let names = Names::new(ddl, view_columns, casing);
    let sections = Sections::new(ddl, view_columns, &names);
    let table_paths = table_paths(ddl);

    // (module path without `.ts`, the declarations), in the barrel's order.
    let mut modules: Vec<(String, String)> = Vec::new();
    let mut shared = |name: &str, body: &str| {
        if !body.trim().is_empty() {
            modules.push((name.to_string(), body.trim_end().to_string()));
        }
    };
    shared(SCHEMAS, &sections.schemas);
    shared(ROLES, &sections.roles);
    shared(ENUMS, &sections.enums);
    shared(SEQUENCES, &sections.sequences);
    for (path, text) in table_paths.iter().zip(&sections.tables) {
        modules.push((path.clone(), text.clone()));
    }
    if !sections.views.is_empty() {
        modules.push((VIEWS.to_string(), sections.views.clone()));
    }

    // Where each export is declared.
    let mut declared: HashMap<String, String> = HashMap::new();
    let mut declare = |ident: Option<String>, module: &str| {
        if let Some(ident) = ident {
            declared.insert(ident, module.to_string());
        }
    };
    for s in ddl.schemas.iter().filter(|s| s.name != "public") {
        declare(names.schema(&s.name), SCHEMAS);
    }
    for r in ddl.roles.iter() {
        declare(names.role(&r.name), ROLES);
    }
    for e in ddl.enums.iter() {
        declare(Some(names.enum_(&e.schema, &e.name)), ENUMS);
    }
    for s in ddl.sequences.iter() {
        declare(Some(names.sequence(&s.schema, &s.name)), SEQUENCES);
    }
    for (t, path) in ddl.tables.iter().zip(&table_paths) {
        declare(Some(names.table(&t.schema, &t.name)), path);
    }
    for v in ddl.views.iter() {
        declare(Some(names.view(&v.schema, &v.name)), VIEWS);
    }

    let pg_core: HashSet<&str> = names.imports.iter().map(String::as_str).chain(TYPES.iter().copied()).collect();
    let mut files: Vec<SchemaFile> = modules
        .iter()
        .map(|(module, body)| {
            let mut text = imports(module, body, &pg_core, &declared);
            text.push_str(body);
            text.push('\n');
            SchemaFile { path: format!("{module}.ts"), text }
        })
        .collect();

    let mut relations = relations_ts(ddl, &names, "./index");
    relations.push('\n');
    files.push(SchemaFile { path: format!("{RELATIONS}.ts"), text: relations });
    let index: String = modules.iter().map(|(module, _)| format!("export * from {}\n", string(&specifier(INDEX, module)))).collect();
    // An empty file would be a script, not a module `import * as schema` can read.
    let index = if index.is_empty() { "export {}\n".to_string() } else { index };
    files.push(SchemaFile { path: format!("{INDEX}.ts"), text: index });
    files
}

/// Each table's module path (without `.ts`), in the DDL's order.
fn table_paths(ddl: &Ddl) -> Vec<String> {
    let schemas: Vec<&str> = {
        let mut seen = HashSet::new();
        ddl.tables.iter().map(|t| t.schema.as_str()).filter(|s| *s != "public" && seen.insert(*s)).collect()
    };
    let folders: HashMap<&str, String> = schemas.iter().copied().zip(unique_stems(&schemas)).collect();
    let mut by_folder: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, t) in ddl.tables.iter().enumerate() {
        by_folder.entry(folders.get(t.schema.as_str()).map_or("", String::as_str)).or_default().push(i);
    }
    let tables: Vec<&str> = ddl.tables.iter().map(|t| t.name.as_str()).collect();
    let mut paths = vec![String::new(); tables.len()];
    for (folder, members) in by_folder {
        let wanted: Vec<&str> = members.iter().map(|&i| tables[i]).collect();
        for (&i, stem) in members.iter().zip(unique_stems(&wanted)) {
            paths[i] = if folder.is_empty() { stem } else { format!("{folder}/{stem}") };
        }
    }
    paths
}

/// A file name for a database name: letters, digits, `_` and `-` kept, anything else `_`.
fn stem(name: &str) -> String {
    let out: String = name.chars().map(|c| if c.is_alphanumeric() || c == '_' || c == '-' { c } else { '_' }).collect();
    if out.is_empty() { "_".to_string() } else { out }
}

/// One stem per name, unique ignoring case and never reserved: each name's own stem where it is
/// the first (in the order given) to want it, the first free `-2`, `-3`, … otherwise.
fn unique_stems(wanted: &[&str]) -> Vec<String> {
    let mut taken: HashSet<String> = RESERVED.iter().map(|r| r.to_string()).collect();
    let mut out: Vec<Option<String>> = wanted
        .iter()
        .map(|w| {
            let s = stem(w);
            taken.insert(s.to_lowercase()).then_some(s)
        })
        .collect();
    for (slot, w) in out.iter_mut().zip(wanted) {
        if slot.is_none() {
            let s = stem(w);
            let free = (2..).map(|n| format!("{s}-{n}")).find(|c| !taken.contains(&c.to_lowercase())).expect("some suffix is free");
            taken.insert(free.to_lowercase());
            *slot = Some(free);
        }
    }
    out.into_iter().map(|s| s.unwrap_or_default()).collect()
}

/// The import specifier of module `to` in module `from` (both paths without `.ts`).
fn specifier(from: &str, to: &str) -> String {
    let from_dir = from.rsplit_once('/').map_or("", |(d, _)| d);
    let (to_dir, to_file) = to.rsplit_once('/').unwrap_or(("", to));
    match (from_dir.is_empty(), to_dir == from_dir) {
        (_, true) => format!("./{to_file}"),
        (true, false) => format!("./{to}"),
        (false, false) => format!("../{to}"),
    }
}

/// The import lines of `module`, whose code is `body`, and an empty line (nothing when it imports
/// nothing).
fn imports(module: &str, body: &str, pg_core: &HashSet<&str>, declared: &HashMap<String, String>) -> String {
    let mut builders: Vec<&str> = Vec::new();
    let mut types: Vec<&str> = Vec::new();
    let mut sql = false;
    let mut local: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for ident in references(body) {
        if let Some(from) = declared.get(ident) {
            if from != module {
                local.entry(specifier(module, from)).or_default().push(ident);
            }
        } else if TYPES.contains(&ident) {
            types.push(ident);
        } else if pg_core.contains(ident) {
            builders.push(ident);
        } else if ident == "sql" {
            sql = true;
        }
    }
    builders.sort_unstable();
    types.sort_unstable();
    let builders: Vec<String> = builders.iter().map(|b| b.to_string()).chain(types.iter().map(|t| format!("type {t}"))).collect();
    let mut out = String::new();
    if !builders.is_empty() {
        out.push_str(&format!("import {{ {} }} from \"drizzle-orm/pg-core\"\n", builders.join(", ")));
    }
    if sql {
        out.push_str("import { sql } from \"drizzle-orm\"\n");
    }
    for (specifier, mut idents) in local {
        idents.sort_unstable();
        out.push_str(&format!("import {{ {} }} from {}\n", idents.join(", "), string(&specifier)));
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

/// The identifiers `code` reads, each once, in order: outside string and template literals, not
/// after a `.` (a property) and not before a `:` (an object key). The code is the generator's own,
/// so this is all of JavaScript it needs to know: strings in `"…"` or `'…'` and sql templates
/// with `\` escapes, no comments, no regular expressions, no `${…}`.
fn references(code: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = code.char_indices().collect();
    let mut out: Vec<&str> = Vec::new();
    let mut i = 0;
    let mut previous = ' ';
    while i < chars.len() {
        let (start, c) = chars[i];
        if matches!(c, '"' | '\'' | '`') {
            i += 1;
            while i < chars.len() && chars[i].1 != c {
                i += if chars[i].1 == '\\' { 2 } else { 1 };
            }
            i += 1;
            previous = c;
            continue;
        }
        let word = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
        if word(c) {
            let mut j = i;
            while j < chars.len() && word(chars[j].1) {
                j += 1;
            }
            let end = chars.get(j).map_or(code.len(), |(e, _)| *e);
            let next = chars[j..].iter().map(|(_, c)| *c).find(|c| !c.is_whitespace());
            let ident = &code[start..end];
            if !c.is_ascii_digit() && previous != '.' && next != Some(':') && !out.contains(&ident) {
                out.push(ident);
            }
            i = j;
            previous = 'a';
            continue;
        }
        if !c.is_whitespace() {
            previous = c;
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn references_skip_strings_templates_properties_and_keys() {
        let code = "export const user = auth.table(\"user\", {\n\tid: integer().references((): AnyPgColumn => account.id),\n\t\
                    \"a b\": text().default(sql`now() \\` integer`),\n\tn: numeric('text'),\n}, (table) => [index(\"i\").using(\"btree\", table.id)]);";
        assert_eq!(
            references(code),
            ["export", "const", "user", "auth", "integer", "AnyPgColumn", "account", "text", "sql", "numeric", "table", "index"]
        );
    }

    #[test]
    fn stems_are_unique_ignoring_case_and_keep_their_own_name_first() {
        assert_eq!(
            unique_stems(&["User", "user", "user-2", "a b", "a_b", "index", "CON"]),
            ["User", "user-3", "user-2", "a_b", "a_b-2", "index-2", "CON-2"]
        );
        assert_eq!(stem("naïve/../x"), "naïve____x");
    }

    #[test]
    fn specifiers_are_relative() {
        assert_eq!(specifier("user", "account"), "./account");
        assert_eq!(specifier("user", "auth/users"), "./auth/users");
        assert_eq!(specifier("auth/users", "enums"), "../enums");
        assert_eq!(specifier("auth/users", "auth/sessions"), "./sessions");
        assert_eq!(specifier("auth/users", "billing/plans"), "../billing/plans");
    }

    fn push(d: &mut Ddl, row: serde_json::Value) {
        d.push_json(&row).unwrap();
    }

    #[test]
    fn files_import_what_they_use() {
        let mut d = Ddl::new();
        push(&mut d, json!({"name": "auth", "entityType": "schemas"}));
        push(&mut d, json!({"schema": "public", "name": "status", "values": ["a", "b"], "entityType": "enums"}));
        for (schema, table) in [("public", "User"), ("public", "user"), ("auth", "users")] {
            push(&mut d, json!({"schema": schema, "name": table, "isRlsEnabled": false, "entityType": "tables"}));
            push(
                &mut d,
                json!({"schema": schema, "table": table, "name": "id", "type": "integer", "typeSchema": null, "notNull": true,
                "dimensions": 0, "default": null, "generated": null, "identity": null, "entityType": "columns"}),
            );
        }
        push(
            &mut d,
            json!({"schema": "public", "table": "user", "name": "state", "type": "status", "typeSchema": "public", "notNull": false,
            "dimensions": 0, "default": null, "generated": null, "identity": null, "entityType": "columns"}),
        );
        push(
            &mut d,
            json!({"schema": "public", "table": "user", "name": "user_auth_id_fkey", "nameExplicit": false, "columns": ["id"],
            "schemaTo": "auth", "tableTo": "users", "columnsTo": ["id"], "onUpdate": "NO ACTION", "onDelete": "CASCADE", "entityType": "fks"}),
        );
        // Back from auth.users, inline (drizzle-kit's default name): a cycle, typed `AnyPgColumn`.
        push(
            &mut d,
            json!({"schema": "auth", "table": "users", "name": "users_id_user_id_fkey", "nameExplicit": false, "columns": ["id"],
                "schemaTo": "public", "tableTo": "user", "columnsTo": ["id"], "onUpdate": "NO ACTION", "onDelete": "NO ACTION", "entityType": "fks"}),
        );
        let files = codegen_per_table(&d, &[], Casing::Camel);
        let paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(paths, ["schemas.ts", "enums.ts", "User.ts", "user-2.ts", "auth/users.ts", "relations.ts", "index.ts"]);
        let text = |path: &str| files.iter().find(|f| f.path == path).unwrap().text.as_str();
        assert_eq!(text("schemas.ts"), "import { pgSchema } from \"drizzle-orm/pg-core\"\n\nexport const auth = pgSchema(\"auth\");\n");
        assert_eq!(
            text("enums.ts"),
            "import { pgEnum } from \"drizzle-orm/pg-core\"\n\nexport const status = pgEnum(\"status\", [\"a\", \"b\"])\n"
        );
        assert!(text("user-2.ts").starts_with(
            "import { foreignKey, integer, pgTable, type PgTableExtraConfigValue } from \"drizzle-orm/pg-core\"\nimport { usersInAuth } from \"./auth/users\"\n\
             import { status } from \"./enums\"\n\nexport const user2 = pgTable(\"user\", {\n"
        ));
        assert!(text("auth/users.ts").starts_with(
            "import { integer, type AnyPgColumn } from \"drizzle-orm/pg-core\"\nimport { auth } from \"../schemas\"\n\
             import { user2 } from \"../user-2\"\n\n"
        ));
        assert!(text("auth/users.ts").contains("id: integer().notNull().references((): AnyPgColumn => user2.id),"));
        assert_eq!(
            text("index.ts"),
            "export * from \"./schemas\"\nexport * from \"./enums\"\nexport * from \"./User\"\nexport * from \"./user-2\"\nexport * from \"./auth/users\"\n"
        );
        assert!(
            text("relations.ts").starts_with("import { defineRelations } from \"drizzle-orm\";\nimport * as schema from \"./index\";\n")
        );
    }
}
