//! Breaking a text into lines for a picture, where the browser cannot
//! wrap it (SVG text does not wrap).

/// Breaks `text` at spaces into lines of at most `max_chars` characters.
/// A word longer than that gets a line of its own rather than being cut,
/// so no letter is lost. Runs of spaces count as one.
pub fn wrap_words(text: &str, max_chars: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut len = 0;
    for word in text.split_whitespace() {
        let word_len = word.chars().count();
        if len > 0 && len + 1 + word_len > max_chars {
            lines.push(std::mem::take(&mut line));
            len = 0;
        }
        if len > 0 {
            line.push(' ');
            len += 1;
        }
        line.push_str(word);
        len += word_len;
    }
    if len > 0 {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_spaces() {
        let cases: [(&str, usize, &[&str]); 8] = [
            ("", 10, &[]),
            ("   ", 10, &[]),
            ("Analyserom", 10, &["Analyserom"]),
            (
                "Data for og fra tjenesteproduksjon",
                16,
                &["Data for og fra", "tjenesteproduksjon"],
            ),
            (
                "Data tilrettelagt for analyse (dataprodukter)",
                26,
                &["Data tilrettelagt for", "analyse (dataprodukter)"],
            ),
            ("a  b   c", 3, &["a b", "c"]),
            (
                "Kunnskapssektorens datafellesskap",
                8,
                &["Kunnskapssektorens", "datafellesskap"],
            ),
            (
                "Tilgangskontroll og dataflyt",
                40,
                &["Tilgangskontroll og dataflyt"],
            ),
        ];
        for (text, max, lines) in cases {
            assert_eq!(wrap_words(text, max), lines, "{text:?} at {max}");
        }
    }

    #[test]
    fn counts_characters_not_bytes() {
        // «ø» and «å» are two bytes each; the line still fits.
        assert_eq!(
            wrap_words("Analyseverktøy på én", 20),
            ["Analyseverktøy på én"]
        );
    }
}
