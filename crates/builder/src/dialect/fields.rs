//! Reading typed fields out of a [`Node`] tree, reporting every problem
//! with its place.
//!
//! These helpers hold the per-field rules every dialect shares: required
//! fields, empty values, the kind of value (text, list, mapping), closed
//! vocabularies, dates, and unknown or repeated keys. A dialect reader says
//! which fields exist and how they map onto the draft; the helpers do the
//! checking and reporting, so the messages are the same in every dialect.

use crate::dialect::draft::{Loc, Spanned};
use crate::dialect::suggest::did_you_mean;
use crate::syntax::problem::Problem;
use crate::syntax::tree::{Entry, Node, Pos, Value};

mod values;

/// The longest value a field may have, in characters. Real descriptions
/// are a few thousand at most; a longer value is data pasted into the
/// metadata by mistake and would bloat the catalog every visitor loads.
pub const MAX_VALUE_CHARS: usize = 100_000;

/// Reads one file's tree and collects the problems found on the way.
#[derive(Debug)]
pub struct Reader<'f> {
    file: &'f str,
    /// The problems found so far, in the order found.
    pub problems: Vec<Problem>,
    /// The provider that problems found from now on belong to; dialect
    /// readers set it as soon as they know the publisher.
    pub provider: Option<String>,
    /// True when unknown fields are errors rather than warnings: in
    /// microdata-tools JSON, whose reference validator refuses them.
    pub strict: bool,
}

/// The fields of one mapping, looked up by the names a dialect knows.
///
/// Made by [`Reader::fields`], which has already reported unknown and
/// repeated keys.
#[derive(Debug)]
pub struct Fields<'n> {
    node: &'n Node<'n>,
    path: String,
    known: &'static [&'static str],
    slots: Vec<Option<&'n Entry<'n>>>,
}

impl<'n> Fields<'n> {
    /// The value of a known field, `None` when absent. Empty values (`~`,
    /// `null`, nothing) are returned as they are; the typed helpers treat
    /// them as absent.
    pub fn get(&self, key: &str) -> Option<&'n Node<'n>> {
        let index = self.known.iter().position(|k| *k == key);
        debug_assert!(index.is_some(), "{key} is not a known field");
        index.and_then(|i| self.slots[i]).map(|entry| &entry.value)
    }

    /// The path of a field of this mapping.
    pub fn path(&self, key: &str) -> String {
        join(&self.path, key)
    }

    /// Where the mapping itself is.
    pub fn loc(&self) -> Loc {
        Loc::at(self.node.pos, self.path.clone())
    }

    /// Where a field is, or where the mapping is when the field is absent.
    pub fn loc_of(&self, key: &str) -> Loc {
        Loc::at(
            self.get(key).map_or(self.node.pos, |n| n.pos),
            self.path(key),
        )
    }

    /// Where the first of `keys` that is present is, if any: where a group
    /// of fields (a described value domain) starts.
    pub fn first_of(&self, keys: &[&str]) -> Option<Loc> {
        keys.iter()
            .filter(|key| self.get(key).is_some())
            .map(|key| self.loc_of(key))
            .min_by_key(Loc::pos)
    }

    /// True when the field is present with a non-empty value.
    pub fn has(&self, key: &str) -> bool {
        self.get(key)
            .is_some_and(|n| !matches!(n.value, Value::Null))
    }
}

impl<'f> Reader<'f> {
    /// A reader for the file named `file`.
    pub fn new(file: &'f str) -> Reader<'f> {
        Reader {
            file,
            problems: Vec::new(),
            provider: None,
            strict: false,
        }
    }

    /// Makes `provider` the provider of the problems found from now on and
    /// of those found since the first `since` (before the publisher's name
    /// was read).
    pub fn set_provider(&mut self, provider: Option<String>, since: usize) {
        let since = since.min(self.problems.len());
        for problem in &mut self.problems[since..] {
            problem.provider.clone_from(&provider);
        }
        self.provider = provider;
    }

    /// The file being read.
    pub fn file(&self) -> &'f str {
        self.file
    }

    /// Reports an error.
    pub fn error(&mut self, at: Pos, path: &str, message: impl Into<String>) {
        let problem = Problem::error(self.file, at.line, path, message).at_column(at.column);
        self.problems
            .push(problem.for_provider(self.provider.clone()));
    }

    /// Reports a warning.
    pub fn warning(&mut self, at: Pos, path: &str, message: impl Into<String>) {
        let problem = Problem::warning(self.file, at.line, path, message).at_column(at.column);
        self.problems
            .push(problem.for_provider(self.provider.clone()));
    }

