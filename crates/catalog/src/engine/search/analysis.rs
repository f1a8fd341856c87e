//! How text becomes terms, and which terms a query word matches: one
//! engine, configured by an [`Analysis`].
//!
//! The shop uses [`Analysis::SHOP`] (Norwegian folding, the last word a
//! prefix, every field, one typo). The peer benchmark's canonical rules
//! are [`Analysis::CANONICAL`] (lower case only, every word a prefix,
//! name, label and description, no typos, technical names in byte order),
//! so the same index, lookup and ranking code answers both.

use crate::language::fold::{fold_word_into, fold_word_mapped, spans_by, word_spans};
use std::ops::Range;

/// The rules of text analysis an engine is built with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Analysis {
    /// How a word is normalised, for index and query alike.
    pub normalise: Normalise,
    /// Which query words match as prefixes.
    pub prefix: Prefix,
    /// Which fields of a variable are indexed.
    pub fields: Fields,
    /// True to let long words match with one typo (see
    /// [`crate::search::TYPO_MIN_CHARS`]).
    pub typos: bool,
    /// What [`crate::Sort::Name`] (and the relevance tie-break) orders by.
    pub name_order: NameOrder,
}

/// How words are split and normalised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Normalise {
    /// Runs of letters, digits and combining accents, Norwegian-folded
    /// (see [`crate::fold`]): `Lånekassen` = `laanekassen` = `lanekassen`.
    Fold,
    /// Runs of letters and digits, lower-cased (Unicode) and nothing else,
    /// so diacritics are kept: `la` does not match `lånekasse`.
    Lowercase,
}

/// Which query words match any term they are a prefix of; the others
/// match whole terms only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prefix {
    /// Only the last word, the one still being typed.
    LastWord,
    /// Every word.
    EveryWord,
}

/// Which fields of a variable are searched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fields {
    /// Technical name, label, subjects, unit types, provider name, the
    /// dataset's title, description and keywords, and description (the
    /// tiers of [`crate::search`]).
    All,
    /// Technical name, label and description only.
    NameLabelDescription,
}

/// The order of [`crate::Sort::Name`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameOrder {
    /// Label A–Å in the UI language (the technical name where there is no
    /// label), then id.
    Label,
    /// Technical name in byte order (Rust's `str::cmp`, which for these
    /// names is JavaScript's code-unit order), then id.
    TechnicalName,
}

impl Default for Analysis {
    fn default() -> Analysis {
        Analysis::SHOP
    }
}

impl Analysis {
    /// The shop's rules (documented in [`crate::search`]).
    pub const SHOP: Analysis = Analysis {
        normalise: Normalise::Fold,
        prefix: Prefix::LastWord,
        fields: Fields::All,
        typos: true,
        name_order: NameOrder::Label,
    };

    /// The canonical rules of the peer benchmark (`shared/bench/peers`):
    /// lower case, every word a prefix, name/label/description, no typos,
    /// technical names in byte order.
    pub const CANONICAL: Analysis = Analysis {
        normalise: Normalise::Lowercase,
        prefix: Prefix::EveryWord,
        fields: Fields::NameLabelDescription,
        typos: false,
        name_order: NameOrder::TechnicalName,
    };

    /// Appends every normalised word of `text` to `out`, each followed by
    /// `visit(out)`; `out` is cleared before each word. Words that
    /// normalise to nothing are skipped.
    pub(crate) fn each_word(&self, text: &str, out: &mut String, mut visit: impl FnMut(&str)) {
        let mut one = |word: &str, out: &mut String| {
            out.clear();
            self.normalise_into(word, out);
            if !out.is_empty() {
                visit(out);
            }
        };
        self.spans(text).for_each(|s| one(&text[s], out));
    }

