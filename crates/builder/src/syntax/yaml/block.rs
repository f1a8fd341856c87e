//! A fast reader for the plain block-style YAML that provider files are
//! written in, giving exactly the tree [`super::parse`] gets from
//! yaml-rust2, or `None` for anything outside that subset.
//!
//! yaml-rust2 spends most of the builder's time on large files (a token
//! queue, a `String` per scalar and per key, a look-ahead buffer of
//! characters). This reader scans the bytes once, line by line. It reads:
//!
//! - block mappings with plain keys, and block sequences (also at the
//!   indentation of their key), with `- key: value` items;
//! - one-line plain, `"double"` (without escapes) and `'single'` scalars;
//! - one-line flow lists and mappings of such scalars (`[a, b]`,
//!   `{start: 2020-01-01}`);
//! - comments and blank lines.
//!
//! Anything else — anchors, tags, block scalars (`|`, `>`), multi-line
//! scalars, escapes, tabs, carriage returns, document markers, and every
//! syntax error — gives `None`, and the caller parses the text with
//! yaml-rust2, which reads it all and words the errors. So this reader
//! never has to be right about a document it does not fully understand;
//! `tests::agrees_with_yaml_rust2` holds it to the same trees on every YAML
//! file in the repository and on thousands of edits of them.

mod scalar;

use crate::syntax::limits::{MAX_DEPTH, MAX_VALUES};
use crate::syntax::tree::{Entry, Keys, Node, Pos, Value};
use scalar::starts_non_plain;

/// yaml-rust2 refuses a key more than 1024 characters after its start;
/// longer keys are left to it.
const MAX_KEY_BYTES: usize = 1000;

/// The tree of `text`, or `None` when `text` is not in the subset.
pub fn parse(text: &str) -> Option<Node<'_>> {
    if text.bytes().any(|b| matches!(b, b'\t' | b'\r' | b'\0')) || text.contains('\u{feff}') {
        return None;
    }
    let mut reader = Reader {
        bytes: text.as_bytes(),
        text,
        at: 0,
        line: 1,
        line_start: 0,
        column_cache: (0, 0),
        depth: 0,
        values: 0,
        keys: Keys::default(),
    };
    let indent = reader.next_content_line()?;
    let root = reader.block(indent)?;
    // Content after the root (less indented than it) is not YAML this
    // reader understands.
    match reader.next_content_line() {
        None => Some(root),
        Some(_) => None,
    }
}

/// The state of one scan. `at` is a byte offset into the text, on the
/// line that starts at `line_start`.
struct Reader<'t> {
    text: &'t str,
    bytes: &'t [u8],
    at: usize,
    line: usize,
    line_start: usize,
    /// A byte offset on the current line and its column, so that many
    /// values on one long line cost one scan of it.
    column_cache: (usize, usize),
    depth: usize,
    values: usize,
    keys: Keys,
}

impl<'t> Reader<'t> {
    /// The byte at `at`, or `b'\n'` at the end of the text (the last line
    /// may have no line break).
    fn peek_at(&self, at: usize) -> u8 {
        self.bytes.get(at).copied().unwrap_or(b'\n')
    }

    fn peek(&self) -> u8 {
        self.peek_at(self.at)
    }

    /// The position of byte `at` on the current line; columns count
    /// characters, as yaml-rust2's do.
    fn pos(&mut self, at: usize) -> Pos {
        let (from, before) = match self.column_cache {
            (cached, chars) if cached >= self.line_start && cached <= at => (cached, chars),
            _ => (self.line_start, 0),
        };
        let chars = before
            + self.bytes[from..at]
                .iter()
                .filter(|&&b| b & 0xC0 != 0x80)
                .count();
        self.column_cache = (at, chars);
        Pos {
            line: self.line,
            column: chars + 1,
        }
    }

    /// Counts one more value against [`MAX_VALUES`]; over it, the file is
    /// left to yaml-rust2, which reports it.
    fn count(&mut self) -> Option<()> {
        self.values += 1;
        (self.values <= MAX_VALUES).then_some(())
    }

    /// Moves to the first line at or after `at` that has content (not
    /// blank, not only a comment) and returns its indentation, with `at` on
    /// its first character; `None` at the end of the text.
    fn next_content_line(&mut self) -> Option<usize> {
        loop {
            // `at` may be inside a line already scanned to its end.
            let start = self.at;
            let mut at = start;
            while self.peek_at(at) == b' ' {
                at += 1;
            }
            if at >= self.bytes.len() {
                self.at = at;
                return None;
            }
            match self.bytes[at] {
                b'\n' => self.next_line(at),
                b'#' => {
                    let end = self.line_end(at);
                    self.next_line(end);
                }
                _ => {
                    self.at = at;
                    return Some(at - self.line_start);
                }
            }
        }
    }

    /// Starts the line after the line break at `at` (or the end).
    fn next_line(&mut self, at: usize) {
        self.at = (at + 1).min(self.bytes.len());
        self.line_start = self.at;
        self.line += 1;
    }

