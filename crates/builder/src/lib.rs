//! `nettbutikk-catalog` builds Nettbutikken's `catalog.json` from the
//! providers' metadata and checks that metadata.
//!
//! The pipeline, one module per step:
//!
//! 1. [`source`] finds the files and reads them as UTF-8 text;
//! 2. [`yaml`] parses the text into a position-marked [`tree`];
//! 3. a dialect reader, now [`kudaf_yaml`], turns the tree into the
//!    dialect-neutral [`draft`], using the shared field helpers in
//!    [`fields`] and [`text`] (which check each field);
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
//! assert_eq!(report.problems[0].to_string(), "empty.yaml:1: catalogs: must not be empty");
//! assert!(report.catalog.is_none());
//! ```
#![deny(missing_docs)]

pub mod assemble;
pub mod cli;
pub mod date;
pub mod draft;
pub mod fields;
pub mod kudaf_yaml;
pub mod output;
pub mod problem;
pub mod report;
pub mod slug;
pub mod source;
pub mod stats;
pub mod suggest;
pub mod text;
pub mod tree;
pub mod unit_types;
pub mod validate;
pub mod yaml;

pub use problem::{Problem, Severity};
