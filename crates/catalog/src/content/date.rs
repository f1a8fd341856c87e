//! Dates of the content (`YYYY-MM-DD`) in words, as people read them.

use crate::Lang;

const MONTHS_NB: [&str; 12] = [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
];

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `2024-12-13` as `13. desember 2024` (Norwegian) or `13 December 2024`
/// (English). Anything that is not such a date is returned as it is, so a
/// bad date still shows what the content says instead of nothing.
pub fn date_label(iso: &str, lang: Lang) -> String {
    let Some((year, month, day)) = parse(iso) else {
        return iso.to_string();
    };
    match lang {
        Lang::En => format!("{day} {} {year}", MONTHS_EN[month - 1]),
        // Nynorsk's month names are Bokmål's.
        Lang::Nb | Lang::Nn => format!("{day}. {} {year}", MONTHS_NB[month - 1]),
    }
}

/// Year, month (1–12) and day (1–31) of a `YYYY-MM-DD` date.
fn parse(iso: &str) -> Option<(u32, usize, u32)> {
    let mut parts = iso.trim().split('-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if parts.next().is_some() || !digits(year, 4) || !digits(month, 2) || !digits(day, 2) {
        return None;
    }
    let (year, month, day) = (year.parse().ok()?, month.parse().ok()?, day.parse().ok()?);
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some((year, month, day))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_words() {
        let cases = [
            ("2024-12-13", Lang::Nb, "13. desember 2024"),
            ("2024-12-13", Lang::En, "13 December 2024"),
            ("2025-01-04", Lang::Nb, "4. januar 2025"),
            ("2025-11-18", Lang::En, "18 November 2025"),
            (" 2025-05-31 ", Lang::Nb, "31. mai 2025"),
            ("2025-13-01", Lang::Nb, "2025-13-01"),
            ("2025-00-10", Lang::En, "2025-00-10"),
            ("2025-02-32", Lang::Nb, "2025-02-32"),
            ("25-02-01", Lang::Nb, "25-02-01"),
            ("2025-2-1", Lang::Nb, "2025-2-1"),
            ("2025-02-01-07", Lang::En, "2025-02-01-07"),
            ("i fjor", Lang::Nb, "i fjor"),
            ("", Lang::En, ""),
        ];
        for (iso, lang, label) in cases {
            assert_eq!(date_label(iso, lang), label, "{iso} {lang:?}");
        }
    }

    #[test]
    fn nynorsk_reads_the_norwegian_months() {
        assert_eq!(date_label("2024-12-13", Lang::Nn), "13. desember 2024");
        assert_eq!(date_label("2025-05-31", Lang::Nn), "31. mai 2025");
    }
}
