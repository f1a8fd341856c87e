//! Characters that are invisible inside a word.
//!
//! A zero-width space, a soft hyphen, a word joiner or a byte order mark
//! may sit inside a word of a provider's text (pasted from a word
//! processor, or put there to allow a line break) or of what someone
//! pastes into the search box. A reader sees one word, so search must too:
//! the analysis treats them as part of the word and folding drops them, so
//! `Låne\u{200B}kassen` finds what `Lånekassen` finds.

/// Zero-width space, soft hyphen, word joiner and zero-width no-break space
/// (byte order mark).
pub const INVISIBLE: [char; 4] = ['\u{200B}', '\u{AD}', '\u{2060}', '\u{FEFF}'];

/// True for a character that is invisible inside a word (see [`INVISIBLE`]).
pub fn is_invisible(c: char) -> bool {
    INVISIBLE.contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::fold::terms;

    #[test]
    fn invisible_characters_inside_a_word_leave_one_word() {
        let cases: [(&str, &[&str]); 8] = [
            ("Låne\u{200B}kassen", &["lanekassen"]),
            ("Låne\u{AD}kassen", &["lanekassen"]),
            ("Låne\u{2060}kassen", &["lanekassen"]),
            ("\u{FEFF}Lånekassen", &["lanekassen"]),
            ("VGO_\u{200B}ELEV", &["vgo", "elev"]),
            ("elev \u{200B} skole", &["elev", "skole"]),
            ("\u{200B}\u{AD}", &[]),
            // Only these four: a visible separator still separates.
            ("Låne-kassen", &["lane", "kassen"]),
        ];
        for (text, expected) in cases {
            assert_eq!(terms(text), expected, "{text:?}");
        }
    }

    #[test]
    fn only_the_four_are_invisible() {
        for c in INVISIBLE {
            assert!(is_invisible(c), "{c:?}");
        }
        for c in [' ', '-', '\u{200C}', '\u{A0}', 'a'] {
            assert!(!is_invisible(c), "{c:?}");
        }
    }
}
