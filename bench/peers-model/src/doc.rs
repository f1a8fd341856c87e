//! One benchmark document, and the catalog of many.

use catalog::{
    Catalog, Provider, Sensitivity, Temporality, Text, UnitType, Variable, SCHEMA_VERSION,
};
use std::collections::BTreeSet;

/// A benchmark document, borrowing its text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Doc<'a> {
    /// Unique technical name, e.g. `ELEV_KARAKTERPOENG_SNITT`.
    pub name: &'a str,
    /// Short Norwegian label.
    pub label: &'a str,
    /// One to three sentences.
    pub description: &'a str,
    /// Provider name, e.g. `Udir`; also its catalog id.
    pub provider: &'a str,
    /// Norwegian temporality label, e.g. `Tverrsnitt`.
    pub temporality: &'a str,
    /// Unit type labels, e.g. `Fylke`, `Skole`; also their catalog ids.
    pub unit_types: Vec<&'a str>,
    /// `Åpen` (open) or anything else (restricted).
    pub access: &'a str,
    /// `YYYY-MM-DD`, or empty.
    pub updated: &'a str,
}

/// A document the catalog cannot hold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocError {
    /// The document's position.
    pub doc: usize,
    /// The offending field.
    pub field: &'static str,
    /// What was found.
    pub found: String,
}

impl std::fmt::Display for DocError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "document {}: field {}: {:?} is not a known value",
            self.doc, self.field, self.found
        )
    }
}

impl std::error::Error for DocError {}

/// The temporalities, to read their Norwegian labels back.
const TEMPORALITIES: [Temporality; 4] = [
    Temporality::Fixed,
    Temporality::Status,
    Temporality::Accumulated,
    Temporality::Event,
];

/// The temporality whose Norwegian label is `label`.
pub(crate) fn temporality(label: &str) -> Option<Temporality> {
    TEMPORALITIES
        .into_iter()
        .find(|t| t.label(catalog::Lang::Nb) == label)
}

/// The catalog of `docs`, document `i` as variable `i`.
pub fn build_catalog<'a>(docs: impl IntoIterator<Item = Doc<'a>>) -> Result<Catalog, DocError> {
    let mut builder = CatalogBuilder::default();
    for doc in docs {
        builder.add(&doc)?;
    }
    Ok(builder.finish())
}

/// Collects documents one at a time (for example from several chunks of
/// packed text), each as the next variable.
#[derive(Default)]
pub struct CatalogBuilder {
    providers: BTreeSet<String>,
    unit_types: BTreeSet<String>,
    variables: Vec<Variable>,
}

impl CatalogBuilder {
    /// Adds the next document.
    pub fn add(&mut self, d: &Doc<'_>) -> Result<(), DocError> {
        let i = self.variables.len();
        let temporality = temporality(d.temporality).ok_or_else(|| DocError {
            doc: i,
            field: "temporality",
            found: d.temporality.to_string(),
        })?;
        if !self.providers.contains(d.provider) {
            self.providers.insert(d.provider.to_string());
        }
        for u in &d.unit_types {
            if !self.unit_types.contains(*u) {
                self.unit_types.insert(u.to_string());
            }
        }
        self.variables.push(Variable {
            id: i.to_string(),
            provider: d.provider.to_string(),
            name: d.name.to_string(),
            label: Text::nb(d.label),
            description: Text::nb(d.description),
            temporality,
            sensitivity: if d.access == "Åpen" {
                Sensitivity::Public
            } else {
                Sensitivity::Nonpublic
            },
            identifier: d
                .unit_types
                .first()
                .copied()
                .unwrap_or_default()
                .to_string(),
            unit_types: d.unit_types.iter().map(|u| u.to_string()).collect(),
            dataset: None,
            temporal_coverage: None,
            subject_fields: Vec::new(),
            updated: (!d.updated.is_empty()).then(|| d.updated.to_string()),
            link_to: None,
            identifier_for: None,
            discontinued: None,
            shard: 0,
        });
        Ok(())
    }

    /// The catalog of the documents added, with one provider and one unit
    /// type per distinct name.
    pub fn finish(self) -> Catalog {
        Catalog {
            schema_version: SCHEMA_VERSION,
            providers: self
                .providers
                .into_iter()
                .map(|p| Provider {
                    name: Text::nb(p.as_str()),
                    id: p,
                    org_number: None,
                    description: None,
                    contact: None,
                })
                .collect(),
            unit_types: self
                .unit_types
                .into_iter()
                .map(|u| UnitType {
                    label: Text::nb(u.as_str()),
                    id: u,
                    description: Text::default(),
                    provider: None,
                })
                .collect(),
            datasets: Vec::new(),
            detail_shards: Vec::new(),
            index: None,
            variables: self.variables,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_become_variables_at_their_position() {
        let doc = Doc {
            name: "LAERER_SKOLESKYSS",
            label: "Lærersted",
            description: "Variabelen viser",
            provider: "Udir",
            temporality: "Tverrsnitt",
            unit_types: vec!["Fylke", "Skole"],
            access: "Begrenset",
            updated: "2015-03-11",
        };
        let catalog = build_catalog([
            doc.clone(),
            Doc {
                access: "Åpen",
                updated: "",
                ..doc.clone()
            },
        ])
        .expect("valid");
        let v = &catalog.variables[1];
        assert_eq!((v.id.as_str(), v.temporality), ("1", Temporality::Status));
        assert_eq!(v.sensitivity, Sensitivity::Public);
        assert_eq!(v.updated, None);
        assert_eq!(catalog.variables[0].sensitivity, Sensitivity::Nonpublic);
        assert_eq!(catalog.providers.len(), 1);
        assert_eq!(catalog.unit_types.len(), 2);
        let bad = build_catalog([Doc {
            temporality: "Daglig",
            ..doc
        }]);
        assert_eq!(
            bad.map(|_| ()).map_err(|e| e.to_string()),
            Err("document 0: field temporality: \"Daglig\" is not a known value".to_string())
        );
    }
}
