//! The field forms microdata-tools requires, shared by its dialect and the
//! variable model KUDAF YAML borrows from it: texts as lists of
//! `{languageCode, value}`, `subjectFields`, and codes of the JSON type the
//! measure's data type needs.

use crate::dialect::draft::Spanned;
use crate::dialect::fields::{present, Fields, Reader};
use crate::syntax::tree::{Node, Value};
use catalog::{DataType, Text};

/// A multilingual text, which microdata-tools requires to be a non-empty
/// list of `{languageCode, value}`.
pub fn multilingual(r: &mut Reader, f: &Fields, key: &str, required: bool) -> Text {
    let Some(node) = present(f.get(key)) else {
        if required {
            r.missing(f, key);
        }
        return Text::default();
    };
    if !is_language_list(r, node, &f.path(key)) {
        return Text::default();
    }
    if required {
        r.required_text(f, key)
    } else {
        r.text_or_empty(f, key)
    }
}

/// Reports a text that is not a list of `{languageCode, value}`.
fn is_language_list(r: &mut Reader, node: &Node, path: &str) -> bool {
    const EXPECTED: &str = "a list of {languageCode, value}";
    match &node.value {
        Value::Seq(items) => match items
            .iter()
            .enumerate()
            .find(|(_, i)| !matches!(i.value, Value::Map(_)))
        {
            None => true,
            Some((i, item)) => {
                r.wrong_kind(item, &format!("{path}[{i}]"), "{languageCode, value}");
                false
            }
        },
        _ => {
            r.wrong_kind(node, path, EXPECTED);
            false
        }
    }
}

/// `subjectFields`: a non-empty list of multilingual texts.
pub fn subject_fields(r: &mut Reader, f: &Fields) -> Vec<Text> {
    let Some((items, path)) = r.list(f, "subjectFields", true) else {
        return Vec::new();
    };
    if items.is_empty() {
        r.error(f.loc_of("subjectFields").pos(), &path, "must not be empty");
    }
    items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let item_path = format!("{path}[{i}]");
            if !is_language_list(r, item, &item_path) {
                return None;
            }
            let text = r.text_at(item, &item_path);
            if text.is_empty() {
                r.error(item.pos, &item_path, "must not be empty");
            }
            Some(text).filter(|t| !t.is_empty())
        })
        .collect()
}

/// A code: text or a whole number, of the JSON type the data type needs.
pub fn code(r: &mut Reader, f: &Fields, data_type: Option<DataType>) -> Option<Spanned<String>> {
    let node = present(f.get("code"));
    let path = f.path("code");
    let (text, is_number) = match node.map(|n| &n.value) {
        None => {
            r.missing(f, "code");
            return None;
        }
        Some(Value::Number(n)) => (n.clone(), true),
        Some(Value::Scalar(s)) if s.is_empty() => {
            r.error(f.loc_of("code").pos(), &path, "must not be empty");
            return None;
        }
        Some(Value::Scalar(s)) => (s.to_string(), false),
        Some(_) => {
            if let Some(node) = node {
                r.wrong_kind(node, &path, "text or a number");
            }
            return None;
        }
    };
    let line = f.loc_of("code").pos();
    match (data_type, is_number) {
        (Some(DataType::Long), false) => r.error(
            line,
            &path,
            format!("\"{text}\" is text, but the measure's dataType is LONG; write the code as a number, without quotes"),
        ),
        (Some(DataType::String), true) => r.error(
            line,
            &path,
            format!("{text} is a number, but the measure's dataType is STRING; write the code in double quotes"),
        ),
        _ => {}
    }
    Some(Spanned {
        value: text,
        loc: f.loc_of("code"),
    })
}