    /// The fields of a mapping at `path`, whose allowed keys are `known`.
    ///
    /// Reports an error when the node is not a mapping, an error for each
    /// repeated key and a warning for each unknown key, with a suggestion
    /// when it is a near miss of a known one.
    pub fn fields<'n>(
        &mut self,
        node: &'n Node<'n>,
        path: &str,
        known: &'static [&'static str],
    ) -> Option<Fields<'n>> {
        let Value::Map(entries) = &node.value else {
            self.wrong_kind(node, path, "a mapping");
            return None;
        };
        let mut slots = vec![None; known.len()];
        for entry in entries {
            // The key's path is made only for a message: most keys have
            // none, and building every path dominated the reading time.
            match known.iter().position(|k| *k == &*entry.key) {
                Some(i) => match slots[i] {
                    Some(first) => {
                        let first: &Entry = first;
                        self.error(
                            entry.key_pos,
                            &join(path, &entry.key),
                            format!("is given twice (first on line {})", first.key_pos.line),
                        );
                    }
                    None => slots[i] = Some(entry),
                },
                None => {
                    let hint = match did_you_mean(&entry.key, known) {
                        Some(known) => format!("did you mean \"{known}\"?"),
                        None if self.strict => format!("the fields here are {}", known.join(", ")),
                        None => "it is ignored".to_owned(),
                    };
                    let message = format!("unknown field; {hint}");
                    if self.strict {
                        self.error(entry.key_pos, &join(path, &entry.key), message);
                    } else {
                        self.warning(entry.key_pos, &join(path, &entry.key), message);
                    }
                }
            }
        }
        Some(Fields {
            node,
            path: path.to_owned(),
            known,
            slots,
        })
    }

    /// The fields of the mapping in field `key` of `f`, if present.
    pub fn sub_fields<'n>(
        &mut self,
        f: &Fields<'n>,
        key: &str,
        known: &'static [&'static str],
    ) -> Option<Fields<'n>> {
        let node = present(f.get(key))?;
        self.fields(node, &f.path(key), known)
    }

    /// The items of the list in field `key`, with the list's path; `None`
    /// (and an error if `required`) when absent or not a list.
    pub fn list<'n>(
        &mut self,
        f: &Fields<'n>,
        key: &str,
        required: bool,
    ) -> Option<(&'n [Node<'n>], String)> {
        let path = f.path(key);
        match present(f.get(key)) {
            None => {
                if required {
                    self.missing(f, key);
                }
                None
            }
            Some(node) => match &node.value {
                Value::Seq(items) => Some((items, path)),
                _ => {
                    self.wrong_kind(node, &path, "a list");
                    None
                }
            },
        }
    }

    /// A list of mappings, each read by `item`; present but empty (or `~`)
    /// gives an empty list, so that the rules can tell "empty" from
    /// "absent".
    pub fn items<T>(
        &mut self,
        f: &Fields,
        key: &str,
        known: &'static [&'static str],
        mut item: impl FnMut(&mut Self, &Fields) -> T,
    ) -> Option<Spanned<Vec<T>>> {
        let node = f.get(key)?;
        let loc = Loc::at(node.pos, f.path(key));
        let nodes = match &node.value {
            Value::Null => &[][..],
            Value::Seq(nodes) => nodes,
            _ => {
                self.wrong_kind(node, &loc.path, "a list");
                return None;
            }
        };
        let mut value = Vec::with_capacity(nodes.len());
        for (i, node) in nodes.iter().enumerate() {
            if let Some(fields) = self.fields(node, &format!("{}[{i}]", loc.path), known) {
                value.push(item(self, &fields));
            }
        }
        Some(Spanned { value, loc })
    }

    /// `text`, the scalar in `node` at `path`; `None` after an error when
    /// [`value_problem`] finds one.
    pub fn checked_value<'t>(&mut self, node: &Node, path: &str, text: &'t str) -> Option<&'t str> {
        match value_problem(text) {
            None => Some(text),
            Some(message) => {
                self.error(node.pos, path, message);
                None
            }
        }
    }

    /// Reports a missing required field at the mapping that lacks it.
    pub fn missing(&mut self, f: &Fields, key: &str) {
        self.error(f.node.pos, &f.path(key), "is missing");
    }

    /// Reports a value of the wrong kind.
    pub fn wrong_kind(&mut self, node: &Node, path: &str, expected: &str) {
        self.error(
            node.pos,
            path,
            format!("expected {expected}, found {}", node.kind()),
        );
    }
}

/// What is wrong with a scalar whatever its field: longer than
/// [`MAX_VALUE_CHARS`], or a control character other than tab and line ends
/// (written as an escape such as `\u0000` or `"\e"`: the raw characters
/// are refused with the file).
pub fn value_problem(text: &str) -> Option<String> {
    // Counting characters only past the limit in bytes keeps the common
    // case cheap.
    if text.len() > MAX_VALUE_CHARS {
        let chars = text.chars().count();
        if chars > MAX_VALUE_CHARS {
            return Some(format!(
                "is {chars} characters long; at most {MAX_VALUE_CHARS} are allowed"
            ));
        }
    }
    // Bytes, not characters: ASCII control bytes never occur inside a
    // multi-byte UTF-8 character, and every scalar read passes here.
    let c = text
        .bytes()
        .find(|b| b.is_ascii_control() && !matches!(b, b'\t' | b'\n' | b'\r'))?;
    Some(format!(
        "contains the control character U+{:04X}; metadata text must be plain text",
        u32::from(c)
    ))
}

