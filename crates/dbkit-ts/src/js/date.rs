//! `Date` as a host object: a time value in epoch milliseconds (UTC), built from ISO 8601
//! strings, numbers or `Date.UTC(…)`, read with `toISOString()`, `getTime()` and the `getUTC…`
//! methods. Anything that needs a clock (`new Date()`, `Date.now()`) or the local time zone
//! (`new Date(2024, 0, 1)`, `'2024-01-01T10:00'`, `getHours()`) is an error: a pure reader has
//! neither, and guessing would make a migration depend on the machine that wrote it.

use std::any::Any;

use super::value::{HostError, HostObject, Interp, Value};

const MS_PER_DAY: f64 = 86_400_000.0;

/// A JavaScript `Date`; `millis` is NaN for an invalid date.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Date {
    pub millis: f64,
}

impl Date {
    pub(crate) const LOCAL_STRING: &'static str =
        "turning a Date into text uses the local time zone, which dbkit does not assume; use `.toISOString()`";
    pub(crate) const NO_CLOCK: &'static str = "dbkit reads schema files without running Node and has no clock; write the date, e.g. `new Date('2024-01-01T00:00:00Z')`, or use sql`now()`";
    pub(crate) const LOCAL_TIME: &'static str = "a date from parts is in the local time zone, which dbkit does not assume; use `new Date(Date.UTC(2024, 0, 1))` or an ISO string with `Z`";

    /// A date at `millis`, cut to whole milliseconds (NaN beyond JS's ±8.64e15 range).
    pub fn new(millis: f64) -> Self {
        let millis = if millis.is_finite() && millis.abs() <= 8.64e15 { millis.trunc() + 0.0 } else { f64::NAN };
        Date { millis }
    }

    /// `new Date(string)`: ISO 8601 (and PostgreSQL's `YYYY-MM-DD HH:MM:SS±HH`) only. Ok(NaN) for an ISO-shaped string with impossible
    /// parts (JS's Invalid Date); an error for strings JS would read in the local time zone.
    pub fn parse(text: &str) -> Result<f64, String> {
        iso::parse(text.trim())
    }

    /// `Date.UTC(year, monthIndex = 0, day = 1, hours = 0, minutes = 0, seconds = 0, ms = 0)`.
    pub fn utc(parts: &[f64]) -> f64 {
        let part = |i: usize, default: f64| parts.get(i).copied().unwrap_or(default);
        let all = [part(0, f64::NAN), part(1, 0.0), part(2, 1.0), part(3, 0.0), part(4, 0.0), part(5, 0.0), part(6, 0.0)];
        if all.iter().any(|p| !p.is_finite()) {
            return f64::NAN;
        }
        let [year, month, day, hours, minutes, seconds, ms] = all.map(f64::trunc);
        let year = if (0.0..=99.0).contains(&year) { 1900.0 + year } else { year };
        let year = year + (month / 12.0).floor();
        let month = month.rem_euclid(12.0);
        if year.abs() > 400_000.0 {
            return f64::NAN;
        }
        let days = days_from_civil(year as i64, month as i64 + 1, 1) as f64 + day - 1.0;
        Date::new(days * MS_PER_DAY + hours * 3_600_000.0 + minutes * 60_000.0 + seconds * 1000.0 + ms).millis
    }

    /// `toISOString()`; None for an invalid date (where JS throws a RangeError).
    pub fn to_iso_string(&self) -> Option<String> {
        if self.millis.is_nan() {
            return None;
        }
        let [year, month, day, hours, minutes, seconds, ms, _] = self.utc_parts();
        let year = if (0..=9999).contains(&year) {
            format!("{year:04}")
        } else {
            format!("{}{:06}", if year < 0 { '-' } else { '+' }, year.abs())
        };
        Some(format!("{year}-{month:02}-{day:02}T{hours:02}:{minutes:02}:{seconds:02}.{ms:03}Z"))
    }

    /// Year, month (1-12), day, hours, minutes, seconds, milliseconds, weekday (0 = Sunday).
    fn utc_parts(&self) -> [i64; 8] {
        let millis = self.millis as i64;
        let days = millis.div_euclid(MS_PER_DAY as i64);
        let in_day = millis.rem_euclid(MS_PER_DAY as i64);
        let (year, month, day) = civil_from_days(days);
        let weekday = (days + 4).rem_euclid(7);
        [year, month, day, in_day / 3_600_000, in_day / 60_000 % 60, in_day / 1000 % 60, in_day % 1000, weekday]
    }
}

impl HostObject for Date {
    fn type_name(&self) -> &str {
        "a Date"
    }

    fn get(&self, _interp: &mut dyn Interp, key: &str) -> Result<Value, HostError> {
        Err(HostError(format!("a Date has no property `{key}` dbkit can read; use `.toISOString()` or `.getTime()`")))
    }

