//! Where a technical name may break across lines.
//!
//! Technical names such as `BRREG_VIRKSOMHET_ANSATTE_STATUS` are one long
//! "word" to the browser, which either widens the page or breaks them at
//! any letter. They are read part by part, so the only good place for a
//! line break is right after an underscore: the page shows a name as the
//! [`segments`] of this rule with a break opportunity (`<wbr>`) between
//! them, and breaks nowhere else.

use crate::Highlighted;
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

impl Highlighted {
    /// The text cut into its [`segments`], each with the highlighted ranges
    /// that fall in it, moved to its own offsets (a range across a break is
    /// split in two), so each segment can be shown on its own with a line
    /// break opportunity after it.
    pub fn segments(&self) -> Vec<Highlighted> {
        segments(&self.text)
            .into_iter()
            .map(|segment| Highlighted {
                text: self.text[segment.clone()].to_string(),
                ranges: self
                    .ranges
                    .iter()
                    .filter_map(|r| {
                        let start = r.start.max(segment.start);
                        let end = r.end.min(segment.end);
                        (start < end).then(|| start - segment.start..end - segment.start)
                    })
                    .collect(),
            })
            .collect()
    }
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

    #[test]
    fn highlights_are_split_and_moved_into_their_segments() {
        let marked = Highlighted {
            text: "VGO_ELEV_ÅR".into(),
            // "GO_E" spans a break; "ÅR" is two bytes plus one.
            ranges: vec![1..5, 9..12],
        };
        let got: Vec<(String, Vec<(usize, usize)>)> = marked
            .segments()
            .into_iter()
            .map(|h| (h.text, h.ranges.iter().map(|r| (r.start, r.end)).collect()))
            .collect();
        let expected: [(&str, &[(usize, usize)]); 3] =
            [("VGO_", &[(1, 4)]), ("ELEV_", &[(0, 1)]), ("ÅR", &[(0, 3)])];
        assert_eq!(got.len(), expected.len());
        for ((text, ranges), (want_text, want_ranges)) in got.iter().zip(expected) {
            assert_eq!((text.as_str(), ranges.as_slice()), (want_text, want_ranges));
        }
    }
}
