//! Reading multilingual text fields.
//!
//! A text is one of: a plain string (Norwegian Bokmål); a list of plain
//! strings (Bokmål paragraphs, joined by a blank line); or a list of
//! `{languageCode, value}` with `languageCode` one of `no`, `nb`, `nn`,
//! `en`, where `no` counts as `nb`.

use crate::dialect::fields::{present, value_problem, Fields, Reader};
use crate::syntax::tree::{Node, Pos, Value};
use catalog::Text;

/// The language codes a text may use.
pub const LANGUAGE_CODES: [&str; 4] = ["no", "nb", "nn", "en"];

const LANGUAGE_FIELDS: &[&str] = &["languageCode", "value"];

impl Reader<'_> {
    /// A required text: errors when missing, empty or malformed.
    pub fn required_text(&mut self, f: &Fields, key: &str) -> Text {
        let Some(node) = present(f.get(key)) else {
            self.missing(f, key);
            return Text::default();
        };
        match self.parse_text(node, &f.path(key)) {
            Some(text) if text.is_empty() => {
                self.error(node.pos, &f.path(key), "must not be empty");
                text
            }
            text => text.unwrap_or_default(),
        }
    }

    /// An optional text; `None` when absent or empty.
    pub fn optional_text(&mut self, f: &Fields, key: &str) -> Option<Text> {
        let node = present(f.get(key))?;
        Some(self.text_at(node, &f.path(key))).filter(|t| !t.is_empty())
    }

    /// An optional text, empty when absent.
    pub fn text_or_empty(&mut self, f: &Fields, key: &str) -> Text {
        self.optional_text(f, key).unwrap_or_default()
    }

    /// A list of texts, such as subject fields or keywords; empty items are
    /// skipped.
    pub fn text_list(&mut self, f: &Fields, key: &str) -> Vec<Text> {
        let Some((items, path)) = self.list(f, key, false) else {
            return Vec::new();
        };
        items
            .iter()
            .enumerate()
            .map(|(i, item)| self.text_at(item, &format!("{path}[{i}]")))
            .filter(|t| !t.is_empty())
            .collect()
    }

    /// The text in `node`, which is at `path`; empty (with errors) when
    /// malformed.
    pub fn text_at(&mut self, node: &Node, path: &str) -> Text {
        self.parse_text(node, path).unwrap_or_default()
    }

    /// The text in `node`; `None` when malformed, after reporting why.
    fn parse_text(&mut self, node: &Node, path: &str) -> Option<Text> {
        match &node.value {
            Value::Null => Some(Text::default()),
            Value::Scalar(s) => Some(nb(self.checked_value(node, path, s)?.trim())),
            Value::Seq(items) => {
                let maps = items
                    .iter()
                    .filter(|i| matches!(i.value, Value::Map(_)))
                    .count();
                if maps == 0 {
                    self.paragraphs(items, path)
                } else if maps == items.len() {
                    self.languages(items, path)
                } else {
                    self.error(
                        node.pos,
                        path,
                        "mixes plain strings with {languageCode, value} items; use one form",
                    );
                    None
                }
            }
            Value::Map(_) | Value::Number(_) | Value::Bool(_) => {
                self.wrong_kind(
                    node,
                    path,
                    "text (a string, a list of strings or a list of {languageCode, value})",
                );
                None
            }
        }
    }

    /// Norwegian paragraphs, joined by a blank line.
    fn paragraphs(&mut self, items: &[Node], path: &str) -> Option<Text> {
        let mut parts = Vec::with_capacity(items.len());
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            let item_path = format!("{path}[{i}]");
            match &item.value {
                Value::Seq(_) => {
                    self.wrong_kind(item, &item_path, "text");
                    ok = false;
                }
                Value::Scalar(s) if self.checked_value(item, &item_path, s).is_none() => ok = false,
                _ => parts.extend(self.string_at(item, &item_path).map(|s| s.value)),
            }
        }
        ok.then(|| nb(&parts.join("\n\n")))
    }

    /// Text in several languages.
    fn languages(&mut self, items: &[Node], path: &str) -> Option<Text> {
        let mut text = Text::default();
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            let (code, value, code_pos) = match simple_language(item) {
                Some(simple) => simple,
                None => match self.checked_language(item, &format!("{path}[{i}]")) {
                    Some(read) => read,
                    None => {
                        ok = false;
                        continue;
                    }
                },
            };
            let slot = match code.as_str() {
                "nn" => &mut text.nn,
                "en" => &mut text.en,
                _ => &mut text.nb,
            };
            if slot.is_some() {
                let lang = if code == "no" { "nb" } else { code.as_str() };
                self.warning(
                    code_pos,
                    &format!("{path}[{i}].languageCode"),
                    format!(
                        "gives language {lang} a second time (no counts as nb); the first is used"
                    ),
                );
            } else {
                *slot = Some(value);
            }
        }
        ok.then_some(text)
    }

    /// One `{languageCode, value}` item, checked field by field with
    /// messages; `None` when it is not usable.
    fn checked_language(&mut self, item: &Node, path: &str) -> Option<(String, String, Pos)> {
        let f = self.fields(item, path, LANGUAGE_FIELDS)?;
        let code = self.vocab(&f, "languageCode", true, &LANGUAGE_CODES, |c| {
            LANGUAGE_CODES.contains(&c).then(|| c.to_owned())
        });
        let value = self.required_string(&f, "value");
        Some((code?, value?.value, f.loc_of("languageCode").pos()))
    }
}

