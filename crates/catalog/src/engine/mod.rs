//! The engine and its byte format: the search index ([`crate::search`]),
//! the facet index ([`facets`]), every sort order, and how all of it is
//! written to and read from the prebuilt index file (with the byte
//! primitives of `schema/codec.rs`, [`bitset`], [`keys`]).
//!
//! Built once per catalog, the [`Engine`] keeps no reference to the
//! catalog: the rows it gives are positions in `catalog.variables`.
//! Answering a [`crate::Query`] is browse logic (`browse/answer.rs`); the
//! engine offers the indexes it reads.
//!
//! Import direction: `language` ← `schema` ← `engine` ← `browse`. The
//! engine imports from `language` and `schema` only.

pub(crate) mod bitset;
mod bytes;
// The byte primitives are the catalog format's (`schema/codec.rs`); the
// index's codecs reach them by this path.
pub(crate) use crate::schema::codec;
pub(crate) mod facets;
pub(crate) mod keys;
pub(crate) mod order;
mod prebuilt;
pub(crate) mod rows;
pub mod search;
mod sort;

pub use sort::Sort;

pub use bytes::INDEX_VERSION;
pub use prebuilt::{fingerprint, MAX_INDEX_BYTES};

use crate::engine::keys::SortedKeys;
use crate::engine::search::{Analysis, SearchIndex};
use crate::{Catalog, Facet};
use order::Orders;

/// The browse engine of one catalog.
#[derive(Clone, Debug, Default)]
pub struct Engine {
    pub(crate) docs: usize,
    pub(crate) search: SearchIndex,
    pub(crate) facets: facets::FacetIndex,
    pub(crate) orders: Orders,
    /// `(variable id, position)`, sorted by id, for the basket filter.
    ids: SortedKeys,
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
            facets: facets::FacetIndex::build(catalog),
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
    /// ids are ignored when a query is answered.
    pub fn is_known(&self, facet: Facet, id: &str) -> bool {
        self.facets.is_known(facet, id)
    }

    /// The value ids of a facet, in the order the catalog first uses them.
    pub fn facet_ids(&self, facet: Facet) -> impl Iterator<Item = &str> {
        self.facets.ids(facet)
    }
}
