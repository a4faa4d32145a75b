//! The 14-digit UTC timestamps that prefix drizzle-kit 1.0 migration folders.
//!
//! drizzle-orm turns a folder's first 14 characters into `created_at` with `Date.UTC(...)`;
//! `drizzle-kit up` turns a journal entry's `when` (ms) back into the same 14 digits.

use chrono::{DateTime, NaiveDate, Utc};

/// `created_at` (ms since the epoch, UTC) of a folder named `YYYYMMDDHHMMSS_…`, or `None` when the
/// name does not start with a valid timestamp.
pub fn folder_millis(name: &str) -> Option<i64> {
    let digits = name.get(..14)?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let field = |range: std::ops::Range<usize>| digits[range].parse::<u32>().ok();
    let date = NaiveDate::from_ymd_opt(field(0..4)? as i32, field(4..6)?, field(6..8)?)?;
    let time = date.and_hms_opt(field(8..10)?, field(10..12)?, field(12..14)?)?;
    Some(time.and_utc().timestamp_millis())
}

/// The `YYYYMMDDHHMMSS` prefix for a time in ms (UTC), as `drizzle-kit up` and `generate` write it.
pub fn folder_stamp(millis: i64) -> Option<String> {
    let time: DateTime<Utc> = DateTime::from_timestamp_millis(millis)?;
    Some(time.format("%Y%m%d%H%M%S").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folder_time_is_utc_whole_seconds() {
        // v1 transcript: 20261124063106_perpetual_captain_universe was recorded as 1795501866000.
        assert_eq!(folder_millis("20261124063106_perpetual_captain_universe"), Some(1_795_501_866_000));
        assert_eq!(folder_millis("20261124063106"), Some(1_795_501_866_000));
    }

    #[test]
    fn rejects_names_without_a_valid_stamp() {
        assert_eq!(folder_millis("init"), None);
        assert_eq!(folder_millis("2026112406310_x"), None);
        assert_eq!(folder_millis("20261324063106_bad_month"), None);
        assert_eq!(folder_millis("20260230000000_feb_30"), None);
    }

    #[test]
    fn journal_when_becomes_the_folder_prefix_up_writes() {
        // v1/upgrade: when 1795501049975 became 20261124061729_cute_shinobi_shaw.
        assert_eq!(folder_stamp(1_795_501_049_975).as_deref(), Some("20261124061729"));
    }
}
