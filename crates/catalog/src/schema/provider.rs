//! Data providers (datatilbydere).

use crate::Text;
use serde::{Deserialize, Serialize};

/// A data provider, such as Novari IKS or Sikt.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Provider {
    /// Stable id used in URLs and in [`crate::Variable::provider`], e.g.
    /// `novari-iks`.
    pub id: String,
    /// Display name.
    pub name: Text,
    /// The nine-digit Norwegian organisation number, where given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_number: Option<String>,
    /// What the provider is and what it offers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// Whom researchers contact about the data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
}

/// A contact point.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Contact {
    /// A person's or a desk's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// E-mail address, without a `mailto:` prefix.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// A web page about the provider or the data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}
