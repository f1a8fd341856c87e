//! Fetching the catalog: the app's one contact with the network.

use catalog::{Catalog, CatalogError};
use std::sync::Arc;

/// Where the catalog is, relative to `index.html`, so the shop works from any
/// folder of any static host.
pub const CATALOG_URL: &str = "catalog.json";

/// Why the catalog could not be loaded; each case has its own message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The request never got an answer (offline, DNS, CORS, aborted).
    Network(String),
    /// The server answered with an HTTP error status.
    Status(u16),
    /// The answer is not a catalog this app can read.
    Catalog(CatalogError),
}

impl LoadError {
    /// The message for users, in their language.
    pub fn message(&self, ui: &crate::i18n::Ui) -> String {
        match self {
            LoadError::Network(_) => ui.err_network.to_string(),
            LoadError::Status(status) => (ui.err_status)(*status),
            LoadError::Catalog(CatalogError::UnsupportedVersion { found }) => {
                (ui.err_version)(*found)
            }
            LoadError::Catalog(CatalogError::Invalid(_)) => ui.err_invalid.to_string(),
        }
    }

    /// Details for whoever runs the shop, shown behind a disclosure.
    pub fn details(&self) -> String {
        match self {
            LoadError::Network(why) => why.clone(),
            LoadError::Status(status) => format!("HTTP {status} for {CATALOG_URL}"),
            LoadError::Catalog(e) => e.to_string(),
        }
    }
}

/// Fetches and parses the catalog.
pub async fn fetch_catalog() -> Result<Arc<Catalog>, LoadError> {
    let response = gloo_net::http::Request::get(CATALOG_URL)
        .send()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Status(response.status()));
    }
    let text = response
        .text()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    Catalog::from_json(&text)
        .map(Arc::new)
        .map_err(LoadError::Catalog)
}

/// The folder `index.html` was loaded from, without the trailing slash
/// (`""` at the root of a host, `"/nettbutikken"` under a sub-path). The
/// router uses it as its base so one build serves from any folder.
pub fn base_path() -> String {
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    folder_of(&path).to_string()
}

/// The folder part of a URL path, without the trailing slash.
fn folder_of(path: &str) -> &str {
    match path.rfind('/') {
        Some(i) => &path[..i],
        None => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folder_of_strips_the_file_and_trailing_slash() {
        let cases = [
            ("/", ""),
            ("/index.html", ""),
            ("/nettbutikken/", "/nettbutikken"),
            ("/nettbutikken/index.html", "/nettbutikken"),
            ("", ""),
        ];
        for (path, folder) in cases {
            assert_eq!(folder_of(path), folder, "{path}");
        }
    }
}
