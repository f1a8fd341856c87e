//! Unit types (enhetstyper): the kinds of units variables describe.

use crate::Text;
use serde::{Deserialize, Serialize};

/// A unit type, such as PERSON or a provider's own `FEIDEAPI_ORGANISASJON`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UnitType {
    /// The short name, e.g. `PERSON`; unique in a catalog.
    pub id: String,
    /// Display name, e.g. "Person" or "Organisasjon i Feide".
    pub label: Text,
    /// What one unit is.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub description: Text,
    /// The provider that declared it, for provider-specific unit types;
    /// `None` for the global ones shared across providers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
}

impl UnitType {
    /// True for unit types shared across providers, which is what makes
    /// data from different providers joinable.
    pub fn is_global(&self) -> bool {
        self.provider.is_none()
    }
}
