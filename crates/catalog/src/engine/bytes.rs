//! The engine's prebuilt byte form: what the builder can ship next to the
//! catalog so the app does not tokenize, sort and collate on load. It has
//! two parts, written to two files, so the first page of the shop waits
//! only for the smaller one (see [`Engine::to_parts`]).
//!
//! Layout (little-endian; arrays are a varint length, then the items):
//!
//! | part | content |
//! |---|---|
//! | browse part header | `NBIX`, format version (`u32`), number of variables (`u32`), analysis (1 byte) |
//! | facets | per facet in `Facet::ALL` order (version 3 added Datasett after Datatilbyder): value ids and labels, per variable its values |
//! | orders | per sort and language, the variables in order |
//! | text part reference | the text part's size (varint) and fingerprint (string) |
//! | text part header | `NBTX`, format version (`u32`), number of variables (`u32`) |
//! | ids | `(variable id, position)`, sorted by id |
//! | search | analysis (1 byte), terms (one string) and their offsets as varint gaps, postings per term as varint gaps, technical-name keys |
//!
//! Whatever can be computed in one pass (value bitsets, ranks, the typo
//! alphabet) is recomputed on reading, so the bytes stay compact. Reading
//! checks every offset, number and order, so corrupt bytes give a
//! [`BytesError`], never a panic or a wrong answer from bad offsets.

use super::{order::Orders, Engine, TextPart};
use crate::engine::codec::{ensure, BytesError, Reader, Writer};
use crate::engine::facets::FacetIndex;
use crate::engine::keys::SortedKeys;
use crate::engine::prebuilt::fingerprint;
use crate::engine::search::{Analysis, SearchIndex};
use crate::IndexRef;
use std::sync::OnceLock;

/// The first bytes of the browse part.
const MAGIC: &[u8; 4] = b"NBIX";

/// The first bytes of the text part.
const TEXT_MAGIC: &[u8; 4] = b"NBTX";

/// The version of the byte form; bumped on every change to its layout or
/// to what its postings mean (3: the Datasett facet; 4: field tiers 1 to 4,
/// with the dataset tier, stored as tier - 1, and words joined across
/// invisible characters; 5: two parts, browse and text).
pub const INDEX_VERSION: u32 = 5;

impl Engine {
    /// The engine's two parts in their byte form: the browse part
    /// (facets and sort orders), which names the text part by size and
    /// fingerprint, and the text part (ids and search index). See
    /// [`Engine::from_browse_bytes`] and [`Engine::attach_text`]. An engine
    /// whose text part is not there writes an empty one, which no reader
    /// accepts for a catalog with variables.
    pub fn to_parts(&self) -> (Vec<u8>, Vec<u8>) {
        let empty = TextPart::default();
        let text = self.text.get().unwrap_or(&empty);
        let mut t = Writer::default();
        t.bytes.extend_from_slice(TEXT_MAGIC);
        t.u32(INDEX_VERSION);
        t.u32(self.docs as u32);
        text.ids.write(&mut t);
        text.search.write(&mut t);
        let mut w = Writer::default();
        w.bytes.extend_from_slice(MAGIC);
        w.u32(INDEX_VERSION);
        w.u32(self.docs as u32);
        w.u8(self.analysis.to_byte());
        self.facets.write(&mut w);
        self.orders.write(&mut w);
        let reference = IndexRef::of(&t.bytes);
        w.var(reference.bytes as u32);
        w.str(&reference.fingerprint);
        (w.bytes, t.bytes)
    }

    /// The engine in one buffer: the browse part, then the text part (see
    /// [`Engine::from_bytes`]).
    pub fn to_bytes(&self) -> Vec<u8> {
        let (mut bytes, text) = self.to_parts();
        bytes.extend_from_slice(&text);
        bytes
    }

    /// The engine of [`Engine::to_bytes`]; it answers every query exactly
    /// as the engine that wrote the bytes. An error says what is wrong:
    /// not an index, another format version, or where the data is corrupt.
    pub fn from_bytes(bytes: &[u8]) -> Result<Engine, BytesError> {
        let (engine, used) = read_browse(bytes)?;
        ensure(used < bytes.len(), || "no text part".to_string())?;
        engine.attach_text(&bytes[used..])?;
        Ok(engine)
    }

