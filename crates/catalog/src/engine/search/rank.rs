//! How well a document matches the search text: one number per document,
//! smaller is better.

use super::MAX_WORDS;
use crate::engine::bitset::Bitset;

/// Field tiers, best first. Tier 0 is not a field but the whole query
/// equal to a variable's technical name.
pub(crate) mod tier {
    /// The search text is the technical name (all of it, word for word).
    pub(crate) const EXACT_NAME: u8 = 0;
    /// Label, and the words of the technical name.
    pub(crate) const LABEL: u8 = 1;
    /// Subject fields, unit types (id and label), provider name.
    pub(crate) const CONTEXT: u8 = 2;
    /// The variable's dataset: its title, description and keywords.
    pub(crate) const DATASET: u8 = 3;
    /// Description.
    pub(crate) const DESCRIPTION: u8 = 4;
}

/// Added to a word's tier when it matched only with a typo, so a typo
/// match scores 6..=9, below every exact match (1..=4).
pub(crate) const TYPO_PENALTY: u8 = 5;

/// A word's score where it does not match.
pub(crate) const NO_MATCH: u8 = u8::MAX;

/// The result of the text part of a query.
pub(crate) struct TextHits {
    /// Documents that match every word.
    pub(crate) matched: Bitset,
    /// Per document, its [`Tally`] over all words; meaningful for matched
    /// documents only.
    pub(crate) tallies: Vec<u32>,
}

/// How many values the best tier of a key takes (tiers `0..=4`).
const BEST_TIERS: usize = tier::DESCRIPTION as usize + 1;

/// How many values the sum of the words' tiers takes (`0..=MAX_WORDS * 4`).
const SUMS: usize = MAX_WORDS * tier::DESCRIPTION as usize + 1;

/// The number of distinct [`TextHits::bucket`]s.
pub(crate) const BUCKETS: usize = (MAX_WORDS + 1) * BEST_TIERS * SUMS;

impl TextHits {
    /// The relevance key of a matching document; smaller ranks higher.
    ///
    /// Compared in order: how many words matched only with a typo (fewer
    /// first); the best tier any word reached (tier 0 for an exact
    /// technical name); the sum of the words' tiers, so a document where
    /// every word is in the label beats one where only one is. Ties are
    /// broken by the caller (label A–Å, then id). Packed as
    /// `typos << 24 | best << 16 | sum`.
    #[inline(always)]
    pub(crate) fn key(&self, doc: usize) -> u32 {
        Tally::key(self.tallies[doc])
    }

    /// The key as a dense number below [`BUCKETS`], in the same order, so
    /// the engine can count documents per key in a small array.
    #[inline(always)]
    pub(crate) fn bucket(&self, doc: usize) -> usize {
        let key = self.key(doc) as usize;
        ((key >> 24) * BEST_TIERS + ((key >> 16) & 0xff)) * SUMS + (key & 0xff)
    }
}

/// A document's running tally over the query words, packed in a `u32` so
/// that adding a word's score is one add and one OR, with no branch:
///
/// | bits | field |
/// |---|---|
/// | 0..8 | sum of the words' tiers |
/// | 8..16 | how many words matched only with a typo |
/// | 16..21 | the set of tiers seen (a bit per tier) |
/// | 21 | the whole query is the technical name |
///
/// With at most [`MAX_WORDS`] words no field overflows into the next
/// (sum ≤ 128).
pub(crate) struct Tally;

impl Tally {
    const TYPO: u32 = 1 << 8;
    const SEEN: u32 = 16;
    /// Set on documents whose technical name is the whole query.
    pub(crate) const EXACT_NAME: u32 = 1 << 21;

    /// Adds one matching word's score.
    #[inline(always)]
    pub(crate) fn add(tally: u32, score: u8) -> u32 {
        let tier = u32::from(score % TYPO_PENALTY);
        let typo = if score >= TYPO_PENALTY {
            Tally::TYPO
        } else {
            0
        };
        (tally + tier + typo) | (1 << (Tally::SEEN + tier))
    }

    /// The relevance key (see [`TextHits::key`]).
    #[inline(always)]
    pub(crate) fn key(tally: u32) -> u32 {
        let best = if tally & Tally::EXACT_NAME != 0 {
            u32::from(tier::EXACT_NAME)
        } else {
            ((tally >> Tally::SEEN) & 0x1f)
                .trailing_zeros()
                .min(u32::from(tier::DESCRIPTION))
        };
        (((tally >> 8) & 0xff) << 24) | (best << 16) | (tally & 0xff)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(scores: &[u8], exact_name: bool) -> u32 {
        let tally = scores.iter().fold(0, |t, &s| Tally::add(t, s));
        Tally::key(if exact_name {
            tally | Tally::EXACT_NAME
        } else {
            tally
        })
    }

    #[test]
    fn keys_rank_typos_then_best_tier_then_sum() {
        // (scores per word, exact name), best first.
        let ranked: [(&[u8], bool); 9] = [
            (&[1, 1], true),
            (&[1, 1], false),
            (&[1, 3], false),
            (&[1, 4], false),
            (&[2, 2], false),
            (&[3, 3], false),
            (&[4, 4], false),
            (&[1, 6], false),
            (&[6, 6], false),
        ];
        let keys: Vec<u32> = ranked
            .iter()
            .map(|(scores, exact)| key(scores, *exact))
            .collect();
        for pair in keys.windows(2) {
            assert!(pair[0] < pair[1], "{keys:?}");
        }
        assert_eq!(key(&[1, 6], false), (1 << 24) | (1 << 16) | 2);
    }

    #[test]
    fn buckets_keep_the_order_of_keys() {
        let tallies: Vec<u32> = [
            &[1u8, 1][..],
            &[1, 3],
            &[2, 2],
            &[3; 32],
            &[4; 32],
            &[6; 32],
            &[9; 32],
        ]
        .iter()
        .map(|scores| scores.iter().fold(0, |t, &s| Tally::add(t, s)))
        .collect();
        let hits = TextHits {
            matched: Bitset::full(tallies.len()),
            tallies,
        };
        for d in 1..hits.tallies.len() {
            assert!(hits.key(d - 1) < hits.key(d) && hits.bucket(d - 1) < hits.bucket(d));
            assert!(hits.bucket(d) < BUCKETS);
        }
        assert_eq!(hits.key(3), (3 << 16) | 96);
        assert_eq!(hits.key(4), (4 << 16) | 128);
        assert_eq!(hits.bucket(hits.tallies.len() - 1), BUCKETS - 1);
    }
}
