//! The saved state: the basket and its request draft in one
//! `localStorage` entry, so one read-modify-write keeps both consistent.
//!
//! The text (revision 2 of version 1; `docs/storage-format.md` has the
//! whole story):
//!
//! ```json
//! {"version":1,"revision":2,"variables":["novari-iks/VGO_A","sikt/B"],
//!  "draft":{"purpose":"…","variables":{"sikt/B":{"justification":"…"}}}}
//! ```
//!
//! - `version` is the compatibility version every shop checks first
//!   ([`Basket::STORAGE_VERSION`], still 1): a shop from before the draft
//!   reads the same `variables` and ignores the rest, so the selection
//!   survives an old tab; such a shop drops the draft when it next saves.
//! - `revision` counts additions an older shop may ignore; 2 added
//!   `draft`. A missing `revision` is 1: the basket alone.
//! - Keys this shop does not know (from a later revision) are kept and
//!   written back unchanged.
//! - Any other `version`, and text that is not a saved basket, is never
//!   overwritten unseen: see [`crate::apply`] and [`BACKUP_KEY`].

use super::storage::{read_object, read_variables};
use super::{Basket, BasketError};
use crate::request::Draft;
use serde::Serialize;
use serde_json::{Map, Value};

/// The `localStorage` key of the saved basket and draft.
pub const STORAGE_KEY: &str = "nettbutikken.kurv";

/// The `localStorage` key under which a saved text this shop cannot read
/// (a newer version, or damaged) is kept when the user's first change
/// overwrites [`STORAGE_KEY`]: a newer shop, or a person helping the user,
/// can still recover it. See [`crate::Outcome::backup`].
pub const BACKUP_KEY: &str = "nettbutikken.kurv.sikkerhetskopi";

/// What is saved: the selection and the request draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored {
    /// The selected variables.
    pub basket: Basket,
    /// The request draft.
    pub draft: Draft,
    /// The revision to write: ours, or a later one read (whose keys are
    /// in `extra`).
    revision: u64,
    /// Top-level keys of a later revision, written back unchanged.
    extra: Map<String, Value>,
}

impl Default for Stored {
    fn default() -> Stored {
        Stored::new(Basket::default(), Draft::default())
    }
}

/// The saved form, a struct so the keys keep this order.
#[derive(Serialize)]
struct Text<'a> {
    version: u32,
    revision: u64,
    variables: Vec<&'a str>,
    #[serde(skip_serializing_if = "Draft::is_empty")]
    draft: &'a Draft,
    #[serde(flatten)]
    extra: &'a Map<String, Value>,
}

/// A saved text as read at start or after another tab changed it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Loaded {
    /// What to show: the saved state, or as much of it as could be read.
    pub stored: Stored,
    /// What the user should know; `None` when the text was read whole (or
    /// there was none).
    pub problem: Option<BasketError>,
}

impl Stored {
    /// The revision this shop writes; see the module notes.
    pub const REVISION: u32 = 2;

    /// A state of this basket and draft.
    pub fn new(basket: Basket, draft: Draft) -> Stored {
        Stored {
            basket,
            draft,
            revision: u64::from(Stored::REVISION),
            extra: Map::new(),
        }
    }

    /// The saved text: keys in a fixed order, ids sorted, empty draft left
    /// out, so the same state always saves the same text.
    pub fn to_text(&self) -> String {
        let text = Text {
            version: Basket::STORAGE_VERSION,
            revision: self.revision,
            variables: self.basket.ids().collect(),
            draft: &self.draft,
            extra: &self.extra,
        };
        // Serializing strings, numbers and maps with string keys cannot fail.
        serde_json::to_string(&text).unwrap_or_default()
    }

    /// Reads a saved text of any revision of version 1, strictly: a text
    /// with a damaged part is an error (so it gets backed up before it is
    /// overwritten), whereas [`Stored::load`] shows what it can.
    pub fn from_text(text: &str) -> Result<Stored, BasketError> {
        let object = read_object(text)?;
        let basket = read_variables(&object)?;
        let draft = match object.get("draft") {
            None | Some(Value::Null) => Draft::default(),
            Some(value) => read_draft(value)
                .map_err(|e| {
                    BasketError::Invalid(format!("its request draft could not be read: {e}"))
                })?
                .bounded(),
        };
        let mut extra = object;
        let revision = extra
            .remove("revision")
            .and_then(|r| r.as_u64())
            .unwrap_or(1)
            .max(u64::from(Stored::REVISION));
        for known in ["version", "variables", "draft"] {
            extra.remove(known);
        }
        Ok(Stored {
            basket,
            draft,
            revision,
            extra,
        })
    }

    /// Reads the saved text (`None` when there is none) for showing: the
    /// whole state, or for a damaged text the variables and draft as far
    /// as they can be read, with the problem. For another version nothing
    /// is read (its shape is unknown) and the problem says which version.
    /// Never writes; the text stays as it is until the user's first change
    /// (see [`crate::apply`]).
    pub fn load(saved: Option<&str>) -> Loaded {
        let Some(text) = saved else {
            return Loaded::default();
        };
        match Stored::from_text(text) {
            Ok(stored) => Loaded {
                stored,
                problem: None,
            },
            Err(problem) => Loaded {
                stored: salvage(text),
                problem: Some(problem),
            },
        }
    }
}

