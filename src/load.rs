//! Fetching the catalog and its detail shards: the app's one contact with
//! the network.

use catalog::{Catalog, CatalogError, DetailShard};
use std::sync::Arc;

/// Where the catalog is, relative to `index.html`, so the shop works from any
/// folder of any static host.
pub const CATALOG_URL: &str = "catalog.json";

/// What a fetch was for, which the loading and error texts name.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Fetched {
    /// `catalog.json`, without which no page works.
    #[default]
    Catalog,
    /// A detail shard, without which only a detail page's details are missing.
    Details,
}

impl Fetched {
    /// The text beside the spinner.
    pub fn loading(self, ui: &crate::i18n::Ui) -> &'static str {
        match self {
            Fetched::Catalog => ui.loading,
            Fetched::Details => ui.loading_details,
        }
    }

    /// The heading of the error.
    pub fn failed(self, ui: &crate::i18n::Ui) -> &'static str {
        match self {
            Fetched::Catalog => ui.load_failed,
            Fetched::Details => ui.details_load_failed,
        }
    }
}

/// Why the catalog or a shard could not be loaded; each case has its own
/// message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The request never got an answer (offline, DNS, CORS, aborted).
    Network(String),
    /// The server answered with an HTTP error status.
    Status {
        /// The HTTP status.
        status: u16,
        /// The URL asked for, relative to `index.html`.
        url: String,
    },
    /// The answer is not a catalog (or shard) this app can read.
    Catalog(CatalogError),
}

impl LoadError {
    /// The message for users, in their language.
    pub fn message(&self, ui: &crate::i18n::Ui) -> String {
        match self {
            LoadError::Network(_) => ui.err_network.to_string(),
            LoadError::Status { status, .. } => (ui.err_status)(*status),
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
            LoadError::Status { status, url } => format!("HTTP {status} for {url}"),
            LoadError::Catalog(e) => e.to_string(),
        }
    }
}

/// Fetches and parses the catalog.
pub async fn fetch_catalog() -> Result<Arc<Catalog>, LoadError> {
    let text = fetch_text(CATALOG_URL).await?;
    Catalog::from_json(&text)
        .map(Arc::new)
        .map_err(LoadError::Catalog)
}

/// Fetches and parses the detail shard at `path` (a path from the
/// catalog's `detailShards`, relative to `catalog.json` and so to
/// `index.html`).
pub async fn fetch_shard(path: String) -> Result<Arc<DetailShard>, LoadError> {
    let text = fetch_text(&path).await?;
    DetailShard::from_json(&text)
        .map(Arc::new)
        .map_err(|e| match e {
            CatalogError::Invalid(why) => {
                LoadError::Catalog(CatalogError::Invalid(format!("{path}: {why}")))
            }
            other => LoadError::Catalog(other),
        })
}

/// The body of a successful GET of `url`.
async fn fetch_text(url: &str) -> Result<String, LoadError> {
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|e| LoadError::Network(format!("{url}: {e}")))?;
    if !response.ok() {
        return Err(LoadError::Status {
            status: response.status(),
            url: url.to_owned(),
        });
    }
    response
        .text()
        .await
        .map_err(|e| LoadError::Network(format!("{url}: {e}")))
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
