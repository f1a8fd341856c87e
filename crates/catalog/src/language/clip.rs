//! Keeping metadata text to a length a page can lay out.
//!
//! A provider's text can be arbitrarily long, and browsers lay out a long
//! unbroken run of letters in time that grows much faster than its length
//! (a 100 KB description froze Chromium for a minute). Real descriptions
//! are a few hundred characters; the shop shows at most
//! [`MAX_SHOWN_CHARS`] of any text and says when it cut.

/// The most characters of one metadata text the shop shows.
pub const MAX_SHOWN_CHARS: usize = 5_000;

/// `text` cut to at most `max_chars` characters (on a character
/// boundary), and whether anything was cut.
pub fn clip(text: &str, max_chars: usize) -> (&str, bool) {
    match text.char_indices().nth(max_chars) {
        Some((end, _)) => (&text[..end], true),
        None => (text, false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clips_on_character_boundaries() {
        let cases = [
            ("", 3, "", false),
            ("abc", 3, "abc", false),
            ("abcd", 3, "abc", true),
            ("øæå€", 2, "øæ", true),
            ("e\u{301}x", 1, "e", true),
            ("abc", 0, "", true),
        ];
        for (text, max, shown, cut) in cases {
            assert_eq!(clip(text, max), (shown, cut), "{text:?} to {max}");
        }
    }
}
