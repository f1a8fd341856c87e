//! The pure core of Nettbutikken, the KUDAF variable shop.
//!
//! This crate holds the catalog format that the builder writes and the app
//! reads (one versioned boundary: [`Catalog`] for the first load and
//! [`DetailShard`] for details fetched on demand), and the logic that works
//! on it. It has no web dependencies, does no IO and is tested natively.
//!
//! ```
//! use catalog::{Catalog, Lang};
//!
//! let json = r#"{"schemaVersion":2,"providers":[],"unitTypes":[],"datasets":[],"variables":[]}"#;
//! let catalog = Catalog::from_json(json).expect("a valid, empty catalog");
//! assert!(catalog.variables.is_empty());
//! assert_eq!(Lang::default(), Lang::Nb);
//! ```
#![deny(missing_docs)]

mod basket;
mod bitset;
mod catalog;
pub mod clip;
mod codec;
pub mod collate;
mod details;
mod engine;
mod export;
mod facets;
pub mod fold;
pub mod invisible;
mod join;
mod keys;
mod locate;
mod paging;
mod provider;
mod query;
mod related;
mod resolved;
mod return_point;
mod route;
pub mod search;
mod split;
mod text;
mod unit_type;
pub mod url;
mod variable;
mod vocab;
pub mod wrap;

#[cfg(test)]
mod testing;

pub use basket::Basket;
pub use basket::{BasketError, ProviderGroup, Resolved, BASKET_KEY};
pub use catalog::{Catalog, CatalogError, Dataset, SCHEMA_VERSION};
pub use codec::BytesError;
pub use details::{Code, DetailShard, Measure, Revision, Sentinel, ValueDomain, VariableDetails};
pub use engine::{
    fingerprint, Answer, Engine, IndexRef, INDEX_FILE, INDEX_VERSION, MAX_INDEX_BYTES,
};
pub use export::{export_csv, export_json};
pub use facets::{Access, Facet, FacetCounts, FacetValue};
pub use join::{Connection, GroupLink, JoinGraph, JoinReport, UnitGroup};
pub use paging::{page_window, PageSlot};
pub use provider::{Contact, Provider};
pub use query::{PageSize, Param, Query, Sort, MAX_PAGE, MAX_TEXT_CHARS};
pub use related::{related, Capped, Related, Successor, MAX_RELATED};
pub use resolved::{ResolvedText, TextLang};
pub use return_point::{ReturnPoint, RETURN_KEY};
pub use route::{Route, BASKET_VIEW, DRAFT_VIEW, VARIABLE_KEY, VIEW_KEY};
pub use search::{Analysis, Highlighted, Highlighter};
pub use split::{shard_path, SplitCatalog, CATALOG_FILE, SHARD_SIZE};
pub use text::{Lang, Text};
pub use unit_type::UnitType;
pub use variable::{Discontinued, TemporalCoverage, Variable};
pub use vocab::{DataType, MeasurementType, Sensitivity, Temporality};
