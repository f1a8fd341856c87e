//! The engine's prebuilt byte form: what the builder can ship next to the
//! catalog so the app does not tokenize, sort and collate on load.
//!
//! Layout (little-endian; arrays are a varint length, then the items):
//!
//! | part | content |
//! |---|---|
//! | header | `NBIX`, format version (`u32`), number of variables (`u32`) |
//! | ids | `(variable id, position)`, sorted by id |
//! | search | analysis (1 byte), terms (one string) and their offsets as varint gaps, postings per term as varint gaps, technical-name keys |
//! | facets | per facet in `Facet::ALL` order (version 3 added Datasett after Datatilbyder): value ids and labels, per variable its values |
//! | orders | per sort and language, the variables in order |
//!
//! Whatever can be computed in one pass (value bitsets, ranks, the typo
//! alphabet) is recomputed on reading, so the bytes stay compact. Reading
//! checks every offset, number and order, so corrupt bytes give a
//! [`BytesError`], never a panic or a wrong answer from bad offsets.

use super::{order::Orders, Engine};
use crate::engine::codec::{ensure, BytesError, Reader, Writer};
use crate::engine::facets::FacetIndex;
use crate::engine::keys::SortedKeys;
use crate::engine::search::SearchIndex;

/// The first bytes of the byte form.
const MAGIC: &[u8; 4] = b"NBIX";

/// The version of the byte form; bumped on every change to its layout or
/// to what its postings mean (3: the Datasett facet; 4: field tiers 1 to 4,
/// with the dataset tier, stored as tier - 1, and words joined across
/// invisible characters).
pub const INDEX_VERSION: u32 = 4;

impl Engine {
    /// The engine in its byte form (see [`Engine::from_bytes`]).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.bytes.extend_from_slice(MAGIC);
        w.u32(INDEX_VERSION);
        w.u32(self.docs as u32);
        self.ids.write(&mut w);
        self.search.write(&mut w);
        self.facets.write(&mut w);
        self.orders.write(&mut w);
        w.bytes
    }

    /// The engine of [`Engine::to_bytes`]; it answers every query exactly
    /// as the engine that wrote the bytes. An error says what is wrong:
    /// not an index, another format version, or where the data is corrupt.
    pub fn from_bytes(bytes: &[u8]) -> Result<Engine, BytesError> {
        ensure(bytes.starts_with(MAGIC), || {
            "not a Nettbutikken engine index (no NBIX header)".to_string()
        })?;
        let mut r = Reader::new(bytes);
        r.u32("header")?;
        let version = r.u32("version")?;
        ensure(version == INDEX_VERSION, || {
            format!("format version {version}, this build reads version {INDEX_VERSION}")
        })?;
        let docs = r.u32("variable count")? as usize;
        ensure(docs <= r.remaining(), || {
            format!("{docs} variables exceed the data")
        })?;
        let ids = SortedKeys::read(&mut r, docs, true, "variable ids")?;
        ensure(ids.len() == docs, || {
            format!("{} variable ids for {docs} variables", ids.len())
        })?;
        let engine = Engine {
            docs,
            ids,
            search: SearchIndex::read(&mut r, docs)?,
            facets: FacetIndex::read(&mut r, docs)?,
            orders: Orders::read(&mut r, docs)?,
        };
        ensure(r.is_done(), || {
            format!("{} bytes after the end", r.remaining())
        })?;
        Ok(engine)
    }
}
