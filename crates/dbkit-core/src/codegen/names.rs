//! TypeScript names for pulled objects: drizzle-orm's `toCamelCase`, drizzle-kit's `withCasing`,
//! `paramNameFor` (`ordersInApp`) and `escapeColumnKey`, and the default constraint names that
//! decide what is written inline (`.primaryKey()`, `.references()`).
//!
//! drizzle-kit computes each name where it writes it, so one table can be `fooInApi` in
//! `schema.ts` and `fooInAPI` in `relations.ts`, two tables can share an export (`User` and
//! `user` both become `user`), and an export can be a quoted string or clash with an import.
//! dbkit differs: [`Names`] assigns every export and column key once, as drizzle-kit would
//! spell it, and only where that spelling is not a usable, unique identifier changes it
//! (`user2`, `_2fa`), so valid output stays byte-identical.

use crate::model::CompactString;
use std::collections::{HashMap, HashSet};

use super::{Casing, ViewColumn};
use crate::model::Ddl;

/// drizzle-orm's `toCamelCase`: the words of `input` (runs of lower-case letters and digits,
/// upper-case runs, capitalised words), the first lower-cased, the others capitalised.
pub(super) fn to_camel_case(input: &str) -> String {
    let chars: Vec<char> = input.chars().filter(|&c| c != '\'' && c != '\u{2019}').collect();
    let mut out = String::new();
    let mut i = 0;
    let mut first = true;
    while i < chars.len() {
        let len = word_at(&chars, i);
        if len == 0 {
            i += 1;
            continue;
        }
        let word: String = chars[i..i + len].iter().collect();
        if first {
            out.push_str(&word.to_lowercase());
            first = false;
        } else {
            let mut cs = word.chars();
            if let Some(c) = cs.next() {
                out.extend(c.to_uppercase());
                out.push_str(cs.as_str());
            }
        }
        i += len;
    }
    out
}

/// `[\d\p{Ll}\p{Lo}]`
fn is_lower_or_digit(c: char) -> bool {
    c.is_ascii_digit() || c.is_lowercase() || is_other_letter(c)
}

fn is_other_letter(c: char) -> bool {
    c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase()
}

/// The length of the word starting at `i` under drizzle-orm's pattern
/// `[\d\p{Ll}\p{Lo}]+|[\p{Lu}]+(?![\p{Ll}\p{Lo}])|[\p{Lu}][\d\p{Ll}\p{Lo}]+` (0: no word starts here).
fn word_at(chars: &[char], i: usize) -> usize {
    let c = chars[i];
    if is_lower_or_digit(c) {
        return chars[i..].iter().take_while(|&&c| is_lower_or_digit(c)).count();
    }
    if !c.is_uppercase() {
        return 0;
    }
    let upper = chars[i..].iter().take_while(|c| c.is_uppercase()).count();
    // An upper-case run not followed by a lower-case letter, backing off one letter at a time.
    for len in (1..=upper).rev() {
        let next = chars.get(i + len);
        if !next.is_some_and(|&n| n.is_lowercase() || is_other_letter(n)) {
            return len;
        }
    }
    1 + chars[i + 1..].iter().take_while(|&&c| is_lower_or_digit(c)).count()
}

/// `^[a-zA-Z_$][a-zA-Z0-9_$]*$`: what drizzle-kit writes unquoted.
pub(super) fn is_ascii_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    cs.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && cs.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
}

/// A JavaScript identifier (Unicode letters allowed), not a reserved word.
fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    cs.next().is_some_and(|c| c.is_alphabetic() || c == '_' || c == '$')
        && cs.all(|c| c.is_alphanumeric() || c == '_' || c == '$')
        && !RESERVED.contains(&s)
}

/// Words that cannot name a `const` in a module.
const RESERVED: &[&str] = &[
    "arguments",
    "await",
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "enum",
    "eval",
    "export",
    "extends",
    "false",
    "finally",
    "for",
    "function",
    "if",
    "implements",
    "import",
    "in",
    "instanceof",
    "interface",
    "let",
    "new",
    "null",
    "package",
    "private",
    "protected",
    "public",
    "return",
    "static",
    "super",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeof",
    "var",
    "void",
    "while",
    "with",
    "yield",
];

/// A JavaScript string literal in double quotes (`JSON.stringify`). drizzle-kit pastes names
/// between quotes as they are; this is the same text unless the name holds a quote, a backslash
/// or a control character, where drizzle-kit's is not valid TypeScript.
pub(super) fn string(s: &str) -> String {
    serde_json::to_string(s).expect("strings serialize")
}

