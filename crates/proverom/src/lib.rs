//! The prøverom's checker: `nettbutikk-catalog check` and `build`, the
//! builder's own code, compiled to WebAssembly and run in a Web Worker
//! (`worker.js`) when the shop's `?vis=proverom` page opens. It gets files
//! as names and bytes, and answers with the core's `catalog::trial` types
//! as JSON, which the app decodes with the same core.

mod bundled;
mod trial;

pub use trial::{build, check};

use wasm_bindgen::prelude::*;

/// The files a provider handed over, to check and build, and the last
/// build's files until the page asks for them.
#[wasm_bindgen]
#[derive(Default)]
pub struct Checker {
    files: Vec<(String, Vec<u8>)>,
    built: Option<catalog::trial::TrialBuild>,
}

#[wasm_bindgen]
impl Checker {
    /// No files yet.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Checker {
        Checker::default()
    }

    /// Adds a file: its name as reports should show it, and its bytes
    /// (at most one byte past the builder's limit is needed to reject it).
    pub fn add(&mut self, name: String, bytes: Vec<u8>) {
        self.files.push((name, bytes));
    }

    /// `check`: the report as a `catalog::trial::TrialReport` in JSON.
    pub fn check(&self, provider: Option<String>) -> String {
        to_json(&check(self.files.clone(), provider))
    }

    /// `build`, of the files alone or merged with the shop's own metadata:
    /// a `catalog::trial::TrialBuild` in JSON, without the files it would
    /// write, which [`Checker::written`] gives.
    pub fn build(&mut self, provider: Option<String>, merge: bool) -> String {
        let built = build(std::mem::take(&mut self.files), provider, merge);
        let summary = catalog::trial::TrialBuild {
            catalog: None,
            shards: Vec::new(),
            ..built.clone()
        };
        self.built = Some(built);
        to_json(&summary)
    }

    /// The last build with its files, in JSON.
    pub fn written(&self) -> String {
        self.built.as_ref().map(to_json).unwrap_or_default()
    }

    /// The last build's catalog as the shop reads it (`catalog.nbcat`),
    /// for the preview; empty without a build.
    #[wasm_bindgen(js_name = writtenCatalog)]
    pub fn written_catalog(&self) -> Vec<u8> {
        self.built
            .as_ref()
            .map(|b| b.nbcat.clone())
            .unwrap_or_default()
    }
}

/// The largest file the builder reads, in bytes: the worker reads one byte
/// more of a bigger file, so the builder rejects it with its own message.
#[wasm_bindgen(js_name = maxFileBytes)]
pub fn max_file_bytes() -> f64 {
    nettbutikk_catalog::source::MAX_FILE_BYTES as f64
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}
