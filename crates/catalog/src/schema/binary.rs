//! The catalog in bytes, `catalog.nbcat`: the same [`Catalog`] as
//! `catalog.json`, in a compact form the app decodes in one pass without a
//! JSON parser. The builder writes both; the app reads only this one, and
//! `catalog.json` stays as the export other tools read.
//!
//! Layout (little-endian; numbers are LEB128 varints unless fixed-width;
//! strings and arrays are a varint length, then the items):
//!
//! | part | content |
//! |---|---|
//! | header | `NBCT`, the catalog format version ([`SCHEMA_VERSION`], `u32`) |
//! | head | providers, unit types, datasets, detail shard paths, the index reference |
//! | symbols | every short string that repeats (provider, unit type and dataset ids, dates) once; fields name them by number |
//! | subjects | every distinct subject field text once |
//! | variables | their number, then one column per field, all variables' values of one field together (see `binary/variables.rs`) |
//!
//! A text is a byte whose bits say which of `nb`, `nn` and `en` follow, then
//! those strings. Keeping a field's values together lets gzip find the
//! repeats that a row-by-row layout spreads apart.
//!
//! Reading checks every length, number and flag, so corrupt or truncated
//! bytes give a [`CatalogError`], never a panic or a half-read catalog.

mod head;
mod symbols;
mod variables;

#[cfg(test)]
mod tests;

use crate::schema::codec::{ensure, BytesError, Reader, Writer};
use crate::{Catalog, CatalogError, Text, SCHEMA_VERSION};

/// The file name of the binary catalog, beside `catalog.json`.
pub const BINARY_CATALOG_FILE: &str = "catalog.nbcat";

/// The first bytes of the binary catalog.
const MAGIC: &[u8; 4] = b"NBCT";

impl Catalog {
    /// The catalog in its byte form, `catalog.nbcat` (see
    /// [`Catalog::from_bytes`]). The same catalog always gives the same
    /// bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.bytes.extend_from_slice(MAGIC);
        w.u32(SCHEMA_VERSION);
        head::write(&mut w, self);
        // The variables go first into a buffer of their own, since writing
        // them finds the symbols, which come before them.
        let mut table = symbols::Table::default();
        let body = variables::write(&self.variables, &mut table);
        table.write(&mut w);
        w.bytes.extend_from_slice(&body);
        w.bytes
    }

    /// The catalog of [`Catalog::to_bytes`], equal to the one written. The
    /// version is read from the header, so a catalog of another format
    /// version is [`CatalogError::UnsupportedVersion`], and anything that
    /// is not a whole binary catalog is [`CatalogError::Invalid`] saying
    /// what and where.
    pub fn from_bytes(bytes: &[u8]) -> Result<Catalog, CatalogError> {
        if !bytes.starts_with(MAGIC) {
            return Err(CatalogError::Invalid(format!(
                "{BINARY_CATALOG_FILE} is not a Nettbutikken catalog (no NBCT header)"
            )));
        }
        let mut r = Reader::new(&bytes[MAGIC.len()..]);
        let version = r.u32("version").map_err(invalid)?;
        if version != SCHEMA_VERSION {
            return Err(CatalogError::UnsupportedVersion {
                found: u64::from(version),
            });
        }
        read_body(&mut r).map_err(invalid)
    }
}

/// Everything after the header.
fn read_body(r: &mut Reader<'_>) -> Result<Catalog, BytesError> {
    let mut catalog = head::read(r)?;
    let table = symbols::Table::read(r)?;
    catalog.variables = variables::read(r, &table)?;
    ensure(r.is_done(), || {
        format!("{} bytes after the end", r.remaining())
    })?;
    Ok(catalog)
}

/// A byte error as a catalog error naming the file. Offsets count from
/// the end of the magic.
fn invalid(e: BytesError) -> CatalogError {
    CatalogError::Invalid(format!("{BINARY_CATALOG_FILE}: {}", e.message))
}

/// Writes a text: which languages it has, then their strings.
fn write_text(w: &mut Writer, text: &Text) {
    let langs = [&text.nb, &text.nn, &text.en];
    let bits = langs
        .iter()
        .enumerate()
        .fold(0u8, |bits, (i, s)| bits | (u8::from(s.is_some()) << i));
    w.u8(bits);
    for s in langs.into_iter().flatten() {
        w.str(s);
    }
}

/// Reads a text written by [`write_text`].
fn read_text(r: &mut Reader<'_>, what: &str) -> Result<Text, BytesError> {
    let bits = r.u8(what)?;
    ensure(bits < 8, || {
        format!("language bits {bits} (reading {what})")
    })?;
    let mut lang = |i: u8| -> Result<Option<String>, BytesError> {
        if bits & (1 << i) == 0 {
            return Ok(None);
        }
        r.str(what).map(|s| Some(s.to_owned()))
    };
    Ok(Text {
        nb: lang(0)?,
        nn: lang(1)?,
        en: lang(2)?,
    })
}

/// Writes an optional text: 0, or 1 and the text.
fn write_opt_text(w: &mut Writer, text: Option<&Text>) {
    w.u8(u8::from(text.is_some()));
    if let Some(text) = text {
        write_text(w, text);
    }
}

/// Reads an optional text written by [`write_opt_text`].
fn read_opt_text(r: &mut Reader<'_>, what: &str) -> Result<Option<Text>, BytesError> {
    match r.u8(what)? {
        0 => Ok(None),
        1 => read_text(r, what).map(Some),
        b => Err(BytesError::new(format!("flag {b} (reading {what})"))),
    }
}

/// Reads an optional string as an owned one.
fn read_opt_string(r: &mut Reader<'_>, what: &str) -> Result<Option<String>, BytesError> {
    Ok(r.opt_str(what)?.map(str::to_owned))
}
