//! Names drizzle derives: default constraint and index names (drizzle-kit's `grammar.ts`), the
//! 12-character hash it shortens long foreign-key names with, and drizzle-orm's casing functions.

/// `<table>_pkey`
pub(crate) fn pk_name(table: &str) -> String {
    format!("{table}_pkey")
}

/// `<table>_<col>_key`: a column's `.unique()` without a name.
pub(crate) fn unique_column_name(table: &str, column: &str) -> String {
    format!("{table}_{column}_key")
}

/// `<table>_<cols>_unique`: drizzle-orm's name for an unnamed `unique().on(...)` (drizzle-kit keeps
/// drizzle-orm's spelling here, not PostgreSQL's `_key`).
pub(crate) fn unique_constraint_name(table: &str, columns: &[String]) -> String {
    format!("{table}_{}_unique", columns.join("_"))
}

/// `<table>_<cols>_index`
pub(crate) fn index_name(table: &str, columns: &[String]) -> String {
    format!("{table}_{}_index", columns.join("_"))
}

/// `<table>_<cols>_<tableTo>_<colsTo>_fkey`, hashed when longer than 63 characters.
pub(crate) fn fk_name(table: &str, columns: &[String], table_to: &str, columns_to: &[String]) -> String {
    let desired = format!("{table}_{}_{table_to}_{}_fkey", columns.join("_"), columns_to.join("_"));
    // drizzle-kit measures `.length` in UTF-16 code units.
    if utf16_len(&desired) <= 63 {
        return desired;
    }
    if utf16_len(table) < 45 { format!("{table}_{}_fkey", hash(&desired)) } else { format!("{}_fkey", hash(&desired)) }
}

/// `<table>_<column>_seq`
pub(crate) fn identity_sequence_name(table: &str, column: &str) -> String {
    format!("{table}_{column}_seq")
}

fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// drizzle-kit's `hash`: a base-62 polynomial hash over code points (p = 53, modulo 62^12).
pub(crate) fn hash(input: &str) -> String {
    const DICT: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const LEN: u32 = 12;
    let modulus: u128 = 62u128.pow(LEN);
    let (mut h, mut power) = (0u128, 1u128);
    for ch in input.chars() {
        h = (h + (ch as u128) * power) % modulus;
        power = power * 53 % modulus;
    }
    let mut out = vec![b'0'; LEN as usize];
    for slot in out.iter_mut().rev() {
        *slot = DICT[(h % 62) as usize];
        h /= 62;
    }
    String::from_utf8(out).expect("ascii")
}

/// How a table or view turns property keys into column names (`snakeCase.table`, `camelCase.table`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Casing {
    /// The key is the name.
    #[default]
    None,
    /// `createdAt` → `created_at`.
    Snake,
    /// `created_at` → `createdAt`.
    Camel,
}

impl Casing {
    pub(crate) fn apply(self, key: &str) -> String {
        match self {
            Casing::None => key.to_string(),
            Casing::Snake => words(key).iter().map(|w| w.to_lowercase()).collect::<Vec<_>>().join("_"),
            Casing::Camel => words(key)
                .iter()
                .enumerate()
                .map(|(i, w)| {
                    if i == 0 {
                        w.to_lowercase()
                    } else {
                        let mut cs = w.chars();
                        cs.next().map(|c| c.to_uppercase().chain(cs).collect()).unwrap_or_default()
                    }
                })
                .collect(),
        }
    }
}

/// drizzle-orm's word split: `/[\d\p{Ll}\p{Lo}]+|[\p{Lu}]+(?![\p{Ll}\p{Lo}])|[\p{Lu}][\d\p{Ll}\p{Lo}]+/gu`
/// after removing apostrophes.
fn words(input: &str) -> Vec<String> {
    let chars: Vec<char> = input.chars().filter(|c| *c != '\'' && *c != '\u{2019}').collect();
    let lower = |c: char| c.is_ascii_digit() || c.is_lowercase() || (c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase());
    let upper = |c: char| c.is_uppercase();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if lower(c) {
            let start = i;
            while i < chars.len() && lower(chars[i]) {
                i += 1;
            }
            out.push(chars[start..i].iter().collect());
        } else if upper(c) {
            // An upper-case run not followed by a lower-case letter, else one capital + lower run.
            let start = i;
            let mut j = i;
            while j < chars.len() && upper(chars[j]) {
                j += 1;
            }
            let followed_by_lower = j < chars.len() && lower(chars[j]) && !chars[j].is_ascii_digit();
            if !followed_by_lower {
                out.push(chars[start..j].iter().collect());
                i = j;
            } else if j - start > 1 {
                // `[\p{Lu}]+(?!lower)` backtracks to leave the last capital for the next word.
                out.push(chars[start..j - 1].iter().collect());
                i = j - 1;
            } else {
                let mut k = j;
                while k < chars.len() && lower(chars[k]) {
                    k += 1;
                }
                out.push(chars[start..k].iter().collect());
                i = k;
            }
        } else {
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn casing_matches_drizzle_orm() {
        assert_eq!(Casing::Snake.apply("userId"), "user_id");
        assert_eq!(Casing::Snake.apply("createdAt"), "created_at");
        assert_eq!(Casing::Snake.apply("HTMLParser"), "html_parser");
        assert_eq!(Casing::Camel.apply("user_id"), "userId");
        assert_eq!(Casing::Camel.apply("first_name"), "firstName");
        assert_eq!(Casing::Snake.apply("a1b"), "a1b");
    }

    #[test]
    fn long_fk_names_are_hashed() {
        let cols = vec!["a_very_long_column_name_for_testing".to_string()];
        let name = fk_name("some_table", &cols, "another_table", &cols);
        assert!(name.starts_with("some_table_") && name.ends_with("_fkey") && name.len() == "some_table_".len() + 12 + 5);
    }
}
