//! Where a line is in a text area, whose selection counts UTF-16 code
//! units, so activating a problem can put the cursor on its line.

/// The start and end (before the line end) of 1-based `line` of `text`, in
/// UTF-16 code units; line 0 is taken as line 1, and a line past the end
/// gives the end of the text.
pub fn line_span_utf16(text: &str, line: usize) -> (u32, u32) {
    let mut start = 0u32;
    for (i, piece) in text.split('\n').enumerate() {
        let full = piece.encode_utf16().count() as u32;
        if i + 1 == line.max(1) {
            let content = piece.strip_suffix('\r').unwrap_or(piece);
            return (start, start + content.encode_utf16().count() as u32);
        }
        start += full + 1;
    }
    let end = text.encode_utf16().count() as u32;
    (end, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_count_utf16_and_skip_line_ends() {
        let cases: [(&str, usize, (u32, u32)); 7] = [
            ("a: 1\nbb: 2\n", 1, (0, 4)),
            ("a: 1\nbb: 2\n", 2, (5, 10)),
            ("a: 1\r\nbb: 2\r\n", 2, (6, 11)),
            ("æ: 😀\nb: 1", 2, (6, 10)),
            ("a\nb", 0, (0, 1)),
            ("a\nb", 9, (3, 3)),
            ("", 1, (0, 0)),
        ];
        for (text, line, expected) in cases {
            assert_eq!(
                line_span_utf16(text, line),
                expected,
                "{text:?} line {line}"
            );
        }
    }
}