/// `path.key`, or `key` at the top.
fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        return key.to_owned();
    }
    // Cheaper than `format!`, and paths are made for every value read.
    let mut joined = String::with_capacity(path.len() + 1 + key.len());
    joined.push_str(path);
    joined.push('.');
    joined.push_str(key);
    joined
}

/// The node unless it is absent or empty.
pub fn present<'n>(node: Option<&'n Node<'n>>) -> Option<&'n Node<'n>> {
    node.filter(|n| !matches!(n.value, Value::Null))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::yaml;

    const KNOWN: &[&str] = &["name", "temporalityType", "start", "tags"];

    /// Reads `yaml` with `read` and returns the result and the problems as
    /// printed.
    fn check<T>(
        yaml: &str,
        read: impl FnOnce(&mut Reader, &Fields) -> T,
    ) -> (Option<T>, Vec<String>) {
        let node = yaml::parse(yaml).expect("valid YAML");
        let mut reader = Reader::new("f.yaml");
        let value = reader
            .fields(&node, "v", KNOWN)
            .map(|f| read(&mut reader, &f));
        let problems = reader.problems.iter().map(|p| p.to_string()).collect();
        (value, problems)
    }

    #[test]
    fn fields_reports_unknown_and_repeated_keys() {
        let (_, problems) = check(
            "name: A\ntemporalitytype: FIXED\nname: B\ncolour: red\n",
            |_, _| (),
        );
        assert_eq!(
            problems,
            [
                "f.yaml:2:1: warning: v.temporalitytype: unknown field; did you mean \"temporalityType\"?",
                "f.yaml:3:1: v.name: is given twice (first on line 1)",
                "f.yaml:4:1: warning: v.colour: unknown field; it is ignored",
            ]
        );
    }

    #[test]
    fn required_strings_report_missing_empty_and_wrong_kinds() {
        let cases: [(&str, Option<&str>, &[&str]); 5] = [
            ("name: ' A '", Some("A"), &[]),
            ("start: x", None, &["f.yaml:1:1: v.name: is missing"]),
            ("name:", None, &["f.yaml:1:1: v.name: is missing"]),
            (
                "name: \"\"",
                None,
                &["f.yaml:1:7: v.name: must not be empty"],
            ),
            (
                "name: [a]",
                None,
                &["f.yaml:1:7: v.name: expected text, found a list"],
            ),
        ];
        for (yaml, expected, messages) in cases {
            let (value, problems) = check(yaml, |r, f| r.required_string(f, "name"));
            assert_eq!(
                value.flatten().map(|s| s.value).as_deref(),
                expected,
                "{yaml}"
            );
            assert_eq!(problems, messages, "{yaml}");
        }
    }

    #[test]
    fn values_over_the_limit_or_with_control_characters_are_errors() {
        let read = |r: &mut Reader, f: &Fields| r.required_string(f, "name").map(|s| s.value);
        // Twice as many bytes as the limit, but no more characters.
        let at_limit = "æ".repeat(MAX_VALUE_CHARS);
        let (value, problems) = check(&format!("name: {at_limit}"), read);
        assert_eq!(value.flatten(), Some(at_limit));
        assert!(problems.is_empty(), "{problems:?}");
        let over = "a".repeat(MAX_VALUE_CHARS + 1);
        let (value, problems) = check(&format!("name: {over}"), read);
        assert_eq!(value, Some(None));
        assert_eq!(
            problems,
            ["f.yaml:1:7: v.name: is 100001 characters long; at most 100000 are allowed"]
        );
        let (value, problems) = check("name: \"a\\0b\"\nstart: \"tab\\tand\\nline\"", |r, f| {
            (read(r, f), r.required_string(f, "start").map(|s| s.value))
        });
        assert_eq!(value, Some((None, Some("tab\tand\nline".to_owned()))));
        assert_eq!(
            problems,
            ["f.yaml:1:7: v.name: contains the control character U+0000; metadata text must be plain text"]
        );
    }

    #[test]
    fn vocab_and_dates_name_the_allowed_forms() {
        let codes = ["FIXED", "STATUS"];
        let parse = |s: &str| codes.contains(&s).then_some(s.len());
        let (_, problems) = check("temporalityType: FIXD", |r, f| {
            r.vocab(f, "temporalityType", true, &codes, parse)
        });
        assert_eq!(
            problems,
            ["f.yaml:1:18: v.temporalityType: \"FIXD\" is not one of FIXED, STATUS"]
        );
        let (value, problems) = check("start: 2020-02-30", |r, f| r.date(f, "start", true));
        assert_eq!(value, Some(None));
        assert_eq!(
            problems,
            ["f.yaml:1:8: v.start: \"2020-02-30\" is not a real date in the form YYYY-MM-DD"]
        );
    }

    #[test]
    fn string_lists_skip_empty_items_and_report_others() {
        let (value, problems) = check("tags: [a, '', {x: 1}, b]", |r, f| {
            r.string_list(f, "tags")
                .into_iter()
                .map(|s| s.value)
                .collect::<Vec<_>>()
        });
        assert_eq!(value, Some(vec!["a".to_owned(), "b".to_owned()]));
        assert_eq!(
            problems,
            ["f.yaml:1:16: v.tags[2]: expected text, found a mapping"]
        );
    }
}
