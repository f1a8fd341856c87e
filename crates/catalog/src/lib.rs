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
//! let json = r#"{"schemaVersion":3,"providers":[],"unitTypes":[],"datasets":[],"variables":[]}"#;
//! let catalog = Catalog::from_json(json).expect("a valid, empty catalog");
//! assert!(catalog.variables.is_empty());
//! assert_eq!(Lang::default(), Lang::Nb);
//! ```
#![deny(missing_docs)]

// The one sort every folder uses (it imports nothing).
pub mod sorting;
// Numbers in SVG drawings without float formatting (it imports nothing).
pub mod drawing;

// The folders, in import order: each imports only from those above it
// (`basket`, `content`, `export`, `join`, `request` and `share_link` work
// on top of all four). `json` is below them all: it reads JSON text and
// knows no catalog type.
mod browse;
mod engine;
pub mod json;
mod language;
mod schema;

mod basket;
pub mod content;
mod export;
mod join;
mod request;
mod share_link;
pub mod trial;

pub use browse::url;
pub use engine::search;
pub use language::digits::group_digits;
pub use language::{clip, collate, fold, invisible, wrap};
// Short paths for the modules that `basket`, `export` and `join` use.
use browse::locate;

#[cfg(test)]
mod testing;

pub use basket::Basket;
pub use basket::{
    apply, missed_ops, AddRefused, BasketError, BasketOp, Loaded, Notice, Outcome, ProviderGroup,
    Refused, Resolved, ShareAction, ShareOffer, Stored, Undo, BACKUP_KEY, BASKET_KEY, STORAGE_KEY,
};
pub use browse::answer::Answer;
pub use browse::paging::{page_window, PageSlot};
pub use browse::profile::{
    dataset_profile, dataset_title, provider_profile, DatasetProfile, ProviderProfile, Tally,
};
pub use browse::query::{
    chips, Chip, ChipKind, PageSize, Param, Query, QueryIntent, MAX_PAGE, MAX_TEXT_CHARS,
};
pub use browse::related::{related, Capped, Related, Successor, MAX_RELATED};
pub use browse::return_point::{ReturnPoint, RETURN_KEY};
pub use browse::route::{
    link_with_text, Route, ABOUT_VIEW, ACCESSIBILITY_VIEW, BASKET_VIEW, DATASET_KEY, DRAFT_VIEW,
    PROVIDER_KEY, TRIAL_VIEW, VARIABLE_KEY, VIEW_KEY,
};
pub use engine::codec::BytesError;
pub use engine::facets::{Access, Facet, FacetCounts, FacetValue};
pub use engine::{fingerprint, Engine, Sort, INDEX_VERSION, MAX_INDEX_BYTES};
pub use export::{export_csv, export_csv_linked, export_json, variable_link};
pub use join::{Connection, GroupLink, JoinGraph, JoinReport, UnitGroup};
pub use language::text::{Lang, ResolvedText, Text};
pub use request::{
    check, code_timeline, is_plausible_email, timeline, Axis, CheckItem, Checklist, CodeLane,
    CodeTimeline, Draft, DraftEdit, DraftField, EditRefused, FieldId, Lane, Period, PeriodEnd,
    PeriodProblem, Problem, Severity, Span, Timeline, VariableRequest, Years,
};
pub use request::{request_files, request_json, RequestFile, REQUEST_FORMAT_VERSION};
pub use schema::binary::BINARY_CATALOG_FILE;
pub use schema::catalog::{Catalog, CatalogError, Dataset, SCHEMA_VERSION};
pub use schema::details::{
    Code, DetailShard, Measure, Revision, Sentinel, ValueDomain, VariableDetails,
};
pub use schema::index_ref::{IndexRef, INDEX_FILE, TEXT_INDEX_FILE};
pub use schema::labels::{label_or_id, provider_name, unit_type_label, variable_label};
pub use schema::provider::{Contact, Provider};
pub use schema::split::{shard_path, SplitCatalog, CATALOG_FILE, SHARD_SIZE};
pub use schema::unit_type::UnitType;
pub use schema::variable::{Discontinued, TemporalCoverage, Variable};
pub use schema::vocab::{DataType, MeasurementType, Sensitivity, Temporality};
pub use search::{Analysis, Highlighted, Highlighter};
