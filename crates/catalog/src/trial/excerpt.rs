//! The lines around a problem, so a provider sees the place without
//! opening the file.

use crate::json::json_object;
use serde::{Deserialize, Serialize};

/// How many lines before and after the problem's line are shown.
pub const NEIGHBOURS: usize = 2;

/// The longest line shown, in characters: a 10 MB one-line JSON file must
/// not be copied into every problem.
const MAX_LINE_CHARS: usize = 200;

/// A problem's line with its neighbours.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Excerpt {
    /// The lines, in order.
    pub lines: Vec<ExcerptLine>,
}

/// One line of an [`Excerpt`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExcerptLine {
    /// 1-based line number.
    pub number: usize,
    /// The text, without the line end, clipped to 200 characters with `…`.
    pub text: String,
    /// Whether this is the problem's own line.
    pub marked: bool,
}

json_object!(lenient Excerpt { "lines" => lines });
json_object!(lenient ExcerptLine { "number" => number, "text" => text, "marked" => marked });

/// The lines `line - NEIGHBOURS ..= line + NEIGHBOURS` of `text` (those
/// that exist), the problem's own marked; empty for line 0 (the whole
/// file) or a line past the end.
pub fn excerpt(text: &str, line: usize) -> Excerpt {
    if line == 0 {
        return Excerpt::default();
    }
    let first = line.saturating_sub(NEIGHBOURS).max(1);
    let lines: Vec<ExcerptLine> = text
        .lines()
        .enumerate()
        .skip(first - 1)
        .take(line + NEIGHBOURS + 1 - first)
        .map(|(i, text)| ExcerptLine {
            number: i + 1,
            text: clip(text),
            marked: i + 1 == line,
        })
        .collect();
    if lines.iter().any(|l| l.marked) {
        Excerpt { lines }
    } else {
        Excerpt::default()
    }
}

fn clip(line: &str) -> String {
    let line = line.strip_suffix('\r').unwrap_or(line);
    match line.char_indices().nth(MAX_LINE_CHARS) {
        Some((at, _)) => format!("{}…", &line[..at]),
        None => line.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(e: &Excerpt) -> Vec<String> {
        e.lines
            .iter()
            .map(|l| {
                format!(
                    "{}{}:{}",
                    if l.marked { ">" } else { " " },
                    l.number,
                    l.text
                )
            })
            .collect()
    }

    #[test]
    fn the_line_comes_with_its_neighbours_marked() {
        let text = "a\nb\nc\nd\ne\nf\r\ng\n";
        let cases: [(usize, &[&str]); 5] = [
            (4, &[" 2:b", " 3:c", ">4:d", " 5:e", " 6:f"]),
            (1, &[">1:a", " 2:b", " 3:c"]),
            (7, &[" 5:e", " 6:f", ">7:g"]),
            (0, &[]),
            (9, &[]),
        ];
        for (line, expected) in cases {
            assert_eq!(shown(&excerpt(text, line)), expected, "line {line}");
        }
    }

    #[test]
    fn a_long_line_is_clipped() {
        let text = format!("{}\n", "x".repeat(250));
        assert_eq!(
            shown(&excerpt(&text, 1)),
            [format!(">1:{}…", "x".repeat(200))]
        );
    }
}
