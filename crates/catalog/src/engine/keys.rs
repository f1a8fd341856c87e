//! Strings with a document number each, sorted by string, in three flat
//! arrays: the engine's variable ids and the search index's technical-name
//! keys. One buffer instead of a box per string keeps reading a prebuilt
//! index to a few allocations however large the catalog.

use crate::engine::codec::{ensure, BytesError, Reader, Writer};
use std::ops::Range;

/// `(key, document)` pairs sorted by key, then document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct SortedKeys {
    /// Every key, concatenated in sorted order.
    text: String,
    /// Key `i` is `text[starts[i]..starts[i + 1]]`.
    starts: Vec<u32>,
    /// Key `i`'s document.
    docs: Vec<u32>,
}

impl SortedKeys {
    /// The pairs, sorted.
    pub(crate) fn new<S: AsRef<str> + Ord>(mut pairs: Vec<(S, u32)>) -> SortedKeys {
        crate::sorting::sort(&mut pairs);
        let mut keys = SortedKeys {
            text: String::with_capacity(pairs.iter().map(|(k, _)| k.as_ref().len()).sum()),
            starts: Vec::with_capacity(pairs.len() + 1),
            docs: Vec::with_capacity(pairs.len()),
        };
        keys.starts.push(0);
        for (key, doc) in &pairs {
            keys.text.push_str(key.as_ref());
            keys.starts.push(keys.text.len() as u32);
            keys.docs.push(*doc);
        }
        keys
    }

    /// How many pairs there are.
    pub(crate) fn len(&self) -> usize {
        self.docs.len()
    }

    /// Key number `i`.
    pub(crate) fn key(&self, i: usize) -> &str {
        &self.text[self.starts[i] as usize..self.starts[i + 1] as usize]
    }

    /// Every `(key, document)`, in order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&str, u32)> {
        (0..self.len()).map(|i| (self.key(i), self.docs[i]))
    }

    /// The documents whose key is `key`, ascending.
    pub(crate) fn docs_of(&self, key: &str) -> &[u32] {
        let range = self.range_of(key);
        &self.docs[range]
    }

    /// The positions of the pairs whose key is `key`.
    fn range_of(&self, key: &str) -> Range<usize> {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.key(mid) < key {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        let end = lo + (lo..self.len()).take_while(|&i| self.key(i) == key).count();
        lo..end
    }

    /// Writes the keys: the text, the key lengths, the documents.
    pub(crate) fn write(&self, w: &mut Writer) {
        w.str(&self.text);
        w.ascending(&self.starts);
        w.len(self.docs.len());
        self.docs.iter().for_each(|&d| w.var(d));
    }

    /// Reads keys written by [`SortedKeys::write`], checking the offsets,
    /// that every document is below `docs`, and the order: strictly
    /// ascending keys when `unique`, else ascending pairs.
    pub(crate) fn read(
        r: &mut Reader<'_>,
        docs: usize,
        unique: bool,
        what: &str,
    ) -> Result<SortedKeys, BytesError> {
        let text = r.str(what)?.to_string();
        let starts = r.ascending(what)?;
        let count = r.len(1, what)?;
        ensure(
            starts.len() == count + 1
                && starts.first() == Some(&0)
                && starts.last() == Some(&(text.len() as u32))
                && starts.iter().all(|&s| text.is_char_boundary(s as usize)),
            || format!("{what}: offsets do not fit the text"),
        )?;
        let docs_read = r.vars(count, docs as u32, what)?;
        let keys = SortedKeys {
            text,
            starts,
            docs: docs_read,
        };
        let ordered = (1..count).all(|i| {
            let (a, b) = (keys.key(i - 1), keys.key(i));
            a < b || (!unique && a == b && keys.docs[i - 1] <= keys.docs[i])
        });
        ensure(ordered, || format!("{what} are not sorted"))?;
        Ok(keys)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_sorted_and_found_with_all_their_documents() {
        let keys = SortedKeys::new(vec![("kommune", 4), ("elev", 2), ("kommune", 1), ("å", 0)]);
        let pairs: Vec<(&str, u32)> = keys.iter().collect();
        assert_eq!(
            pairs,
            [("elev", 2), ("kommune", 1), ("kommune", 4), ("å", 0)]
        );
        let cases: [(&str, &[u32]); 5] = [
            ("kommune", &[1, 4]),
            ("elev", &[2]),
            ("å", &[0]),
            ("komm", &[]),
            ("", &[]),
        ];
        for (key, docs) in cases {
            assert_eq!(keys.docs_of(key), docs, "{key}");
        }
    }

    #[test]
    fn read_back_as_written_and_checked() {
        let keys = SortedKeys::new(vec![("b", 1), ("a", 0), ("b", 0)]);
        let mut w = Writer::default();
        keys.write(&mut w);
        let read = SortedKeys::read(&mut Reader::new(&w.bytes), 2, false, "keys");
        assert_eq!(read, Ok(keys.clone()));
        let message = |docs, unique| {
            SortedKeys::read(&mut Reader::new(&w.bytes), docs, unique, "keys")
                .err()
                .map(|e| e.message)
        };
        assert_eq!(message(2, true), Some("keys are not sorted".into()));
        assert_eq!(
            message(1, false),
            Some("number 1 out of range or order at byte 12 (reading keys)".into())
        );
    }
}
