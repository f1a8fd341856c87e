//! YAML text to a position-marked [`Node`] tree.
//!
//! The tree is built from yaml-rust2's event parser rather than its loader,
//! because the loader recurses once per nesting level (deep input would
//! overflow the stack) and copies every alias without limit (a few lines of
//! nested aliases, a "billion laughs", would exhaust memory). Here the
//! nesting depth and the number of nodes aliases may add are both capped.
//!
//! Most provider files are plain block-style YAML, which [`block`] reads
//! several times faster into the same tree; yaml-rust2 reads the rest and
//! words every syntax error.

mod block;
mod tabs;

use crate::syntax::limits::{too_many_values, MAX_DEPTH, MAX_VALUES};
use crate::syntax::tree::{Entry, Keys, Node, Pos, Value};
use std::collections::HashMap;
use yaml_rust2::parser::{Event, Parser};
use yaml_rust2::scanner::{Marker, TScalarStyle};

/// The fewest nodes aliases may always add; larger files may add as many
/// nodes as they have bytes, which is more than any file without aliases
/// can hold, so honest use of anchors never hits the limit.
const MIN_ALIAS_BUDGET: usize = 10_000;

/// Why a text is not YAML the builder can read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YamlError {
    /// Where the problem is.
    pub pos: Pos,
    /// What is wrong.
    pub message: String,
}

/// Parses one YAML document into a tree.
///
/// An empty document (only comments) gives a [`Value::Null`] root. More
/// than one document, keys that are not scalars, deeper nesting than
/// [`MAX_DEPTH`] and aliases that expand too far are errors, as are YAML
/// syntax errors. Never panics.
pub fn parse(text: &str) -> Result<Node<'_>, YamlError> {
    match block::parse(text) {
        Some(tree) => Ok(tree),
        // A tab in indentation is worded for people, at the tab itself.
        None => parse_with_yaml_rust2(text)
            .map_err(|e| tabs::tab_in_indentation(text, e.pos.line).unwrap_or(e)),
    }
}

/// [`parse`] with yaml-rust2 only: the reference [`block`] is held to.
fn parse_with_yaml_rust2(text: &str) -> Result<Node<'static>, YamlError> {
    Builder::new(text.len()).run(Parser::new_from_str(text))
}

/// A collection being read, waiting for its end event.
enum Frame {
    Seq {
        pos: Pos,
        anchor: usize,
        items: Vec<Node<'static>>,
    },
    Map {
        pos: Option<Pos>,
        start: Pos,
        anchor: usize,
        entries: Vec<Entry<'static>>,
        key: Option<(std::rc::Rc<str>, Pos)>,
    },
}

/// The state of tree building.
struct Builder {
    stack: Vec<Frame>,
    root: Option<Node<'static>>,
    documents: usize,
    /// Completed anchored nodes with their sizes, by the parser's anchor id.
    anchors: HashMap<usize, (Node<'static>, usize)>,
    /// How many more nodes aliases may add.
    alias_budget: usize,
    /// How many nodes have been completed, against [`MAX_VALUES`].
    values: usize,
    keys: Keys,
}

impl Builder {
    fn new(text_len: usize) -> Builder {
        Builder {
            stack: Vec::new(),
            root: None,
            documents: 0,
            anchors: HashMap::new(),
            alias_budget: text_len.max(MIN_ALIAS_BUDGET),
            values: 0,
            keys: Keys::default(),
        }
    }

