//! One sort for everything that is not the engine's hot path.
//!
//! The standard library's `sort_by` and friends are generic: every element
//! type and every comparator closure compiles its own copy of the whole
//! sorting algorithm (driftsort or ipnsort, each with its small-sort,
//! merge and pivot helpers). In the shop's WebAssembly that was over a
//! hundred copies, tens of kilobytes that every visitor downloads. Here
//! the sort is compiled once, on `u32` positions with the comparison
//! behind a `dyn` reference; sorting a slice of any type sorts its
//! positions and then moves the elements into place, which is a small
//! loop per type.
//!
//! The engine's page of results ([`crate::engine`]'s `rows.rs`) sorts
//! plain `u64` keys with `sort_unstable`, which needs no comparator and
//! is shared by every `[u64]` sort; those few stay on the standard sort.

use std::cmp::Ordering;

/// Sorts `positions` (usually indices into some other list) by `cmp`,
/// stably: equal positions keep their order.
///
/// The one instantiation of the standard library's stable sort that the
/// rest of this module goes through; never inlined, so its callers share
/// it.
#[inline(never)]
pub fn sort_positions_by(positions: &mut [u32], cmp: &mut dyn FnMut(u32, u32) -> Ordering) {
    #[allow(clippy::disallowed_methods)]
    positions.sort_by(|&a, &b| cmp(a, b));
}

