//! The term dictionary: every folded term once, sorted, with its postings.
//!
//! Terms are stored back to back in one string and postings in one array
//! (compressed sparse rows), so the index is a handful of allocations
//! however large the catalog. Because terms are sorted, the terms with a
//! given prefix are one contiguous range found by binary search, and the
//! postings of that range are one contiguous slice.

use crate::engine::codec::{ensure, BytesError, Reader, Writer};
use crate::sorting;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

/// One posting: a document number and the best field tier the term occurs
/// in there, packed as `doc << 2 | (tier - 1)` so a posting is four bytes
/// and postings sort by document. Fields have tiers 1 to 4 (tier 0 is the
/// whole query equal to a technical name, never a posting), so the tier
/// fits two bits.
pub(crate) type Posting = u32;

/// The document of a posting.
#[inline(always)]
pub(crate) fn posting_doc(p: Posting) -> usize {
    (p >> 2) as usize
}

/// The field tier of a posting, `1..=4`.
#[inline(always)]
pub(crate) fn posting_tier(p: Posting) -> u8 {
    (p & 3) as u8 + 1
}

/// The sorted terms and their postings.
#[derive(Clone, Debug, Default)]
pub(crate) struct Dictionary {
    /// All terms, concatenated in sorted order.
    text: String,
    /// Term `i` is `text[starts[i]..starts[i + 1]]`.
    starts: Vec<u32>,
    /// Term `i`'s postings are `postings[post_starts[i]..post_starts[i + 1]]`.
    post_starts: Vec<u32>,
    /// Every posting, grouped by term, each group ascending by document.
    postings: Vec<Posting>,
    /// Every char that occurs in a term, sorted: the letters a typo can
    /// substitute or insert.
    alphabet: Vec<char>,
}

impl Dictionary {
    /// How many distinct terms there are.
    pub(crate) fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// Term number `i`.
    pub(crate) fn term(&self, i: usize) -> &str {
        &self.text[self.starts[i] as usize..self.starts[i + 1] as usize]
    }

    /// All term numbers.
    pub(crate) fn all(&self) -> Range<usize> {
        0..self.len()
    }

    /// The number of the term equal to `term`, if any, searching only
    /// `within` (a range known to hold it if anything does, such as the
    /// range of one of its prefixes).
    pub(crate) fn find_in(&self, within: Range<usize>, term: &str) -> Option<usize> {
        let i = self.lower_bound(within.clone(), term);
        (i < within.end && self.term(i) == term).then_some(i)
    }

    /// The numbers of the terms that start with `prefix`, searching only
    /// `within` (as for [`Dictionary::find_in`]).
    pub(crate) fn prefix_range_in(&self, within: Range<usize>, prefix: &str) -> Range<usize> {
        let lo = self.lower_bound(within.clone(), prefix);
        // Terms with the prefix come right after `lo` and before any larger
        // term without it, so this predicate is monotone over the range.
        let hi = lo + partition_point(within.end - lo, |i| self.term(lo + i).starts_with(prefix));
        lo..hi
    }

    /// The postings of a range of terms, grouped by term.
    pub(crate) fn postings(&self, terms: Range<usize>) -> &[Posting] {
        if terms.is_empty() {
            return &[];
        }
        &self.postings[self.post_starts[terms.start] as usize..self.post_starts[terms.end] as usize]
    }

    /// The chars that occur in some term, sorted.
    pub(crate) fn alphabet(&self) -> &[char] {
        &self.alphabet
    }

    /// The first term in `within` not less than `term`.
    fn lower_bound(&self, within: Range<usize>, term: &str) -> usize {
        within.start + partition_point(within.len(), |i| self.term(within.start + i) < term)
    }
}

impl Dictionary {
    /// Writes the dictionary: terms, then postings as per-term varint gaps
    /// (a posting is one or two bytes instead of four).
    pub(crate) fn write(&self, w: &mut Writer) {
        w.str(&self.text);
        w.ascending(&self.starts);
        w.ascending(&self.post_starts);
        for t in 0..self.len() {
            let mut prev = 0;
            for &p in self.postings(t..t + 1) {
                w.var(p - prev);
                prev = p;
            }
        }
    }

    /// Reads a dictionary written by [`Dictionary::write`] over `docs`
    /// documents, checking every offset and document number.
    pub(crate) fn read(r: &mut Reader<'_>, docs: usize) -> Result<Dictionary, BytesError> {
        let text = r.str("terms")?.to_string();
        let starts = r.ascending("term offsets")?;
        let post_starts = r.ascending("posting offsets")?;
        let terms = starts.len().saturating_sub(1);
        ensure(
            starts.first() == Some(&0)
                && starts.last() == Some(&(text.len() as u32))
                && starts.iter().all(|&s| text.is_char_boundary(s as usize))
                && post_starts.len() == starts.len()
                && post_starts.first() == Some(&0),
            || "term offsets do not fit the terms".to_string(),
        )?;
        let total = post_starts[terms] as usize;
        ensure(total <= r.remaining(), || {
            format!("{total} postings exceed the data")
        })?;
        // One loop over every posting: within a term documents strictly
        // ascend, and the first posting of a term is a gap from 0.
        let (mut term, mut next_term, mut p, mut min_doc) = (0, 0, 0u32, 0u32);
        let postings = r.runs(total, "postings", |i, gap| {
            if i == next_term as usize {
                // Skip terms without postings (none are written).
                while post_starts[term + 1] as usize <= i {
                    term += 1;
                }
                next_term = post_starts[term + 1];
                (p, min_doc) = (0, 0);
            }
            p = p.checked_add(gap)?;
            let doc = p >> 2;
            ((min_doc..docs as u32).contains(&doc)).then(|| {
                min_doc = doc + 1;
                p
            })
        })?;
        let mut dict = Dictionary {
            text,
            starts,
            post_starts,
            postings,
            alphabet: Vec::new(),
        };
        ensure((1..terms).all(|i| dict.term(i - 1) < dict.term(i)), || {
            "terms are not sorted".to_string()
        })?;
        dict.alphabet = alphabet_of(&dict.text);
        Ok(dict)
    }
}

