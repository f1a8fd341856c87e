//! `nettbutikk-catalog` builds Nettbutikken's `catalog.json` from the
//! providers' metadata and checks that metadata.
//!
//! The pipeline, one module per step:
//!
//! 1. [`source`] finds the files and reads them as UTF-8 text;
//! 2. [`dialect`] parses the text, with [`json`] or [`yaml`], into a
//!    position-marked [`tree`], and tells the dialect from its shape;
//! 3. a dialect reader — [`kudaf_yaml`], [`microdata_json`] or
//!    [`raird_json`], with the provider of JSON files from [`provider`] —
//!    turns the tree into the dialect-neutral [`draft`], using the shared
//!    field helpers in [`fields`] and [`text`] (which check each field);
//! 4. [`validate`] checks the rules that span fields and files;
//! 5. [`assemble`] turns error-free drafts into a [`catalog::SplitCatalog`]:
//!    `catalog.json` and its detail shards.
//!
//! [`report`] runs the pipeline and summarises the [`Problem`]s; [`cli`] is
//! the command line, [`output`] writes the catalog and shards all or nothing
//! and [`stats`] measures them.
//!
//! ```
//! use nettbutikk_catalog::report::process;
//! use nettbutikk_catalog::source::from_bytes;
//!
//! let file = from_bytes("empty.yaml", b"catalogs: []\n".to_vec());
//! let report = process(vec![file]);
//! assert_eq!(report.problems[0].to_string(), "empty.yaml:1:11: catalogs: must not be empty");
//! assert!(report.catalog.is_none());
//!
//! let file = from_bytes("A.json", br#"{"temporalityType": "FIXD"}"#.to_vec());
//! let report = process(vec![file]);
//! let printed: Vec<String> = report.problems.iter().map(|p| p.to_string()).collect();
//! assert!(printed.contains(&"A.json:1:1: dataRevision: is missing".to_owned()));
//! assert!(printed.iter().any(|p| p.starts_with("A.json:1:21: temporalityType: \"FIXD\" is not one of")));
//! ```
#![deny(missing_docs)]

pub mod assemble;
pub mod cli;
pub mod date;
pub mod dcat_needs;
pub mod dcat_output;
pub mod dialect;
pub mod draft;
pub mod fields;
pub mod json;
pub mod kudaf_yaml;
pub mod microdata_json;
pub mod model;
pub mod output;
pub mod parallel;
pub mod problem;
pub mod provider;
pub mod raird_json;
pub mod report;
pub mod slug;
pub mod source;
pub mod stats;
pub mod suggest;
pub mod text;
pub mod tree;
pub mod unit_types;
pub mod validate;
pub mod vocab;
pub mod yaml;

pub use problem::{Problem, Severity};
