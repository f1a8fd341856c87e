//! The catalog engine behind the peer benchmark's plug-in interface.
//!
//! `bench/peers-adapter.mjs` hands the documents over in chunks of packed
//! UTF-8 ([`peers_model::parse_packed`]) to a [`PeerBuilder`], so the
//! module's memory never holds all the documents' text at once, and asks
//! queries as one string (text and selections, see [`PeerEngine::query`]).
//! An answer comes back
//! as one `Uint32Array`, so a query crosses the boundary once each way and
//! allocates nothing on the JavaScript side but the result object:
//!
//! `[total, page length, ...page ids, then per facet (provider, temporality,
//! unitTypes): value count, then (value number, count) pairs]`
//!
//! Value numbers index [`PeerEngine::values`], read once after building.

use catalog::{Analysis, Engine};
use peers_model::{CatalogBuilder, FACETS, FIELD, RECORD};
use std::collections::HashMap;
use wasm_bindgen::prelude::*;

/// The engine of one benchmark catalog, built with the benchmark's
/// canonical rules ([`Analysis::CANONICAL`]).
#[wasm_bindgen]
pub struct PeerEngine {
    engine: Engine,
    /// Per benchmark facet, its value names in the benchmark's spelling.
    names: [Vec<String>; 3],
    /// Per benchmark facet, catalog value id → number.
    numbers: [HashMap<String, u32>; 3],
}

/// Collects packed documents, chunk by chunk, then builds the engine.
#[wasm_bindgen]
#[derive(Default)]
pub struct PeerBuilder {
    catalog: CatalogBuilder,
}

#[wasm_bindgen]
impl PeerBuilder {
    /// An empty builder.
    #[wasm_bindgen(constructor)]
    pub fn new() -> PeerBuilder {
        PeerBuilder::default()
    }

    /// Adds the documents of one chunk of packed UTF-8, after those of
    /// the chunks before.
    pub fn add(&mut self, packed: &[u8]) -> Result<(), JsError> {
        let text = std::str::from_utf8(packed)
            .map_err(|e| JsError::new(&format!("packed documents: {e}")))?;
        let docs = peers_model::parse_packed(text).map_err(|e| JsError::new(&e))?;
        for doc in &docs {
            self.catalog
                .add(doc)
                .map_err(|e| JsError::new(&e.to_string()))?;
        }
        Ok(())
    }

    /// Builds the engine of every document added, with the benchmark's
    /// canonical rules.
    pub fn build(self) -> PeerEngine {
        let catalog = self.catalog.finish();
        PeerEngine::of(Engine::with_analysis(&catalog, Analysis::CANONICAL))
    }
}

#[wasm_bindgen]
impl PeerEngine {
    /// Loads an engine from its byte form ([`PeerEngine::to_bytes`]).
    #[wasm_bindgen(js_name = fromBytes)]
    pub fn from_bytes(bytes: &[u8]) -> Result<PeerEngine, JsError> {
        Engine::from_bytes(bytes)
            .map(PeerEngine::of)
            .map_err(|e| JsError::new(&e.to_string()))
    }

    /// The engine's byte form.
    #[wasm_bindgen(js_name = toBytes)]
    pub fn to_bytes(&self) -> Vec<u8> {
        self.engine.to_bytes()
    }

    /// The value names of benchmark facet `facet` (0 provider,
    /// 1 temporality, 2 unitTypes), joined by [`FIELD`].
    pub fn values(&self, facet: usize) -> String {
        self.names
            .get(facet)
            .map(|names| names.join(&FIELD.to_string()))
            .unwrap_or_default()
    }

    /// Answers a query (layout in the module documentation). `query` is
    /// the text, then each benchmark facet's selection (values joined by
    /// [`FIELD`]), separated by [`RECORD`]: one string, one copy.
    pub fn query(&self, query: &str, fuzzy: bool) -> Vec<u32> {
        let mut parts = query.split(RECORD);
        let text = parts.next().unwrap_or_default();
        let selections = [(); 3].map(|_| split(parts.next().unwrap_or_default()));
        let [p, t, u] = &selections;
        let query = peers_model::query(text, [p, t, u]);
        let answer = self.engine.run_with_typos(&query, None::<&str>, fuzzy);
        let mut out = Vec::with_capacity(2 + answer.rows.len() + 64);
        out.push(answer.total as u32);
        out.push(answer.rows.len() as u32);
        out.extend(answer.rows.iter().map(|&r| r as u32));
        for ((_, facet), numbers) in FACETS.iter().zip(&self.numbers) {
            let counts = answer.facets.iter().filter(|c| c.facet == *facet);
            let values: Vec<(u32, u32)> = counts
                .flat_map(|c| &c.values)
                .filter(|v| v.count > 0)
                // Every value the engine reports is one of its facet ids.
                .filter_map(|v| Some((*numbers.get(v.id.as_str())?, v.count as u32)))
                .collect();
            out.push(values.len() as u32);
            out.extend(values.into_iter().flat_map(|(n, c)| [n, c]));
        }
        out
    }
}

/// The values of a selection joined by [`FIELD`].
fn split(joined: &str) -> Vec<&str> {
    joined.split(FIELD).filter(|v| !v.is_empty()).collect()
}

impl PeerEngine {
    fn of(engine: Engine) -> PeerEngine {
        let names = FACETS.map(|(_, facet)| {
            engine
                .facet_ids(facet)
                .map(|id| peers_model::value_name(facet, id))
                .collect::<Vec<String>>()
        });
        let numbers = FACETS.map(|(_, facet)| {
            engine
                .facet_ids(facet)
                .map(str::to_string)
                .zip(0..)
                .collect()
        });
        PeerEngine {
            engine,
            names,
            numbers,
        }
    }
}