    fn call_method(&self, _interp: &mut dyn Interp, _this: &Value, name: &str, _args: Vec<Value>) -> Result<Value, HostError> {
        let invalid = || HostError("the date is invalid (`toISOString()` throws on an Invalid Date)".into());
        let number = |n: i64| Ok(Value::Number(if self.millis.is_nan() { f64::NAN } else { n as f64 }));
        let [year, month, day, hours, minutes, seconds, ms, weekday] = if self.millis.is_nan() { [0; 8] } else { self.utc_parts() };
        match name {
            "toISOString" => self.to_iso_string().map(Value::string).ok_or_else(invalid),
            "toJSON" => Ok(self.to_iso_string().map_or(Value::Null, Value::string)),
            "getTime" | "valueOf" => Ok(Value::Number(self.millis)),
            "getUTCFullYear" => number(year),
            "getUTCMonth" => number(month - 1),
            "getUTCDate" => number(day),
            "getUTCDay" => number(weekday),
            "getUTCHours" => number(hours),
            "getUTCMinutes" => number(minutes),
            "getUTCSeconds" => number(seconds),
            "getUTCMilliseconds" => number(ms),
            "toString" | "toDateString" | "toTimeString" | "toLocaleString" | "toLocaleDateString" | "toLocaleTimeString"
            | "getFullYear" | "getMonth" | "getDate" | "getDay" | "getHours" | "getMinutes" | "getSeconds" | "getMilliseconds"
            | "getTimezoneOffset" => Err(HostError(format!(
                "`{name}()` depends on the local time zone, which dbkit does not assume; use `toISOString()` or the `getUTC…()` methods"
            ))),
            _ => Err(HostError(format!("`{name}()` on a Date is not supported by dbkit's schema reader"))),
        }
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = if year >= 0 { year } else { year - 399 } / 400;
    let year_of_era = year - era * 400;
    let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let day_of_era = z - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (year_of_era + era * 400 + i64::from(month <= 2), month, day)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    days_from_civil(year + i64::from(month == 12), month % 12 + 1, 1) - days_from_civil(year, month, 1)
}

/// ECMAScript's date-time string format (ISO 8601 subset), as V8 reads it.
mod iso {
    use super::*;

    const NOT_ISO: &str = "dbkit reads only ISO 8601 date strings, like '2024-01-01', '2024-01-01T12:00:00Z' or '2024-01-01 12:00:00+00' (other formats are read in the local time zone)";

    struct Cursor<'t> {
        rest: &'t str,
    }

    impl Cursor<'_> {
        fn digits(&mut self, count: usize) -> Option<i64> {
            let digits = self.rest.get(..count).filter(|d| d.bytes().all(|b| b.is_ascii_digit()))?;
            self.rest = &self.rest[count..];
            digits.parse().ok()
        }