    fn run(mut self, mut parser: Parser<std::str::Chars<'_>>) -> Result<Node<'static>, YamlError> {
        loop {
            let (event, mark) = parser.next_token().map_err(|e| YamlError {
                pos: pos(e.marker()),
                message: match e.info() {
                    // The scanner reads ahead and counts flow nesting in a
                    // byte: 256 `[` stop it before the parser reaches the
                    // depth limit. The same mistake, the same message.
                    "recursion limit exceeded" => nested_too_deep(),
                    info => info.to_owned(),
                },
            })?;
            let at = pos(&mark);
            match event {
                Event::StreamEnd => break,
                Event::DocumentStart => {
                    self.documents += 1;
                    if self.documents > 1 {
                        return Err(error(
                            at,
                            "the file holds more than one YAML document (a second `---`); put everything in one",
                        ));
                    }
                }
                Event::Scalar(text, style, anchor, _tag) => {
                    let value = if style == TScalarStyle::Plain && is_null(&text) {
                        Value::Null
                    } else {
                        Value::Scalar(text.into())
                    };
                    self.complete(Node { pos: at, value }, anchor)?;
                }
                Event::Alias(id) => {
                    let node = self.expand(id, at)?;
                    self.complete(node, 0)?;
                }
                Event::SequenceStart(anchor, _tag) => {
                    self.open(Frame::Seq {
                        pos: at,
                        anchor,
                        items: Vec::new(),
                    })?;
                }
                Event::MappingStart(anchor, _tag) => {
                    self.open(Frame::Map {
                        pos: None,
                        start: at,
                        anchor,
                        entries: Vec::new(),
                        key: None,
                    })?;
                }
                Event::SequenceEnd | Event::MappingEnd => {
                    let (node, anchor) = match self.stack.pop() {
                        Some(Frame::Seq { pos, anchor, items }) => (
                            Node {
                                pos,
                                value: Value::Seq(items),
                            },
                            anchor,
                        ),
                        Some(Frame::Map {
                            pos,
                            start,
                            anchor,
                            entries,
                            ..
                        }) => (
                            Node {
                                pos: pos.unwrap_or(start),
                                value: Value::Map(entries),
                            },
                            anchor,
                        ),
                        None => return Err(error(at, "unbalanced end of a list or mapping")),
                    };
                    self.complete(node, anchor)?;
                }
                Event::StreamStart | Event::DocumentEnd | Event::Nothing => {}
            }
        }
        Ok(self.root.unwrap_or(Node {
            pos: Pos { line: 1, column: 1 },
            value: Value::Null,
        }))
    }

    /// Starts a collection, refusing nesting deeper than [`MAX_DEPTH`].
    fn open(&mut self, frame: Frame) -> Result<(), YamlError> {
        let at = match &frame {
            Frame::Seq { pos, .. } => *pos,
            Frame::Map { start, .. } => *start,
        };
        if self.stack.len() >= MAX_DEPTH {
            return Err(error(at, &nested_too_deep()));
        }
        self.stack.push(frame);
        Ok(())
    }

    /// A copy of the node an alias refers to, counted against the budget.
    fn expand(&mut self, id: usize, at: Pos) -> Result<Node<'static>, YamlError> {
        let Some((node, size)) = self.anchors.get(&id) else {
            // The parser rejects unknown anchors; an anchor whose own
            // collection is still open (`&a [*a]`) ends up here.
            return Err(error(
                at,
                "the alias refers to a list or mapping that contains it",
            ));
        };
        if *size > self.alias_budget {
            return Err(error(
                at,
                "aliases expand to too many values; write the values out instead",
            ));
        }
        self.alias_budget -= size;
        let mut node = node.clone();
        // Report problems in the copy where the alias is, the place the
        // author looks at.
        node.pos = at;
        Ok(node)
    }

