//! JSON text to a position-marked [`Node`] tree, the same tree YAML files
//! give, so every dialect reader reports problems with line and column.
//!
//! A small hand-written parser rather than serde_json: serde_json keeps no
//! positions, and the builder needs one for every value. It follows RFC
//! 8259 (no comments, no trailing commas), keeps numbers as written, keeps
//! repeated keys (the field helpers report them) and limits the nesting
//! depth to [`MAX_DEPTH`] without recursion, so deep input cannot overflow
//! the stack.

use crate::syntax::limits::{too_many_values, MAX_DEPTH, MAX_VALUES};
use crate::syntax::tree::{Entry, Keys, Node, Pos, Value};
use std::rc::Rc;

mod scalar;

/// Why a text is not JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    /// Where the problem is.
    pub pos: Pos,
    /// What is wrong.
    pub message: String,
}

/// Parses one JSON value, the whole text, into a tree. Never panics.
pub fn parse(text: &str) -> Result<Node<'_>, JsonError> {
    let mut parser = Parser {
        text,
        bytes: text.as_bytes(),
        at: 0,
        line: 1,
        counted_to: 0,
        column: 0,
        values: 0,
        keys: Keys::default(),
    };
    let root = parser.document()?;
    parser.skip_space();
    if parser.at < parser.bytes.len() {
        return Err(parser.error("there is more after the end of the JSON value"));
    }
    Ok(root)
}

/// A collection being read: a list, or a mapping with the key waiting for
/// its value.
enum Frame<'t> {
    Seq(Pos, Vec<Node<'t>>),
    Map(Pos, Vec<Entry<'t>>, Option<(Rc<str>, Pos)>),
}

struct Parser<'t> {
    text: &'t str,
    bytes: &'t [u8],
    at: usize,
    line: usize,
    /// Characters are counted up to this byte offset of the current line…
    counted_to: usize,
    /// …where the 0-based column is this. Positions are taken in file
    /// order, so each line is counted once, even a 20 MB minified one.
    column: usize,
    /// How many values and keys have been started, against [`MAX_VALUES`].
    values: usize,
    keys: Keys,
}

impl<'t> Parser<'t> {
    fn pos(&mut self) -> Pos {
        let end = self.at.min(self.bytes.len());
        if end > self.counted_to {
            self.column += self
                .text
                .get(self.counted_to..end)
                .map_or(0, |s| s.chars().count());
            self.counted_to = end;
        }
        Pos {
            line: self.line,
            column: self.column + 1,
        }
    }

    fn error(&mut self, message: &str) -> JsonError {
        JsonError {
            pos: self.pos(),
            message: format!("invalid JSON: {message}"),
        }
    }

    fn skip_space(&mut self) {
        while let Some(&b) = self.bytes.get(self.at) {
            match b {
                b' ' | b'\t' | b'\r' => self.at += 1,
                b'\n' => {
                    self.at += 1;
                    self.line += 1;
                    self.counted_to = self.at;
                    self.column = 0;
                }
                _ => break,
            }
        }
    }

