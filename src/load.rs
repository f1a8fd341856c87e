//! Fetching the catalog: the app's one contact with the network.

mod deadline;

use catalog::{Catalog, CatalogError};
use deadline::Deadline;
use std::{sync::Arc, time::Duration};

/// Where the catalog is, relative to `index.html`, so the shop works from any
/// folder of any static host.
pub const CATALOG_URL: &str = "catalog.json";

/// How long the catalog may take, from the request to its last byte. Long
/// enough for a large catalog on a slow mobile connection; short enough
/// that a hung server gets a message and a retry instead of a spinner.
pub const CATALOG_TIMEOUT: Duration = Duration::from_secs(30);

/// Why the catalog could not be loaded; each case has its own message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The request never got an answer (offline, DNS, CORS, aborted).
    Network(String),
    /// No complete answer within [`CATALOG_TIMEOUT`].
    Timeout,
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
            LoadError::Timeout => ui.err_timeout.to_string(),
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
            LoadError::Timeout => format!(
                "no complete answer for {CATALOG_URL} within {} s",
                CATALOG_TIMEOUT.as_secs()
            ),
            LoadError::Status(status) => format!("HTTP {status} for {CATALOG_URL}"),
            LoadError::Catalog(e) => e.to_string(),
        }
    }
}

/// Fetches and parses the catalog, giving up after [`CATALOG_TIMEOUT`].
pub async fn fetch_catalog() -> Result<Arc<Catalog>, LoadError> {
    let deadline = Deadline::start(CATALOG_TIMEOUT);
    let text = match fetch_text(CATALOG_URL, deadline.signal()).await {
        Err(_) if deadline.expired() => return Err(LoadError::Timeout),
        result => result?,
    };
    drop(deadline);
    Catalog::from_json(&text)
        .map(Arc::new)
        .map_err(LoadError::Catalog)
}

/// The body of `url` as text; `signal` aborts the request and the reading
/// of its body alike.
async fn fetch_text(url: &str, signal: Option<web_sys::AbortSignal>) -> Result<String, LoadError> {
    let network = |e: gloo_net::Error| LoadError::Network(e.to_string());
    let response = gloo_net::http::Request::get(url)
        .abort_signal(signal.as_ref())
        .send()
        .await
        .map_err(network)?;
    if !response.ok() {
        return Err(LoadError::Status(response.status()));
    }
    response.text().await.map_err(network)
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
