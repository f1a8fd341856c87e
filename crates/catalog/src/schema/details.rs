//! Variable details: what only a variable's detail view shows, shipped in
//! shard files the app fetches on demand so the first load stays small.

use crate::schema::catalog::{check_version, pretty_json, CatalogError};
use crate::{DataType, MeasurementType, Text, SCHEMA_VERSION};
use serde::{Deserialize, Serialize};

/// One detail shard file, e.g. `details/novari-iks-0.json`: the details of
/// up to [`crate::SHARD_SIZE`] variables of one provider.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DetailShard {
    /// Always [`SCHEMA_VERSION`] for shards this crate reads.
    pub schema_version: u32,
    /// The details, in the catalog's variable order.
    pub variables: Vec<VariableDetails>,
}

impl DetailShard {
    /// An empty shard of the current version.
    pub fn empty() -> DetailShard {
        DetailShard {
            schema_version: SCHEMA_VERSION,
            variables: Vec::new(),
        }
    }

    /// Reads a shard, checking the format version first.
    pub fn from_json(json: &str) -> Result<DetailShard, CatalogError> {
        check_version(json)?;
        crate::json::read(json).map_err(|e| CatalogError::Invalid(e.to_string()))
    }

    /// Writes the shard as pretty JSON with a final newline.
    pub fn to_json(&self) -> String {
        pretty_json(self)
    }

    /// The details of the variable with this id.
    pub fn get(&self, id: &str) -> Option<&VariableDetails> {
        self.variables.iter().find(|d| d.id == id)
    }
}

/// The details of one variable.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VariableDetails {
    /// The variable's id (see [`crate::Variable::id`]).
    pub id: String,
    /// Which units are covered.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub population: Text,
    /// Geography, e.g. "Norge".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spatial_coverage: Option<Text>,
    /// Revision notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<Revision>,
    /// The measured value.
    pub measure: Measure,
}

/// Notes on this version of a variable.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Revision {
    /// What changed.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub description: Text,
    /// Why and when it ended, for a discontinued variable (whose summary
    /// has [`crate::Variable::discontinued`]).
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub end_description: Text,
}

/// The measured value of a variable.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Measure {
    /// The type of the values; absent on link variables.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_type: Option<DataType>,
    /// A format hint, e.g. `RandomUInt48` or a date pattern.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// Links to a formal definition.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub uri_definition: Vec<String>,
    /// The allowed values; absent on link variables.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_domain: Option<ValueDomain>,
    /// True when the metadata left the code list out: microdata's metadata
    /// service answers with empty code lists when asked to skip them. The
    /// values are codes, but the catalog cannot list them. Absent (false)
    /// in catalogs built before this field existed, and whenever the code
    /// list was given.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub code_list_not_included: bool,
}

/// The allowed values of a measure: a code list or a description, never both.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum ValueDomain {
    /// A list of codes with titles.
    #[serde(rename_all = "camelCase")]
    Enumerated {
        /// The codes, in the metadata's order; never empty.
        codes: Vec<Code>,
        /// Codes for unknown or missing values.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        missing: Vec<Sentinel>,
    },
    /// Values described in words, with a unit.
    #[serde(rename_all = "camelCase")]
    Described {
        /// What the values are.
        #[serde(default, skip_serializing_if = "Text::is_empty")]
        description: Text,
        /// What kind of quantity.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        measurement_type: Option<MeasurementType>,
        /// The unit, e.g. "Norske kroner".
        #[serde(default, skip_serializing_if = "Option::is_none")]
        unit: Option<Text>,
        /// Links to a formal definition.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        uri_definition: Vec<String>,
    },
}

/// One code of a code list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Code {
    /// The code as it appears in the data.
    pub code: String,
    /// What the code means.
    pub title: Text,
    /// First date the code is valid, `YYYY-MM-DD`.
    pub valid_from: String,
    /// Last date the code is valid; `None` while still in use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<String>,
}

/// A code for unknown or missing values, e.g. `0` "ukjent".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentinel {
    /// The code as it appears in the data.
    pub code: String,
    /// What the code means.
    pub title: Text,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_json_checks_the_version_then_round_trips() {
        let shard = DetailShard {
            schema_version: SCHEMA_VERSION,
            variables: vec![VariableDetails {
                id: "a/X".into(),
                population: Text::nb("Alle"),
                ..VariableDetails::default()
            }],
        };
        assert_eq!(DetailShard::from_json(&shard.to_json()), Ok(shard.clone()));
        assert_eq!(
            shard.get("a/X").map(|d| &d.population),
            Some(&Text::nb("Alle"))
        );
        assert_eq!(shard.get("a/Y"), None);
        assert_eq!(
            DetailShard::from_json(r#"{"schemaVersion":1,"variables":[]}"#),
            Err(CatalogError::UnsupportedVersion { found: 1 })
        );
        assert!(matches!(
            DetailShard::from_json("<html>Not found</html>"),
            Err(CatalogError::Invalid(_))
        ));
    }

    #[test]
    fn code_list_not_included_is_optional_and_written_only_when_true() {
        let cases = [
            (false, r#"{"id":"a/X","measure":{"dataType":"STRING"}}"#),
            (
                true,
                r#"{"id":"a/X","measure":{"dataType":"STRING","codeListNotIncluded":true}}"#,
            ),
        ];
        for (not_included, json) in cases {
            let details = VariableDetails {
                id: "a/X".into(),
                measure: Measure {
                    data_type: Some(DataType::String),
                    code_list_not_included: not_included,
                    ..Measure::default()
                },
                ..VariableDetails::default()
            };
            assert_eq!(serde_json::to_string(&details).ok().as_deref(), Some(json));
            let read: Result<VariableDetails, _> = serde_json::from_str(json);
            assert_eq!(read.ok(), Some(details), "{json}");
        }
    }
}
