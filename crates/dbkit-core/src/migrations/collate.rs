//! `String.prototype.localeCompare` as Node's ICU root collation orders migration folder names.
//!
//! drizzle-orm sorts migration folders with `a.name.localeCompare(b.name)`, which is not byte
//! order: `_` sorts before digits, letters compare case-insensitively first and lowercase wins a
//! tie (`a` < `A` < `a_` < `a1` < `aa` < `b`). For ASCII names this reproduces it exactly (the table
//! below was read off `node -e` sorting every printable ASCII character); anything else falls back
//! to byte order, which only matters for folder names drizzle-kit never writes.

use std::cmp::Ordering;

/// Printable ASCII in ICU root order (letters case-folded: the tertiary step decides case).
const ORDER: &[u8] = b" _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz";

fn primary(c: u8) -> Option<usize> {
    let folded = c.to_ascii_lowercase();
    ORDER.iter().position(|&o| o == folded)
}

/// Compares two names the way drizzle-orm's `localeCompare` sort does.
pub fn locale_compare(a: &str, b: &str) -> Ordering {
    let (Some(pa), Some(pb)) = (weights(a), weights(b)) else {
        return a.cmp(b);
    };
    pa.cmp(&pb).then_with(|| {
        // Tertiary level: at the first case difference, lowercase sorts first.
        for (x, y) in a.bytes().zip(b.bytes()) {
            if x != y {
                return x.is_ascii_uppercase().cmp(&y.is_ascii_uppercase());
            }
        }
        Ordering::Equal
    })
}

fn weights(s: &str) -> Option<Vec<usize>> {
    s.bytes().map(primary).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(mut v: Vec<&str>) -> Vec<&str> {
        v.sort_by(|a, b| locale_compare(a, b));
        v
    }

    #[test]
    fn matches_node_locale_compare() {
        // node -e 'console.log(["a","A","b","B","a_","a1","aa"].sort((a,b)=>a.localeCompare(b)))'
        assert_eq!(sorted(vec!["b", "B", "a1", "aa", "a_", "A", "a"]), vec!["a", "A", "a_", "a1", "aa", "b", "B"]);
        assert_eq!(locale_compare("ab", "Aa"), Ordering::Greater);
        assert_eq!(locale_compare("a-b", "ab"), Ordering::Less);
        assert_eq!(locale_compare("x1", "x_"), Ordering::Greater);
    }

    #[test]
    fn timestamps_sort_chronologically() {
        assert_eq!(
            sorted(vec!["20261124063111_schema_b", "20261124063106_init", "20251231235959_z"]),
            vec!["20251231235959_z", "20261124063106_init", "20261124063111_schema_b"]
        );
    }
}