    /// The engine of a browse part alone (the first part of
    /// [`Engine::to_parts`]): it answers queries without search text or
    /// basket filter until [`Engine::attach_text`] gives it the rest.
    pub fn from_browse_bytes(bytes: &[u8]) -> Result<Engine, BytesError> {
        let (engine, used) = read_browse(bytes)?;
        ensure(used == bytes.len(), || {
            format!("{} bytes after the end", bytes.len() - used)
        })?;
        Ok(engine)
    }

    /// Attaches the text part the browse part names (the second part of
    /// [`Engine::to_parts`]), refusing another one, a stale copy or
    /// corrupt bytes with an error that says why. The engine is unchanged
    /// on an error; attaching when the text part is there already is an
    /// error too.
    pub fn attach_text(&self, bytes: &[u8]) -> Result<(), BytesError> {
        let part = self.read_text_part(bytes)?;
        self.set_text(part)
    }

    /// The text part in `bytes`, checked against the one the browse part
    /// names.
    pub(crate) fn read_text_part(&self, bytes: &[u8]) -> Result<TextPart, BytesError> {
        let text = |e: BytesError| BytesError::new(format!("text part: {}", e.message));
        ensure(!self.has_text(), || "the text part is there already".into())?;
        let Some(reference) = &self.text_ref else {
            return Err(BytesError::new("the browse part names no text part"));
        };
        ensure(bytes.len() as u64 == reference.bytes, || {
            format!(
                "text part: {} bytes, but the browse part names one of {} bytes",
                bytes.len(),
                reference.bytes
            )
        })?;
        let found = fingerprint(bytes);
        ensure(found == reference.fingerprint, || {
            format!(
                "text part: fingerprint {found}, but the browse part names {}",
                reference.fingerprint
            )
        })?;
        let part = read_text(bytes, self.docs).map_err(text)?;
        ensure(*part.search.analysis() == self.analysis, || {
            "text part: built with other rules than the browse part".to_string()
        })?;
        Ok(part)
    }

    /// Sets the text part, once.
    pub(crate) fn set_text(&self, part: TextPart) -> Result<(), BytesError> {
        self.text
            .set(part)
            .map_err(|_| BytesError::new("the text part is there already"))
    }
}

/// Reads a browse part at the start of `bytes`: the engine without its
/// text part (which it names), and how many bytes the part took.
fn read_browse(bytes: &[u8]) -> Result<(Engine, usize), BytesError> {
    let (mut r, docs) = open(
        bytes,
        MAGIC,
        "not a Nettbutikken engine index (no NBIX header)",
    )?;
    let byte = r.u8("analysis")?;
    let analysis = Analysis::from_byte(byte)
        .ok_or_else(|| BytesError::new(format!("unknown analysis {byte:#x}")))?;
    let facets = FacetIndex::read(&mut r, docs)?;
    let orders = Orders::read(&mut r, docs)?;
    let size = r.var("text part size")?;
    let fingerprint = r.str("text part fingerprint")?.to_owned();
    let engine = Engine {
        docs,
        analysis,
        facets,
        orders,
        text: OnceLock::new(),
        text_ref: Some(IndexRef {
            bytes: u64::from(size),
            fingerprint,
        }),
    };
    Ok((engine, r.total() - r.remaining()))
}

/// A reader of a part that starts with `magic` (else the error
/// `missing`), past its header: the magic, the format version, and the
/// number of variables, which it also gives.
fn open<'b>(
    bytes: &'b [u8],
    magic: &[u8; 4],
    missing: &str,
) -> Result<(Reader<'b>, usize), BytesError> {
    ensure(bytes.starts_with(magic), || missing.to_string())?;
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
    Ok((r, docs))
}

/// Reads a whole text part for an engine of `docs` variables.
fn read_text(bytes: &[u8], docs: usize) -> Result<TextPart, BytesError> {
    let (mut r, found) = open(bytes, TEXT_MAGIC, "no NBTX header")?;
    ensure(found == docs, || {
        format!("{found} variables, but the browse part has {docs}")
    })?;
    let ids = SortedKeys::read(&mut r, docs, true, "variable ids")?;
    ensure(ids.len() == docs, || {
        format!("{} variable ids for {docs} variables", ids.len())
    })?;
    let search = SearchIndex::read(&mut r, docs)?;
    ensure(r.is_done(), || {
        format!("{} bytes after the end", r.remaining())
    })?;
    Ok(TextPart { search, ids })
}