/// The readable parts of a damaged version-1 text: the entries of
/// `variables` that are text and a draft that parses. Empty for anything
/// else, including other versions.
fn salvage(text: &str) -> Stored {
    let Ok(object) = read_object(text) else {
        return Stored::default();
    };
    let basket = match object.get("variables") {
        Some(Value::Array(entries)) => entries
            .iter()
            .filter_map(Value::as_str)
            .map(String::from)
            .collect(),
        _ => Basket::default(),
    };
    let draft = object
        .get("draft")
        .and_then(|d| read_draft(d).ok())
        .map(Draft::bounded)
        .unwrap_or_default();
    Stored::new(basket, draft)
}

/// A saved draft, read from its part of the saved object. It is written
/// back to text and read with [`crate::json`] rather than converted by
/// serde, which would put serde's deserializer into the app for this
/// alone; a draft is a few kilobytes at most.
fn read_draft(value: &Value) -> Result<Draft, crate::json::JsonError> {
    crate::json::read(&value.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::{DraftEdit, DraftField};

    fn basket(ids: &[&str]) -> Basket {
        ids.iter().map(|id| id.to_string()).collect()
    }

    #[test]
    fn writes_revision_2_and_reads_every_revision() {
        let mut draft = Draft::default();
        draft
            .edit(&DraftEdit::Field(DraftField::Purpose, "Frafall".into()))
            .expect("short text");
        let state = Stored::new(basket(&["sikt/B", "novari-iks/A"]), draft.clone());
        let text = state.to_text();
        assert_eq!(
            text,
            r#"{"version":1,"revision":2,"variables":["novari-iks/A","sikt/B"],"draft":{"purpose":"Frafall"}}"#
        );
        // (saved text, basket, draft purpose)
        let cases: [(&str, &[&str], &str); 5] = [
            // Revision 1, as every shop before the draft saved it.
            (
                r#"{"version":1,"variables":["sikt/B","novari-iks/A"]}"#,
                &["novari-iks/A", "sikt/B"],
                "",
            ),
            (r#"{"version":1,"variables":[]}"#, &[], ""),
            (&text, &["novari-iks/A", "sikt/B"], "Frafall"),
            (
                r#"{"version":1,"revision":2,"variables":["a/X"],"draft":null}"#,
                &["a/X"],
                "",
            ),
            (
                r#"{"version":1,"revision":2,"variables":["a/X"],"draft":{"purpose":"P","unknownField":1}}"#,
                &["a/X"],
                "P",
            ),
        ];
        for (saved, ids, purpose) in cases {
            let read = Stored::from_text(saved).expect(saved);
            assert_eq!(read.basket, basket(ids), "{saved}");
            assert_eq!(read.draft.purpose, purpose, "{saved}");
            assert_eq!(Stored::load(Some(saved)).stored, read);
        }
        // An empty state saves the revision-1 list plus the revision.
        assert_eq!(
            Stored::default().to_text(),
            r#"{"version":1,"revision":2,"variables":[]}"#
        );
        // What we write, a shop from before the draft reads as its basket.
        assert_eq!(Basket::from_storage(&text), Ok(state.basket));
    }

    #[test]
    fn keeps_keys_of_later_revisions() {
        let later = r#"{"version":1,"revision":5,"variables":["a/X"],"notes":{"a":1}}"#;
        let read = Stored::from_text(later).expect("a later revision of version 1");
        assert_eq!(
            read.to_text(),
            r#"{"version":1,"revision":5,"variables":["a/X"],"notes":{"a":1}}"#
        );
    }

    #[test]
    fn damaged_and_foreign_texts_are_reported_with_what_could_be_read() {
        // (saved text, problem is a version problem, salvaged ids)
        let cases: [(&str, bool, &[&str]); 6] = [
            (r#"{"version":2,"variables":["a/X"]}"#, true, &[]),
            (r#"{"version":99,"kurv":{}}"#, true, &[]),
            ("{", false, &[]),
            (r#"{"version":1,"variables":["a/X",7]}"#, false, &["a/X"]),
            (
                r#"{"version":1,"variables":["a/X"],"draft":{"purpose":7}}"#,
                false,
                &["a/X"],
            ),
            (
                r#"{"version":1,"variables":["a/X"],"draft":"utkast"}"#,
                false,
                &["a/X"],
            ),
        ];
        for (saved, version, ids) in cases {
            let loaded = Stored::load(Some(saved));
            let problem = loaded.problem.expect(saved);
            assert_eq!(
                matches!(problem, BasketError::UnsupportedVersion { .. }),
                version,
                "{saved}: {problem}"
            );
            assert_eq!(loaded.stored.basket, basket(ids), "{saved}");
        }
        assert_eq!(Stored::load(None), Loaded::default());
    }

    #[test]
    fn hostile_drafts_are_bounded() {
        let long = "x".repeat(Draft::MAX_TEXT_CHARS + 1);
        let saved = format!(
            r#"{{"version":1,"variables":[],"draft":{{"purpose":"{long}","title":"T","variables":{{"":{{"justification":"j"}},"a/X":{{}},"a/Y":{{"justification":"ok"}}}}}}}}"#
        );
        let draft = Stored::from_text(&saved)
            .expect("bounded, not refused")
            .draft;
        assert_eq!(draft.purpose, "");
        assert_eq!(draft.title, "T");
        assert_eq!(draft.variables.keys().collect::<Vec<_>>(), ["a/Y"]);
    }
}
