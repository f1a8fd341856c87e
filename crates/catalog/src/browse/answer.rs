//! Answering a [`Query`]: one page of rows and every facet's counts, from
//! the engine's indexes.

use crate::engine::bitset::Bitset;
use crate::engine::rows;
use crate::{Engine, Facet, FacetCounts, Query, Sort};
use std::borrow::Cow;

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
    /// Answers a query. `selected` is the basket (variable ids), read only
    /// when the query shows only selected variables; ids not in the
    /// catalog are skipped.
    ///
    /// Filters: the search text (see [`crate::search`]), the basket, and
    /// per facet the OR of its known selected values; all ANDed. Facet
    /// counts apply every filter except the facet's own selection.
    ///
    /// Until the text part is there (see [`Engine::needs_text`]), the
    /// search text and the basket filter are left out: the app shows that
    /// the search is getting ready instead of such an answer.
    pub fn run<S: AsRef<str>>(
        &self,
        query: &Query,
        selected: impl IntoIterator<Item = S>,
    ) -> Answer {
        self.run_with_typos(query, selected, self.analysis.typos)
    }

    /// Answers a query like [`Engine::run`], with typo tolerance on or off
    /// whatever the engine's [`crate::Analysis`] says: the peer benchmark asks for
    /// it per query.
    pub fn run_with_typos<S: AsRef<str>>(
        &self,
        query: &Query,
        selected: impl IntoIterator<Item = S>,
        typos: bool,
    ) -> Answer {
        let text = self.text.get();
        let words = self.analysis.words(&query.text);
        let hits = text.and_then(|t| t.search.search(&words, typos));
        let mut base = match &hits {
            Some(hits) => hits.matched.clone(),
            None => Bitset::full(self.docs),
        };
        if query.only_selected && text.is_some() {
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
