//! Variables: one measured thing about one kind of unit.

use crate::{DataType, MeasurementType, Sensitivity, Temporality, Text};
use serde::{Deserialize, Serialize};

/// A variable as the shop lists and details it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Variable {
    /// Catalog-wide id, `<provider id>/<technical name>`; stable across
    /// builds so that baskets and links survive catalog updates.
    pub id: String,
    /// The provider's id (see [`crate::Provider::id`]).
    pub provider: String,
    /// The technical name, e.g. `VGO_ELEV_UTDPROGRAM`; unique per provider.
    pub name: String,
    /// Human label (the measure's label in the metadata).
    pub label: Text,
    /// What the variable measures.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub description: Text,
    /// How the value relates to time.
    pub temporality: Temporality,
    /// Who may see the data.
    pub sensitivity: Sensitivity,
    /// The unit type of the identifier: which units the rows are about.
    pub identifier: String,
    /// Every unit type the variable is keyed on or links to; the
    /// identifier first, then a link target of another type if any. Each id is in the
    /// catalog's `unitTypes`.
    pub unit_types: Vec<String>,
    /// The dataset's id, where the metadata groups variables in datasets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dataset: Option<String>,
    /// Which units are covered.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub population: Text,
    /// Geography, e.g. "Norge".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spatial_coverage: Option<Text>,
    /// First and last date with data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temporal_coverage: Option<TemporalCoverage>,
    /// Topics.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subject_fields: Vec<Text>,
    /// Last update of data or metadata, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
    /// Revision notes and discontinuation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<Revision>,
    /// The measured value.
    pub measure: Measure,
}

impl Variable {
    /// The catalog-wide id for a provider's variable.
    pub fn make_id(provider: &str, name: &str) -> String {
        format!("{provider}/{name}")
    }

    /// True for a link variable, whose measure is itself a unit type.
    pub fn is_link(&self) -> bool {
        self.measure.link_to.is_some()
    }
}

/// First and last date with data, `YYYY-MM-DD`; an open stop means ongoing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemporalCoverage {
    /// First date with data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// Last date with data; `None` while data is still added.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stop: Option<String>,
}

/// Notes on this version of a variable.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Revision {
    /// What changed.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub description: Text,
    /// Set when the variable is discontinued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temporal_end: Option<TemporalEnd>,
}

/// Discontinuation of a variable.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemporalEnd {
    /// Why and when it ended.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub description: Text,
    /// Technical names of the variables that replace it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub successors: Vec<String>,
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
    /// For a link variable: the unit type the value identifies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link_to: Option<String>,
    /// The allowed values; absent on link variables.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_domain: Option<ValueDomain>,
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
