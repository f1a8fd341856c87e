//! Reading `content.json`, its version checked before its shape.

use super::{Content, CONTENT_VERSION};
use serde::Deserialize;
use std::fmt;

/// The file the builder writes the content to, beside `catalog.json`, and
/// the app reads it from.
pub const CONTENT_FILE: &str = "content.json";

/// Why `content.json` could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ContentError {
    /// The text is not JSON, or not JSON of the content's shape.
    Invalid(String),
    /// The content was written in a format version this app cannot read.
    UnsupportedVersion {
        /// The version the file declares.
        found: u64,
    },
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ContentError::Invalid(why) => write!(f, "{CONTENT_FILE} is not valid: {why}"),
            ContentError::UnsupportedVersion { found } => write!(
                f,
                "{CONTENT_FILE} has format version {found}, but this shop reads version \
                 {CONTENT_VERSION}"
            ),
        }
    }
}

impl std::error::Error for ContentError {}

/// Only the version field, read first so that a newer format gets a
/// version message rather than a confusing shape error.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Envelope {
    content_version: Option<serde_json::Value>,
}

impl Content {
    /// Reads `content.json`, checking its `contentVersion` before its
    /// shape.
    pub fn from_json(json: &str) -> Result<Content, ContentError> {
        let envelope: Envelope =
            serde_json::from_str(json).map_err(|e| ContentError::Invalid(e.to_string()))?;
        match envelope.content_version {
            Some(serde_json::Value::Number(n)) if n.as_u64() == Some(CONTENT_VERSION.into()) => {}
            Some(serde_json::Value::Number(n)) => {
                return Err(match n.as_u64() {
                    Some(found) => ContentError::UnsupportedVersion { found },
                    None => {
                        ContentError::Invalid(format!("contentVersion {n} is not a whole number"))
                    }
                })
            }
            Some(other) => {
                return Err(ContentError::Invalid(format!(
                    "contentVersion must be a number, found {other}"
                )))
            }
            None => return Err(ContentError::Invalid("contentVersion is missing".into())),
        }
        serde_json::from_str(json).map_err(|e| ContentError::Invalid(e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::fixture;

    #[test]
    fn reads_the_sample_and_refuses_the_rest() {
        let sample = serde_json::to_string(&fixture::content()).expect("serializes");
        let cases: [(&str, Result<(), ContentError>); 7] = [
            (&sample, Ok(())),
            (
                r#"{"contentVersion":2,"pilot":{}}"#,
                Err(ContentError::UnsupportedVersion { found: 2 }),
            ),
            (
                r#"{"pilot":{}}"#,
                Err(ContentError::Invalid("contentVersion is missing".into())),
            ),
            (
                r#"{"contentVersion":"1"}"#,
                Err(ContentError::Invalid(
                    r#"contentVersion must be a number, found "1""#.into(),
                )),
            ),
            (
                r#"{"contentVersion":1.5}"#,
                Err(ContentError::Invalid(
                    "contentVersion 1.5 is not a whole number".into(),
                )),
            ),
            ("<html>", Err(ContentError::Invalid(String::new()))),
            (
                r#"{"contentVersion":1,"pilot":{}}"#,
                Err(ContentError::Invalid(String::new())),
            ),
        ];
        for (json, expected) in cases {
            let got = Content::from_json(json).map(|_| ());
            match (&got, &expected) {
                // Serde's own wording is its business; the kind is ours.
                (Err(ContentError::Invalid(_)), Err(ContentError::Invalid(e))) if e.is_empty() => {}
                _ => assert_eq!(got, expected, "{json}"),
            }
        }
    }

    #[test]
    fn what_the_builder_writes_reads_back_the_same() {
        let content = fixture::content();
        let json = serde_json::to_string_pretty(&content).expect("serializes");
        assert_eq!(Content::from_json(&json), Ok(content));
    }
}