    /// Reads the one value of the document.
    fn document(&mut self) -> Result<Node<'t>, JsonError> {
        let mut stack: Vec<Frame<'t>> = Vec::new();
        loop {
            self.skip_space();
            // A value, or the end of an empty collection.
            let pos = self.pos();
            self.count_value()?;
            let node = match self.bytes.get(self.at) {
                None => return Err(self.error("the text ends where a value should be")),
                Some(b'{') | Some(b'[') => {
                    if stack.len() >= MAX_DEPTH {
                        return Err(
                            self.error(&format!("the JSON is nested more than {MAX_DEPTH} levels deep"))
                        );
                    }
                    let open = self.bytes[self.at];
                    self.at += 1;
                    self.skip_space();
                    let close = if open == b'{' { b'}' } else { b']' };
                    if self.bytes.get(self.at) == Some(&close) {
                        self.at += 1;
                        Node {
                            pos,
                            value: if open == b'{' {
                                Value::Map(Vec::new())
                            } else {
                                Value::Seq(Vec::new())
                            },
                        }
                    } else if open == b'{' {
                        let key = self.key()?;
                        stack.push(Frame::Map(pos, Vec::new(), Some(key)));
                        continue;
                    } else {
                        stack.push(Frame::Seq(pos, Vec::new()));
                        continue;
                    }
                }
                Some(b'"') => Node {
                    pos,
                    value: Value::Scalar(self.string()?),
                },
                Some(b't') => self.word("true", pos, Value::Bool(true))?,
                Some(b'f') => self.word("false", pos, Value::Bool(false))?,
                Some(b'n') => self.word("null", pos, Value::Null)?,
                Some(b'-' | b'0'..=b'9') => Node {
                    pos,
                    value: Value::Number(self.number()?),
                },
                Some(_) => {
                    return Err(self.error(
                        "expected a value (text in double quotes, a number, true, false, null, a list or a mapping)",
                    ))
                }
            };
            // Put the value into its parent and close every collection that
            // ends after it.
            let mut node = node;
            loop {
                let Some(frame) = stack.last_mut() else {
                    return Ok(node);
                };
                match frame {
                    Frame::Seq(_, items) => items.push(node),
                    Frame::Map(_, entries, key) => {
                        if let Some((key, key_pos)) = key.take() {
                            entries.push(Entry {
                                key,
                                key_pos,
                                value: node,
                            });
                        }
                    }
                }
                self.skip_space();
                let is_map = matches!(frame, Frame::Map(..));
                let close = if is_map { b'}' } else { b']' };
                match self.bytes.get(self.at) {
                    Some(b',') => {
                        self.at += 1;
                        if is_map {
                            let next = self.key()?;
                            if let Some(Frame::Map(_, _, key)) = stack.last_mut() {
                                *key = Some(next);
                            }
                        }
                        break;
                    }
                    Some(&b) if b == close => {
                        self.at += 1;
                        node = match stack.pop() {
                            Some(Frame::Seq(pos, items)) => Node {
                                pos,
                                value: Value::Seq(items),
                            },
                            Some(Frame::Map(pos, entries, _)) => Node {
                                pos,
                                value: Value::Map(entries),
                            },
                            None => return Err(self.error("unbalanced brackets")),
                        };
                    }
                    _ => {
                        let expected = if is_map {
                            "expected , or } after a value in a mapping"
                        } else {
                            "expected , or ] after a value in a list"
                        };
                        return Err(self.error(expected));
                    }
                }
            }
        }
    }

    /// Counts one more value against [`MAX_VALUES`].
    fn count_value(&mut self) -> Result<(), JsonError> {
        self.values += 1;
        if self.values > MAX_VALUES {
            return Err(self.error(&too_many_values()));
        }
        Ok(())
    }

    /// A mapping key and its colon.
    fn key(&mut self) -> Result<(Rc<str>, Pos), JsonError> {
        self.skip_space();
        let pos = self.pos();
        // Keys count as values, as in YAML.
        self.count_value()?;
        if self.bytes.get(self.at) != Some(&b'"') {
            return Err(self.error("expected a key in double quotes"));
        }
        // Keys seldom hold escapes; those that do not are looked up in
        // place, without a string of their own.
        let start = self.at + 1;
        let plain_end = self.bytes[start..]
            .iter()
            .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
            .map(|n| start + n)
            .filter(|&end| self.bytes[end] == b'"');
        let key = match plain_end {
            Some(end) => {
                let text = self.text;
                self.at = end + 1;
                self.keys.get(&text[start..end])
            }
            None => {
                let key = self.string()?;
                self.keys.get(&key)
            }
        };
        self.skip_space();
        if self.bytes.get(self.at) != Some(&b':') {
            return Err(self.error("expected : after the key"));
        }
        self.at += 1;
        Ok((key, pos))
    }

    fn word(&mut self, word: &str, pos: Pos, value: Value<'t>) -> Result<Node<'t>, JsonError> {
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(Node { pos, value })
        } else {
            Err(self.error(
                "expected a value (text in double quotes, a number, true, false, null, a list or a mapping)",
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: usize, column: usize) -> Pos {
        Pos { line, column }
    }

    #[test]
    fn marks_values_keys_and_collections_with_line_and_column() {
        let root = parse("{\n  \"a\": [1, \"x\"],\n  \"ø\": {\"b\": true, \"c\": null}\n}")
            .expect("valid JSON");
        assert_eq!(root.pos, at(1, 1));
        let Value::Map(entries) = &root.value else {
            panic!("a mapping: {root:?}")
        };
        assert_eq!((&*entries[0].key, entries[0].key_pos), ("a", at(2, 3)));
        let Value::Seq(items) = &entries[0].value.value else {
            panic!("a list")
        };
        assert_eq!(entries[0].value.pos, at(2, 8));
        assert_eq!(
            items[0],
            Node {
                pos: at(2, 9),
                value: Value::Number("1".into())
            }
        );
        assert_eq!(
            items[1],
            Node {
                pos: at(2, 12),
                value: Value::Scalar("x".into())
            }
        );
        // Columns count characters, not bytes.
        let Value::Map(inner) = &entries[1].value.value else {
            panic!("a mapping")
        };
        assert_eq!(entries[1].value.pos, at(3, 8));
        assert_eq!(
            inner[0].value,
            Node {
                pos: at(3, 14),
                value: Value::Bool(true)
            }
        );
        assert_eq!(
            inner[1].value,
            Node {
                pos: at(3, 25),
                value: Value::Null
            }
        );
    }

    #[test]
    fn strings_resolve_escapes_and_numbers_stay_as_written() {
        let root = parse(r#"["a\"b\\\/\n\t", "\u00e6\ud83d\ude00", 01e0, -0.5E+3, 0]"#);
        assert!(root.is_err(), "a leading zero is not JSON");
        let root = parse(r#"["a\"b\\\/\n\t", "\u00e6\ud83d\ude00", -0.5E+3, 0, {}, []]"#)
            .expect("valid JSON");
        let Value::Seq(items) = root.value else {
            panic!("a list")
        };
        let values: Vec<Value> = items.into_iter().map(|n| n.value).collect();
        assert_eq!(
            values,
            [
                Value::Scalar("a\"b\\/\n\t".into()),
                Value::Scalar("æ😀".into()),
                Value::Number("-0.5E+3".into()),
                Value::Number("0".into()),
                Value::Map(Vec::new()),
                Value::Seq(Vec::new()),
            ]
        );
    }

    #[test]
    fn repeated_keys_are_kept_for_the_field_helpers_to_report() {
        let root = parse(r#"{"a": 1, "a": 2, "\u00e6\"": 3}"#).expect("valid JSON");
        let Value::Map(entries) = root.value else {
            panic!("a mapping")
        };
        let keys: Vec<&str> = entries.iter().map(|e| &*e.key).collect();
        assert_eq!(keys, ["a", "a", "æ\""]);
    }

    #[test]
    fn rejects_what_is_not_json_with_a_position() {
        let deep = "[".repeat(MAX_DEPTH + 1);
        let cases: [(&str, Pos, &str); 13] = [
            ("", at(1, 1), "the text ends where a value should be"),
            ("{\"a\": 1,}", at(1, 9), "expected a key in double quotes"),
            ("[1 2]", at(1, 4), "expected , or ] after a value in a list"),
            ("{\"a\" 1}", at(1, 6), "expected : after the key"),
            (
                "{\"a\": 1\n\"b\": 2}",
                at(2, 1),
                "expected , or } after a value in a mapping",
            ),
            ("[\"æ\", tru]", at(1, 7), "expected a value"),
            ("[\"abc", at(1, 6), "the text ends inside a string"),
            ("[\"a\nb\"]", at(1, 4), "a string holds a line break"),
            ("[\"\\x\"]", at(1, 4), "unknown escape"),
            ("[\"\\ud800\"]", at(1, 9), "needs its pair"),
            ("[1.]", at(1, 4), "a number must look like"),
            ("{} {}", at(1, 4), "there is more after the end"),
            (&deep, at(1, 65), "nested more than 64 levels deep"),
        ];
        for (text, pos, message) in cases {
            match parse(text) {
                Err(e) => {
                    assert_eq!(e.pos, pos, "{text:?}: {e:?}");
                    assert!(e.message.starts_with("invalid JSON: "), "{text:?}: {e:?}");
                    assert!(e.message.contains(message), "{text:?}: {e:?}");
                }
                Ok(node) => panic!("{text:?} parsed as {node:?}"),
            }
        }
    }
}
