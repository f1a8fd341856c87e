//! The binary catalog's shared strings: every short string that many
//! variables repeat (provider, unit type and dataset ids, dates) and every
//! distinct subject field text, each stored once and named by its number.

use super::{read_text, write_text};
use crate::schema::codec::{BytesError, Reader, Writer};
use crate::Text;
use std::collections::HashMap;

/// A text as a hashable key (`Text` compares but does not hash).
type TextKey<'c> = (Option<&'c str>, Option<&'c str>, Option<&'c str>);

/// The shared strings and texts, numbered in the order of first use, so
/// the same catalog always gives the same numbers.
#[derive(Default)]
pub(super) struct Table<'c> {
    numbers: HashMap<&'c str, u32>,
    strings: Vec<&'c str>,
    text_numbers: HashMap<TextKey<'c>, u32>,
    texts: Vec<&'c Text>,
}

impl<'c> Table<'c> {
    /// The number of `s`, adding it when new.
    pub(super) fn symbol(&mut self, s: &'c str) -> u32 {
        let next = self.strings.len() as u32;
        *self.numbers.entry(s).or_insert_with(|| {
            self.strings.push(s);
            next
        })
    }

    /// The number of `text`, adding it when new.
    pub(super) fn text(&mut self, text: &'c Text) -> u32 {
        let key = (text.nb.as_deref(), text.nn.as_deref(), text.en.as_deref());
        let next = self.texts.len() as u32;
        *self.text_numbers.entry(key).or_insert_with(|| {
            self.texts.push(text);
            next
        })
    }

    /// Writes the strings, then the texts.
    pub(super) fn write(&self, w: &mut Writer) {
        w.len(self.strings.len());
        self.strings.iter().for_each(|s| w.str(s));
        w.len(self.texts.len());
        self.texts.iter().for_each(|t| write_text(w, t));
    }
}

/// The shared strings and texts as read.
pub(super) struct Read {
    strings: Vec<String>,
    texts: Vec<Text>,
}

impl Table<'_> {
    /// Reads what [`Table::write`] wrote.
    pub(super) fn read(r: &mut Reader<'_>) -> Result<Read, BytesError> {
        let n = r.len(1, "symbols")?;
        let strings = (0..n)
            .map(|_| r.str("symbol").map(str::to_owned))
            .collect::<Result<_, _>>()?;
        let n = r.len(1, "subject fields")?;
        let texts = (0..n)
            .map(|_| read_text(r, "subject field"))
            .collect::<Result<_, _>>()?;
        Ok(Read { strings, texts })
    }
}

impl Read {
    /// The string a number at the reader names.
    pub(super) fn symbol(&self, r: &mut Reader<'_>, what: &str) -> Result<String, BytesError> {
        let n = r.var(what)? as usize;
        match self.strings.get(n) {
            Some(s) => Ok(s.clone()),
            None => Err(BytesError::new(format!(
                "symbol {n} of {} (reading {what})",
                self.strings.len()
            ))),
        }
    }

    /// The text a number at the reader names.
    pub(super) fn text(&self, r: &mut Reader<'_>, what: &str) -> Result<Text, BytesError> {
        let n = r.var(what)? as usize;
        match self.texts.get(n) {
            Some(t) => Ok(t.clone()),
            None => Err(BytesError::new(format!(
                "text {n} of {} (reading {what})",
                self.texts.len()
            ))),
        }
    }
}
