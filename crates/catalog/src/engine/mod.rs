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
use std::sync::OnceLock;

/// The browse engine of one catalog.
///
/// It comes in two parts, as the prebuilt index does (see
/// [`Engine::to_parts`]): the browse part (facets and sort orders), which
/// answers every query without search text or basket filter, and the text
/// part (the search index and the variable ids), which the app may attach
/// later, so the first page does not wait for the larger part.
#[derive(Clone, Debug, Default)]
pub struct Engine {
    pub(crate) docs: usize,
    /// The rules of text analysis; the text part's are the same.
    pub(crate) analysis: Analysis,
    pub(crate) facets: facets::FacetIndex,
    pub(crate) orders: Orders,
    /// The search index and the ids, once built or attached.
    pub(crate) text: OnceLock<TextPart>,
    /// The text part a prebuilt browse part names, which alone
    /// [`Engine::attach_text`] accepts.
    pub(crate) text_ref: Option<crate::IndexRef>,
}

/// What only search text and the basket filter need.
#[derive(Clone, Debug, Default)]
pub(crate) struct TextPart {
    pub(crate) search: SearchIndex,
    /// `(variable id, position)`, sorted by id, for the basket filter.
    pub(crate) ids: SortedKeys,
}

impl TextPart {
    /// The text part of a catalog's engine.
    fn build(catalog: &Catalog, analysis: Analysis) -> TextPart {
        let ids = SortedKeys::new(
            catalog
                .variables
                .iter()
                .map(|v| v.id.as_str())
                .zip(0..)
                .collect(),
        );
        TextPart {
            search: SearchIndex::build(catalog, analysis),
            ids,
        }
    }
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
        let engine = Engine {
            docs: catalog.variables.len(),
            analysis,
            facets: facets::FacetIndex::build(catalog),
            orders: Orders::build(catalog, analysis.name_order),
            text: OnceLock::new(),
            text_ref: None,
        };
        engine.build_text(catalog);
        engine
    }

    /// Builds the text part from `catalog` unless it is there already
    /// (the app's way out when the prebuilt text part is missing or
    /// stale). `catalog` must be the engine's own.
    pub fn build_text(&self, catalog: &Catalog) {
        self.text
            .get_or_init(|| TextPart::build(catalog, self.analysis));
    }

    /// True once the text part is there, so every query can be answered.
    pub fn has_text(&self) -> bool {
        self.text.get().is_some()
    }

    /// True when answering `query` needs the text part: it has words to
    /// search for, or shows only the basket's variables.
    pub fn needs_text(&self, query: &crate::Query) -> bool {
        query.only_selected || !self.analysis.words(&query.text).is_empty()
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
    /// `None` until the text part is there.
    pub fn position(&self, id: &str) -> Option<usize> {
        let ids = &self.text.get()?.ids;
        ids.docs_of(id).first().map(|&doc| doc as usize)
    }

    /// A highlighter for a search text that splits and normalises words by
    /// this engine's own [`Analysis`], so what it marks is what matched.
    pub fn highlighter(&self, search_text: &str) -> crate::Highlighter {
        crate::Highlighter::with_analysis(search_text, self.analysis)
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
