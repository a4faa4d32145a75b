//! Random migration names (`<adjective>_<noun>`) for folders generated without `--name`, in the
//! spirit of drizzle-kit's (its own word lists are its own; these are dbkit's).

const ADJECTIVES: &[&str] = &[
    "able", "agile", "amber", "ancient", "arctic", "bold", "brave", "breezy", "bright", "brisk", "calm", "candid", "clever", "cosmic",
    "crimson", "curious", "daring", "dazzling", "eager", "early", "electric", "elegant", "epic", "fancy", "fearless", "fluffy", "frosty",
    "gentle", "giant", "glossy", "golden", "grand", "happy", "hidden", "honest", "humble", "icy", "jolly", "keen", "kind", "lively",
    "lucky", "lunar", "magic", "mellow", "merry", "mighty", "misty", "modest", "noble", "nimble", "odd", "patient", "plain", "polite",
    "proud", "quick", "quiet", "rapid", "rare", "royal", "rustic", "shiny", "silent", "silver", "simple", "sleepy", "smooth", "solar",
    "spicy", "steady", "stormy", "sunny", "swift", "tame", "tidy", "tiny", "tranquil", "vivid", "warm", "wild", "wise", "witty", "young",
    "zesty",
];

const NOUNS: &[&str] = &[
    "albatross",
    "anchor",
    "aurora",
    "badger",
    "beacon",
    "beaver",
    "bison",
    "boulder",
    "canyon",
    "cardinal",
    "cascade",
    "cedar",
    "comet",
    "condor",
    "coral",
    "cougar",
    "crane",
    "delta",
    "dolphin",
    "dune",
    "eagle",
    "ember",
    "falcon",
    "fjord",
    "fox",
    "gazelle",
    "geyser",
    "glacier",
    "harbor",
    "hawk",
    "heron",
    "horizon",
    "ibis",
    "iguana",
    "island",
    "jaguar",
    "kestrel",
    "koala",
    "lagoon",
    "lantern",
    "lynx",
    "maple",
    "meadow",
    "meteor",
    "moose",
    "nebula",
    "newt",
    "oasis",
    "ocelot",
    "orca",
    "otter",
    "owl",
    "panda",
    "pelican",
    "pine",
    "prairie",
    "puffin",
    "quail",
    "quasar",
    "raven",
    "reef",
    "river",
    "sequoia",
    "shark",
    "sparrow",
    "summit",
    "swan",
    "thunder",
    "tiger",
    "tundra",
    "valley",
    "volcano",
    "walrus",
    "willow",
    "wolf",
    "wren",
    "yak",
    "zebra",
];

/// `adjective_noun`, picked with the given random bytes.
pub fn random_name(random: [u8; 4]) -> String {
    let a = u16::from_le_bytes([random[0], random[1]]) as usize % ADJECTIVES.len();
    let n = u16::from_le_bytes([random[2], random[3]]) as usize % NOUNS.len();
    format!("{}_{}", ADJECTIVES[a], NOUNS[n])
}

/// The folder name of a new migration: its UTC timestamp, at least one second after every parent
/// folder's (so a child always sorts after its parents, as drizzle-kit 1.0 ensures), then the name.
pub fn folder_name(now_millis: i64, parent_folders: &[String], name: &str) -> String {
    let after_parents = parent_folders.iter().filter_map(|f| dbkit_core::migrations::stamp::folder_millis(f)).map(|ms| ms + 1000).max();
    let millis = after_parents.map_or(now_millis, |p| p.max(now_millis));
    let stamp = dbkit_core::migrations::stamp::folder_stamp(millis).unwrap_or_else(|| "00000000000000".into());
    format!("{stamp}_{name}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_word_pairs() {
        let name = random_name([1, 2, 3, 4]);
        assert!(name.contains('_') && name.chars().all(|c| c.is_ascii_lowercase() || c == '_'), "{name}");
    }

    #[test]
    fn a_folder_sorts_after_its_parents() {
        // now is 2026-11-25 10:00:00 UTC
        let now = 1_795_600_800_000;
        assert_eq!(folder_name(now, &[], "init"), "20261125100000_init");
        // a parent stamped in the future (clock skew on another machine) pushes the child after it
        assert_eq!(folder_name(now, &["20261125100500_x".into()], "next"), "20261125100501_next");
        assert_eq!(folder_name(now, &["20261125095959_x".into()], "next"), "20261125100000_next");
    }
}
