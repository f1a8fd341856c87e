//! The catalog format: what the builder writes and the app reads. The
//! versioned [`crate::Catalog`] of the first load and its parts
//! (providers, unit types, variables, multilingual text, the closed
//! vocabularies), the detail shards fetched on demand and how a catalog
//! is split into them, and the display labels of its entities.
//!
//! Import direction: `language` ← `schema` ← `engine` ← `browse`. The
//! schema imports only from `language`; nothing here knows about search,
//! queries or URLs.

pub(crate) mod binary;
pub(crate) mod catalog;
pub(crate) mod codec;
pub(crate) mod details;
pub(crate) mod index_ref;
pub(crate) mod labels;
pub(crate) mod provider;
mod read_json;
pub(crate) mod split;
pub(crate) mod unit_type;
pub(crate) mod variable;
pub(crate) mod vocab;
