//! Where a technical name may break across lines.
//!
//! Technical names such as `BRREG_VIRKSOMHET_ANSATTE_STATUS` are one long
//! "word" to the browser, which either widens the page or breaks them at
//! any letter. They are read part by part, so the only good place for a
//! line break is right after an underscore: the page shows a name as the
//! [`segments`] of this rule with a break opportunity (`<wbr>`) between
//! them, and breaks nowhere else. `Highlighted::segments` cuts marked
//! search results the same way.

use std::ops::Range;

/// The character a technical name may break after.
pub const BREAK_AFTER: char = '_';

/// The byte ranges of `name`'s segments: each ends just after an
/// underscore, the last one at the end. Never empty: an empty name is one
/// empty segment.
pub fn segments(name: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut start = 0;
    for (i, c) in name.char_indices() {
        let end = i + c.len_utf8();
        if c == BREAK_AFTER && end < name.len() {
            ranges.push(start..end);
            start = end;
        }
    }
    ranges.push(start..name.len());
    ranges
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_break_after_each_underscore_only() {
        let cases: [(&str, &[&str]); 7] = [
            (
                "BRREG_VIRKSOMHET_ANSATTE_STATUS",
                &["BRREG_", "VIRKSOMHET_", "ANSATTE_", "STATUS"],
            ),
            ("VGO_ELEV", &["VGO_", "ELEV"]),
            ("FØDSELSNUMMER", &["FØDSELSNUMMER"]),
            ("A__B", &["A_", "_", "B"]),
            ("TRAILING_", &["TRAILING_"]),
            ("_LEADING", &["_", "LEADING"]),
            ("", &[""]),
        ];
        for (name, expected) in cases {
            let got: Vec<&str> = segments(name).into_iter().map(|r| &name[r]).collect();
            assert_eq!(got, expected, "{name}");
        }
    }
}
