//! How an enum's value list changed: drizzle-kit's sequence matcher (longest common blocks, as in
//! Python's difflib), so added values get the same `BEFORE '…'` placement.

use crate::model::CompactString;
use std::collections::HashMap;

use super::change::ValueChange;

pub fn diff_values(old: &[CompactString], new: &[CompactString]) -> Vec<ValueChange> {
    let mut out = Vec::new();
    let mut oi = 0;
    let mut ni = 0;
    for (os, ns, len) in matching_blocks(old, new) {
        // The gap before this block: removed old values, then added new ones.
        for v in &old[oi..os] {
            out.push(ValueChange::Removed(v.to_string()));
        }
        for (k, v) in new.iter().enumerate().take(ns).skip(ni) {
            let before = new[k + 1..].iter().find(|n| old.contains(n)).map(CompactString::to_string);
            out.push(ValueChange::Added { value: v.to_string(), before });
        }
        for v in &old[os..os + len] {
            out.push(ValueChange::Same(v.to_string()));
        }
        oi = os + len;
        ni = ns + len;
    }
    out
}

/// `(old_start, new_start, len)` blocks in order, ending with `(old.len(), new.len(), 0)`.
fn matching_blocks(old: &[CompactString], new: &[CompactString]) -> Vec<(usize, usize, usize)> {
    let mut queue = vec![(0, old.len(), 0, new.len())];
    let mut blocks = Vec::new();
    while let Some((os, oe, ns, ne)) = queue.pop() {
        let (mo, mn, len) = longest_match(old, new, os, oe, ns, ne);
        if len > 0 {
            blocks.push((mo, mn, len));
            if os < mo && ns < mn {
                queue.push((os, mo, ns, mn));
            }
            if mo + len < oe && mn + len < ne {
                queue.push((mo + len, oe, mn + len, ne));
            }
        }
    }
    blocks.sort_by_key(|b| b.0);
    blocks.push((old.len(), new.len(), 0));
    blocks
}

fn longest_match(old: &[CompactString], new: &[CompactString], os: usize, oe: usize, ns: usize, ne: usize) -> (usize, usize, usize) {
    let mut best = (os, ns, 0);
    let mut positions: HashMap<&str, Vec<usize>> = HashMap::new();
    for (j, v) in new.iter().enumerate().take(ne).skip(ns) {
        positions.entry(v.as_str()).or_default().push(j);
    }
    for i in os..oe {
        let Some(js) = positions.get(old[i].as_str()) else { continue };
        for &j in js {
            let mut len = 1;
            while i + len < oe && j + len < ne && old[i + len] == new[j + len] {
                len += 1;
            }
            if len > best.2 {
                best = (i, j, len);
            }
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &[&str]) -> Vec<CompactString> {
        s.iter().map(|&x| x.into()).collect()
    }

    #[test]
    fn added_values_know_what_they_go_before() {
        // the peer's schema_b: processing in the middle, refunded at the end
        let got = diff_values(
            &v(&["pending", "paid", "shipped", "cancelled"]),
            &v(&["pending", "paid", "processing", "shipped", "cancelled", "refunded"]),
        );
        let added: Vec<_> = got
            .iter()
            .filter_map(|c| match c {
                ValueChange::Added { value, before } => Some((value.as_str(), before.as_deref())),
                _ => None,
            })
            .collect();
        assert_eq!(added, [("processing", Some("shipped")), ("refunded", None)]);
    }

    #[test]
    fn removed_values_are_reported() {
        let got = diff_values(&v(&["a", "b", "c"]), &v(&["a", "c"]));
        assert!(got.contains(&ValueChange::Removed("b".into())));
    }
}
