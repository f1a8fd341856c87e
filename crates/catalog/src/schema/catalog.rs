//! The catalog: the one versioned boundary between builder and app, as
//! JSON (`catalog.json`, the export) and in bytes (`binary.rs`).

use super::index_ref::IndexRef;
use crate::{Provider, Text, UnitType, Variable};
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use std::fmt;

/// The catalog format version this crate writes and reads.
///
/// It is the version of every file of the format: `catalog.json`'s and
/// the shards' `schemaVersion` and the binary catalog's header (the
/// prebuilt index has a version of its own, [`crate::INDEX_VERSION`]).
/// Bump it on any change an older app cannot read; the app refuses other
/// versions with a clear message instead of misreading them. Version 3
/// added `catalog.nbcat`, which the app reads instead of `catalog.json`.
pub const SCHEMA_VERSION: u32 = 3;

/// The first-load document, `catalog.json`: everything the shop needs to
/// list, search, facet, sort and join variables. Each variable's details are
/// in the detail shard its [`Variable::shard`] names.
///
/// Lists are sorted (providers and unit types by id, datasets by id,
/// variables by provider then name) so the same metadata always gives
/// byte-identical output.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Catalog {
    /// Always [`SCHEMA_VERSION`] for catalogs this crate reads.
    pub schema_version: u32,
    /// Every provider with at least one variable.
    pub providers: Vec<Provider>,
    /// Every unit type a variable refers to.
    pub unit_types: Vec<UnitType>,
    /// Every dataset a variable belongs to.
    #[serde(default)]
    pub datasets: Vec<Dataset>,
    /// The variables' summaries.
    pub variables: Vec<Variable>,
    /// Paths of the detail shard files, relative to `catalog.json`, e.g.
    /// `details/novari-iks-0.json`; [`Variable::shard`] indexes this list.
    #[serde(default)]
    pub detail_shards: Vec<String>,
    /// The prebuilt search index beside `catalog.json`
    /// ([`crate::INDEX_FILE`]), if the builder wrote one; the app builds
    /// the index itself when it is absent or does not match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index: Option<IndexRef>,
}

/// A dataset: a provider's group of variables.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Dataset {
    /// The metadata's identifier (often a UUID).
    pub id: String,
    /// The provider's id.
    pub provider: String,
    /// Title.
    pub title: Text,
    /// Description.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub description: Text,
    /// Keywords.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<Text>,
}

impl Dataset {
    /// The dataset's catalog-wide key, `<provider id>/<dataset id>`: a
    /// dataset id is only unique within its provider. The dataset page's
    /// URL and the Datasett facet use it.
    pub fn key(&self) -> String {
        Dataset::key_of(&self.provider, &self.id)
    }

    /// The key of the dataset `id` of `provider`.
    pub fn key_of(provider: &str, id: &str) -> String {
        format!("{provider}/{id}")
    }
}

/// Why a catalog could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CatalogError {
    /// The text is not JSON, or not JSON of the catalog's shape.
    Invalid(String),
    /// The catalog was written in a format version this app cannot read.
    UnsupportedVersion {
        /// The version the file declares.
        found: u64,
    },
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CatalogError::Invalid(why) => write!(f, "the catalog is not valid: {why}"),
            CatalogError::UnsupportedVersion { found } => write!(
                f,
                "the catalog has format version {found}, but this shop reads version {SCHEMA_VERSION}"
            ),
        }
    }
}

impl std::error::Error for CatalogError {}

/// Reads a catalog or shard file, checking its `schemaVersion` before its
/// shape, so that a newer format gets a version message rather than a
/// shape error.
pub(crate) fn read_versioned<T: DeserializeOwned>(json: &str) -> Result<T, CatalogError> {
    check_version(json)?;
    serde_json::from_str(json).map_err(|e| CatalogError::Invalid(e.to_string()))
}

/// Pretty JSON with a final newline: the form every file the builder
/// writes has.
pub(crate) fn pretty_json(value: &impl Serialize) -> String {
    // Serializing plain data with string keys cannot fail.
    let mut json = serde_json::to_string_pretty(value).unwrap_or_default();
    json.push('\n');
    json
}

/// Checks a catalog or shard file's `schemaVersion`, read without serde (the
/// app reads shards with [`crate::json`]), before its shape.
pub(crate) fn check_version(json: &str) -> Result<(), CatalogError> {
    let version = crate::json::top_level_field(json, "schemaVersion")
        .map_err(|e| CatalogError::Invalid(e.to_string()))?;
    match version {
        Some(serde_json::Value::Number(n)) if n.as_u64() == Some(u64::from(SCHEMA_VERSION)) => {
            Ok(())
        }
        Some(serde_json::Value::Number(n)) => Err(match n.as_u64() {
            Some(found) => CatalogError::UnsupportedVersion { found },
            None => CatalogError::Invalid(format!("schemaVersion {n} is not a whole number")),
        }),
        Some(other) => Err(CatalogError::Invalid(format!(
            "schemaVersion must be a number, found {other}"
        ))),
        None => Err(CatalogError::Invalid("schemaVersion is missing".into())),
    }
}

