//! The prebuilt index file beside the catalog (`catalog.nbcat`, and
//! `catalog.json` for other tools), and how the catalog names it: the
//! builder writes [`crate::INDEX_FILE`] and records its size and
//! fingerprint in [`Catalog::index`], so the app uses an index only with
//! the catalog it was built for (never a stale or foreign copy) and falls
//! back to [`Engine::new`] otherwise.

use super::Engine;
use crate::engine::codec::{ensure, BytesError};
use crate::engine::search::Analysis;
use crate::{Catalog, IndexRef};

/// The largest index the app reads, in bytes: about eight times that of a
/// 100,000-variable catalog, and far below what the browser can hold.
pub const MAX_INDEX_BYTES: usize = 100 << 20;

// The record itself is part of the catalog format (`schema/index_ref.rs`);
// making and checking one needs the engine's fingerprint.
impl IndexRef {
    /// The reference to an index of these bytes.
    pub fn of(bytes: &[u8]) -> IndexRef {
        IndexRef {
            bytes: bytes.len() as u64,
            fingerprint: fingerprint(bytes),
        }
    }

    /// Checks that `bytes` are the index this reference names: the same
    /// size and fingerprint, so a stale, foreign, truncated or altered copy
    /// is refused before it is decoded.
    pub fn check(&self, bytes: &[u8]) -> Result<(), BytesError> {
        ensure(bytes.len() as u64 == self.bytes, || {
            format!(
                "{} bytes, but the catalog names an index of {} bytes",
                bytes.len(),
                self.bytes
            )
        })?;
        let found = fingerprint(bytes);
        ensure(found == self.fingerprint, || {
            format!(
                "fingerprint {found}, but the catalog names {}",
                self.fingerprint
            )
        })
    }
}

/// A 64-bit fingerprint of bytes as 16 hex digits: the length, then every
/// 8-byte word mixed in by a bijective step, so a copy that differs in any
/// one word always has another fingerprint. Not a cryptographic hash: it
/// tells a stale copy from the right one; a deliberately altered index is
/// still only ever an error or a working engine, never a panic.
pub fn fingerprint(bytes: &[u8]) -> String {
    fn mix(h: u64, word: u64) -> u64 {
        (h.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95)
    }
    let mut words = bytes.chunks_exact(8);
    let mut h = mix(0, bytes.len() as u64);
    for chunk in &mut words {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        h = mix(h, u64::from_le_bytes(word));
    }
    let mut last = [0u8; 8];
    last[..words.remainder().len()].copy_from_slice(words.remainder());
    h = mix(h, u64::from_le_bytes(last));
    format!("{h:016x}")
}

impl Engine {
    /// The prebuilt index of `catalog`, its browse part and its text part
    /// (see [`Engine::to_parts`]), and the reference to the browse part for
    /// the catalog (see [`Catalog::index`]): what the builder writes.
    pub fn prebuilt(catalog: &Catalog) -> (Vec<u8>, Vec<u8>, IndexRef) {
        let (browse, text) = Engine::new(catalog).to_parts();
        let reference = IndexRef::of(&browse);
        (browse, text, reference)
    }

    /// The engine of a browse part ([`Engine::from_browse_bytes`]),
    /// checked to belong to `catalog`: the index the catalog names (size
    /// and fingerprint), the shop's analysis and the catalog's number of
    /// variables. The app falls back to [`Engine::new`] on an error.
    pub fn from_browse_bytes_for(catalog: &Catalog, bytes: &[u8]) -> Result<Engine, BytesError> {
        let Some(reference) = &catalog.index else {
            return Err(BytesError::new("the catalog names no index"));
        };
        ensure(bytes.len() <= MAX_INDEX_BYTES, || {
            format!("{} bytes, more than {MAX_INDEX_BYTES}", bytes.len())
        })?;
        reference.check(bytes)?;
        let engine = Engine::from_browse_bytes(bytes)?;
        ensure(engine.analysis == Analysis::SHOP, || {
            "built with other rules than the shop's".to_string()
        })?;
        ensure(engine.docs == catalog.variables.len(), || {
            format!(
                "built for other variables ({} in the index, {} in the catalog)",
                engine.docs,
                catalog.variables.len()
            )
        })?;
        Ok(engine)
    }

    /// Attaches the text part ([`Engine::attach_text`]) after checking
    /// that its ids are those of `catalog`'s variables at the same
    /// positions. On an error the app builds the text part from the
    /// catalog instead ([`Engine::build_text`]).
    pub fn attach_text_for(&self, catalog: &Catalog, bytes: &[u8]) -> Result<(), BytesError> {
        ensure(bytes.len() <= MAX_INDEX_BYTES, || {
            format!(
                "text part: {} bytes, more than {MAX_INDEX_BYTES}",
                bytes.len()
            )
        })?;
        let part = self.read_text_part(bytes)?;
        let same = part
            .ids
            .iter()
            .all(|(id, doc)| catalog.variables[doc as usize].id == id);
        ensure(same, || {
            "text part: built for other variables than the catalog's".to_string()
        })?;
        self.set_text(part)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_differ_for_every_changed_word_and_length() {
        let base: Vec<u8> = (0..=40u8).collect();
        let print = fingerprint(&base);
        assert_eq!(print.len(), 16);
        assert_eq!(fingerprint(&base), print, "deterministic");
        for at in 0..base.len() {
            let mut changed = base.clone();
            changed[at] ^= 1;
            assert_ne!(fingerprint(&changed), print, "byte {at}");
        }
        let longer = [&base[..], &[0]].concat();
        assert_ne!(fingerprint(&longer), print, "a trailing zero");
        assert_ne!(fingerprint(&[]), fingerprint(&[0]));
    }

    #[test]
    fn a_reference_accepts_only_its_own_bytes() {
        let bytes = b"NBIX and some more bytes".to_vec();
        let reference = IndexRef::of(&bytes);
        assert_eq!(reference.check(&bytes), Ok(()));
        let message = |b: &[u8]| reference.check(b).err().map(|e| e.message);
        assert_eq!(
            message(&bytes[1..]),
            Some("23 bytes, but the catalog names an index of 24 bytes".into())
        );
        let mut altered = bytes.clone();
        altered[0] = b'M';
        assert!(message(&altered).is_some_and(|m| m.starts_with("fingerprint ")));
    }
}
