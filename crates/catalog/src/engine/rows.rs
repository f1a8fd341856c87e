//! One page of rows, without sorting every match.
//!
//! A broad search can match most of the catalog while the page shows 25
//! rows, so both ways of paging do work proportional to the matches only
//! in cheap passes, and sort no more than the rows up to the page's end.

use super::order::Order;
use crate::engine::bitset::Bitset;
use crate::engine::search::{TextHits, BUCKETS};

/// Rows `start..start + size` of `result` (which has `total` members) in
/// `order`.
pub(crate) fn ordered_page(
    order: &Order,
    result: &Bitset,
    total: usize,
    start: usize,
    size: usize,
) -> Vec<usize> {
    let end = (start + size).min(total);
    if start >= end {
        return Vec::new();
    }
    if total * 32 < order.docs.len() {
        // Few matches: sort them by their rank in the order. As `u64`, so
        // this and `relevance_page` share one compiled sort.
        let mut ranks: Vec<u64> = Vec::with_capacity(total);
        result.for_each(|d| ranks.push(u64::from(order.rank[d])));
        ranks.sort_unstable();
        return ranks[start..end]
            .iter()
            .map(|&r| order.docs[r as usize] as usize)
            .collect();
    }
    // Many matches: walk the order to the page's end, about
    // `end × n / total` (at most `32 × end`) steps.
    let mut rows = Vec::with_capacity(end - start);
    let mut seen = 0;
    for &doc in &order.docs {
        if result.contains(doc as usize) {
            if seen >= start {
                rows.push(doc as usize);
                if seen + 1 == end {
                    break;
                }
            }
            seen += 1;
        }
    }
    rows
}

/// Rows `start..start + size` of `result` by relevance, ties in `name`
/// order.
///
/// Counts the matches per relevance key (keys are few), finds the key at
/// which the page ends, and takes every better match plus the needed
/// number from that key's matches: by walking the name order when they
/// are dense, else by selecting among them.
pub(crate) fn relevance_page(
    hits: &TextHits,
    name: &Order,
    result: &Bitset,
    total: usize,
    start: usize,
    size: usize,
) -> Vec<usize> {
    let end = (start + size).min(total);
    if start >= end {
        return Vec::new();
    }
    let mut counts = vec![0u32; BUCKETS];
    result.for_each(|d| counts[hits.bucket(d)] += 1);
    let (mut better, mut cut) = (0, 0);
    for (bucket, &count) in counts.iter().enumerate() {
        if better + count as usize >= end {
            cut = bucket;
            break;
        }
        better += count as usize;
    }
    let needed = end - better;
    let pack = |bucket: usize, doc: usize| ((bucket as u64) << 32) | u64::from(name.rank[doc]);
    let mut picked: Vec<u64> = Vec::with_capacity(end);
    // Expected steps of a walk in name order to find `needed` of the
    // cut's matches (u64: on wasm32 the product overflows usize).
    let walk = needed as u64 * name.docs.len() as u64 / u64::from(counts[cut].max(1));
    if walk * 4 < total as u64 {
        if better > 0 {
            result.for_each(|d| {
                let bucket = hits.bucket(d);
                if bucket < cut {
                    picked.push(pack(bucket, d));
                }
            });
        }
        let mut taken = 0;
        for &doc in &name.docs {
            let doc = doc as usize;
            if result.contains(doc) && hits.bucket(doc) == cut {
                picked.push(pack(cut, doc));
                taken += 1;
                if taken == needed {
                    break;
                }
            }
        }
    } else {
        result.for_each(|d| {
            let bucket = hits.bucket(d);
            if bucket <= cut {
                picked.push(pack(bucket, d));
            }
        });
        if picked.len() > end {
            picked.select_nth_unstable(end);
            picked.truncate(end);
        }
    }
    picked.sort_unstable();
    picked[start..end]
        .iter()
        .map(|&p| name.docs[(p & 0xffff_ffff) as usize] as usize)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::search::Tally;
    use crate::testing::Rng;

    /// Both pagers against sorting every match, on random data shaped to
    /// reach every branch: few and many matches, dense and sparse keys,
    /// first, middle and past-the-end pages.
    #[test]
    fn pages_equal_the_slices_of_a_full_sort() {
        let mut rng = Rng::new(11);
        for round in 0..400 {
            let n = 1 + rng.below(400);
            let mut docs: Vec<u32> = (0..n as u32).collect();
            for i in (1..n).rev() {
                docs.swap(i, rng.below(i + 1));
            }
            let order = Order::new(docs);
            let density = [1, 5, 50, 100][rng.below(4)];
            let mut result = Bitset::empty(n);
            for d in 0..n {
                if rng.chance(density) {
                    result.insert(d);
                }
            }
            let keys = 1 + rng.below(4);
            let tallies: Vec<u32> = (0..n)
                .map(|_| {
                    (0..1 + rng.below(keys)).fold(0, |t, _| Tally::add(t, 1 + rng.below(7) as u8))
                })
                .collect();
            let hits = TextHits {
                matched: result.clone(),
                tallies,
            };
            // The standard sort is the reference here, independent of the
            // code under test.
            let mut by_rank: Vec<usize> = Vec::new();
            result.for_each(|d| by_rank.push(d));
            #[allow(clippy::disallowed_methods)]
            by_rank.sort_by_key(|&d| order.rank[d]);
            let mut by_key = by_rank.clone();
            #[allow(clippy::disallowed_methods)]
            by_key.sort_by_key(|&d| (hits.key(d), order.rank[d]));
            let total = by_rank.len();
            for (start, size) in [
                (0, 25),
                (0, 1),
                (3, 7),
                (total.saturating_sub(2), 25),
                (total, 25),
                (total + 5, 5),
            ] {
                let slice = |all: &[usize]| {
                    all.iter()
                        .copied()
                        .skip(start)
                        .take(size)
                        .collect::<Vec<_>>()
                };
                let context = format!("round {round} n {n} total {total} start {start}");
                assert_eq!(
                    ordered_page(&order, &result, total, start, size),
                    slice(&by_rank),
                    "{context}"
                );
                assert_eq!(
                    relevance_page(&hits, &order, &result, total, start, size),
                    slice(&by_key),
                    "{context}"
                );
            }
        }
    }
}
