//! Reading `content.json`, its version checked before its shape.

use super::*;
use crate::json::{json_object, read, top_level_field, JsonError};
use serde_json::Value;
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

impl Content {
    /// Reads `content.json`, checking its `contentVersion` before its
    /// shape.
    pub fn from_json(json: &str) -> Result<Content, ContentError> {
        let invalid = |e: JsonError| ContentError::Invalid(e.to_string());
        match top_level_field(json, "contentVersion").map_err(invalid)? {
            Some(Value::Number(n)) if n.as_u64() == Some(CONTENT_VERSION.into()) => {}
            Some(Value::Number(n)) => {
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
        read(json).map_err(invalid)
    }
}

// How each type is read: the keys `content.json` has (the builder writes
// them with serde, camelCase), every one required unless optional, and no
// others.
json_object!(strict Content {
    "contentVersion" => content_version, "pilot" => pilot, "accessibility" => accessibility,
});
json_object!(strict Bilingual { "nb" => nb, "nn" => nn, "en" => en });
json_object!(strict PilotPage {
    "title" => title, "kudaf" => kudaf, "ecosystem" => ecosystem, "pilot" => pilot,
    "variableList" => variable_list, "outcome" => outcome, "sources" => sources,
});
json_object!(strict Kudaf {
    "heading" => heading, "summary" => summary, "steps" => steps, "demoNotice" => demo_notice,
});
json_object!(strict Step { "title" => title, "text" => text });
json_object!(strict Ecosystem { "heading" => heading, "intro" => intro, "parts" => parts });
json_object!(strict EcosystemPart { "id" => id, "label" => label, "items" => items });
json_object!(strict Pilot {
    "heading" => heading, "summary" => summary, "start" => start, "end" => end,
    "syntheticData" => synthetic_data, "phases" => phases,
});
json_object!(strict Phase { "title" => title, "goal" => goal, "outcome" => outcome });
json_object!(strict VariableList { "heading" => heading, "intro" => intro, "items" => items });
json_object!(strict ListItem { "label" => label, "variables" => variables, "note" => note });
json_object!(strict Outcome {
    "heading" => heading, "decisionDate" => decision_date, "points" => points,
});
json_object!(strict Source { "title" => title, "date" => date, "url" => url });
json_object!(strict Accessibility {
    "title" => title, "conformance" => conformance, "testing" => testing,
    "limitations" => limitations, "feedback" => feedback,
});
json_object!(strict Conformance { "target" => target, "text" => text });
json_object!(strict Section { "heading" => heading, "items" => items });
json_object!(strict Feedback { "heading" => heading, "text" => text, "url" => url });

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
                // The reader's wording is tested with it; the kind is ours.
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
