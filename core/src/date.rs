//! Calendar dates without time zones: parsing, formatting and the "one month" deadline of Art. 12(3) GDPR.

use core::fmt;
use serde::{Deserialize, Serialize};

/// A plain calendar date. Dates in the data and in deadlines never need a time of day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// Stands in for a date that a damaged data file or save did not give (`crate::decode`: the
    /// whole file or save is then refused).
    pub(crate) const UNREAD: Date = Date {
        year: 1970,
        month: 1,
        day: 1,
    };

    /// Builds a date, or `None` if it does not exist in the calendar.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD` (ISO 8601), the only form the data and saved state use.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: core::ops::Range<usize>| -> Option<u32> {
            let part = &s[r];
            if !part.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            part.parse().ok()
        };
        let year = u16::try_from(num(0..4)?).ok()?;
        let month = u8::try_from(num(5..7)?).ok()?;
        let day = u8::try_from(num(8..10)?).ok()?;
        Date::new(year, month, day)
    }

    pub fn year(self) -> u16 {
        self.year
    }
    pub fn month(self) -> u8 {
        self.month
    }
    pub fn day(self) -> u8 {
        self.day
    }

    /// The same day `n` months later; when that day does not exist (31 Jan + 1 month) the last day
    /// of the target month. This is how the "one month" of Art. 12(3) GDPR is usually counted
    /// (Regulation 1182/71 on time limits, Art. 3(2)(c)).
    pub fn add_months(self, n: u32) -> Date {
        let total = u32::from(self.month) - 1 + n;
        let year = self
            .year
            .saturating_add(u16::try_from(total / 12).unwrap_or(u16::MAX));
        let month = u8::try_from(total % 12 + 1).unwrap_or(12);
        let day = self.day.min(days_in_month(year, month));
        Date { year, month, day }
    }

    /// Days since 1970-01-01 (negative before); used for differences between dates.
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after this one (`days` may be negative).
    pub fn add_days(self, days: i64) -> Date {
        let z = self.days_since_epoch() + days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date {
            year: u16::try_from(year.clamp(0, 9999)).unwrap_or(9999),
            month: u8::try_from(month).unwrap_or(1),
            day: u8::try_from(day).unwrap_or(1),
        }
    }

    /// Whole days from `self` until `other` (negative if `other` is earlier).
    pub fn days_until(self, other: Date) -> i64 {
        other.days_since_epoch() - self.days_since_epoch()
    }

    /// `20260523`, the form iCalendar wants for all-day events.
    pub fn compact(self) -> String {
        format!("{:04}{:02}{:02}", self.year, self.month, self.day)
    }
}

/// Today's date in UTC from the system clock (native tools only: the browser gets today's date
/// from JavaScript and passes it in, and the build takes [`check_date`]).
#[cfg(feature = "toml")]
pub fn today_utc() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    from_unix_seconds(secs)
}

#[cfg(feature = "toml")]
fn from_unix_seconds(secs: u64) -> Date {
    let epoch = Date {
        year: 1970,
        month: 1,
        day: 1,
    };
    epoch.add_days(i64::try_from(secs / 86_400).unwrap_or(0))
}

/// The day the data check counts from, as an input: `KIW_TODAY` (`YYYY-MM-DD`), else
/// `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds convention; the Pages build sets it to
/// the commit's time), else the system clock. Only warnings depend on it (`stale`,
/// `date-future`): what the build produces is the same on every day. Returns where it came from
/// too, for the message; an unreadable value is an error, not a silent fallback to the clock.
#[cfg(feature = "toml")]
pub fn check_date(
    kiw_today: Option<&str>,
    source_date_epoch: Option<&str>,
) -> Result<(Date, &'static str), String> {
    if let Some(s) = kiw_today.filter(|s| !s.trim().is_empty()) {
        return Date::parse(s.trim())
            .map(|d| (d, "KIW_TODAY"))
            .ok_or_else(|| format!("KIW_TODAY=`{s}` is not a date in the form YYYY-MM-DD"));
    }
    if let Some(s) = source_date_epoch.filter(|s| !s.trim().is_empty()) {
        return s
            .trim()
            .parse::<u64>()
            .map(|secs| (from_unix_seconds(secs), "SOURCE_DATE_EPOCH"))
            .map_err(|_| format!("SOURCE_DATE_EPOCH=`{s}` is not a number of seconds"));
    }
    Ok((today_utc(), "the system clock"))
}

