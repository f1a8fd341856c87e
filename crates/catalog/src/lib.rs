//! The pure core of Nettbutikken, the KUDAF variable shop.
//!
//! This crate holds the catalog format that the builder writes and the app
//! reads (one versioned boundary type, [`Catalog`]), and the logic that works
//! on it. It has no web dependencies, does no IO and is tested natively.
//!
//! ```
//! use catalog::{Catalog, Lang};
//!
//! let json = r#"{"schemaVersion":1,"providers":[],"unitTypes":[],"datasets":[],"variables":[]}"#;
//! let catalog = Catalog::from_json(json).expect("a valid, empty catalog");
//! assert!(catalog.variables.is_empty());
//! assert_eq!(Lang::default(), Lang::Nb);
//! ```
#![deny(missing_docs)]

mod catalog;
mod provider;
mod text;
mod unit_type;
mod variable;
mod vocab;

pub use catalog::{Catalog, CatalogError, Dataset, SCHEMA_VERSION};
pub use provider::{Contact, Provider};
pub use text::{Lang, Text};
pub use unit_type::UnitType;
pub use variable::{
    Code, Measure, Revision, Sentinel, TemporalCoverage, TemporalEnd, ValueDomain, Variable,
};
pub use vocab::{DataType, MeasurementType, Sensitivity, Temporality};