/// The first `i` in `0..len` for which `pred` is false, `pred` being true
/// on a prefix of the range and false after it.
fn partition_point(len: usize, pred: impl Fn(usize) -> bool) -> usize {
    let (mut lo, mut hi) = (0, len);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if pred(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

/// Collects postings document by document, then sorts once.
#[derive(Default)]
pub(crate) struct DictionaryBuilder {
    ids: HashMap<Box<str>, u32, BuildHasherDefault<FnvHasher>>,
    terms: Vec<Box<str>>,
    /// `term number << 32 | posting`, in the order seen. One flat array
    /// sorted at the end is much faster than a growing list per term.
    pairs: Vec<u64>,
}

impl DictionaryBuilder {
    /// The builder's number for `term`, adding it on first sight.
    pub(crate) fn intern(&mut self, term: &str) -> u32 {
        if let Some(&id) = self.ids.get(term) {
            return id;
        }
        let id = self.terms.len() as u32;
        self.ids.insert(term.into(), id);
        self.terms.push(term.into());
        id
    }

    /// Records that the term numbered `id` occurs in `doc` in a field of
    /// `tier`; repeats are merged, keeping the best tier. Documents must be
    /// added in ascending order.
    pub(crate) fn add(&mut self, id: u32, doc: usize, tier: u8) {
        debug_assert!((1..=4).contains(&tier), "field tier {tier}");
        let posting = ((doc as u32) << 2) | u32::from(tier.saturating_sub(1) & 3);
        self.pairs.push((u64::from(id) << 32) | u64::from(posting));
    }

    /// Sorts the terms and lays the postings out by term: one sort of the
    /// distinct terms, then a counting sort of the postings by term, which
    /// keeps each term's postings in document order: O(T log T + P) for T
    /// distinct terms and P postings.
    pub(crate) fn finish(self) -> Dictionary {
        let order = sorting::order_by(self.terms.len(), &mut |a, b| {
            self.terms[a].cmp(&self.terms[b])
        });
        let mut rank = vec![0u32; order.len()];
        for (r, &id) in order.iter().enumerate() {
            rank[id as usize] = r as u32;
        }
        let mut counts = vec![0u32; order.len() + 1];
        for &pair in &self.pairs {
            counts[rank[(pair >> 32) as usize] as usize + 1] += 1;
        }
        for i in 1..counts.len() {
            counts[i] += counts[i - 1];
        }
        // Documents were added in ascending order, so each term's slots
        // fill in document order; a document's repeats are adjacent.
        let mut slots = counts.clone();
        let mut sorted = vec![0u32; self.pairs.len()];
        for &pair in &self.pairs {
            let r = rank[(pair >> 32) as usize] as usize;
            sorted[slots[r] as usize] = pair as u32;
            slots[r] += 1;
        }
        let mut dict = Dictionary::default();
        dict.starts.push(0);
        dict.post_starts.push(0);
        dict.postings = Vec::with_capacity(sorted.len());
        for (r, &id) in order.iter().enumerate() {
            let term = &self.terms[id as usize];
            dict.text.push_str(term);
            dict.starts.push(dict.text.len() as u32);
            let group = dict.postings.len();
            for &p in &sorted[counts[r] as usize..counts[r + 1] as usize] {
                // Repeats of a document keep the best (smallest) tier.
                match dict.postings[group..].last_mut() {
                    Some(last) if posting_doc(*last) == posting_doc(p) => *last = (*last).min(p),
                    _ => dict.postings.push(p),
                }
            }
            dict.post_starts.push(dict.postings.len() as u32);
        }
        dict.alphabet = alphabet_of(&dict.text);
        dict
    }
}

/// The distinct characters of `text`, in order.
///
/// An index holds a few dozen distinct characters in millions, so each is
/// looked up in the short sorted list instead of collecting and sorting
/// them all (which is what collecting into a `BTreeSet` does).
fn alphabet_of(text: &str) -> Vec<char> {
    let mut alphabet: Vec<char> = Vec::new();
    for c in text.chars() {
        if let Err(at) = alphabet.binary_search(&c) {
            alphabet.insert(at, c);
        }
    }
    alphabet
}

/// FNV-1a: the std hasher resists attacks the index does not face and is
/// several times slower on the millions of short terms a large catalog has.
#[derive(Clone, Copy)]
pub(crate) struct FnvHasher(u64);

impl Default for FnvHasher {
    fn default() -> FnvHasher {
        FnvHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for FnvHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

#[cfg(test)]
mod tests;