/// A string literal in single quotes (drizzle-kit's `'…'` around custom type names).
pub(super) fn single_quoted(s: &str) -> String {
    format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'").replace('\n', "\\n").replace('\r', "\\r"))
}

/// A key of an object literal: as it is when an identifier, quoted otherwise (drizzle-kit's
/// `escapeColumnKey`, with the quoted text escaped).
pub(super) fn object_key(key: &str) -> String {
    if is_ascii_identifier(key) { key.to_string() } else { string(key) }
}

/// `object.key`, or `object["key"]` when the key is not an identifier (drizzle-kit writes
/// `table."key"`, which does not parse).
pub(super) fn member(object: &str, key: &str) -> String {
    if is_ascii_identifier(key) { format!("{object}.{key}") } else { format!("{object}[{}]", string(key)) }
}

/// drizzle-kit's `withCasing` without the quoting.
pub(super) fn cased(name: &str, casing: Casing) -> String {
    match casing {
        Casing::Camel => to_camel_case(name),
        Casing::Preserve => name.to_string(),
    }
}

/// `String.prototype.capitalise`: the first character upper-cased.
pub(super) fn capitalise(s: &str) -> String {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) => c.to_uppercase().chain(cs).collect(),
        None => String::new(),
    }
}

/// drizzle-kit's `paramNameFor`: `name` plus `In<Schema>` outside `public`.
pub(super) fn param_name_for(name: &str, schema: Option<&str>) -> String {
    match schema {
        Some(s) if !s.is_empty() && s != "public" => format!("{name}In{}", capitalise(s)),
        _ => name.to_string(),
    }
}

/// `<table>_pkey`: a primary key with this name is written inline.
pub(super) fn pk_name(table: &str) -> String {
    format!("{table}_pkey")
}

/// `<table>_<column>_seq`: an identity with this sequence name omits `name`.
pub(super) fn identity_sequence_name(table: &str, column: &str) -> String {
    format!("{table}_{column}_seq")
}

/// drizzle-kit's default foreign key name, `<table>_<cols>_<tableTo>_<colsTo>_fkey`, hashed when
/// longer than 63 UTF-16 units: a key with this name is written inline as `.references()`.
pub(super) fn fk_name(table: &str, columns: &[CompactString], table_to: &str, columns_to: &[CompactString]) -> String {
    let desired = format!("{table}_{}_{table_to}_{}_fkey", columns.join("_"), columns_to.join("_"));
    let utf16 = |s: &str| s.encode_utf16().count();
    if utf16(&desired) <= 63 {
        return desired;
    }
    if utf16(table) < 45 { format!("{table}_{}_fkey", hash(&desired)) } else { format!("{}_fkey", hash(&desired)) }
}

/// drizzle-kit's `hash`: a base-62 polynomial hash over code points (p = 53, modulo 62^12).
fn hash(input: &str) -> String {
    const DICT: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let modulus: u128 = 62u128.pow(12);
    let (mut h, mut power) = (0u128, 1u128);
    for ch in input.chars() {
        h = (h + (ch as u128) * power) % modulus;
        power = power * 53 % modulus;
    }
    let mut out = [b'0'; 12];
    for slot in out.iter_mut().rev() {
        *slot = DICT[(h % 62) as usize];
        h /= 62;
    }
    String::from_utf8(out.to_vec()).expect("ascii")
}

/// What an export names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Export {
    Schema,
    Role,
    Enum,
    Sequence,
    Table,
    View,
}

/// Every export's identifier and every column's key, assigned once.
pub(super) struct Names {
    pub casing: Casing,
    /// The `drizzle-orm/pg-core` imports the entities need (before the type imports).
    pub imports: Vec<String>,
    /// Schema name -> its cased name, for `In<Schema>` (schemas the file declares).
    schema_suffix: HashMap<String, String>,
    exports: HashMap<(Export, String, String), String>,
    /// (schema, table or view, column) -> key.
    columns: HashMap<(String, String, String), String>,
}

