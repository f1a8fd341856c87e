//! `nettbutikk-catalog` builds Nettbutikken's `catalog.json` from the
//! providers' metadata and checks that metadata.
//!
//! The builder is in layers, each importing only the ones below it:
//!
//! 1. `syntax` finds the files, reads them as UTF-8 text and parses them
//!    (JSON, or YAML) into a position-marked tree;
//! 2. `dialect` tells the dialect from the tree's shape and reads it —
//!    KUDAF YAML, microdata-tools JSON or RAIRD/kudaflib JSON, with the
//!    provider of JSON files from provider files — into the
//!    dialect-neutral draft, checking each field;
//! 3. `check` checks the rules that span fields and files, and (for
//!    `check`) what DCAT-AP-NO needs and the metadata lacks;
//! 4. `build` turns error-free drafts into a [`catalog::SplitCatalog`]
//!    (`catalog.json` and its detail shards), writes it all or nothing
//!    with its DCAT-AP-NO description (`catalog.ttl`) and measures it;
//! 5. `pipeline` runs the layers over a set of files;
//! 6. [`report`] prints what a run found and [`cli`] is the command line.
//!
//! Beside the layers, [`content`] checks the site's editorial content (the
//! pilot page and the accessibility statement) against the built catalog
//! and writes it beside it.
//!
//! The few entry points are re-exported here: [`report`] (running the
//! builder and its report), [`source`] (reading files), [`output`]
//! (writing a catalog), [`stages`] (each stage on its own, for the
//! benchmarks) and [`Problem`].
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

mod build;
mod check;
pub mod content;
mod dialect;
mod pipeline;
mod syntax;

pub mod cli;
pub mod report;

/// Finding metadata files and reading them as text.
pub mod source {
    pub use crate::syntax::source::{
        discover, from_bytes, read, InputError, ReadError, Rejected, SourceFile, MAX_FILE_BYTES,
    };
}

/// Writing a built catalog: `catalog.json`, its detail shards and the
/// search index, all or nothing.
pub mod output {
    pub use crate::build::output::{catalog_path, write_split, DETAILS_DIR};
}

/// Each stage of the pipeline on its own, for measuring where the time
/// goes; [`report::run`] runs them all.
pub mod stages {
    pub use crate::build::assemble::assemble;
    pub use crate::check::dcat_needs::check as dcat_needs;
    pub use crate::check::validate::validate;
    pub use crate::dialect::detect::{parse, read, Dialect, Parsed};
    pub use crate::dialect::draft::DraftSource;
    pub use crate::dialect::provider::Providers;
}

pub use syntax::problem::{Problem, Severity};
