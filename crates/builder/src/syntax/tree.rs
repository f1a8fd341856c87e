//! A position-marked document tree, the common input of every dialect
//! reader.
//!
//! YAML files are parsed into it by [`crate::syntax::yaml`], JSON files by
//! [`crate::syntax::json`], both within the bounds in
//! [`crate::syntax::limits`], so the field helpers in [`crate::dialect::fields`] and the rules
//! built on them serve every dialect.

use std::borrow::Cow;
use std::collections::HashSet;
use std::rc::Rc;

/// A place in a file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Pos {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
}

/// A node of the tree, with where it starts. Its text borrows from the
/// file's text `'t` where it is written as is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Node<'t> {
    /// Where the node starts; for an empty value, where its key is.
    pub pos: Pos,
    /// What the node holds.
    pub value: Value<'t>,
}

/// The content of a node.
///
/// Scalars are kept as the text written, never as numbers, booleans or
/// dates: a code `01` must stay `01`, and a date `2020-01-01` is checked by
/// the builder, not guessed by the parser.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value<'t> {
    /// An empty value, `~` or `null`.
    Null,
    /// Any other scalar, as written (quotes removed, escapes resolved):
    /// a slice of the file unless quotes or escapes had to be resolved, so
    /// reading a large file does not allocate a string per value. In
    /// JSON, only strings are scalars.
    Scalar(Cow<'t, str>),
    /// A JSON number, as written (`1`, `-2.5e3`). YAML has none: its
    /// numbers are scalars, because YAML does not tell `01` from `1`.
    Number(String),
    /// A JSON `true` or `false`.
    Bool(bool),
    /// A list.
    Seq(Vec<Node<'t>>),
    /// A mapping, with its keys in file order.
    Map(Vec<Entry<'t>>),
}

/// One key and value of a mapping.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry<'t> {
    /// The key. Shared: a file repeats the same few keys thousands of
    /// times, and the JSON reader stores each once.
    pub key: Rc<str>,
    /// Where the key is.
    pub key_pos: Pos,
    /// The value.
    pub value: Node<'t>,
}

/// The keys of one file, each stored once.
#[derive(Debug, Default)]
pub struct Keys {
    all: HashSet<Rc<str>>,
    /// The keys last looked up, by a cheap hash of their length and ends:
    /// a file names the same few keys over and over, and hashing each
    /// with the set's (flood-proof, slower) hasher showed in profiles.
    recent: [Option<Rc<str>>; RECENT],
}

/// How many keys [`Keys`] remembers (`Default` is derived up to 32).
const RECENT: usize = 32;

impl Keys {
    /// The shared copy of `key`.
    pub fn get(&mut self, key: &str) -> Rc<str> {
        let bytes = key.as_bytes();
        let slot = match (bytes.first(), bytes.last()) {
            (Some(&first), Some(&last)) => {
                (bytes.len() * 31 + usize::from(first) * 7 + usize::from(last)) % RECENT
            }
            _ => 0,
        };
        if let Some(recent) = &self.recent[slot] {
            if &**recent == key {
                return Rc::clone(recent);
            }
        }
        let shared = match self.all.get(key) {
            Some(shared) => Rc::clone(shared),
            None => {
                let shared: Rc<str> = Rc::from(key);
                self.all.insert(Rc::clone(&shared));
                shared
            }
        };
        self.recent[slot] = Some(Rc::clone(&shared));
        shared
    }
}

impl Node<'_> {
    /// What kind of value this is, for messages such as
    /// "expected a list, found text".
    pub fn kind(&self) -> &'static str {
        match self.value {
            Value::Null => "nothing",
            Value::Scalar(_) => "text",
            Value::Number(_) => "a number",
            Value::Bool(_) => "true or false",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a mapping",
        }
    }

    /// The scalar text, if this is a scalar.
    pub fn as_scalar(&self) -> Option<&str> {
        match &self.value {
            Value::Scalar(s) => Some(s),
            _ => None,
        }
    }

    /// The number of nodes in this subtree, itself included.
    pub fn size(&self) -> usize {
        // Recursion is safe: the YAML and JSON readers limit the nesting depth.
        1 + match &self.value {
            Value::Null | Value::Scalar(_) | Value::Number(_) | Value::Bool(_) => 0,
            Value::Seq(items) => items.iter().map(Node::size).sum(),
            Value::Map(entries) => entries.iter().map(|e| e.value.size()).sum(),
        }
    }
}