        fn eat(&mut self, options: &[char]) -> Option<char> {
            let c = self.rest.chars().next().filter(|c| options.contains(c))?;
            self.rest = &self.rest[c.len_utf8()..];
            Some(c)
        }
    }

    pub(super) fn parse(text: &str) -> Result<f64, String> {
        let mut at = Cursor { rest: text };
        let year = match at.eat(&['+', '-']) {
            Some(sign) => {
                let year = at.digits(6).ok_or(NOT_ISO)?;
                if sign == '-' { -year } else { year }
            }
            None => at.digits(4).ok_or(NOT_ISO)?,
        };
        let has_month = at.eat(&['-']).is_some();
        let month = if has_month { at.digits(2).ok_or(NOT_ISO)? } else { 1 };
        let day = if has_month && at.eat(&['-']).is_some() { at.digits(2).ok_or(NOT_ISO)? } else { 1 };
        let mut time = (0, 0, 0, 0.0);
        let mut has_time = false;
        // V8 reads `2024-01-01 12:00:00+00` (a space, an offset of hours only: PostgreSQL's
        // timestamptz text) with its fallback parser, which takes `±HH` as hours; the strict
        // ISO form (with `T`) needs `±HH:MM` and is an Invalid Date with `±HH`.
        let mut space = false;
        if let Some(separator) = at.eat(&['T', 't', ' ']) {
            space = separator == ' ';
            has_time = true;
            let hours = at.digits(2).ok_or(NOT_ISO)?;
            at.eat(&[':']).ok_or(NOT_ISO)?;
            let minutes = at.digits(2).ok_or(NOT_ISO)?;
            let mut seconds = 0;
            let mut fraction = 0.0;
            if at.eat(&[':']).is_some() {
                seconds = at.digits(2).ok_or(NOT_ISO)?;
                if at.eat(&['.', ',']).is_some() {
                    let len = at.rest.bytes().take_while(u8::is_ascii_digit).count();
                    if len == 0 {
                        return Err(NOT_ISO.into());
                    }
                    // Digits past milliseconds are cut, as V8 does.
                    let millis: String = at.rest[..len].chars().chain("00".chars()).take(3).collect();
                    fraction = millis.parse::<f64>().unwrap_or(0.0);
                    at.rest = &at.rest[len..];
                }
            }
            time = (hours, minutes, seconds, fraction);
        }
        let offset_minutes = match at.eat(&['Z', 'z', '+', '-']) {
            Some('Z' | 'z') => Some(0),
            Some(sign) => {
                let hours = at.digits(2).ok_or(NOT_ISO)?;
                let minutes = match (at.eat(&[':']), at.digits(2)) {
                    (_, Some(minutes)) => minutes,
                    (None, None) if space && at.rest.is_empty() => 0,
                    _ => return Err(NOT_ISO.into()),
                };
                let offset = hours * 60 + minutes;
                Some(if sign == '-' { -offset } else { offset })
            }
            None => None,
        };
        if !at.rest.is_empty() {
            return Err(NOT_ISO.into());
        }
        if has_time && offset_minutes.is_none() {
            return Err(format!(
                "'{text}' has a time but no time zone, so JS reads it in the local time zone, which dbkit does not assume; add `Z` (UTC) or an offset like `+02:00`"
            ));
        }
        let (hours, minutes, seconds, ms) = time;
        let valid = (1..=12).contains(&month)
            && (1..=days_in_month(year, month)).contains(&day)
            && (hours < 24 || (hours == 24 && minutes == 0 && seconds == 0 && ms == 0.0))
            && minutes < 60
            && seconds < 60;
        if !valid {
            return Ok(f64::NAN);
        }
        let days = days_from_civil(year, month, day) as f64;
        let millis = days * MS_PER_DAY + (hours * 3_600_000 + minutes * 60_000 + seconds * 1000) as f64 + ms;
        Ok(Date::new(millis - offset_minutes.unwrap_or(0) as f64 * 60_000.0).millis)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(text: &str) -> String {
        Date::new(Date::parse(text).unwrap()).to_iso_string().unwrap_or_else(|| "Invalid Date".into())
    }

    #[test]
    fn iso_strings_round_trip() {
        assert_eq!(iso("2024-01-01"), "2024-01-01T00:00:00.000Z");
        assert_eq!(iso("2024-02"), "2024-02-01T00:00:00.000Z");
        assert_eq!(iso("2024"), "2024-01-01T00:00:00.000Z");
        assert_eq!(iso("2024-03-10T12:34:56.789Z"), "2024-03-10T12:34:56.789Z");
        assert_eq!(iso("2024-03-10T12:34Z"), "2024-03-10T12:34:00.000Z");
        assert_eq!(iso("2024-03-10T12:00:00+02:00"), "2024-03-10T10:00:00.000Z");
        assert_eq!(iso("2024-03-10 12:00:00.5Z"), "2024-03-10T12:00:00.500Z");
        assert_eq!(iso("2020-01-01 00:00:00+00"), "2020-01-01T00:00:00.000Z");
        assert_eq!(iso("2020-01-01 00:00:00-08"), "2020-01-01T08:00:00.000Z");
        assert_eq!(iso("2020-01-01 00:00:00+0530"), "2019-12-31T18:30:00.000Z");
        assert_eq!(iso("2020-01-01 12:30:45.123456+05:30"), "2020-01-01T07:00:45.123Z");
        assert_eq!(iso("2020-01-01T00:00:00+0000"), "2020-01-01T00:00:00.000Z");
        assert_eq!(iso("1969-12-31T23:59:59.999Z"), "1969-12-31T23:59:59.999Z");
        assert_eq!(iso("+010000-01-01T00:00:00Z"), "+010000-01-01T00:00:00.000Z");
        assert_eq!(iso("2023-02-29"), "Invalid Date");
        assert_eq!(iso("2024-02-29"), "2024-02-29T00:00:00.000Z");
        assert_eq!(iso("2024-13-01"), "Invalid Date");
    }

    #[test]
    fn local_and_foreign_formats_are_errors() {
        assert!(Date::parse("2024-01-01T10:00:00").unwrap_err().contains("local time zone"));
        assert!(Date::parse("Jan 1 2024").unwrap_err().contains("ISO 8601"));
        assert!(Date::parse("2020-01-01 00:00:00").unwrap_err().contains("local time zone"));
        // V8: Invalid Date (the strict form needs minutes in the offset); dbkit refuses it.
        assert!(Date::parse("2020-01-01T00:00:00+00").unwrap_err().contains("ISO 8601"));
    }

    #[test]
    fn epoch_and_utc_parts() {
        assert_eq!(Date::new(0.0).to_iso_string().unwrap(), "1970-01-01T00:00:00.000Z");
        assert_eq!(Date::new(1_700_000_000_000.0).to_iso_string().unwrap(), "2023-11-14T22:13:20.000Z");
        assert_eq!(Date::utc(&[2024.0, 0.0, 1.0]), 1_704_067_200_000.0);
        assert_eq!(Date::utc(&[2024.0, 12.0]), Date::utc(&[2025.0, 0.0]));
        assert_eq!(Date::utc(&[99.0]), Date::utc(&[1999.0]));
        assert!(Date::utc(&[f64::NAN]).is_nan());
        assert!(Date::new(f64::INFINITY).to_iso_string().is_none());
        assert_eq!(Date::new(0.0).utc_parts()[7], 4, "1970-01-01 was a Thursday");
    }
}