    /// The offset of the line break ending the line that holds `from`, or
    /// the end of the text.
    fn line_end(&self, from: usize) -> usize {
        self.bytes[from..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(self.bytes.len(), |i| from + i)
    }

    /// The rest of the current line from `at` holds only blanks or a
    /// comment: moves past the line break.
    fn end_line(&mut self) -> Option<()> {
        let mut at = self.at;
        while self.peek_at(at) == b' ' {
            at += 1;
        }
        match self.peek_at(at) {
            b'\n' => {}
            // A comment must follow a blank.
            b'#' if self.bytes[at - 1] == b' ' => at = self.line_end(at),
            _ => return None,
        }
        if at < self.bytes.len() {
            self.next_line(at);
        } else {
            self.at = at;
        }
        Some(())
    }

    /// Opens a collection, leaving documents nested too deeply to
    /// yaml-rust2 (which reports them).
    fn open(&mut self) -> Option<()> {
        self.depth += 1;
        self.count()?;
        (self.depth < MAX_DEPTH).then_some(())
    }

    /// The block collection whose first line starts at `at`, indented by
    /// `indent` spaces.
    fn block(&mut self, indent: usize) -> Option<Node<'t>> {
        if self.peek() == b'-' && self.peek_at(self.at + 1) == b' ' {
            self.sequence(indent, false)
        } else {
            self.mapping(indent)
        }
    }

    /// A block sequence whose `-` items are at column `indent`;
    /// `indentless` when it is at the indentation of its key.
    fn sequence(&mut self, indent: usize, indentless: bool) -> Option<Node<'t>> {
        self.open()?;
        let mut pos = self.pos(self.at);
        let mut items = Vec::new();
        loop {
            // At a `- `.
            self.at += 1;
            while self.peek() == b' ' {
                self.at += 1;
            }
            if indentless && items.is_empty() {
                // yaml-rust2 starts such a list at its first item.
                pos = self.pos(self.at);
            }
            let column = self.at - self.line_start;
            // An empty item or a nested `- - x` is not plain: left to
            // yaml-rust2 by `inline_value`.
            let item = if self.key_ahead()? {
                self.mapping(column)?
            } else {
                let item = self.inline_value()?;
                self.end_line()?;
                item
            };
            items.push(item);
            match self.next_content_line() {
                Some(i) if i == indent && self.at_sequence_item() => {}
                Some(i) if i > indent => return None,
                _ => break,
            }
        }
        self.depth -= 1;
        Some(Node {
            pos,
            value: Value::Seq(items),
        })
    }

    /// True when `at` is at `- ` or `-` at the end of a line.
    fn at_sequence_item(&self) -> bool {
        self.peek() == b'-' && matches!(self.peek_at(self.at + 1), b' ' | b'\n')
    }

    /// True when a plain key (text followed by `:` and a blank or the end
    /// of the line) starts at `at`; `None` when the line is something
    /// only yaml-rust2 reads.
    fn key_ahead(&self) -> Option<bool> {
        if starts_non_plain(self.peek(), self.peek_at(self.at + 1)) {
            return Some(false);
        }
        Some(self.key_end(self.at)?.is_some())
    }

    /// Scans a plain key from `from`: the offset of its `:`, `None` inside
    /// when the line holds no key; `None` outside when a comment or a very
    /// long key makes it yaml-rust2's.
    fn key_end(&self, from: usize) -> Option<Option<usize>> {
        let mut at = from;
        loop {
            match self.peek_at(at) {
                b'\n' => return Some(None),
                b':' if matches!(self.peek_at(at + 1), b' ' | b'\n') => {
                    return (at - from <= MAX_KEY_BYTES).then_some(Some(at));
                }
                b'#' if self.bytes[at - 1] == b' ' => return Some(None),
                _ => at += 1,
            }
        }
    }

    /// A block mapping whose keys are at column `indent`; `at` is on its
    /// first key.
    fn mapping(&mut self, indent: usize) -> Option<Node<'t>> {
        self.open()?;
        let mut entries: Vec<Entry> = Vec::new();
        loop {
            let key_pos = self.pos(self.at);
            if starts_non_plain(self.peek(), self.peek_at(self.at + 1)) {
                return None;
            }
            let colon = self.key_end(self.at)??;
            let key = self
                .keys
                .get(self.text[self.at..colon].trim_end_matches(' '));
            self.count()?;
            self.at = colon + 1;
            while self.peek() == b' ' {
                self.at += 1;
            }
            let value = if matches!(self.peek(), b'\n' | b'#') {
                self.end_line()?;
                match self.next_content_line() {
                    Some(i) if i > indent => self.block(i)?,
                    Some(i) if i == indent && self.at_sequence_item() => self.sequence(i, true)?,
                    _ => {
                        self.count()?;
                        Node {
                            pos: key_pos,
                            value: Value::Null,
                        }
                    }
                }
            } else {
                let mut value = self.inline_value()?;
                self.end_line()?;
                if matches!(value.value, Value::Null) {
                    value.pos = key_pos;
                }
                match self.next_content_line() {
                    Some(i) if i > indent => return None,
                    _ => value,
                }
            };
            entries.push(Entry {
                key,
                key_pos,
                value,
            });
            match self.next_content_line() {
                Some(i) if i == indent => {
                    if self.at_sequence_item() {
                        return None;
                    }
                }
                Some(i) if i > indent => return None,
                _ => break,
            }
        }
        self.depth -= 1;
        let pos = entries.first().map(|e| e.key_pos)?;
        Some(Node {
            pos,
            value: Value::Map(entries),
        })
    }
}

#[cfg(test)]
mod tests;
