//! Answering the text part of a query from the index.
//!
//! Per query word: find its term ranges in the dictionary (binary search),
//! write its best score per document from their postings, and fold those
//! into the documents' [`Tally`]s. A word that matches few documents is
//! handled sparsely (touching only its documents), a broad one densely
//! (one tight loop over all documents), so the work stays proportional to
//! the postings read plus, at most, one pass over the documents.

use super::dictionary::{posting_doc, posting_tier, Posting};
use super::rank::{Tally, TextHits, NO_MATCH, TYPO_PENALTY};
use super::{typo, SearchIndex, MAX_WORDS};
use crate::engine::bitset::Bitset;
use crate::sorting;
use std::ops::Range;

/// The terms one folded word matches.
struct WordRanges {
    /// Terms matched exactly (as a whole term, or by prefix).
    exact: Range<usize>,
    /// Terms matched only with one typo; sorted, disjoint, outside `exact`.
    typo: Vec<Range<usize>>,
}

impl SearchIndex {
    /// Matches normalised query words (see the module documentation of
    /// [`crate::search`]), with typo tolerance when `typos`; `None` when
    /// there are no words, meaning the text does not filter. Only the first
    /// [`MAX_WORDS`] words count.
    pub(crate) fn search(&self, words: &[String], typos: bool) -> Option<TextHits> {
        let words = &words[..words.len().min(MAX_WORDS)];
        if words.is_empty() {
            return None;
        }
        let n = self.docs;
        // Kept all NO_MATCH between words.
        let mut scores = vec![NO_MATCH; n];
        let mut tallies = vec![0u32; n];
        // Documents matching every word so far.
        let mut matched: Option<Bitset> = None;
        // Rarest word first: once the matches are few, every later word is
        // handled sparsely. Tallies are sums, so the order does not change
        // them.
        let mut lists: Vec<Vec<(&[Posting], u8)>> = words
            .iter()
            .enumerate()
            .map(|(i, word)| {
                let prefix = self.analysis.is_prefix(i, words.len());
                self.postings(&self.word_ranges(word, prefix, typos))
            })
            .collect();
        sorting::sort_by_key(&mut lists, |lists| {
            lists.iter().map(|(list, _)| list.len()).sum::<usize>()
        });
        for lists in lists {
            let mut postings = 0;
            for &(list, penalty) in &lists {
                apply(list, penalty, &mut scores);
                postings += list.len();
            }
            if postings * 8 < n {
                // Few documents: build the word's set from its postings.
                let mut these = Bitset::empty(n);
                lists
                    .iter()
                    .flat_map(|(list, _)| list.iter())
                    .for_each(|&p| these.insert(posting_doc(p)));
                let m = match matched.as_mut() {
                    Some(m) => {
                        m.and_with(&these);
                        m
                    }
                    None => matched.insert(these),
                };
                m.for_each(|d| tallies[d] = Tally::add(tallies[d], scores[d]));
                lists
                    .iter()
                    .flat_map(|(list, _)| list.iter())
                    .for_each(|&p| scores[posting_doc(p)] = NO_MATCH);
                continue;
            }
            match matched.as_mut() {
                Some(m) if m.count() * 8 < n => {
                    m.retain(|d| scores[d] != NO_MATCH);
                    m.for_each(|d| tallies[d] = Tally::add(tallies[d], scores[d]));
                }
                _ => {
                    // Unmatched documents get junk tallies, never read.
                    for (tally, &score) in tallies.iter_mut().zip(&scores) {
                        *tally = Tally::add(*tally, score);
                    }
                    let these = Bitset::from_slice(&scores, |&s| s != NO_MATCH);
                    match matched.as_mut() {
                        Some(m) => m.and_with(&these),
                        None => matched = Some(these),
                    }
                }
            }
            scores.fill(NO_MATCH);
        }
        let key = words.join(" ");
        for &doc in self.names.docs_of(&key) {
            tallies[doc as usize] |= Tally::EXACT_NAME;
        }
        Some(TextHits {
            matched: matched.unwrap_or_else(|| Bitset::empty(n)),
            tallies,
        })
    }

    /// The postings of a word's ranges, each with its score penalty.
    fn postings(&self, ranges: &WordRanges) -> Vec<(&[Posting], u8)> {
        let exact = (self.dictionary.postings(ranges.exact.clone()), 0);
        let typos = ranges
            .typo
            .iter()
            .map(|r| (self.dictionary.postings(r.clone()), TYPO_PENALTY));
        std::iter::once(exact).chain(typos).collect()
    }

    /// The terms a folded word matches: as a prefix when `prefix`, else as
    /// a whole term; plus, when `typos`, the terms one typo away if the
    /// word is eligible.
    fn word_ranges(&self, word: &str, prefix: bool, typos: bool) -> WordRanges {
        let dict = &self.dictionary;
        let exact = if prefix {
            dict.prefix_range_in(dict.all(), word)
        } else {
            dict.find_in(dict.all(), word).map_or(0..0, |i| i..i + 1)
        };
        if !(typos && typo::eligible(word)) {
            return WordRanges {
                exact,
                typo: Vec::new(),
            };
        }
        let chars: Vec<char> = word.chars().collect();
        // within[i]: the terms that start with the word's first i chars. A
        // variant edited at char i lies in within[i], so its look-up
        // searches only there, and an empty within[i] ends the search.
        let mut within = vec![dict.all()];
        let mut at = 0;
        for c in &chars {
            at += c.len_utf8();
            let narrower = dict.prefix_range_in(within[within.len() - 1].clone(), &word[..at]);
            within.push(narrower);
        }
        let mut ranges = Vec::new();
        let reachable = |i: usize| !within[i].is_empty();
        typo::for_each_variant(&chars, dict.alphabet(), prefix, reachable, |variant, i| {
            let range = if prefix {
                dict.prefix_range_in(within[i].clone(), variant)
            } else {
                dict.find_in(within[i].clone(), variant)
                    .map_or(0..0, |t| t..t + 1)
            };
            if !range.is_empty() {
                ranges.push(range);
            }
        });
        let typo = without(merge(ranges), &exact).collect();
        WordRanges { exact, typo }
    }
}

