//! Variables: one measured thing about one kind of unit.

use crate::{Sensitivity, Temporality, Text};
use serde::{Deserialize, Serialize};

/// A variable's summary: what the first load needs to list, search, facet,
/// sort, join and relate it and to put it in a basket.
///
/// The texts and code lists only its detail view shows are in a detail
/// shard ([`crate::VariableDetails`]), named by [`Variable::shard`].
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
    /// First and last date with data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temporal_coverage: Option<TemporalCoverage>,
    /// Topics.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subject_fields: Vec<Text>,
    /// Last update of data or metadata, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
    /// For a link variable: the unit type its value identifies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link_to: Option<String>,
    /// Set when the variable is discontinued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discontinued: Option<Discontinued>,
    /// Position in the catalog's `detailShards` of the shard holding this
    /// variable's details.
    pub shard: u32,
}

impl Variable {
    /// The catalog-wide id for a provider's variable.
    pub fn make_id(provider: &str, name: &str) -> String {
        format!("{provider}/{name}")
    }

    /// True for a link variable, whose measure is itself a unit type.
    pub fn is_link(&self) -> bool {
        self.link_to.is_some()
    }

    /// True when the metadata says the variable has ended.
    pub fn is_discontinued(&self) -> bool {
        self.discontinued.is_some()
    }

    /// The technical names of the variables that replace this one.
    pub fn successors(&self) -> &[String] {
        self.discontinued
            .as_ref()
            .map_or(&[], |d| d.successors.as_slice())
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

/// Discontinuation of a variable, as far as lists and related variables
/// need it; the explanation is in its details.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Discontinued {
    /// Technical names of the same provider's variables that replace it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub successors: Vec<String>,
}
