//! The date and time tests drizzle-kit applies to a default before writing it as a literal:
//! `isTime`, `isDate`, and whether `new Date(text)` is a valid date.

use std::sync::LazyLock;

use regex::Regex;

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("the patterns are valid")
}

/// drizzle-kit's `isTime`: a `hh:mm:ss` time anywhere in the text.
pub(super) fn is_time(text: &str) -> bool {
    static TIME: LazyLock<Regex> = LazyLock::new(|| re(r"[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)?"));
    TIME.is_match(text)
}

/// drizzle-kit's `isDate`: the text starts with `yyyy-mm-dd`.
pub(super) fn is_date(text: &str) -> bool {
    static DATE: LazyLock<Regex> = LazyLock::new(|| re(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}"));
    DATE.is_match(text)
}

/// Whether `new Date(text)` gives a valid date in Node (V8), for the texts PostgreSQL prints as
/// timestamp defaults: `yyyy-mm-dd`, then an optional time after `T` or a space, then an optional
/// `Z` or `±hh[[:]mm]` offset. Words (`infinity`, `now()`) and out-of-range fields are not dates.
pub(super) fn is_valid_js_date(text: &str) -> bool {
    static STAMP: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.[0-9]+)?)?)?\s*(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)?$",
        )
    });
    let Some(c) = STAMP.captures(text) else { return false };
    let field = |i: usize| c.get(i).map_or(0, |m| m.as_str().parse::<u32>().unwrap_or(99));
    let (month, day, hour, minute, second) = (field(2), field(3), field(4), field(5), field(6));
    (1..=12).contains(&month) && (1..=31).contains(&day) && hour <= 24 && minute <= 59 && second <= 59
}

/// Whether `new Date(text)` reads back as the same default in dbkit's (and drizzle-kit's) schema
/// reader. A timestamp's Date is written as `yyyy-mm-dd hh:mm:ss.fff`, so only that text comes
/// back the same; a timestamptz's is compared as an instant, which holds when the text has no more
/// than milliseconds and an offset the reader takes (`±hh` only after a space, as V8 reads it).
pub(super) fn date_reads_back(text: &str, with_tz: bool) -> bool {
    static STAMP: LazyLock<Regex> = LazyLock::new(|| re(r"^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}$"));
    static STAMP_TZ: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^[0-9]{4}-[0-9]{2}-[0-9]{2}(?: [0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,3})?)?(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)|T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,3})?)?(?:Z|[+-][0-9]{2}:?[0-9]{2}))$",
        )
    });
    if with_tz { STAMP_TZ.is_match(text) } else { STAMP.is_match(text) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_valid_as_in_node() {
        // node -e 'console.log(isNaN(new Date(s).getTime()))' for each
        for valid in
            ["2020-01-01T00:00:00Z", "2020-01-01 00:00:00+00", "2020-01-01T12:30:45.123456Z", "2020-01-01", "2020-01-01 00:00:00+0000"]
        {
            assert!(is_valid_js_date(valid), "{valid}");
        }
        for invalid in
            ["infinity", "now()Z", "CURRENT_TIMESTAMPZ", "2020-13-01T00:00:00Z", "2020-01-01T25:00:00Z", "2020-01-01T00:00:00+00Z"]
        {
            assert!(!is_valid_js_date(invalid), "{invalid}");
        }
    }

    #[test]
    fn dates_that_read_back_the_same() {
        assert!(date_reads_back("2020-01-01 12:30:45.123", false));
        assert!(!date_reads_back("2020-01-01 00:00:00", false));
        assert!(!date_reads_back("2020-01-01 12:30:45.123456", false));
        for same in ["2020-01-01 00:00:00+00", "2020-01-01 12:30:45.12-08", "2020-01-01 00:00:00+05:30", "2020-01-01T00:00:00Z"] {
            assert!(date_reads_back(same, true), "{same}");
        }
        for other in ["2020-01-01 12:30:45.123456+00", "2020-01-01 00:00:00", "1800-01-01 00:00:00+05:53:28", "2020-01-01T00:00:00+00"] {
            assert!(!date_reads_back(other, true), "{other}");
        }
    }

    #[test]
    fn times_and_dates_are_found_as_drizzle_kit_finds_them() {
        assert!(is_time("12:34:56.789"));
        assert!(is_time("12:00:00+02"));
        assert!(!is_time("CURRENT_TIME"));
        assert!(is_date("2024-02-29"));
        assert!(!is_date("now()"));
    }
}