/// [`check_date`] from the environment.
#[cfg(feature = "toml")]
pub fn check_date_from_env() -> Result<(Date, &'static str), String> {
    let var = |k| std::env::var(k).ok();
    check_date(
        var("KIW_TODAY").as_deref(),
        var("SOURCE_DATE_EPOCH").as_deref(),
    )
}

/// In the data files a date is written `2026-11-23`; TOML tools hand such a date to a JSON Schema
/// validator as that string.
#[cfg(feature = "schema")]
impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A date, written YYYY-MM-DD (e.g. 2026-11-23).",
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        })
    }
}

fn is_leap(year: u16) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl TryFrom<String> for Date {
    type Error = String;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Date::parse(&s).ok_or_else(|| format!("`{s}` is not a date in the form YYYY-MM-DD"))
    }
}

impl From<Date> for String {
    fn from(d: Date) -> String {
        d.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_real_dates() {
        assert_eq!(Date::parse("2025-05-27"), Date::new(2025, 5, 27));
        assert!(Date::parse("2025-02-29").is_none());
        assert!(Date::parse("2024-02-29").is_some());
        assert!(Date::parse("2025-5-27").is_none());
        assert!(Date::parse("2025-13-01").is_none());
        assert!(Date::parse("+025-01-01").is_none());
        assert!(Date::parse("").is_none());
    }

    #[test]
    fn one_month_clamps_to_month_end() {
        let d = |s| Date::parse(s).unwrap();
        assert_eq!(d("2026-01-31").add_months(1), d("2026-02-28"));
        assert_eq!(d("2028-01-31").add_months(1), d("2028-02-29"));
        assert_eq!(d("2026-11-23").add_months(1), d("2026-12-23"));
        assert_eq!(d("2026-12-15").add_months(1), d("2027-01-15"));
        assert_eq!(d("2026-12-15").add_months(3), d("2027-03-15"));
    }

    #[cfg(feature = "toml")]
    #[test]
    fn the_check_date_is_an_input() {
        let d = |s| Date::parse(s).unwrap();
        assert_eq!(
            check_date(Some("2026-12-02"), Some("0")),
            Ok((d("2026-12-02"), "KIW_TODAY"))
        );
        // 2026-12-02T23:59:59Z
        assert_eq!(
            check_date(None, Some("1796255999")),
            Ok((d("2026-12-02"), "SOURCE_DATE_EPOCH"))
        );
        assert_eq!(
            check_date(Some(""), Some("86400")).unwrap().0,
            d("1970-01-02")
        );
        assert!(check_date(Some("02.12.2026"), None).is_err());
        assert!(check_date(None, Some("yesterday")).is_err());
        assert_eq!(check_date(None, None).unwrap().1, "the system clock");
    }

    #[test]
    fn day_arithmetic_round_trips() {
        let d = Date::parse("2025-05-27").unwrap();
        assert_eq!(d.days_since_epoch(), 20_235);
        assert_eq!(d.add_days(5), Date::parse("2025-06-01").unwrap());
        assert_eq!(d.add_days(-27), Date::parse("2025-04-30").unwrap());
        assert_eq!(d.days_until(Date::parse("2026-05-27").unwrap()), 365);
        for n in [-1000_i64, -1, 0, 1, 59, 365, 10_000] {
            assert_eq!(d.days_until(d.add_days(n)), n);
        }
    }
}
