//! The build layer: error-free drafts assembled into the catalog and its
//! detail shards, written all or nothing, and measured; with the small
//! thread pool the pipeline and the writer share.

pub(crate) mod assemble;
pub(crate) mod dcat_output;
pub(crate) mod output;
pub(crate) mod parallel;
pub(crate) mod stats;