/// The positions `0..len` ordered by `cmp`, ties in position order.
pub fn order_by(len: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<u32> {
    let mut positions: Vec<u32> = (0..len as u32).collect();
    sort_positions_by(&mut positions, &mut |a, b| cmp(a as usize, b as usize));
    positions
}

/// Sorts `items` by `cmp`, stably.
pub fn sort_by<T>(items: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if items.len() < 2 {
        // Sorted already; saves the allocation, e.g. per variable for its
        // one value of a facet.
        return;
    }
    let order = order_by(items.len(), &mut |a, b| cmp(&items[a], &items[b]));
    permute(order, &mut |a, b| items.swap(a, b));
}

/// Sorts `items` by the key `key` gives each, stably.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` by the key `key` gives each, computing each key once
/// (for keys that cost more than a comparison, such as collation keys).
pub fn sort_by_cached_key<T, K: Ord>(items: &mut [T], key: impl FnMut(&T) -> K) {
    let keys: Vec<K> = items.iter().map(key).collect();
    let order = order_by(items.len(), &mut |a, b| keys[a].cmp(&keys[b]));
    permute(order, &mut |a, b| items.swap(a, b));
}

/// Keeps only the first `count` of `positions` in `cmp` order, sorted,
/// ties in their order in `positions`.
///
/// One pass that keeps the best `count` so far in a sorted list: a
/// position that is not better than the last kept costs one comparison,
/// so a long list (80,000 variables of one unit type) is not sorted whole
/// for a few dozen links, and no selection algorithm is compiled in.
pub fn first_positions_by(
    positions: &mut Vec<u32>,
    count: usize,
    cmp: &mut dyn FnMut(u32, u32) -> Ordering,
) {
    if positions.len() <= count {
        sort_positions_by(positions, cmp);
        return;
    }
    let mut first: Vec<u32> = Vec::with_capacity(count + 1);
    for &p in positions.iter() {
        let full = first.len() == count;
        if full
            && first
                .last()
                .is_none_or(|&last| cmp(p, last) != Ordering::Less)
        {
            continue;
        }
        // After every kept position that is not after it: ties keep their order.
        let at = first.partition_point(|&q| cmp(q, p) != Ordering::Greater);
        first.insert(at, p);
        first.truncate(count);
    }
    *positions = first;
}

/// `pairs` grouped by key: keys in order, each group's values in the
/// order given.
///
/// A sorted list searched by binary search: for the few keys its callers
/// have (unit types, pairs of them), smaller in the WebAssembly than one
/// more `BTreeMap` instantiation, and as fast.
pub fn group_by_key<K: Ord, V>(pairs: impl IntoIterator<Item = (K, V)>) -> Vec<(K, Vec<V>)> {
    let mut groups: Vec<(K, Vec<V>)> = Vec::new();
    for (key, value) in pairs {
        match groups.binary_search_by(|(k, _)| k.cmp(&key)) {
            Ok(at) => groups[at].1.push(value),
            Err(at) => groups.insert(at, (key, vec![value])),
        }
    }
    groups
}

/// Sorts `items` in their natural order.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// Moves the elements so that position `i` holds the element that was at
/// `order[i]` (`order` is a permutation), by swapping along each cycle:
/// at most one swap per element and no copy of the elements.
fn permute(mut order: Vec<u32>, swap: &mut dyn FnMut(usize, usize)) {
    for start in 0..order.len() {
        let mut at = start;
        loop {
            let from = order[at] as usize;
            // Marks `at` as done: a later start on this cycle stops at once.
            order[at] = at as u32;
            if from == start || from == at {
                break;
            }
            swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::Rng;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        // (input, expected by the first letter only, so equal keys show
        // whether the sort is stable)
        let cases: [(&[&str], &[&str]); 6] = [
            (&[], &[]),
            (&["a"], &["a"]),
            (&["b1", "a1"], &["a1", "b1"]),
            (&["b1", "a1", "b2", "a2"], &["a1", "a2", "b1", "b2"]),
            (&["c1", "c2", "c3"], &["c1", "c2", "c3"]),
            (&["c", "b", "a", "d", "e"], &["a", "b", "c", "d", "e"]),
        ];
        for (input, expected) in cases {
            let mut items = input.to_vec();
            sort_by_key(&mut items, |s| s.as_bytes()[0]);
            assert_eq!(items, expected, "{input:?}");
        }
    }

    #[test]
    fn order_by_lists_positions_with_ties_in_position_order() {
        let keys = [3, 1, 3, 0, 1];
        let cases: [(usize, &[u32]); 3] = [(0, &[]), (1, &[0]), (5, &[3, 1, 4, 0, 2])];
        for (len, expected) in cases {
            assert_eq!(order_by(len, &mut |a, b| keys[a].cmp(&keys[b])), expected);
        }
    }

    #[test]
    fn first_positions_are_the_head_of_a_stable_sort() {
        let keys = [5, 3, 9, 3, 1, 5, 0, 3];
        // (positions, count, expected)
        let cases: [(&[u32], usize, &[u32]); 6] = [
            (&[], 3, &[]),
            (&[2], 0, &[]),
            (&[2], 1, &[2]),
            (&[0, 1, 2, 3, 4, 5, 6, 7], 0, &[]),
            (&[0, 1, 2, 3, 4, 5, 6, 7], 4, &[6, 4, 1, 3]),
            (&[7, 3, 1, 0], 3, &[7, 3, 1]),
        ];
        for (positions, count, expected) in cases {
            let mut got = positions.to_vec();
            first_positions_by(&mut got, count, &mut |a, b| {
                keys[a as usize].cmp(&keys[b as usize])
            });
            assert_eq!(got, expected, "{positions:?} {count}");
        }
    }

    /// Groups as key and values, for comparing.
    type Groups<'a> = &'a [(&'a str, &'a [u32])];

    #[test]
    fn groups_are_in_key_order_with_values_as_given() {
        let cases: [(&[(&str, u32)], Groups); 4] = [
            (&[], &[]),
            (&[("a", 1)], &[("a", &[1])]),
            (
                &[("b", 1), ("a", 2), ("b", 0)],
                &[("a", &[2]), ("b", &[1, 0])],
            ),
            (&[("c", 3), ("c", 1), ("c", 2)], &[("c", &[3, 1, 2])]),
        ];
        for (pairs, expected) in cases {
            let groups = group_by_key(pairs.iter().copied());
            let got: Vec<(&str, &[u32])> = groups.iter().map(|(k, v)| (*k, v.as_slice())).collect();
            assert_eq!(got.as_slice(), expected, "{pairs:?}");
        }
    }

    #[test]
    fn random_slices_match_the_standard_sort() {
        let mut rng = Rng::new(7);
        for round in 0..300 {
            let len = rng.below(60);
            let items: Vec<(u8, usize)> = (0..len).map(|i| (rng.below(5) as u8, i)).collect();
            let mut ours = items.clone();
            sort_by_key(&mut ours, |&(key, _)| key);
            let mut theirs = items.clone();
            #[allow(clippy::disallowed_methods)]
            theirs.sort_by_key(|&(key, _)| key);
            assert_eq!(ours, theirs, "round {round}");

            let count = rng.below(12);
            let mut first: Vec<u32> = (0..len as u32).collect();
            first_positions_by(&mut first, count, &mut |a, b| {
                items[a as usize].0.cmp(&items[b as usize].0)
            });
            let head: Vec<u32> = theirs.iter().take(count).map(|&(_, i)| i as u32).collect();
            assert_eq!(first, head, "round {round} count {count}");

            let mut natural = items;
            sort(&mut natural);
            let mut expected = theirs;
            expected.sort();
            assert_eq!(natural, expected, "round {round}");
        }
    }
}
