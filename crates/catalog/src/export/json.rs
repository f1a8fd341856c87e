//! The JSON export.

use crate::locate::display_name;
use crate::{Basket, Catalog, Lang, Variable};
use serde::Serialize;

/// The basket as pretty JSON, with a final newline.
///
/// The shape (keys in this order; optional keys are left out when empty):
///
/// ```json
/// {
///   "catalogVersion": 3,
///   "exported": "2025-03-01",
///   "language": "nb",
///   "variables": [
///     {
///       "id": "novari-iks/VGO_ELEV_SKOLE",
///       "provider": "novari-iks",
///       "providerName": "Novari IKS",
///       "name": "VGO_ELEV_SKOLE",
///       "label": "Elevens skole",
///       "description": "…",
///       "identifier": "PERSON",
///       "unitTypes": ["PERSON", "SKOLE"],
///       "linkTo": "SKOLE",
///       "temporality": "EVENT",
///       "sensitivity": "NONPUBLIC",
///       "dataset": "…",
///       "temporalCoverage": { "start": "2015-01-01" },
///       "updated": "2024-06-30",
///       "discontinued": true
///     }
///   ],
///   "missing": ["sikt/GONE"]
/// }
/// ```
///
/// - `catalogVersion` is the catalog's `schemaVersion`;
/// - `exported` is `exported` as given, left out when `None`;
/// - `language` is the language of `label`, `description` and
///   `providerName` (each falls back to another language where the
///   metadata lacks it);
/// - `description`, `linkTo`, `dataset`, `temporalCoverage` and `updated`
///   are left out when absent; `discontinued` is only written as `true`;
/// - `missing` lists the basket's ids that the catalog does not have
///   (always present, possibly empty).
pub fn export_json(
    basket: &Basket,
    catalog: &Catalog,
    lang: Lang,
    exported: Option<&str>,
) -> String {
    let resolved = basket.resolve(catalog, lang);
    let export = Export {
        catalog_version: catalog.schema_version,
        exported,
        language: lang.code(),
        variables: resolved
            .positions()
            .map(|i| Entry::new(catalog, &catalog.variables[i], lang))
            .collect(),
        missing: &resolved.stale,
    };
    // Serializing strings, numbers and lists cannot fail.
    let mut json = serde_json::to_string_pretty(&export).unwrap_or_default();
    json.push('\n');
    json
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Export<'a> {
    catalog_version: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    exported: Option<&'a str>,
    language: &'static str,
    variables: Vec<Entry<'a>>,
    missing: &'a [String],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Entry<'a> {
    id: &'a str,
    provider: &'a str,
    provider_name: &'a str,
    name: &'a str,
    label: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    description: &'a str,
    identifier: &'a str,
    unit_types: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    link_to: Option<&'a str>,
    temporality: &'static str,
    sensitivity: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    dataset: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    temporal_coverage: Option<&'a crate::TemporalCoverage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    updated: Option<&'a str>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    discontinued: bool,
}

impl<'a> Entry<'a> {
    fn new(catalog: &'a Catalog, v: &'a Variable, lang: Lang) -> Entry<'a> {
        Entry {
            id: &v.id,
            provider: &v.provider,
            provider_name: display_name(catalog, &v.provider, lang),
            name: &v.name,
            label: v.label.get(lang),
            description: v.description.get(lang),
            identifier: &v.identifier,
            unit_types: &v.unit_types,
            link_to: v.link_to.as_deref(),
            temporality: v.temporality.code(),
            sensitivity: v.sensitivity.code(),
            dataset: v.dataset.as_deref(),
            temporal_coverage: v.temporal_coverage.as_ref(),
            updated: v.updated.as_deref(),
            discontinued: v.is_discontinued(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{catalog, provider, variable};
    use crate::{Discontinued, Text};

    #[test]
    fn writes_the_documented_shape() {
        let mut link = variable(
            "novari-iks",
            "VGO_ELEV_SKOLE",
            Text::nb("Elevens skole"),
            Text::default(),
        );
        link.link_to = Some("SKOLE".into());
        link.unit_types.push("SKOLE".into());
        link.discontinued = Some(Discontinued::default());
        let cat = catalog(
            vec![provider("novari-iks", "Novari IKS")],
            vec![],
            vec![link],
        );
        let basket: Basket = ["novari-iks/VGO_ELEV_SKOLE", "sikt/GONE"]
            .map(String::from)
            .into_iter()
            .collect();
        let json = export_json(&basket, &cat, Lang::En, Some("2025-03-01"));
        let expected = r#"{
  "catalogVersion": 3,
  "exported": "2025-03-01",
  "language": "en",
  "variables": [
    {
      "id": "novari-iks/VGO_ELEV_SKOLE",
      "provider": "novari-iks",
      "providerName": "Novari IKS",
      "name": "VGO_ELEV_SKOLE",
      "label": "Elevens skole",
      "identifier": "PERSON",
      "unitTypes": [
        "PERSON",
        "SKOLE"
      ],
      "linkTo": "SKOLE",
      "temporality": "FIXED",
      "sensitivity": "PUBLIC",
      "discontinued": true
    }
  ],
  "missing": [
    "sikt/GONE"
  ]
}
"#;
        assert_eq!(json, expected);
        let bare = export_json(&Basket::default(), &cat, Lang::Nb, None);
        assert_eq!(
            bare,
            "{\n  \"catalogVersion\": 3,\n  \"language\": \"nb\",\n  \"variables\": [],\n  \"missing\": []\n}\n"
        );
    }

    #[test]
    fn labels_follow_the_language_and_fall_back() {
        let label = Text {
            nb: Some("Elevens skole".into()),
            nn: Some("Skulen til eleven".into()),
            en: None,
        };
        let v = variable("novari-iks", "VGO_ELEV_SKOLE", label, Text::default());
        let cat = catalog(vec![provider("novari-iks", "Novari IKS")], vec![], vec![v]);
        let basket: Basket = ["novari-iks/VGO_ELEV_SKOLE"]
            .map(String::from)
            .into_iter()
            .collect();
        let cases = [
            (Lang::Nb, "Elevens skole"),
            (Lang::Nn, "Skulen til eleven"),
            (Lang::En, "Elevens skole"),
        ];
        for (lang, expected) in cases {
            let json: serde_json::Value =
                serde_json::from_str(&export_json(&basket, &cat, lang, None)).expect("JSON");
            assert_eq!(json["language"], lang.code());
            assert_eq!(json["variables"][0]["label"], expected, "{lang:?}");
        }
    }
}
