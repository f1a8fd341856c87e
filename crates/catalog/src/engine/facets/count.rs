//! Counting a facet's values within a set of variables.
//!
//! Two ways give the same counts at different costs: AND-and-popcount of
//! each value's bitset with the mask costs `values × words`; walking the
//! mask's variables and adding up their values costs about `matches ×
//! values per variable`. A narrow search is cheaper to walk, a broad one
//! to popcount, so [`count`] picks the cheaper.

use super::table::FacetTable;
use crate::engine::bitset::Bitset;

/// Per value, how many variables in `mask` have it.
pub(super) fn count(table: &FacetTable, mask: &Bitset) -> Vec<u32> {
    let words = table.doc_starts.len().div_ceil(64) as u64;
    let by_bits = table.len() as u64 * words;
    let docs = (table.doc_starts.len() - 1).max(1) as u64;
    let per_doc = (table.doc_values.len() as u64).div_ceil(docs).max(1);
    // A walked variable costs a bit search plus scattered writes; about
    // eight popcounted words cost the same.
    let by_scan = mask.count() as u64 * per_doc * 8;
    if by_scan < by_bits {
        count_by_scan(table, mask)
    } else {
        count_by_bits(table, mask)
    }
}

/// Counts by intersecting each value's bitset with the mask.
fn count_by_bits(table: &FacetTable, mask: &Bitset) -> Vec<u32> {
    table
        .bits
        .iter()
        .map(|bits| bits.and_count(mask) as u32)
        .collect()
}

/// Counts by walking the variables in the mask.
fn count_by_scan(table: &FacetTable, mask: &Bitset) -> Vec<u32> {
    let mut counts = vec![0u32; table.len()];
    mask.for_each(|doc| {
        let values =
            &table.doc_values[table.doc_starts[doc] as usize..table.doc_starts[doc + 1] as usize];
        for &n in values {
            counts[n as usize] += 1;
        }
    });
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::facets::{Facet, FacetIndex};
    use crate::testing::generated_catalog;

    #[test]
    fn both_ways_of_counting_agree() {
        let catalog = generated_catalog(300, 7);
        let index = FacetIndex::build(&catalog);
        let mut seed = 1u64;
        for round in 0..40 {
            let mut mask = Bitset::empty(catalog.variables.len());
            let density = round % 5 + 1;
            for doc in 0..catalog.variables.len() {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                if (seed >> 33) % 6 < density {
                    mask.insert(doc);
                }
            }
            for facet in Facet::ALL {
                let table = index.table(facet);
                let expected = count_by_bits(table, &mask);
                assert_eq!(
                    count_by_scan(table, &mask),
                    expected,
                    "{facet:?} round {round}"
                );
                assert_eq!(count(table, &mask), expected);
            }
        }
    }
}
