//! Highlighting: where the search words match in a text shown to the user.
//!
//! The display text is split and normalised by the engine's own
//! [`Analysis`] (the index's rules), and each normalised match is mapped back to the original bytes, so the query
//! `lanekassen` highlights `Lånekassen` and the prefix `la` highlights
//! `Lå`. A typo match highlights the matching prefix of the word for the
//! last query word, the whole word otherwise.

use super::{typo, Analysis};
use std::ops::Range;

/// The default length of a description snippet, in chars.
pub const SNIPPET_CHARS: usize = 160;

/// The ellipsis put where a snippet cuts the text.
const ELLIPSIS: &str = "…";

/// The query's words, prepared for highlighting many texts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Highlighter {
    words: Vec<Word>,
    analysis: Analysis,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Word {
    chars: Vec<char>,
    prefix: bool,
    typo: bool,
}

/// A text with the byte ranges to highlight in it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Highlighted {
    /// The text to show (for a snippet: a cut of the original, with `…`
    /// where it was cut).
    pub text: String,
    /// Ranges of `text` to highlight: ascending, disjoint, on char
    /// boundaries.
    pub ranges: Vec<Range<usize>>,
}

impl Default for Highlighter {
    /// A highlighter that marks nothing.
    fn default() -> Highlighter {
        Highlighter::new("")
    }
}

impl Highlighter {
    /// Prepares the search text of a query with the shop's rules
    /// ([`Analysis::SHOP`]), the same text given to the engine, so the same
    /// words are matched the same way.
    pub fn new(search_text: &str) -> Highlighter {
        Highlighter::with_analysis(search_text, Analysis::SHOP)
    }

    /// Prepares the search text with an engine's own rules of analysis:
    /// the same split into words, the same normalisation, the same prefix
    /// and typo rules, so what is highlighted is what matched (see
    /// [`crate::Engine::highlighter`]).
    pub fn with_analysis(search_text: &str, analysis: Analysis) -> Highlighter {
        let mut normalised = analysis.words(search_text);
        normalised.truncate(super::MAX_WORDS);
        let count = normalised.len();
        let words = normalised
            .into_iter()
            .enumerate()
            .map(|(i, w)| Word {
                typo: analysis.typos && typo::eligible(&w),
                chars: w.chars().collect(),
                prefix: analysis.is_prefix(i, count),
            })
            .collect();
        Highlighter { words, analysis }
    }

    /// True when there is nothing to highlight.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The byte ranges of `text` that match a search word: ascending,
    /// disjoint and on char boundaries, ready to wrap in `<mark>`.
    pub fn ranges(&self, text: &str) -> Vec<Range<usize>> {
        if self.words.is_empty() {
            return Vec::new();
        }
        let mut ranges = Vec::new();
        for span in self.analysis.spans(text) {
            let (folded, ends) = self.analysis.normalise_mapped(&text[span.clone()]);
            let chars: Vec<char> = folded.chars().collect();
            let matched = self.words.iter().filter_map(|w| w.match_len(&chars)).max();
            if let Some(len) = matched.filter(|&len| len > 0) {
                ranges.push(span.start..span.start + ends[len - 1]);
            }
        }
        ranges
    }

    /// A snippet of at most about `max_chars` chars of `text` around the
    /// first match (the start of the text when nothing matches), cut
    /// between words where possible, with `…` at each cut, and its
    /// highlights.
    pub fn snippet(&self, text: &str, max_chars: usize) -> Highlighted {
        let ranges = self.ranges(text);
        let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        if bounds.len() <= max_chars {
            return Highlighted {
                text: text.to_string(),
                ranges,
            };
        }
        // Room for the text itself once both ellipses are in.
        let room = max_chars.saturating_sub(2).max(1);
        let first = ranges
            .first()
            .map_or(0, |r| bounds.partition_point(|&b| b < r.start));
        // A quarter of the room as context before the match.
        let mut start = first.saturating_sub(room / 4).min(bounds.len() - room);
        let mut end = start + room;
        let is_space = |i: usize| text[bounds[i]..].starts_with(char::is_whitespace);
        // Move the cuts to word boundaries, by at most a few chars and
        // never past the match.
        if start > 0 {
            if let Some(gap) = (start..first.min(start + 20)).find(|&i| is_space(i)) {
                start = gap + 1;
            }
        }
        if end < bounds.len() {
            let match_end = ranges
                .first()
                .map_or(0, |r| bounds.partition_point(|&b| b < r.end));
            if let Some(gap) = (match_end.max(end.saturating_sub(20))..end)
                .rev()
                .find(|&i| is_space(i))
            {
                end = gap;
            }
        }
        let (from, to) = (
            bounds[start],
            bounds.get(end).copied().unwrap_or(text.len()),
        );
        let lead = if start > 0 { ELLIPSIS } else { "" };
        let tail = if to < text.len() { ELLIPSIS } else { "" };
        let shift = |b: usize| b - from + lead.len();
        Highlighted {
            text: format!("{lead}{}{tail}", &text[from..to]),
            ranges: ranges
                .into_iter()
                .filter(|r| r.start < to && r.end > from)
                .map(|r| shift(r.start.max(from))..shift(r.end.min(to)))
                .collect(),
        }
    }
}

impl Highlighted {
    /// The text cut at its ranges: unmarked, marked, unmarked, …, unmarked,
    /// so always an odd number of parts (empty ones included) and the odd
    /// positions are the matches. A range that does not fit the text (out
    /// of order, overlapping, empty, past the end or not on a char
    /// boundary) is skipped rather than trusted.
    pub fn parts(&self) -> Vec<&str> {
        let text = self.text.as_str();
        let mut parts = Vec::new();
        let mut at = 0;
        for range in &self.ranges {
            let fits = range.start >= at
                && range.end > range.start
                && text.get(at..range.start).is_some()
                && text.get(range.clone()).is_some();
            if fits {
                parts.push(&text[at..range.start]);
                parts.push(&text[range.clone()]);
                at = range.end;
            }
        }
        parts.push(&text[at..]);
        parts
    }
}

impl Word {
    /// How many folded chars of a word this search word matches, if any.
    fn match_len(&self, term: &[char]) -> Option<usize> {
        if self.prefix {
            if term.starts_with(&self.chars) {
                return Some(self.chars.len());
            }
            return self
                .typo
                .then(|| typo::prefix_within_one(&self.chars, term))
                .flatten();
        }
        let exact = term == self.chars.as_slice();
        (exact || (self.typo && typo::within_one(&self.chars, term))).then_some(term.len())
    }
}

impl Highlighted {
    /// The text cut into its [`segments`](crate::wrap::segments), each with the highlighted ranges
    /// that fall in it, moved to its own offsets (a range across a break is
    /// split in two), so each segment can be shown on its own with a line
    /// break opportunity after it.
    pub fn segments(&self) -> Vec<Highlighted> {
        crate::language::wrap::segments(&self.text)
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
mod tests;