impl Catalog {
    /// An empty catalog of the current version.
    pub fn empty() -> Catalog {
        Catalog {
            schema_version: SCHEMA_VERSION,
            providers: Vec::new(),
            unit_types: Vec::new(),
            datasets: Vec::new(),
            variables: Vec::new(),
            detail_shards: Vec::new(),
            index: None,
        }
    }

    /// Reads a catalog, checking the format version first.
    pub fn from_json(json: &str) -> Result<Catalog, CatalogError> {
        read_versioned(json)
    }

    /// Writes the catalog as pretty JSON with a final newline, the form the
    /// builder commits and serves.
    pub fn to_json(&self) -> String {
        pretty_json(self)
    }

    /// The provider with this id.
    pub fn provider(&self, id: &str) -> Option<&Provider> {
        self.providers.iter().find(|p| p.id == id)
    }

    /// The unit type with this id.
    pub fn unit_type(&self, id: &str) -> Option<&UnitType> {
        self.unit_types.iter().find(|u| u.id == id)
    }

    /// The dataset with this id.
    pub fn dataset(&self, id: &str) -> Option<&Dataset> {
        self.datasets.iter().find(|d| d.id == id)
    }

    /// The dataset with this key, `<provider id>/<dataset id>`.
    pub fn dataset_by_key(&self, key: &str) -> Option<&Dataset> {
        let (provider, id) = key.split_once('/')?;
        self.datasets
            .iter()
            .find(|d| d.provider == provider && d.id == id)
    }

    /// The dataset a variable belongs to, matched on its provider too.
    pub fn dataset_of(&self, variable: &Variable) -> Option<&Dataset> {
        let id = variable.dataset.as_deref()?;
        self.datasets
            .iter()
            .find(|d| d.provider == variable.provider && d.id == id)
    }

    /// The variable with this id.
    pub fn variable(&self, id: &str) -> Option<&Variable> {
        self.variables.iter().find(|v| v.id == id)
    }

    /// The path of the detail shard holding this variable's details, or
    /// `None` when the catalog names no such shard.
    pub fn shard_path(&self, variable: &Variable) -> Option<&str> {
        let index = usize::try_from(variable.shard).ok()?;
        self.detail_shards.get(index).map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(json: &str, expected: Result<usize, CatalogError>) {
        let got = Catalog::from_json(json).map(|c| c.variables.len());
        match (&got, &expected) {
            (Err(CatalogError::Invalid(_)), Err(CatalogError::Invalid(_))) => {}
            _ => assert_eq!(got, expected, "{json}"),
        }
    }

    #[test]
    fn from_json_checks_the_version_before_the_shape() {
        let empty = r#"{"schemaVersion":3,"providers":[],"unitTypes":[],"variables":[]}"#;
        let invalid = || Err(CatalogError::Invalid(String::new()));
        check(empty, Ok(0));
        check(
            r#"{"schemaVersion":1,"variables":[]}"#,
            Err(CatalogError::UnsupportedVersion { found: 1 }),
        );
        check(
            r#"{"schemaVersion":2,"variables":[]}"#,
            Err(CatalogError::UnsupportedVersion { found: 2 }),
        );
        check(
            r#"{"schemaVersion":4,"whatever":true}"#,
            Err(CatalogError::UnsupportedVersion { found: 4 }),
        );
        check(r#"{"schemaVersion":"3"}"#, invalid());
        check(r#"{"schemaVersion":2.5}"#, invalid());
        check(r#"{"providers":[]}"#, invalid());
        check(r#"{"schemaVersion":3}"#, invalid());
        check("<html>Not found</html>", invalid());
        check(
            r#"{"schemaVersion":3,"providers":[],"unitTypes":[],"vari"#,
            invalid(),
        );
        check("[]", invalid());
    }

    #[test]
    fn to_json_round_trips() {
        let catalog = Catalog::empty();
        let json = catalog.to_json();
        assert!(json.ends_with("}\n"));
        assert_eq!(Catalog::from_json(&json), Ok(catalog));
    }

    #[test]
    fn error_messages_name_the_versions() {
        let msg = CatalogError::UnsupportedVersion { found: 7 }.to_string();
        assert!(msg.contains('7') && msg.contains('3'), "{msg}");
    }
}
