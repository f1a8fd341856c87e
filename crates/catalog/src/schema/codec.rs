//! The primitives of the byte forms (the prebuilt index and the binary
//! catalog): little-endian numbers,
//! LEB128 varints, length-prefixed strings and arrays, read back with a
//! clear error instead of a panic on any malformed input.

use std::fmt;

/// Why bytes are not an engine index or a binary catalog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BytesError {
    /// What is wrong, e.g. `truncated at byte 1234 (reading postings)`.
    pub message: String,
}

impl fmt::Display for BytesError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "engine index: {}", self.message)
    }
}

impl std::error::Error for BytesError {}

impl BytesError {
    /// An error with this message.
    pub(crate) fn new(message: impl Into<String>) -> BytesError {
        BytesError {
            message: message.into(),
        }
    }
}

/// Checks a structural condition of decoded data.
pub(crate) fn ensure(ok: bool, what: impl FnOnce() -> String) -> Result<(), BytesError> {
    if ok {
        Ok(())
    } else {
        Err(BytesError::new(what()))
    }
}

/// Appends values to a byte buffer.
#[derive(Default)]
pub(crate) struct Writer {
    pub(crate) bytes: Vec<u8>,
}

impl Writer {
    /// One byte.
    pub(crate) fn u8(&mut self, v: u8) {
        self.bytes.push(v);
    }

    /// A fixed-width `u32`.
    pub(crate) fn u32(&mut self, v: u32) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }

    /// A varint (LEB128): one byte below 128, two below 16,384.
    pub(crate) fn var(&mut self, mut v: u32) {
        while v >= 0x80 {
            self.bytes.push((v as u8) | 0x80);
            v >>= 7;
        }
        self.bytes.push(v as u8);
    }

    /// A length as a varint.
    pub(crate) fn len(&mut self, n: usize) {
        self.var(n as u32);
    }

    /// A string: its byte length, then its UTF-8.
    pub(crate) fn str(&mut self, s: &str) {
        self.len(s.len());
        self.bytes.extend_from_slice(s.as_bytes());
    }

    /// An optional string: 0, or 1 and the string.
    pub(crate) fn opt_str(&mut self, s: Option<&str>) {
        match s {
            None => self.u8(0),
            Some(s) => {
                self.u8(1);
                self.str(s);
            }
        }
    }

    /// An array of `u32`: its length, then each fixed-width.
    pub(crate) fn u32s(&mut self, v: &[u32]) {
        self.len(v.len());
        self.bytes.reserve(v.len() * 4);
        v.iter().for_each(|&x| self.u32(x));
    }

    /// An ascending array of `u32` as varint gaps, which for sorted
    /// document numbers is one or two bytes each instead of four.
    pub(crate) fn ascending(&mut self, v: &[u32]) {
        self.len(v.len());
        let mut prev = 0;
        for &x in v {
            self.var(x.wrapping_sub(prev));
            prev = x;
        }
    }
}

/// Reads values back from bytes, in the order they were written.
pub(crate) struct Reader<'b> {
    bytes: &'b [u8],
    at: usize,
}

impl<'b> Reader<'b> {
    /// A reader at the start of `bytes`.
    pub(crate) fn new(bytes: &'b [u8]) -> Reader<'b> {
        Reader { bytes, at: 0 }
    }

    /// True when every byte was read.
    pub(crate) fn is_done(&self) -> bool {
        self.at == self.bytes.len()
    }

    /// How many bytes are left.
    pub(crate) fn remaining(&self) -> usize {
        self.bytes.len() - self.at
    }

    /// How many bytes there are in all, read or not: the scale against
    /// which what is derived from them (such as bitsets) is bounded.
    pub(crate) fn total(&self) -> usize {
        self.bytes.len()
    }

    fn take(&mut self, n: usize, what: &str) -> Result<&'b [u8], BytesError> {
        match self.bytes.get(self.at..self.at.saturating_add(n)) {
            Some(slice) => {
                self.at += n;
                Ok(slice)
            }
            None => Err(BytesError::new(format!(
                "truncated at byte {} (reading {what})",
                self.at
            ))),
        }
    }

    /// One byte.
    pub(crate) fn u8(&mut self, what: &str) -> Result<u8, BytesError> {
        Ok(self.take(1, what)?[0])
    }