    /// The byte ranges of the words of `text`, as this analysis splits it
    /// (for the index, a query and highlighting alike).
    pub(crate) fn spans<'t>(&self, text: &'t str) -> Box<dyn Iterator<Item = Range<usize>> + 't> {
        match self.normalise {
            Normalise::Fold => Box::new(word_spans(text)),
            Normalise::Lowercase => Box::new(spans_by(text, char::is_alphanumeric)),
        }
    }

    /// Normalises one word and records, for every char of the result, the
    /// byte offset in `word` where the source char(s) that produced it end,
    /// so a match can be mapped back to the text shown.
    pub(crate) fn normalise_mapped(&self, word: &str) -> (String, Vec<usize>) {
        match self.normalise {
            Normalise::Fold => fold_word_mapped(word),
            Normalise::Lowercase => {
                let mut out = String::with_capacity(word.len());
                let mut ends = Vec::with_capacity(word.len());
                for (i, c) in word.char_indices() {
                    for lower in c.to_lowercase() {
                        out.push(lower);
                        ends.push(i + c.len_utf8());
                    }
                }
                (out, ends)
            }
        }
    }

    /// The normalised words of a search text, in order.
    pub fn words(&self, text: &str) -> Vec<String> {
        let mut words = Vec::new();
        self.each_word(text, &mut String::new(), |w| words.push(w.to_string()));
        words
    }

    /// Normalises one word, appending to `out`.
    fn normalise_into(&self, word: &str, out: &mut String) {
        match self.normalise {
            Normalise::Fold => fold_word_into(word, out),
            Normalise::Lowercase => {
                for c in word.chars() {
                    // Most text is ASCII: skip the Unicode tables for it.
                    if c.is_ascii() {
                        out.push(c.to_ascii_lowercase());
                    } else {
                        out.extend(c.to_lowercase());
                    }
                }
            }
        }
    }

    /// True when the query word at `i` of `count` matches as a prefix.
    pub(crate) fn is_prefix(&self, i: usize, count: usize) -> bool {
        match self.prefix {
            Prefix::LastWord => i + 1 == count,
            Prefix::EveryWord => true,
        }
    }

    /// The analysis as one byte, for the prebuilt index form.
    pub(crate) fn to_byte(self) -> u8 {
        u8::from(self.normalise == Normalise::Lowercase)
            | u8::from(self.prefix == Prefix::EveryWord) << 1
            | u8::from(self.fields == Fields::NameLabelDescription) << 2
            | u8::from(self.typos) << 3
            | u8::from(self.name_order == NameOrder::TechnicalName) << 4
    }

    /// The analysis of [`Analysis::to_byte`]; `None` for unknown bits.
    pub(crate) fn from_byte(b: u8) -> Option<Analysis> {
        let on = |bit: u8| b & (1 << bit) != 0;
        (b < 1 << 5).then(|| Analysis {
            normalise: if on(0) {
                Normalise::Lowercase
            } else {
                Normalise::Fold
            },
            prefix: if on(1) {
                Prefix::EveryWord
            } else {
                Prefix::LastWord
            },
            fields: if on(2) {
                Fields::NameLabelDescription
            } else {
                Fields::All
            },
            typos: on(3),
            name_order: if on(4) {
                NameOrder::TechnicalName
            } else {
                NameOrder::Label
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_follow_the_normaliser() {
        let cases = [
            (
                Analysis::SHOP,
                "Lånekassen ÅRSVERK_2024",
                vec!["lanekassen", "arsverk", "2024"],
            ),
            (
                Analysis::CANONICAL,
                "Lånekassen ÅRSVERK_2024",
                vec!["lånekassen", "årsverk", "2024"],
            ),
            (
                Analysis::CANONICAL,
                "HK-dir  poeng",
                vec!["hk", "dir", "poeng"],
            ),
            (Analysis::SHOP, "HK-dir  poeng", vec!["hk", "dir", "pong"]),
            (Analysis::CANONICAL, " -- ", vec![]),
        ];
        for (analysis, text, expected) in cases {
            assert_eq!(analysis.words(text), expected, "{text}");
        }
    }

    #[test]
    fn prefix_rule_is_last_word_or_every_word() {
        let shop: Vec<bool> = (0..3).map(|i| Analysis::SHOP.is_prefix(i, 3)).collect();
        let canonical: Vec<bool> = (0..3)
            .map(|i| Analysis::CANONICAL.is_prefix(i, 3))
            .collect();
        assert_eq!(shop, [false, false, true]);
        assert_eq!(canonical, [true, true, true]);
    }

    #[test]
    fn the_byte_form_round_trips_every_analysis() {
        for b in 0..32u8 {
            let analysis = Analysis::from_byte(b).expect("five known bits");
            assert_eq!(analysis.to_byte(), b);
        }
        assert_eq!(Analysis::from_byte(32), None);
        assert_eq!(
            Analysis::from_byte(Analysis::SHOP.to_byte()),
            Some(Analysis::SHOP)
        );
    }
}