/// Records postings: each document gets the best score seen.
fn apply(postings: &[Posting], penalty: u8, scores: &mut [u8]) {
    for &p in postings {
        let doc = posting_doc(p);
        scores[doc] = scores[doc].min(posting_tier(p) + penalty);
    }
}

/// Sorts ranges and merges the overlapping ones, so overlapping typo
/// variants (common with prefixes) read each posting once.
fn merge(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    sorting::sort_by_key(&mut ranges, |r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

/// The parts of sorted, disjoint `ranges` outside `hole`: the exact matches
/// were already applied with a better score.
fn without(ranges: Vec<Range<usize>>, hole: &Range<usize>) -> impl Iterator<Item = Range<usize>> {
    let hole = hole.clone();
    ranges
        .into_iter()
        .flat_map(move |r| [r.start..r.end.min(hole.start), r.start.max(hole.end)..r.end])
        .filter(|r| !r.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{catalog, provider, unit_type, variable};
    use crate::Text;

    fn index() -> SearchIndex {
        let mut by_subject = variable("ssb", "X1", Text::nb("Annet"), Text::default());
        by_subject.subject_fields = vec![Text::nb("Kommune")];
        let mut by_unit = variable("ssb", "X2", Text::nb("Noe"), Text::default());
        by_unit.unit_types = vec!["KOMMUNE".into()];
        let mut in_dataset = variable("ssb", "D", Text::nb("Sum"), Text::default());
        in_dataset.dataset = Some("ds".into());
        let variables = vec![
            variable("ssb", "KOMMUNE_NR", Text::nb("Nummer"), Text::default()),
            variable("ssb", "A", Text::nb("Kommune"), Text::default()),
            by_subject,
            by_unit,
            variable("ssb", "B", Text::nb("Tall"), Text::nb("Per kommune")),
            variable("ssb", "C", Text::nb("Kommuna"), Text::default()),
            in_dataset,
        ];
        let units = vec![unit_type("KOMMUNE", Text::nb("Kommuneenhet"))];
        let mut catalog = catalog(vec![provider("ssb", "SSB")], units, variables);
        catalog.datasets = vec![crate::Dataset {
            id: "ds".into(),
            provider: "ssb".into(),
            title: Text::nb("Kommune i tall"),
            description: Text::default(),
            keywords: Vec::new(),
        }];
        SearchIndex::build(&catalog, crate::engine::search::Analysis::SHOP)
    }

    /// One word's score in every document.
    fn scores(word: &str, prefix: bool) -> Vec<u8> {
        let index = index();
        let mut scores = vec![NO_MATCH; index.docs];
        for (list, penalty) in index.postings(&index.word_ranges(word, prefix, true)) {
            apply(list, penalty, &mut scores);
        }
        scores
    }

    #[test]
    fn words_score_their_best_field_and_typos_score_below() {
        let x = NO_MATCH;
        // Docs: name part, label, subject, unit type, description, typo,
        // dataset title.
        let cases: [(&str, bool, [u8; 7]); 7] = [
            ("kommune", true, [1, 1, 2, 2, 4, 6, 3]),
            ("kommune", false, [1, 1, 2, 2, 4, 6, 3]),
            ("kommunx", true, [6, 6, 7, 7, 9, 6, 8]),
            ("nr", false, [1, x, x, x, x, x, x]),
            ("komm", true, [1, 1, 2, 2, 4, 1, 3]),
            ("komm", false, [x; 7]),
            ("annet", false, [x, x, 1, x, x, x, x]),
        ];
        for (word, prefix, expected) in cases {
            assert_eq!(scores(word, prefix), expected, "{word} {prefix}");
        }
        assert!(index().search(&[], true).is_none());
    }

    #[test]
    fn the_whole_name_is_tier_zero() {
        let index = index();
        let best_tiers = |words: &[&str]| {
            let words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
            let hits = index.search(&words, true).expect("words");
            let mut best = Vec::new();
            hits.matched
                .for_each(|d| best.push((d, (hits.key(d) >> 16) & 0xff)));
            best
        };
        // KOMMUNE_NR is doc 0: the whole name is tier 0, part of it tier 1.
        assert_eq!(best_tiers(&["kommune", "nr"]), [(0, 0)]);
        assert_eq!(best_tiers(&["kommune"])[..2], [(0, 1), (1, 1)]);
    }

    #[test]
    fn ranges_merge_and_skip_the_exact_hole() {
        let merged = merge(vec![5..8, 0..2, 1..3, 7..9, 10..10]);
        assert_eq!(merged, [0..3, 5..9, 10..10]);
        let rest: Vec<Range<usize>> = without(merged, &(6..7)).collect();
        assert_eq!(rest, [0..3, 5..6, 7..9]);
    }
}