/// The usual `{languageCode, value}` item, with a known code and a
/// non-empty, acceptable value, read without the field-by-field checks: they would
/// find nothing, and building their field paths took most of the time of
/// reading JSON texts.
fn simple_language(item: &Node) -> Option<(String, String, Pos)> {
    let Value::Map(entries) = &item.value else {
        return None;
    };
    let [a, b] = entries.as_slice() else {
        return None;
    };
    let (code, value) = match (&*a.key, &*b.key) {
        ("languageCode", "value") => (a, b),
        ("value", "languageCode") => (b, a),
        _ => return None,
    };
    let code_text = code.value.as_scalar()?.trim();
    let value_text = value.value.as_scalar()?.trim();
    (LANGUAGE_CODES.contains(&code_text)
        && !value_text.is_empty()
        && value_problem(value_text).is_none())
    .then(|| (code_text.to_owned(), value_text.to_owned(), code.value.pos))
}

/// Plain Norwegian text; empty text stays empty.
fn nb(s: &str) -> Text {
    if s.is_empty() {
        Text::default()
    } else {
        Text::nb(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::yaml;

    fn check(yaml: &str, expected: Text, messages: &[&str]) {
        let node = yaml::parse(yaml).expect("valid YAML");
        let mut reader = Reader::new("t.yaml");
        let text = reader
            .fields(&node, "", &["title"])
            .map(|f| reader.required_text(&f, "title"));
        let problems: Vec<_> = reader.problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(text, Some(expected), "{yaml}");
        assert_eq!(problems, messages, "{yaml}");
    }

    #[test]
    fn the_three_text_forms_and_their_mistakes() {
        let both = Text::nb_en("Elever", "Pupils");
        check("title: ' Elever '", Text::nb("Elever"), &[]);
        check(
            "title: [Første., Andre.]",
            Text::nb("Første.\n\nAndre."),
            &[],
        );
        check(
            "title: [{languageCode: nb, value: Elever}, {languageCode: en, value: Pupils}]",
            both.clone(),
            &[],
        );
        check(
            "title: [{languageCode: no, value: Elever}, {languageCode: en, value: Pupils}]",
            both,
            &[],
        );
        check(
            "title: [{languageCode: nn, value: Elevar}]",
            Text {
                nn: Some("Elevar".into()),
                ..Text::default()
            },
            &[],
        );
        check(
            "title:\n  - languageCode: no\n    value: A\n  - languageCode: nb\n    value: B\n",
            Text::nb("A"),
            &["t.yaml:4:19: warning: title[1].languageCode: gives language nb a second time (no counts as nb); the first is used"],
        );
        check(
            "title: [{languageCode: se, value: Oahppit}]",
            Text::default(),
            &["t.yaml:1:24: title[0].languageCode: \"se\" is not one of no, nb, nn, en"],
        );
        check(
            "title: [Elever, {languageCode: en, value: Pupils}]",
            Text::default(),
            &["t.yaml:1:8: title: mixes plain strings with {languageCode, value} items; use one form"],
        );
        check(
            "title: {nb: Elever}",
            Text::default(),
            &["t.yaml:1:9: title: expected text (a string, a list of strings or a list of {languageCode, value}), found a mapping"],
        );
        check(
            "title: '  '",
            Text::default(),
            &["t.yaml:1:8: title: must not be empty"],
        );
        check(
            "title: []",
            Text::default(),
            &["t.yaml:1:8: title: must not be empty"],
        );
        check(
            "other: 1",
            Text::default(),
            &[
                "t.yaml:1:1: warning: other: unknown field; it is ignored",
                "t.yaml:1:1: title: is missing",
            ],
        );
        let over = "x".repeat(crate::dialect::fields::MAX_VALUE_CHARS + 1);
        check(
            &format!("title: [{over}]"),
            Text::default(),
            &["t.yaml:1:9: title[0]: is 100001 characters long; at most 100000 are allowed"],
        );
        check(
            &format!("title: {over}"),
            Text::default(),
            &["t.yaml:1:8: title: is 100001 characters long; at most 100000 are allowed"],
        );
    }
}
