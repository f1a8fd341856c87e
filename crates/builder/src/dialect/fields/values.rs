//! The field helpers for single values: strings and lists of them, closed
//! vocabularies and dates, each reported with its place when missing,
//! empty or of the wrong form.

use super::{present, Fields, Reader};
use crate::dialect::date::Date;
use crate::dialect::draft::{Loc, Spanned};
use crate::syntax::tree::{Node, Value};

impl Reader<'_> {
    /// A required text scalar, trimmed; errors when missing, empty or not
    /// a scalar.
    pub fn required_string(&mut self, f: &Fields, key: &str) -> Option<Spanned<String>> {
        if !f.has(key) {
            self.missing(f, key);
            return None;
        }
        let value = self.optional_string(f, key);
        if value.is_none() {
            let blank = |n: &&Node| n.as_scalar().is_some_and(|s| s.trim().is_empty());
            if let Some(node) = f.get(key).filter(blank) {
                self.error(node.pos, &f.path(key), "must not be empty");
            }
        }
        value
    }

    /// An optional text scalar, trimmed; `None` when absent or empty, with
    /// an error when not a scalar.
    pub fn optional_string(&mut self, f: &Fields, key: &str) -> Option<Spanned<String>> {
        let node = present(f.get(key))?;
        self.string_at(node, f.path(key))
    }

    /// A text scalar at `path`, trimmed; `None` when empty, with an error
    /// when not a scalar.
    pub fn string_at<P>(&mut self, node: &Node, path: P) -> Option<Spanned<String>>
    where
        P: AsRef<str> + Into<String>,
    {
        match &node.value {
            Value::Null => None,
            Value::Scalar(text) => {
                let text = self.checked_value(node, path.as_ref(), text)?.trim();
                (!text.is_empty()).then(|| Spanned {
                    value: text.to_owned(),
                    loc: Loc::at(node.pos, path),
                })
            }
            Value::Seq(_) | Value::Map(_) | Value::Number(_) | Value::Bool(_) => {
                self.wrong_kind(node, path.as_ref(), "text");
                None
            }
        }
    }

    /// A list of text scalars; empty items are skipped.
    pub fn string_list(&mut self, f: &Fields, key: &str) -> Vec<Spanned<String>> {
        let Some((items, path)) = self.list(f, key, false) else {
            return Vec::new();
        };
        items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| self.string_at(item, format!("{path}[{i}]")))
            .collect()
    }

    /// The one item of the list in field `key`, which must have exactly
    /// one (the identifier and the measure of a variable), with its path.
    pub fn only_item<'n>(&mut self, f: &Fields<'n>, key: &str) -> Option<(&'n Node<'n>, String)> {
        let (items, path) = self.list(f, key, true)?;
        match items {
            [item] => Some((item, format!("{path}[0]"))),
            _ => {
                self.error(
                    f.loc_of(key).pos(),
                    &path,
                    format!("must have exactly one item, found {}", items.len()),
                );
                None
            }
        }
    }

    /// The texts of a list of text scalars, such as `uriDefinition`.
    pub fn strings(&mut self, f: &Fields, key: &str) -> Vec<String> {
        self.string_list(f, key)
            .into_iter()
            .map(|s| s.value)
            .collect()
    }

    /// A value from a closed vocabulary, such as `FIXED`; errors when
    /// missing (if `required`) or not one of `codes`.
    pub fn vocab<T>(
        &mut self,
        f: &Fields,
        key: &str,
        required: bool,
        codes: &[&str],
        parse: impl Fn(&str) -> Option<T>,
    ) -> Option<T> {
        let value = if required {
            self.required_string(f, key)?
        } else {
            self.optional_string(f, key)?
        };
        let parsed = parse(&value.value);
        if parsed.is_none() {
            self.error(
                value.loc.pos(),
                &value.loc.path,
                format!("\"{}\" is not one of {}", value.value, codes.join(", ")),
            );
        }
        parsed
    }

    /// A calendar date written exactly as `YYYY-MM-DD`.
    pub fn date(&mut self, f: &Fields, key: &str, required: bool) -> Option<Spanned<Date>> {
        self.date_with(
            f,
            key,
            required,
            Date::parse,
            "a real date in the form YYYY-MM-DD",
        )
    }

    /// A date, or a date and time whose date part is kept.
    pub fn date_or_datetime(&mut self, f: &Fields, key: &str) -> Option<Spanned<Date>> {
        self.date_with(
            f,
            key,
            false,
            Date::parse_date_or_datetime,
            "a real date (YYYY-MM-DD) or date and time (YYYY-MM-DDTHH:MM:SS)",
        )
    }

    fn date_with(
        &mut self,
        f: &Fields,
        key: &str,
        required: bool,
        parse: fn(&str) -> Option<Date>,
        form: &str,
    ) -> Option<Spanned<Date>> {
        let text = if required {
            self.required_string(f, key)?
        } else {
            self.optional_string(f, key)?
        };
        match parse(&text.value) {
            Some(date) => Some(Spanned {
                value: date,
                loc: text.loc,
            }),
            None => {
                self.error(
                    text.loc.pos(),
                    &text.loc.path,
                    format!("\"{}\" is not {form}", text.value),
                );
                None
            }
        }
    }
}