impl Names {
    pub fn new(ddl: &Ddl, view_columns: &[ViewColumn], casing: Casing) -> Names {
        let imports = super::imports::entity_imports(ddl, view_columns);
        let mut taken: HashSet<String> = imports.iter().cloned().collect();
        taken.extend(["sql", "AnyPgColumn", "PgTableExtraConfigValue"].map(String::from));
        let mut names = Names { casing, imports, schema_suffix: HashMap::new(), exports: HashMap::new(), columns: HashMap::new() };
        let mut assign = |names: &mut Names, kind: Export, schema: &str, name: &str, wanted: String| {
            let ident = unique(&valid_identifier(&wanted), &taken);
            taken.insert(ident.clone());
            names.exports.insert((kind, schema.to_string(), name.to_string()), ident);
        };
        // In the order of the file's declarations, so the first keeps drizzle-kit's name.
        for s in ddl.schemas.iter().filter(|s| s.name != "public") {
            names.schema_suffix.insert(s.name.to_string(), cased(&s.name, casing));
            assign(&mut names, Export::Schema, "", &s.name, cased(&s.name, casing));
        }
        for r in ddl.roles.iter() {
            assign(&mut names, Export::Role, "", &r.name, cased(&r.name, casing));
        }
        for e in ddl.enums.iter() {
            let wanted = names.drizzle_name(&e.schema, &e.name);
            assign(&mut names, Export::Enum, &e.schema, &e.name, wanted);
        }
        for s in ddl.sequences.iter() {
            let wanted = names.drizzle_name(&s.schema, &s.name);
            assign(&mut names, Export::Sequence, &s.schema, &s.name, wanted);
        }
        for t in ddl.tables.iter() {
            let wanted = names.drizzle_name(&t.schema, &t.name);
            assign(&mut names, Export::Table, &t.schema, &t.name, wanted);
        }
        for v in ddl.views.iter() {
            let wanted = names.drizzle_name(&v.schema, &v.name);
            assign(&mut names, Export::View, &v.schema, &v.name, wanted);
        }
        let mut keys: HashMap<(String, String), HashSet<String>> = HashMap::new();
        let table_columns = ddl.columns.iter().map(|c| (c.schema.as_str(), c.table.as_str(), c.name.as_str()));
        let view_columns = view_columns.iter().map(|c| (c.schema.as_str(), c.view.as_str(), c.name.as_str()));
        for (schema, table, column) in table_columns.chain(view_columns) {
            let used = keys.entry((schema.to_string(), table.to_string())).or_default();
            let key = unique_key(&cased(column, casing), used);
            used.insert(key.clone());
            names.columns.insert((schema.to_string(), table.to_string(), column.to_string()), key);
        }
        names
    }

    /// drizzle-kit's spelling: `withCasing(paramNameFor(name, schemas[schema]))`.
    fn drizzle_name(&self, schema: &str, name: &str) -> String {
        cased(&param_name_for(name, self.schema_suffix.get(schema).map(String::as_str)), self.casing)
    }

    fn export(&self, kind: Export, schema: &str, name: &str) -> String {
        match self.exports.get(&(kind, schema.to_string(), name.to_string())) {
            Some(ident) => ident.clone(),
            // Something the file does not declare (a table left out by a filter): drizzle-kit's
            // spelling of it.
            None => valid_identifier(&self.drizzle_name(schema, name)),
        }
    }

    /// The `pgSchema` export of a schema (`None` for `public` and schemas not declared).
    pub fn schema(&self, name: &str) -> Option<String> {
        self.exports.get(&(Export::Schema, String::new(), name.to_string())).cloned()
    }

    /// The builder that declares an entity of `schema`: `<schema export>.<member>` for a schema
    /// the file declares, else the top-level one (`pgTable`, `pgEnum`, …).
    pub fn builder(&self, schema: &str, member: &str, top_level: &str) -> String {
        match self.schema(schema) {
            Some(schema) => format!("{schema}.{member}"),
            None => top_level.to_string(),
        }
    }

    pub fn role(&self, name: &str) -> Option<String> {
        self.exports.get(&(Export::Role, String::new(), name.to_string())).cloned()
    }

    /// An enum's export; for an enum the file does not declare (its schema left out by a
    /// filter), drizzle-kit's column spelling, `In<Schema>` with the schema's own name.
    pub fn enum_(&self, schema: &str, name: &str) -> String {
        self.export_or_outside(Export::Enum, schema, name)
    }

    pub fn sequence(&self, schema: &str, name: &str) -> String {
        self.export(Export::Sequence, schema, name)
    }

    pub fn table(&self, schema: &str, name: &str) -> String {
        self.export(Export::Table, schema, name)
    }

    /// A table as `relations.ts` names it: its export, or for a table the file does not declare
    /// (a foreign key's target left out by a filter), drizzle-kit's relation spelling, which adds
    /// `In<Schema>` with the schema's own name (`usersInAuth`).
    pub fn relation_table(&self, schema: &str, name: &str) -> String {
        self.export_or_outside(Export::Table, schema, name)
    }

