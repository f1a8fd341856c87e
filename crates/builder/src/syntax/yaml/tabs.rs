//! Tabs in indentation, the most common YAML mistake of people who write
//! it by hand: yaml-rust2 reports it in parser terms, often at the line
//! before the tab. This finds the tab itself and says what to do.

use super::YamlError;
use crate::syntax::tree::Pos;

/// The message for a tab in indentation.
pub const TAB_MESSAGE: &str = "YAML does not allow tabs for indentation; use spaces";

/// The first tab in the indentation of a line with content, at or before
/// the line after `line` (where yaml-rust2 stopped), as an error at the
/// tab's own line and column; `None` when there is none, so the parser's
/// own error stands. Only called for text the parser refused, so a tab
/// that YAML allows (inside a block scalar, say) is never reported.
pub fn tab_in_indentation(text: &str, line: usize) -> Option<YamlError> {
    text.lines()
        .take(line.saturating_add(1))
        .enumerate()
        .find_map(|(i, content)| {
            let indentation = content.len() - content.trim_start_matches([' ', '\t']).len();
            let rest = &content[indentation..];
            if rest.is_empty() || rest.starts_with('#') {
                return None;
            }
            let tab = content[..indentation].find('\t')?;
            Some(YamlError {
                pos: Pos {
                    line: i + 1,
                    // Indentation is ASCII: bytes are characters.
                    column: tab + 1,
                },
                message: TAB_MESSAGE.to_owned(),
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_tab_itself_on_lines_with_content() {
        let cases = [
            ("a:\n\tb: 1\n", 1, Some((2, 1))),
            ("a:\n  b:\n  \t- x\n", 3, Some((3, 3))),
            ("a:\n\t\n\t# note\n\tb: 1\n", 4, Some((4, 1))),
            ("a: 1\nb: 2\n\tc: 3\n", 1, None),
            ("a:\tb\n", 1, None),
            ("a: 1\n", 1, None),
        ];
        for (text, line, expected) in cases {
            let found = tab_in_indentation(text, line);
            assert_eq!(
                found.as_ref().map(|e| (e.pos.line, e.pos.column)),
                expected,
                "{text:?}"
            );
            if let Some(error) = found {
                assert_eq!(error.message, TAB_MESSAGE);
            }
        }
    }
}
