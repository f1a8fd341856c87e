//! The basket's saved form (for `localStorage`), read defensively: the
//! stored text may be from an older or newer shop, another site's script
//! or a half-written save.

use super::Basket;
use serde::Serialize;
use serde_json::{Map, Value};
use std::fmt;

/// Why a saved basket could not be read. The app then starts with an empty
/// basket and shows the message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BasketError {
    /// The text is not JSON, or not JSON of the basket's shape.
    Invalid(String),
    /// The basket was saved in a format version this shop cannot read.
    UnsupportedVersion {
        /// The version the saved text declares.
        found: u64,
    },
}

impl fmt::Display for BasketError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BasketError::Invalid(why) => {
                write!(f, "the saved basket could not be read ({why})")
            }
            BasketError::UnsupportedVersion { found } => write!(
                f,
                "the saved basket is from another version of the shop \
                 (format {found}; this shop reads format {})",
                Basket::STORAGE_VERSION
            ),
        }
    }
}

impl std::error::Error for BasketError {}

/// The saved form, a struct so the version is written first.
#[derive(Serialize)]
struct Stored<'a> {
    version: u32,
    variables: Vec<&'a str>,
}

impl Basket {
    /// The saved form's compatibility version: the one number every shop
    /// checks before reading. Bump it only on a change an older shop would
    /// misread; additions that older shops can safely ignore raise
    /// [`super::Stored::REVISION`] instead (see `docs/storage-format.md`).
    pub const STORAGE_VERSION: u32 = 1;

    /// The basket alone in revision 1 of the saved form:
    /// `{"version":1,"variables":["novari-iks/VGO_A",…]}`, ids sorted, so
    /// the same selection always saves the same text. The app saves the
    /// basket with its request draft through [`super::apply`] instead;
    /// this stays for callers that have no draft.
    pub fn to_storage(&self) -> String {
        let stored = Stored {
            version: Basket::STORAGE_VERSION,
            variables: self.ids().collect(),
        };
        // Serializing strings and a number cannot fail.
        serde_json::to_string(&stored).unwrap_or_default()
    }

    /// Reads the saved form.
    ///
    /// The version is checked first, so a newer format gets a version
    /// message rather than a shape error. Anything our writer cannot have
    /// written is an error: not JSON, not an object, a missing or
    /// non-numeric version, `variables` missing or not a list, or an entry
    /// that is not text. Within bounds it is lenient instead: empty ids
    /// and ids longer than [`Basket::MAX_ID_CHARS`] are skipped, and ids
    /// past [`Basket::MAX_IDS`] are ignored, as [`Basket::add`] does.
    pub fn from_storage(text: &str) -> Result<Basket, BasketError> {
        read_variables(&read_object(text)?)
    }
}

/// The saved text as a JSON object of a version this shop reads; checks
/// the version before anything else.
pub(super) fn read_object(text: &str) -> Result<Map<String, Value>, BasketError> {
    let invalid = |why: &str| BasketError::Invalid(why.to_string());
    if text.trim().is_empty() {
        return Err(invalid("it is empty"));
    }
    let value: Value = crate::json::parse_value(text)
        .map_err(|e| BasketError::Invalid(format!("it is not valid JSON: {e}")))?;
    let Value::Object(object) = value else {
        return Err(invalid("it is not an object"));
    };
    match object.get("version") {
        Some(Value::Number(n)) => match n.as_u64() {
            Some(found) if found == u64::from(Basket::STORAGE_VERSION) => Ok(object),
            Some(found) => Err(BasketError::UnsupportedVersion { found }),
            None => Err(invalid("its version is not a whole number")),
        },
        Some(_) => Err(invalid("its version is not a number")),
        None => Err(invalid("it has no version")),
    }
}

/// The `variables` list of a saved object, within the basket's bounds.
pub(super) fn read_variables(object: &Map<String, Value>) -> Result<Basket, BasketError> {
    let Some(Value::Array(entries)) = object.get("variables") else {
        return Err(BasketError::Invalid(
            "it has no list of variables".to_string(),
        ));
    };
    let mut basket = Basket::default();
    for (i, entry) in entries.iter().enumerate() {
        let Value::String(id) = entry else {
            return Err(BasketError::Invalid(format!(
                "variable number {} is not text",
                i + 1
            )));
        };
        if basket.is_full() {
            break;
        }
        basket.add(id.as_str());
    }
    Ok(basket)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saves_sorted_and_reads_back() {
        let basket: Basket = ["sikt/B", "novari-iks/VGO_Ø", "sikt/A"]
            .map(String::from)
            .into_iter()
            .collect();
        let text = basket.to_storage();
        assert_eq!(
            text,
            r#"{"version":1,"variables":["novari-iks/VGO_Ø","sikt/A","sikt/B"]}"#
        );
        assert_eq!(Basket::from_storage(&text), Ok(basket));
        assert_eq!(
            Basket::default().to_storage(),
            r#"{"version":1,"variables":[]}"#
        );
    }

    #[test]
    fn messages_are_readable() {
        let msg = BasketError::UnsupportedVersion { found: 2 }.to_string();
        assert!(
            msg.contains("format 2") && msg.contains("format 1"),
            "{msg}"
        );
        let msg = Basket::from_storage("{")
            .map(|_| ())
            .expect_err("not JSON")
            .to_string();
        assert!(msg.starts_with("the saved basket could not be read (it is not valid JSON"));
    }
}