    /// Puts a finished node into its parent (or makes it the root).
    fn complete(&mut self, node: Node<'static>, anchor: usize) -> Result<(), YamlError> {
        self.values += 1;
        if self.values > MAX_VALUES {
            return Err(error(node.pos, &too_many_values()));
        }
        if anchor != 0 {
            let size = node.size();
            self.anchors.insert(anchor, (node.clone(), size));
        }
        match self.stack.last_mut() {
            None => self.root = Some(node),
            Some(Frame::Seq { items, .. }) => items.push(node),
            Some(Frame::Map {
                pos, entries, key, ..
            }) => match key.take() {
                None => {
                    let text = match node.value {
                        Value::Scalar(text) => text,
                        Value::Null => Default::default(),
                        Value::Seq(_) | Value::Map(_) | Value::Number(_) | Value::Bool(_) => {
                            return Err(error(
                                node.pos,
                                "a mapping key must be plain text, not a list or mapping",
                            ))
                        }
                    };
                    // A block mapping's start event points past its first
                    // key; the first key is where the mapping visibly starts.
                    pos.get_or_insert(node.pos);
                    *key = Some((self.keys.get(&text), node.pos));
                }
                Some((key, key_pos)) => {
                    let mut value = node;
                    if matches!(value.value, Value::Null) {
                        // The parser places an empty value at the next
                        // token, often on a later line; the key is where
                        // the author looks.
                        value.pos = key_pos;
                    }
                    entries.push(Entry {
                        key,
                        key_pos,
                        value,
                    });
                }
            },
        }
        Ok(())
    }
}

fn nested_too_deep() -> String {
    format!("the YAML is nested more than {MAX_DEPTH} levels deep")
}

/// The plain scalars YAML 1.2 reads as null.
fn is_null(text: &str) -> bool {
    matches!(text, "" | "~" | "null" | "Null" | "NULL")
}

fn pos(mark: &Marker) -> Pos {
    // yaml-rust2 counts lines from 1 but columns from 0.
    Pos {
        line: mark.line().max(1),
        column: mark.col() + 1,
    }
}

fn error(pos: Pos, message: &str) -> YamlError {
    YamlError {
        pos,
        message: message.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scalar(line: usize, column: usize, text: &str) -> Node<'_> {
        Node {
            pos: Pos { line, column },
            value: Value::Scalar(text.into()),
        }
    }

    #[test]
    fn marks_nodes_with_their_positions() {
        let root = parse("a: 1\nb:\n  - x: \"q\"\n    y:\nc: ~\n").expect("valid YAML");
        let Value::Map(entries) = &root.value else {
            panic!("a mapping: {root:?}")
        };
        assert_eq!(root.pos, Pos { line: 1, column: 1 });
        assert_eq!(entries[0].value, scalar(1, 4, "1"));
        let Value::Seq(items) = &entries[1].value.value else {
            panic!("a list: {entries:?}")
        };
        let Value::Map(inner) = &items[0].value else {
            panic!("a mapping: {items:?}")
        };
        assert_eq!(items[0].pos, Pos { line: 3, column: 5 });
        assert_eq!(inner[0].value, scalar(3, 8, "q"));
        // Empty values are placed at their key.
        assert_eq!(inner[1].value.pos, Pos { line: 4, column: 5 });
        assert_eq!(inner[1].value.value, Value::Null);
        assert_eq!(entries[2].value.value, Value::Null);
    }

    #[test]
    fn keeps_scalars_as_written() {
        let root = parse("[01, 2020-01-01, true, '~', \"\"]").expect("valid YAML");
        let Value::Seq(items) = root.value else {
            panic!("a list")
        };
        let texts: Vec<_> = items.iter().map(|n| n.as_scalar()).collect();
        assert_eq!(
            texts,
            [
                Some("01"),
                Some("2020-01-01"),
                Some("true"),
                Some("~"),
                Some("")
            ]
        );
    }

    #[test]
    fn rejects_what_it_cannot_read_with_a_position() {
        let deep = "[".repeat(MAX_DEPTH + 1);
        // Past the scanner's own limit of 255 open flow collections.
        let very_deep = "[".repeat(300);
        let bomb = {
            let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
            for i in 0..8 {
                let prev = if i == 0 {
                    "a".to_owned()
                } else {
                    format!("l{}", i - 1)
                };
                text.push_str(&format!(
                    "l{i}: &l{i} [{}]\n",
                    vec![format!("*{prev}"); 10].join(", ")
                ));
            }
            text
        };
        let cases = [
            (
                "a: 1\n  b: 2\n",
                2,
                "mapping values are not allowed in this context",
            ),
            (
                "a: 1\n---\nb: 2\n",
                2,
                "the file holds more than one YAML document",
            ),
            ("? [a]\n: 1\n", 1, "a mapping key must be plain text"),
            (&deep, 1, "nested more than 64 levels deep"),
            (&very_deep, 1, "nested more than 64 levels deep"),
            (&bomb, 4, "aliases expand to too many values"),
            (
                "a: &a [*a]\n",
                1,
                "the alias refers to a list or mapping that contains it",
            ),
            ("a: *nope\n", 1, "unknown anchor"),
        ];
        for (text, line, message) in cases {
            match parse(text) {
                Err(e) => {
                    assert_eq!(e.pos.line, line, "{text}: {e:?}");
                    assert!(e.message.contains(message), "{text}: {e:?}");
                }
                Ok(node) => panic!("{text} parsed as {node:?}"),
            }
        }
    }

    #[test]
    fn empty_documents_give_a_null_root() {
        for text in ["# only a comment\n", "---\n", ""] {
            assert_eq!(parse(text).map(|n| n.value), Ok(Value::Null), "{text:?}");
        }
    }

    #[test]
    fn honest_aliases_are_expanded() {
        let root = parse("a: &x {k: v}\nb: *x\n").expect("valid YAML");
        let Value::Map(entries) = root.value else {
            panic!("a mapping")
        };
        assert_eq!(entries[1].value.value, entries[0].value.value);
        assert_eq!(entries[1].value.pos, Pos { line: 2, column: 4 });
    }
}