    /// A fixed-width `u32`.
    pub(crate) fn u32(&mut self, what: &str) -> Result<u32, BytesError> {
        let b = self.take(4, what)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// A varint.
    #[inline]
    pub(crate) fn var(&mut self, what: &str) -> Result<u32, BytesError> {
        // Most numbers (postings gaps, facet values) are one byte.
        if let Some(&b) = self.bytes.get(self.at) {
            if b < 0x80 {
                self.at += 1;
                return Ok(u32::from(b));
            }
        }
        self.var_long(what)
    }

    /// A varint of more than one byte.
    fn var_long(&mut self, what: &str) -> Result<u32, BytesError> {
        let mut v = 0u32;
        for shift in (0..35).step_by(7) {
            let b = self.u8(what)?;
            v |= u32::from(b & 0x7f).checked_shl(shift).unwrap_or(0);
            if b < 0x80 {
                return Ok(v);
            }
        }
        Err(BytesError::new(format!(
            "overlong number before byte {} (reading {what})",
            self.at
        )))
    }

    /// A length, checked against the bytes left (each element takes at
    /// least `min_size` bytes), so a corrupt length cannot allocate much.
    pub(crate) fn len(&mut self, min_size: usize, what: &str) -> Result<usize, BytesError> {
        let n = self.var(what)? as usize;
        let left = self.bytes.len() - self.at;
        ensure(n.saturating_mul(min_size) <= left, || {
            format!(
                "length {n} at byte {} exceeds the data (reading {what})",
                self.at
            )
        })?;
        Ok(n)
    }

    /// A string.
    pub(crate) fn str(&mut self, what: &str) -> Result<&'b str, BytesError> {
        let n = self.len(1, what)?;
        let at = self.at;
        std::str::from_utf8(self.take(n, what)?)
            .map_err(|_| BytesError::new(format!("invalid UTF-8 at byte {at} (reading {what})")))
    }

    /// An optional string.
    pub(crate) fn opt_str(&mut self, what: &str) -> Result<Option<&'b str>, BytesError> {
        match self.u8(what)? {
            0 => Ok(None),
            1 => self.str(what).map(Some),
            b => Err(BytesError::new(format!(
                "flag {b} at byte {} (reading {what})",
                self.at - 1
            ))),
        }
    }

    /// An array of `u32`.
    pub(crate) fn u32s(&mut self, what: &str) -> Result<Vec<u32>, BytesError> {
        let n = self.len(4, what)?;
        let b = self.take(n * 4, what)?;
        Ok(b.chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect())
    }

    /// `n` varints, each below `bound`, in one tight loop (the postings
    /// and facet values of a large catalog are millions of them).
    pub(crate) fn vars(
        &mut self,
        n: usize,
        bound: u32,
        what: &str,
    ) -> Result<Vec<u32>, BytesError> {
        self.runs(n, what, |_, v| (v < bound).then_some(v))
    }

    /// `n` varints through `accept(i, v)`, which gives the value to keep
    /// or `None` when `v` is out of range or order there; the one loop
    /// behind [`Reader::vars`] and the postings.
    #[inline(always)]
    pub(crate) fn runs(
        &mut self,
        n: usize,
        what: &str,
        mut accept: impl FnMut(usize, u32) -> Option<u32>,
    ) -> Result<Vec<u32>, BytesError> {
        ensure(n <= self.remaining(), || {
            format!(
                "{n} numbers at byte {} exceed the data (reading {what})",
                self.at
            )
        })?;
        // Filled in place: `push` is not inlined at the app's opt-level z,
        // and a call per number costs more than the decoding.
        let mut out = vec![0u32; n];
        let bytes = self.bytes;
        let mut at = self.at;
        for (i, slot) in out.iter_mut().enumerate() {
            let start = at;
            let Some(v) = decode_var(bytes, &mut at) else {
                return Err(BytesError::new(format!(
                    "truncated or overlong number at byte {start} (reading {what})"
                )));
            };
            let Some(kept) = accept(i, v) else {
                return Err(BytesError::new(format!(
                    "number {v} out of range or order at byte {start} (reading {what})"
                )));
            };
            *slot = kept;
        }
        self.at = at;
        Ok(out)
    }

    /// An array written by [`Writer::ascending`], checked to ascend.
    pub(crate) fn ascending(&mut self, what: &str) -> Result<Vec<u32>, BytesError> {
        let n = self.len(1, what)?;
        let mut prev = 0u32;
        self.runs(n, what, |_, gap| {
            prev = prev.checked_add(gap)?;
            Some(prev)
        })
    }
}

/// The varint at `bytes[*at..]`, moving `at` past it; `None` when the
/// bytes end first or it is longer than five bytes.
#[inline(always)]
fn decode_var(bytes: &[u8], at: &mut usize) -> Option<u32> {
    let b = *bytes.get(*at)?;
    *at += 1;
    if b < 0x80 {
        return Some(u32::from(b));
    }
    decode_var_long(bytes, at, b)
}

/// The rest of a varint of more than one byte whose first byte is `first`.
fn decode_var_long(bytes: &[u8], at: &mut usize, first: u8) -> Option<u32> {
    let mut v = u32::from(first & 0x7f);
    for shift in [7, 14, 21, 28] {
        let b = *bytes.get(*at)?;
        *at += 1;
        // Bits beyond 32 (of a fifth byte) are dropped, as when writing.
        v |= u32::from(b & 0x7f) << shift;
        if b < 0x80 {
            return Some(v);
        }
    }
    None
}

#[cfg(test)]
mod tests;
