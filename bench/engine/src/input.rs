//! Reading the benchmark's documents and queries.

use catalog::Query;
use serde::Deserialize;
use std::path::Path;

/// A document as `gen.mjs` writes it.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct JsonDoc {
    name: String,
    label: String,
    description: String,
    provider: String,
    temporality: String,
    unit_types: Vec<String>,
    access: String,
    #[serde(default)]
    updated: String,
}

impl JsonDoc {
    /// The document in the benchmark model.
    pub fn doc(&self) -> peers_model::Doc<'_> {
        peers_model::Doc {
            name: &self.name,
            label: &self.label,
            description: &self.description,
            provider: &self.provider,
            temporality: &self.temporality,
            unit_types: self.unit_types.iter().map(String::as_str).collect(),
            access: &self.access,
            updated: &self.updated,
        }
    }
}

/// A query as `queries.mjs` lists it.
#[derive(Deserialize)]
struct JsonQuery {
    id: String,
    group: String,
    text: String,
    #[serde(default)]
    filters: Filters,
    #[serde(default)]
    fuzzy: u8,
}

#[derive(Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Filters {
    #[serde(default)]
    provider: Vec<String>,
    #[serde(default)]
    temporality: Vec<String>,
    #[serde(default)]
    unit_types: Vec<String>,
}

/// A benchmark query, ready for the engine.
pub struct BenchQuery {
    /// `q01` ...
    pub id: String,
    /// `text`, `text+facets`, `facets`, `all` or `fuzzy`.
    pub group: String,
    /// The catalog query.
    pub query: Query,
    /// True when the query asks for typo tolerance.
    pub fuzzy: bool,
}

/// Borrows each string of a list.
fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

/// The documents of a `docs-<N>.json`.
pub fn load_docs(path: &Path) -> Result<Vec<JsonDoc>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The query list.
pub fn load_queries(path: &Path) -> Result<Vec<BenchQuery>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let queries: Vec<JsonQuery> =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(queries
        .into_iter()
        .map(|q| {
            let f = &q.filters;
            let (p, t, u) = (strs(&f.provider), strs(&f.temporality), strs(&f.unit_types));
            BenchQuery {
                query: peers_model::query(&q.text, [&p, &t, &u]),
                fuzzy: q.fuzzy > 0,
                id: q.id,
                group: q.group,
            }
        })
        .collect())
}
