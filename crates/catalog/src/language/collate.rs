//! Norwegian alphabetical order (A–Å), for sorting labels and names.
//!
//! The rules:
//! - case is ignored, so `abc` and `ABC` sort together;
//! - the alphabet is `a`–`z`, then `æ`, `ø`, `å`; `ä` sorts as `æ` and `ö`
//!   as `ø`, as Norwegian dictionaries do;
//! - other accented Latin letters sort as their base letter (`é` as `e`);
//! - spaces and punctuation sort before digits, digits before letters, and
//!   other scripts after the Latin alphabet, by code point;
//! - strings equal under these rules are ordered by their bytes, so the
//!   order is total and deterministic.
//!
//! `aa` is not treated as `å` (as in the place name Aasen): labels are not
//! names, and the digraph is rare in current spelling.

use crate::language::fold::base_letter;
use crate::Lang;
use std::cmp::Ordering;

/// The UI languages, in the order of per-language tables.
pub(crate) const LANGS: [Lang; 3] = Lang::ALL;

/// The position of `lang` in [`LANGS`]: sort orders depend on the language
/// of the labels, so they are kept once per language.
pub(crate) fn lang_slot(lang: Lang) -> usize {
    match lang {
        Lang::Nb => 0,
        Lang::Nn => 1,
        Lang::En => 2,
    }
}

/// Compares two strings in Norwegian alphabetical order.
pub fn compare(a: &str, b: &str) -> Ordering {
    weights(a).cmp(weights(b)).then_with(|| a.cmp(b))
}

/// The collation key of a string: comparing keys (as bytes) compares the
/// strings like [`compare`] does, except for its final byte-wise
/// tie-break. Sorting many strings is much faster with keys computed once,
/// and bytes compare with one `memcmp`.
///
/// Each weight becomes one byte, except weights of other scripts, which
/// become `0xF0` and three bytes of code point; as no one-byte weight is
/// `0xF0` or more, the encoding keeps the order of the weights.
pub fn key(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for w in weights(s) {
        match w {
            PUNCTUATION => out.push(0x01),
            w if w < LETTERS => out.push(0x02 + (w - DIGITS) as u8),
            w if w < OTHER => out.push(0x10 + (w - LETTERS) as u8),
            w => {
                let [_, a, b, c] = (w - OTHER).to_be_bytes();
                out.extend([0xf0, a, b, c]);
            }
        }
    }
    out
}

/// The primary weights of a string, one per char (accents carry none).
fn weights(s: &str) -> impl Iterator<Item = u32> + '_ {
    s.chars().flat_map(char::to_lowercase).filter_map(weight)
}

const PUNCTUATION: u32 = 1;
const DIGITS: u32 = 0x10;
const LETTERS: u32 = 0x100;
const OTHER: u32 = 0x1000;

fn weight(c: char) -> Option<u32> {
    let letter = |l: char| LETTERS + (l as u32 - 'a' as u32);
    Some(match c {
        'a'..='z' => letter(c),
        'æ' | 'ä' => LETTERS + 26,
        'ø' | 'ö' => LETTERS + 27,
        'å' => LETTERS + 28,
        '0'..='9' => DIGITS + (c as u32 - '0' as u32),
        '\u{300}'..='\u{36f}' => return None,
        c if !c.is_alphanumeric() => PUNCTUATION,
        c => match base_letter(c) {
            Some(base) => letter(base),
            None => OTHER + c as u32,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_in_norwegian_order() {
        let expected = [
            "  Tom",
            "2020",
            "Aal",
            "ABC",
            "Abc",
            "abc",
            "Émile",
            "Kommune",
            "kommune nr",
            "Kommunenr",
            "Zebra",
            "Ære",
            "Ærlig",
            "Ørn",
            "Østfold",
            "Åpen",
            "Ås",
            "Δ",
        ];
        let mut shuffled: Vec<&str> = expected.iter().rev().copied().collect();
        shuffled.rotate_left(7);
        crate::sorting::sort_by(&mut shuffled, |a, b| compare(a, b));
        assert_eq!(shuffled, expected);
    }

    #[test]
    fn compares_pairwise() {
        let cases = [
            ("z", "æ", Ordering::Less),
            ("æ", "ø", Ordering::Less),
            ("ø", "å", Ordering::Less),
            ("ä", "ø", Ordering::Less),
            ("ö", "å", Ordering::Less),
            ("Åpen", "begrenset", Ordering::Greater),
            ("élan", "elan", Ordering::Greater),
            ("elan", "emne", Ordering::Less),
            ("abc", "ABC", Ordering::Greater),
            ("same", "same", Ordering::Equal),
        ];
        for (a, b, expected) in cases {
            assert_eq!(compare(a, b), expected, "{a} vs {b}");
            assert_eq!(key(a).cmp(&key(b)).then_with(|| a.cmp(b)), expected);
        }
    }
}
