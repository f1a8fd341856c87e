//! Calendar dates as the metadata writes them, `YYYY-MM-DD`.

use std::fmt;

/// A real calendar date. Ordered by time, printed as `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// Parses exactly `YYYY-MM-DD`, accepting only dates that exist
    /// (so `2023-02-29` is refused, `2024-02-29` accepted).
    pub fn parse(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let year = digits(&b[0..4])?;
        let month = digits(&b[5..7])?;
        let day = digits(&b[8..10])?;
        if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date {
            year: year as u16,
            month: month as u8,
            day: day as u8,
        })
    }

    /// The date `days` days after 1970-01-01 (before it, when negative), as
    /// RAIRD metadata writes dates; `None` outside the years 0–9999.
    pub fn from_days(days: i64) -> Option<Date> {
        // Howard Hinnant's civil-from-days algorithm, in 400-year eras.
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        (0..=9999).contains(&year).then_some(Date {
            year: year as u16,
            month: month as u8,
            day: day as u8,
        })
    }

    /// Parses a date, or a date and time as in `2025-05-20T10:15:00Z` (or
    /// with a space, fractions of a second and any UTC offset), keeping only
    /// the date: the catalog shows days.
    pub fn parse_date_or_datetime(text: &str) -> Option<Date> {
        let text = text.trim();
        let (date, time) = match text.get(..10) {
            Some(date) => (date, &text[10..]),
            None => return None,
        };
        let date = Date::parse(date)?;
        if time.is_empty() {
            return Some(date);
        }
        let time = time.strip_prefix(['T', 't', ' '])?;
        is_time(time).then_some(date)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.year > 9999 || self.month > 99 || self.day > 99 {
            return write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day);
        }
        // Digit by digit: a catalog of 100,000 variables writes millions
        // of dates, and padded integer formatting showed in profiles.
        let digit = |n: u16, unit: u16| b'0' + u8::try_from(n / unit % 10).unwrap_or(0);
        let (y, m, d) = (self.year, u16::from(self.month), u16::from(self.day));
        let bytes = [
            digit(y, 1000),
            digit(y, 100),
            digit(y, 10),
            digit(y, 1),
            b'-',
            digit(m, 10),
            digit(m, 1),
            b'-',
            digit(d, 10),
            digit(d, 1),
        ];
        f.write_str(std::str::from_utf8(&bytes).map_err(|_| fmt::Error)?)
    }
}

/// The value of ASCII digits, or `None` if any byte is not a digit.
fn digits(bytes: &[u8]) -> Option<u32> {
    bytes.iter().try_fold(0u32, |n, &b| {
        b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
    })
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 31,
    }
}

/// True for `HH:MM`, optionally with `:SS`, a fraction and an offset
/// (`Z` or `±HH:MM`).
fn is_time(text: &str) -> bool {
    let b = text.as_bytes();
    let two = |i: usize, max: u32| b.get(i..i + 2).and_then(digits).is_some_and(|n| n <= max);
    if !(two(0, 23) && b.get(2) == Some(&b':') && two(3, 59)) {
        return false;
    }
    let mut i = 5;
    if b.get(i) == Some(&b':') {
        if !two(i + 1, 60) {
            return false;
        }
        i += 3;
        if b.get(i) == Some(&b'.') {
            i += 1;
            let start = i;
            while b.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            if i == start {
                return false;
            }
        }
    }
    match &b[i..] {
        [] | [b'Z' | b'z'] => true,
        [b'+' | b'-', rest @ ..] => {
            let rest = std::str::from_utf8(rest).unwrap_or("");
            is_offset(rest)
        }
        _ => false,
    }
}

/// True for `HH:MM`, `HHMM` or `HH` as the hours and minutes of a UTC
/// offset.
fn is_offset(text: &str) -> bool {
    let b = text.as_bytes();
    match b.len() {
        2 => digits(b).is_some(),
        4 => digits(b).is_some(),
        5 => b[2] == b':' && digits(&b[..2]).is_some() && digits(&b[3..]).is_some(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_accepts_only_real_dates_in_the_iso_form() {
        let cases = [
            ("2024-02-29", Some("2024-02-29")),
            ("2023-02-29", None),
            ("1900-02-29", None),
            ("2000-02-29", Some("2000-02-29")),
            ("2020-04-31", None),
            ("2020-13-01", None),
            ("2020-00-10", None),
            ("2020-01-00", None),
            ("2020-1-01", None),
            ("01.08.2020", None),
            ("2020-01-01T00:00:00", None),
            ("２０２０-01-01", None),
        ];
        for (text, expected) in cases {
            let got = Date::parse(text).map(|d| d.to_string());
            assert_eq!(got.as_deref(), expected, "{text}");
        }
    }

    #[test]
    fn datetimes_keep_their_date() {
        let cases = [
            ("2025-05-20", Some("2025-05-20")),
            ("2025-05-20T10:15:00Z", Some("2025-05-20")),
            ("2025-05-20 10:15", Some("2025-05-20")),
            ("2025-05-20T10:15:00.123+02:00", Some("2025-05-20")),
            ("2025-05-20T10:15:00-0500", Some("2025-05-20")),
            ("2025-05-20T25:00", None),
            ("2025-05-20T10", None),
            ("2025-05-20X", None),
            ("2025-05-2", None),
            ("2025-02-30T10:00", None),
            ("æøå", None),
        ];
        for (text, expected) in cases {
            let got = Date::parse_date_or_datetime(text).map(|d| d.to_string());
            assert_eq!(got.as_deref(), expected, "{text}");
        }
    }

    #[test]
    fn days_since_1970_become_dates() {
        let cases = [
            (0, Some("1970-01-01")),
            (-1, Some("1969-12-31")),
            (8004, Some("1991-12-01")),
            (18230, Some("2019-11-30")),
            (19782, Some("2024-02-29")),
            (-719_528, Some("0000-01-01")),
            (2_932_896, Some("9999-12-31")),
            (2_932_897, None),
            (i64::MAX, None),
        ];
        for (days, expected) in cases {
            let got = Date::from_days(days).map(|d| d.to_string());
            assert_eq!(got.as_deref(), expected, "{days}");
        }
    }

    #[test]
    fn dates_order_by_time() {
        let a = Date::parse("2019-12-31");
        let b = Date::parse("2020-01-01");
        assert!(a.is_some() && a < b);
    }
}
