//! The peer benchmark (`shared/bench/peers`) in terms of the catalog core.
//!
//! The benchmark's documents (`{id, name, label, description, provider,
//! temporality, unitTypes, access, updated}`) become [`catalog::Variable`]s
//! at the position of their id, its queries become [`catalog::Query`]s, and
//! facet value ids read back in the benchmark's spelling ([`value_name`]).
//! Facet values keep the benchmark's spelling as catalog ids, except
//! temporality, whose catalog ids are codes (`Tverrsnitt` ↔ `STATUS`).
//!
//! The native benchmark and the WebAssembly adapter both go through this
//! crate, so they index and ask exactly the same things.

mod doc;
mod packed;
mod query;

pub use doc::{build_catalog, CatalogBuilder, Doc, DocError};
pub use packed::{parse_packed, FIELD, LIST, RECORD};
pub use query::{query, value_name, FACETS};