    /// The export of an entity, or for one the file does not declare, drizzle-kit's spelling
    /// with `In<Schema>` and the schema's own name.
    fn export_or_outside(&self, kind: Export, schema: &str, name: &str) -> String {
        match self.exports.get(&(kind, schema.to_string(), name.to_string())) {
            Some(ident) => ident.clone(),
            None => valid_identifier(&cased(&param_name_for(name, Some(schema)), self.casing)),
        }
    }

    pub fn view(&self, schema: &str, name: &str) -> String {
        self.export(Export::View, schema, name)
    }

    /// A column's key in its table's (or view's) object.
    pub fn column(&self, schema: &str, table: &str, column: &str) -> String {
        match self.columns.get(&(schema.to_string(), table.to_string(), column.to_string())) {
            Some(key) => key.clone(),
            None => cased(column, self.casing),
        }
    }

    /// The database name argument of a column's builder: omitted when the key is the name (and
    /// always under `preserve`, where it is).
    pub fn db_name_arg(&self, column: &str, key: &str) -> Option<String> {
        (key != column).then(|| string(column))
    }
}

/// `wanted` as an identifier: drizzle-kit's name when it is one, otherwise with every character
/// that cannot be in an identifier replaced by `_` (and `_` before a leading digit).
fn valid_identifier(wanted: &str) -> String {
    if is_identifier(wanted) {
        return wanted.to_string();
    }
    let mut out: String = wanted.chars().map(|c| if c.is_alphanumeric() || c == '_' || c == '$' { c } else { '_' }).collect();
    if !out.starts_with(|c: char| c.is_alphabetic() || c == '_' || c == '$') {
        out.insert(0, '_');
    }
    if RESERVED.contains(&out.as_str()) {
        out.push('_');
    }
    out
}

/// `ident`, or `ident2`, `ident3`, … when taken.
fn unique(ident: &str, taken: &HashSet<String>) -> String {
    if !taken.contains(ident) {
        return ident.to_string();
    }
    (2..).map(|n| format!("{ident}{n}")).find(|c| !taken.contains(c)).expect("some suffix is free")
}

/// A column key, unique in its table (two columns can camel-case to one key).
fn unique_key(key: &str, used: &HashSet<String>) -> String {
    unique(key, used)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn camel_case_splits_words_as_drizzle_orm_does() {
        for (input, expected) in [
            ("user_accounts", "userAccounts"),
            ("First Name", "firstName"),
            ("e-mail", "eMail"),
            ("ID", "id"),
            ("User_ID", "userID"),
            ("naïve_ünïcode", "naïveÜnïcode"),
            ("with\"quote", "withQuote"),
            ("ints_2d", "ints2d"),
            ("measurements_2024", "measurements2024"),
            ("ABCdef", "abCdef"),
            ("it's", "its"),
            ("AccountId", "accountId"),
            ("Table With SpacesInMySchema", "tableWithSpacesInMySchema"),
            ("", ""),
        ] {
            assert_eq!(to_camel_case(input), expected, "{input}");
        }
    }

    #[test]
    fn keys_are_quoted_and_escaped_only_when_needed() {
        assert_eq!(object_key("firstName"), "firstName");
        assert_eq!(object_key("naïveÜnïcode"), "\"naïveÜnïcode\"");
        assert_eq!(object_key("with\"quote"), "\"with\\\"quote\"");
        assert_eq!(member("table", "a b"), "table[\"a b\"]");
    }

    #[test]
    fn identifiers_are_made_valid_and_unique() {
        let taken: HashSet<String> = ["user", "text"].map(String::from).into();
        assert_eq!(unique("user", &taken), "user2");
        assert_eq!(valid_identifier("2faCodes"), "_2faCodes");
        assert_eq!(valid_identifier("Table With Spaces"), "Table_With_Spaces");
        assert_eq!(valid_identifier("delete"), "delete_");
        assert_eq!(valid_identifier("naïveTable"), "naïveTable");
    }

    #[test]
    fn long_foreign_key_names_are_hashed() {
        let name = fk_name("t", &["a".repeat(40).into()], "u", &["b".repeat(40).into()]);
        assert!(name.starts_with("t_") && name.ends_with("_fkey") && name.len() == 2 + 12 + 5, "{name}");
        assert_eq!(fk_name("t", &["a".into()], "u", &["id".into()]), "t_a_u_id_fkey");
    }
}
