//! The browse engine: answers a [`Query`] against a catalog with one call.
//!
//! Built once per catalog (search index, facet bitsets and every sort
//! order), it keeps no reference to the catalog: [`Answer::rows`] are
//! positions in `catalog.variables`.

mod bytes;
mod order;
mod prebuilt;
mod rows;

pub use bytes::INDEX_VERSION;
pub use prebuilt::{fingerprint, IndexRef, INDEX_FILE, MAX_INDEX_BYTES};

use crate::bitset::Bitset;
use crate::keys::SortedKeys;
use crate::search::{Analysis, SearchIndex};
use crate::{Catalog, Facet, FacetCounts, Query, Sort};
use order::Orders;
use std::borrow::Cow;

/// The browse engine of one catalog.
#[derive(Clone, Debug, Default)]
pub struct Engine {
    docs: usize,
    search: SearchIndex,
    facets: crate::facets::FacetIndex,
    orders: Orders,
    /// `(variable id, position)`, sorted by id, for the basket filter.
    ids: SortedKeys,
}

/// The answer to a query: one page of rows and every facet's counts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answer {
    /// How many variables match.
    pub total: usize,
    /// How many pages there are; at least 1, even with no rows.
    pub pages: usize,
    /// The page shown: the query's page clamped into `1..=pages`.
    pub page: usize,
    /// The order used (see [`Query::effective_sort`]).
    pub sort: Sort,
    /// The rows of this page, as positions in `catalog.variables`.
    pub rows: Vec<usize>,
    /// Every facet, in [`Facet::ALL`] order, with disjunctive counts.
    pub facets: Vec<FacetCounts>,
}

impl Engine {
    /// Builds the engine for a catalog with the shop's rules
    /// ([`Analysis::SHOP`]).
    pub fn new(catalog: &Catalog) -> Engine {
        Engine::with_analysis(catalog, Analysis::SHOP)
    }

    /// Builds the engine for a catalog with the given rules of text
    /// analysis and name order.
    pub fn with_analysis(catalog: &Catalog, analysis: Analysis) -> Engine {
        let ids = SortedKeys::new(
            catalog
                .variables
                .iter()
                .map(|v| v.id.as_str())
                .zip(0..)
                .collect(),
        );
        Engine {
            docs: catalog.variables.len(),
            search: SearchIndex::build(catalog, analysis),
            facets: crate::facets::FacetIndex::build(catalog),
            orders: Orders::build(catalog, analysis.name_order),
            ids,
        }
    }

    /// The number of variables.
    pub fn len(&self) -> usize {
        self.docs
    }

    /// True for an empty catalog.
    pub fn is_empty(&self) -> bool {
        self.docs == 0
    }

    /// The position in `catalog.variables` of the variable with this id.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.ids.docs_of(id).first().map(|&doc| doc as usize)
    }

    /// A highlighter for a search text that splits and normalises words by
    /// this engine's own [`Analysis`], so what it marks is what matched.
    pub fn highlighter(&self, search_text: &str) -> crate::Highlighter {
        crate::Highlighter::with_analysis(search_text, *self.search.analysis())
    }

    /// True when some variable has this facet value; selections of other
    /// ids are ignored by [`Engine::run`].
    pub fn is_known(&self, facet: Facet, id: &str) -> bool {
        self.facets.is_known(facet, id)
    }

    /// The value ids of a facet, in the order the catalog first uses them.
    pub fn facet_ids(&self, facet: Facet) -> impl Iterator<Item = &str> {
        self.facets.ids(facet)
    }

    /// Answers a query. `selected` is the basket (variable ids), read only
    /// when the query shows only selected variables; ids not in the
    /// catalog are skipped.
    ///
    /// Filters: the search text (see [`crate::search`]), the basket, and
    /// per facet the OR of its known selected values; all ANDed. Facet
    /// counts apply every filter except the facet's own selection.
    pub fn run<S: AsRef<str>>(
        &self,
        query: &Query,
        selected: impl IntoIterator<Item = S>,
    ) -> Answer {
        self.run_with_typos(query, selected, self.search.analysis().typos)
    }

    /// Answers a query like [`Engine::run`], with typo tolerance on or off
    /// whatever the engine's [`Analysis`] says: the peer benchmark asks for
    /// it per query.
    pub fn run_with_typos<S: AsRef<str>>(
        &self,
        query: &Query,
        selected: impl IntoIterator<Item = S>,
        typos: bool,
    ) -> Answer {
        let words = self.search.analysis().words(&query.text);
        let hits = self.search.search(&words, typos);
        let mut base = match &hits {
            Some(hits) => hits.matched.clone(),
            None => Bitset::full(self.docs),
        };
        if query.only_selected {
            let mut basket = Bitset::empty(self.docs);
            for id in selected {
                if let Some(doc) = self.position(id.as_ref()) {
                    basket.insert(doc);
                }
            }
            base.and_with(&basket);
        }
        let masks = Facet::ALL.map(|f| self.facets.selection_mask(f, query.selection(f)));
        let mut result = base.clone();
        masks.iter().flatten().for_each(|m| result.and_with(m));
        let facets = Facet::ALL
            .into_iter()
            .map(|facet| {
                let mask = if masks[facet.index()].is_none() {
                    Cow::Borrowed(&result)
                } else {
                    let mut mask = base.clone();
                    let others = masks
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| *i != facet.index());
                    others
                        .filter_map(|(_, m)| m.as_ref())
                        .for_each(|m| mask.and_with(m));
                    Cow::Owned(mask)
                };
                self.facets
                    .counts(facet, &mask, query.selection(facet), query.lang)
            })
            .collect();

        let total = result.count();
        let size = query.page_size.get();
        let pages = total.div_ceil(size).max(1);
        let page = query.page.clamp(1, pages);
        let start = (page - 1) * size;
        let sort = query.effective_sort();
        let order = self.orders.get(sort, query.lang);
        let rows = match (&hits, sort) {
            (Some(hits), Sort::Relevance) => {
                rows::relevance_page(hits, order, &result, total, start, size)
            }
            _ => rows::ordered_page(order, &result, total, start, size),
        };
        Answer {
            total,
            pages,
            page,
            sort,
            rows,
            facets,
        }
    }
}
