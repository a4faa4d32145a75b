//! `plural` and `singular` as the npm package `pluralize` 8.0.0 (MIT, Blake Embrey) computes
//! them: drizzle-kit names relations with it (`user` for a key to `users`, `orderItems` for the
//! keys from `orderItem`). The word lists and rules are that package's data; the last matching
//! rule wins, and the case of the replaced part is carried over.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::{Captures, Regex};

struct Rules {
    plural: Vec<(Regex, &'static str)>,
    singular: Vec<(Regex, &'static str)>,
    uncountable: Vec<&'static str>,
    /// single -> plural and plural -> single.
    to_plural: HashMap<&'static str, &'static str>,
    to_single: HashMap<&'static str, &'static str>,
}

const IRREGULAR: &[(&str, &str)] = &[
    ("i", "we"),
    ("me", "us"),
    ("he", "they"),
    ("she", "they"),
    ("them", "them"),
    ("myself", "ourselves"),
    ("yourself", "yourselves"),
    ("itself", "themselves"),
    ("herself", "themselves"),
    ("himself", "themselves"),
    ("themself", "themselves"),
    ("is", "are"),
    ("was", "were"),
    ("has", "have"),
    ("this", "these"),
    ("that", "those"),
    ("echo", "echoes"),
    ("dingo", "dingoes"),
    ("volcano", "volcanoes"),
    ("tornado", "tornadoes"),
    ("torpedo", "torpedoes"),
    ("genus", "genera"),
    ("viscus", "viscera"),
    ("stigma", "stigmata"),
    ("stoma", "stomata"),
    ("dogma", "dogmata"),
    ("lemma", "lemmata"),
    ("schema", "schemata"),
    ("anathema", "anathemata"),
    ("ox", "oxen"),
    ("axe", "axes"),
    ("die", "dice"),
    ("yes", "yeses"),
    ("foot", "feet"),
    ("eave", "eaves"),
    ("goose", "geese"),
    ("tooth", "teeth"),
    ("quiz", "quizzes"),
    ("human", "humans"),
    ("proof", "proofs"),
    ("carve", "carves"),
    ("valve", "valves"),
    ("looey", "looies"),
    ("thief", "thieves"),
    ("groove", "grooves"),
    ("pickaxe", "pickaxes"),
    ("passerby", "passersby"),
];

/// JavaScript's `\b` and `\w` are ASCII-only.
const B: &str = r"(?-u:\b)";

const PLURAL: &[(&str, &str)] = &[
    (r"s?$", "s"),
    (r"[^\x00-\x7F]$", "$0"),
    (r"([^aeiou]ese)$", "$1"),
    (r"(ax|test)is$", "$1es"),
    (r"(alias|[^aou]us|t[lm]as|gas|ris)$", "$1es"),
    (r"(e[mn]u)s?$", "$1s"),
    (r"([^l]ias|[aeiou]las|[ejzr]as|[iu]am)$", "$1"),
    (r"(alumn|syllab|vir|radi|nucle|fung|cact|stimul|termin|bacill|foc|uter|loc|strat)(?:us|i)$", "$1i"),
    (r"(alumn|alg|vertebr)(?:a|ae)$", "$1ae"),
    (r"(seraph|cherub)(?:im)?$", "$1im"),
    (r"(her|at|gr)o$", "$1oes"),
    (r"(agend|addend|millenni|dat|extrem|bacteri|desiderat|strat|candelabr|errat|ov|symposi|curricul|automat|quor)(?:a|um)$", "$1a"),
    (r"(apheli|hyperbat|periheli|asyndet|noumen|phenomen|criteri|organ|prolegomen|hedr|automat)(?:a|on)$", "$1a"),
    (r"sis$", "ses"),
    (r"(?:(kni|wi|li)fe|(ar|l|ea|eo|oa|hoo)f)$", "$1$2ves"),
    (r"([^aeiouy]|qu)y$", "$1ies"),
    (r"([^ch][ieo][ln])ey$", "$1ies"),
    (r"(x|ch|ss|sh|zz)$", "$1es"),
    (r"(matr|cod|mur|sil|vert|ind|append)(?:ix|ex)$", "$1ices"),
    (r"\B((?:tit)?m|l)(?:ice|ouse)$", "$1ice"),
    (r"(pe)(?:rson|ople)$", "$1ople"),
    (r"(child)(?:ren)?$", "$1ren"),
    (r"eaux$", "$0"),
    (r"m[ae]n$", "men"),
    (r"^thou$", "you"),
];

const SINGULAR: &[(&str, &str)] = &[
    (r"s$", ""),
    (r"(ss)$", "$1"),
    (r"(wi|kni|(?:after|half|high|low|mid|non|night|[^0-9A-Za-z_]|^)li)ves$", "$1fe"),
    (r"(ar|(?:wo|[ae])l|[eo][ao])ves$", "$1f"),
    (r"ies$", "y"),
    (r"\B([pl]|zomb|(?:neck|cross)?t|coll|faer|food|gen|goon|group|lass|talk|goal|cut)ies$", "$1ie"),
    (r"\B(mon|smil)ies$", "$1ey"),
    (r"\B((?:tit)?m|l)ice$", "$1ouse"),
    (r"(seraph|cherub)im$", "$1"),
    (r"(x|ch|ss|sh|zz|tto|go|cho|alias|[^aou]us|t[lm]as|gas|(?:her|at|gr)o|[aeiou]ris)(?:es)?$", "$1"),
    (r"(analy|diagno|parenthe|progno|synop|the|empha|cri|ne)(?:sis|ses)$", "$1sis"),
    (r"(movie|twelve|abuse|e[mn]u)s$", "$1"),
    (r"(test)(?:is|es)$", "$1is"),
    (r"(alumn|syllab|vir|radi|nucle|fung|cact|stimul|termin|bacill|foc|uter|loc|strat)(?:us|i)$", "$1us"),
    (r"(agend|addend|millenni|dat|extrem|bacteri|desiderat|strat|candelabr|errat|ov|symposi|curricul|quor)a$", "$1um"),
    (r"(apheli|hyperbat|periheli|asyndet|noumen|phenomen|criteri|organ|prolegomen|hedr|automat)a$", "$1on"),
    (r"(alumn|alg|vertebr)ae$", "$1a"),
    (r"(cod|mur|sil|vert|ind)ices$", "$1ex"),
    (r"(matr|append)ices$", "$1ix"),
    (r"(pe)(rson|ople)$", "$1rson"),
    (r"(child)ren$", "$1"),
    (r"(eau)x?$", "$1"),
    (r"men$", "man"),
];

const UNCOUNTABLE: &[&str] = &[
    "adulthood",
    "advice",
    "agenda",
    "aid",
    "aircraft",
    "alcohol",
    "ammo",
    "analytics",
    "anime",
    "athletics",
    "audio",
    "bison",
    "blood",
    "bream",
    "buffalo",
    "butter",
    "carp",
    "cash",
    "chassis",
    "chess",
    "clothing",
    "cod",
    "commerce",
    "cooperation",
    "corps",
    "debris",
    "diabetes",
    "digestion",
    "elk",
    "energy",
    "equipment",
    "excretion",
    "expertise",
    "firmware",
    "flounder",
    "fun",
    "gallows",
    "garbage",
    "graffiti",
    "hardware",
    "headquarters",
    "health",
    "herpes",
    "highjinks",
    "homework",
    "housework",
    "information",
    "jeans",
    "justice",
    "kudos",
    "labour",
    "literature",
    "machinery",
    "mackerel",
    "mail",
    "media",
    "mews",
    "moose",
    "music",
    "mud",
    "manga",
    "news",
    "only",
    "personnel",
    "pike",
    "plankton",
    "pliers",
    "police",
    "pollution",
    "premises",
    "rain",
    "research",
    "rice",
    "salmon",
    "scissors",
    "series",
    "sewage",
    "shambles",
    "shrimp",
    "software",
    "species",
    "staff",
    "swine",
    "tennis",
    "traffic",
    "transportation",
    "trout",
    "tuna",
    "wealth",
    "welfare",
    "whiting",
    "wildebeest",
    "wildlife",
    "you",
];

/// Uncountable patterns: added last to both rule lists (so tried first), keeping the word.
const UNCOUNTABLE_PATTERNS: &[&str] = &[r"pok[eé]mon$", r"[^aeiou]ese$", r"deer$", r"fish$", r"measles$", r"o[iu]s$", r"pox$", r"sheep$"];

static RULES: LazyLock<Rules> = LazyLock::new(|| {
    // `\B` above stands for JavaScript's ASCII `\b` (written so to keep the tables readable).
    let compile = |pattern: &str| Regex::new(&format!("(?i){}", pattern.replace(r"\B", B))).expect("the pluralize rules are valid");
    let rules = |list: &[(&str, &'static str)]| {
        let mut out: Vec<(Regex, &'static str)> = list.iter().map(|(p, r)| (compile(p), *r)).collect();
        out.extend(UNCOUNTABLE_PATTERNS.iter().map(|p| (compile(p), "$0")));
        out
    };
    Rules {
        plural: rules(PLURAL),
        singular: rules(SINGULAR),
        uncountable: UNCOUNTABLE.to_vec(),
        to_plural: IRREGULAR.iter().map(|(s, p)| (*s, *p)).collect(),
        to_single: IRREGULAR.iter().map(|(s, p)| (*p, *s)).collect(),
    }
});

/// `pluralize.plural(word)`
pub(super) fn plural(word: &str) -> String {
    let r = &*RULES;
    replace_word(word, &r.to_plural, &r.to_single, &r.plural)
}

/// `pluralize.singular(word)`
pub(super) fn singular(word: &str) -> String {
    let r = &*RULES;
    replace_word(word, &r.to_single, &r.to_plural, &r.singular)
}

fn replace_word(word: &str, replace: &HashMap<&str, &str>, keep: &HashMap<&str, &str>, rules: &[(Regex, &'static str)]) -> String {
    let token = word.to_lowercase();
    if keep.contains_key(token.as_str()) {
        return restore_case(word, &token);
    }
    if let Some(to) = replace.get(token.as_str()) {
        return restore_case(word, to);
    }
    if token.is_empty() || RULES.uncountable.contains(&token.as_str()) {
        return word.to_string();
    }
    for (re, replacement) in rules.iter().rev() {
        if let Some(c) = re.captures(word) {
            let m = c.get(0).expect("group 0 always matches");
            let result = interpolate(replacement, &c);
            // An empty match takes the case of the character before it.
            let restored = if m.as_str().is_empty() {
                let before = word[..m.start()].chars().last().map(String::from).unwrap_or_default();
                restore_case(&before, &result)
            } else {
                restore_case(m.as_str(), &result)
            };
            return format!("{}{restored}{}", &word[..m.start()], &word[m.end()..]);
        }
    }
    word.to_string()
}

/// `$0`, `$1`, `$2` in a replacement (a group that did not match is empty).
fn interpolate(replacement: &str, c: &Captures) -> String {
    let mut out = String::new();
    let mut chars = replacement.chars().peekable();
    while let Some(ch) = chars.next() {
        if ch == '$'
            && let Some(d) = chars.peek().and_then(|d| d.to_digit(10))
        {
            chars.next();
            out.push_str(c.get(d as usize).map_or("", |m| m.as_str()));
        } else {
            out.push(ch);
        }
    }
    out
}

/// pluralize's `restoreCase`: the token in the case of the word it replaces.
fn restore_case(word: &str, token: &str) -> String {
    if word == token {
        return token.to_string();
    }
    if word == word.to_lowercase() {
        return token.to_lowercase();
    }
    if word == word.to_uppercase() {
        return token.to_uppercase();
    }
    let first = word.chars().next().map(String::from).unwrap_or_default();
    if first == first.to_uppercase() {
        let mut cs = token.chars();
        return match cs.next() {
            Some(c) => c.to_uppercase().chain(cs.as_str().to_lowercase().chars()).collect(),
            None => String::new(),
        };
    }
    token.to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_as_the_pluralize_package_gives_them() {
        // node -e 'const p = require("pluralize"); console.log(p.plural(w), p.singular(w))'
        for (word, p, s) in [
            ("user", "users", "user"),
            ("users", "users", "user"),
            ("orderItem", "orderItems", "orderItem"),
            ("categories", "categories", "category"),
            ("category", "categories", "category"),
            ("ordersInApp", "ordersInApps", "ordersInApp"),
            ("inventory", "inventories", "inventory"),
            ("addresses", "addresses", "address"),
            ("person", "people", "person"),
            ("schema", "schemata", "schema"),
            ("children", "children", "child"),
            ("News", "News", "News"),
            ("status", "statuses", "status"),
            ("deferrableFk", "deferrableFks", "deferrableFk"),
            ("targetsInOther", "targetsInOthers", "targetsInOther"),
        ] {
            assert_eq!(plural(word), p, "plural({word})");
            assert_eq!(singular(word), s, "singular({word})");
        }
    }
}
