//! The block reader's scalars and flow collections: what may follow a key
//! or a `- ` on the same line.

use super::Reader;
use crate::syntax::tree::{Entry, Node, Value};
use crate::syntax::yaml::is_null;
use std::borrow::Cow;

impl<'t> Reader<'t> {
    /// A value that starts on the line at `at` and ends on it: a scalar
    /// or a flow collection. `at` is left just after it.
    pub(super) fn inline_value(&mut self) -> Option<Node<'t>> {
        match self.peek() {
            b'"' | b'\'' => self.quoted(),
            b'[' => self.flow_sequence(),
            b'{' => self.flow_mapping(),
            first if starts_non_plain(first, self.peek_at(self.at + 1)) => None,
            _ => self.block_plain(),
        }
    }

    /// A plain scalar in block context, to the end of the line or a
    /// comment.
    fn block_plain(&mut self) -> Option<Node<'t>> {
        let start = self.at;
        let mut at = start;
        loop {
            match self.peek_at(at) {
                b'\n' => break,
                // `a: b: c` and `a: b:` are errors yaml-rust2 words.
                b':' if matches!(self.peek_at(at + 1), b' ' | b'\n') => return None,
                b'#' if self.bytes[at - 1] == b' ' => break,
                _ => at += 1,
            }
        }
        self.at = at;
        self.scalar(start, self.text[start..at].trim_end_matches(' '))
    }

    /// A plain or quoted scalar's node; plain null words give
    /// [`Value::Null`].
    fn scalar(&mut self, start: usize, plain: &'t str) -> Option<Node<'t>> {
        self.count()?;
        let value = if is_null(plain) {
            Value::Null
        } else {
            Value::Scalar(Cow::Borrowed(plain))
        };
        Some(Node {
            pos: self.pos(start),
            value,
        })
    }

    /// A one-line quoted scalar: `"…"` without escapes, or `'…'` with
    /// `''` for a quote.
    fn quoted(&mut self) -> Option<Node<'t>> {
        let start = self.at;
        let quote = self.peek();
        let mut at = start + 1;
        let mut text = String::new();
        let mut from = at;
        loop {
            let byte = self.peek_at(at);
            if byte == b'\n' || (byte == b'\\' && quote == b'"') {
                return None;
            }
            if byte != quote {
                at += 1;
            } else if quote == b'\'' && self.peek_at(at + 1) == b'\'' {
                text.push_str(&self.text[from..=at]);
                at += 2;
                from = at;
            } else {
                break;
            }
        }
        // Without `''`, the text is a slice of the file.
        let text = if from == start + 1 {
            Cow::Borrowed(&self.text[from..at])
        } else {
            text.push_str(&self.text[from..at]);
            Cow::Owned(text)
        };
        self.at = at + 1;
        // A quoted key, or text glued to the quote, is yaml-rust2's.
        let mut next = self.at;
        while self.peek_at(next) == b' ' {
            next += 1;
        }
        if self.peek_at(next) == b':' || (next == self.at && !self.ends_flow_item(next)) {
            return None;
        }
        self.count()?;
        Some(Node {
            pos: self.pos(start),
            value: Value::Scalar(text),
        })
    }

    /// True when byte `at` may follow a scalar directly: a line break or
    /// a flow indicator.
    fn ends_flow_item(&self, at: usize) -> bool {
        matches!(self.peek_at(at), b'\n' | b',' | b']' | b'}')
    }

    /// A one-line flow list of scalars.
    fn flow_sequence(&mut self) -> Option<Node<'t>> {
        self.open()?;
        let pos = self.pos(self.at);
        self.at += 1;
        let mut items = Vec::new();
        self.flow_items(b']', |r| {
            items.push(r.flow_scalar()?);
            Some(())
        })?;
        self.depth -= 1;
        Some(Node {
            pos,
            value: Value::Seq(items),
        })
    }

    /// A one-line flow mapping of scalars, `{key: value, …}`.
    fn flow_mapping(&mut self) -> Option<Node<'t>> {
        self.open()?;
        let brace = self.pos(self.at);
        self.at += 1;
        let mut entries = Vec::new();
        self.flow_items(b'}', |r| {
            let key = r.flow_scalar()?;
            let Value::Scalar(text) = &key.value else {
                return None;
            };
            let key_text = r.keys.get(text);
            if r.peek() != b':' || r.peek_at(r.at + 1) != b' ' {
                return None;
            }
            r.at += 1;
            r.skip_spaces();
            let mut value = r.flow_scalar()?;
            if matches!(value.value, Value::Null) {
                value.pos = key.pos;
            }
            entries.push(Entry {
                key: key_text,
                key_pos: key.pos,
                value,
            });
            Some(())
        })?;
        self.depth -= 1;
        let pos = entries.first().map_or(brace, |e: &Entry| e.key_pos);
        Some(Node {
            pos,
            value: Value::Map(entries),
        })
    }

    /// Reads the items of a flow collection with `item` up to `close`;
    /// `at` is just after the opening bracket and is left after `close`.
    fn flow_items(
        &mut self,
        close: u8,
        mut item: impl FnMut(&mut Self) -> Option<()>,
    ) -> Option<()> {
        self.skip_spaces();
        if self.peek() == close {
            self.at += 1;
            return Some(());
        }
        loop {
            item(self)?;
            self.skip_spaces();
            match self.peek() {
                b',' => self.at += 1,
                byte if byte == close => {
                    self.at += 1;
                    return Some(());
                }
                _ => return None,
            }
            self.skip_spaces();
        }
    }

    fn skip_spaces(&mut self) {
        while self.peek() == b' ' {
            self.at += 1;
        }
    }

    /// A scalar inside a flow collection: quoted, or plain up to `,`, `]`,
    /// `}` or `:` (a `:` must be a key's and be followed by a space).
    fn flow_scalar(&mut self) -> Option<Node<'t>> {
        let first = self.peek();
        if matches!(first, b'"' | b'\'') {
            return self.quoted();
        }
        if starts_non_plain(first, self.peek_at(self.at + 1)) {
            return None;
        }
        let start = self.at;
        let mut at = start;
        loop {
            match self.peek_at(at) {
                b',' | b']' | b'}' => break,
                b':' if self.peek_at(at + 1) == b' ' => break,
                b'\n' | b'#' | b':' | b'[' | b'{' => return None,
                _ => at += 1,
            }
        }
        self.at = at;
        self.scalar(start, self.text[start..at].trim_end_matches(' '))
    }
}

/// True when a value starting with `first` (then `second`) is not a plain
/// scalar this reader reads: YAML's indicators (a `-` only before
/// anything but a letter or digit), a blank or the end of the line.
pub(super) fn starts_non_plain(first: u8, second: u8) -> bool {
    match first {
        // `-1` is plain; `- `, `--` and the rest are left to yaml-rust2.
        b'-' => !second.is_ascii_alphanumeric(),
        b'?' | b':' | b',' | b'[' | b']' | b'{' | b'}' | b'#' | b'&' | b'*' | b'!' | b'|'
        | b'>' | b'\'' | b'"' | b'%' | b'@' | b'`' | b'\n' | b' ' => true,
        _ => false,
    }
}
