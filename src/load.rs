//! Fetching the catalog (its binary form, `catalog.nbcat`), its prebuilt
//! search index and its detail shards: the app's one contact with the
//! network; and starting the prøverom's checker (`checker`), a worker
//! fetched only by that page.

pub mod checker;
mod content;
mod deadline;
mod index;

use catalog::{content::ContentError, Catalog, CatalogError, DetailShard, BINARY_CATALOG_FILE};
pub use content::fetch_content;
use deadline::Deadline;
use futures_util::future::{select, Either};
pub use index::{attach_text, engine_for, fetch_text_index, IndexBytes};
use index::{fetch_index, IndexRequest};
use std::{pin::pin, sync::Arc, time::Duration};

/// Where the catalog is, relative to `index.html`, so the shop works from any
/// folder of any static host: the binary form, which is decoded in one pass
/// without a JSON parser (`catalog.json` beside it is the export for other
/// tools, with the same content).
pub const CATALOG_URL: &str = BINARY_CATALOG_FILE;

/// How long the catalog may take, from the request to its last byte. Long
/// enough for a large catalog on a slow mobile connection; short enough
/// that a hung server gets a message and a retry instead of a spinner.
pub const CATALOG_TIMEOUT: Duration = Duration::from_secs(30);

/// What a fetch was for, which the loading and error texts name.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Fetched {
    /// The catalog, without which no page works.
    #[default]
    Catalog,
    /// A detail shard, without which only a detail page's details are missing.
    Details,
    /// `content.json`, the texts of the introduction, the pilot page and
    /// the accessibility statement; the catalog works without it.
    Content,
    /// The prøverom's page module, fetched when the prøverom first opens.
    Trial,
    /// The search index's text part, fetched after the first page; only
    /// searches and the basket filter wait for it.
    Search,
}

impl Fetched {
    /// The text beside the spinner.
    pub fn loading(self, ui: &crate::i18n::Ui) -> &'static str {
        match self {
            Fetched::Catalog => ui.shell.loading,
            Fetched::Details => ui.shell.loading_details,
            Fetched::Content => ui.story.loading,
            Fetched::Trial => ui.trial.loading,
            Fetched::Search => ui.browse.search_loading,
        }
    }

    /// The heading of the error. The search index never fails in sight
    /// (the shop builds it from the catalog instead), so it has the
    /// catalog's.
    pub fn failed(self, ui: &crate::i18n::Ui) -> &'static str {
        match self {
            Fetched::Catalog | Fetched::Search => ui.shell.load_failed,
            Fetched::Details => ui.shell.details_load_failed,
            Fetched::Content => ui.story.load_failed,
            Fetched::Trial => ui.trial.load_failed,
        }
    }
}

/// Why the catalog or a shard could not be loaded; each case has its own
/// message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The request never got an answer (offline, DNS, CORS, aborted).
    Network(String),
    /// No complete answer within [`CATALOG_TIMEOUT`].
    Timeout {
        /// The URL asked for, relative to `index.html`.
        url: String,
    },
    /// The server answered with an HTTP error status.
    Status {
        /// The HTTP status.
        status: u16,
        /// The URL asked for, relative to `index.html`.
        url: String,
    },
    /// The answer is not a catalog (or shard) this app can read.
    Catalog(CatalogError),
    /// The answer is not a `content.json` this app can read.
    Content(ContentError),
}

impl LoadError {
    /// The message for users, in their language.
    pub fn message(&self, ui: &crate::i18n::Ui) -> String {
        match self {
            LoadError::Network(_) => ui.shell.err_network.to_string(),
            LoadError::Timeout { .. } => ui.shell.err_timeout.to_string(),
            LoadError::Status { status, .. } => (ui.shell.err_status)(*status),
            LoadError::Catalog(CatalogError::UnsupportedVersion { found }) => {
                (ui.shell.err_version)(*found)
            }
            LoadError::Catalog(CatalogError::Invalid(_)) => ui.shell.err_invalid.to_string(),
            LoadError::Content(ContentError::UnsupportedVersion { found }) => {
                (ui.story.err_version)(*found)
            }
            LoadError::Content(ContentError::Invalid(_)) => ui.story.err_invalid.to_string(),
        }
    }

    /// Details for whoever runs the shop, shown behind a disclosure.
    pub fn details(&self) -> String {
        match self {
            LoadError::Network(why) => why.clone(),
            LoadError::Timeout { url } => format!(
                "no complete answer for {url} within {} s",
                CATALOG_TIMEOUT.as_secs()
            ),
            LoadError::Status { status, url } => format!("HTTP {status} for {url}"),
            LoadError::Catalog(e) => e.to_string(),
            LoadError::Content(e) => e.to_string(),
        }
    }
}

/// Fetches and decodes the catalog, giving up after [`CATALOG_TIMEOUT`], and
/// at the same time the prebuilt search index (see [`engine_for`]), whose
/// absence is not an error. Once the catalog is there, the index is
/// waited for only as long as building it would take.
pub async fn fetch_catalog() -> Result<(Arc<Catalog>, IndexBytes), LoadError> {
    let mut request = IndexRequest::new();
    let catalog = pin!(fetch_in_time(CATALOG_URL));
    let index = pin!(fetch_index(request.signal()));
    let (bytes, index) = match select(catalog, index).await {
        Either::Left((bytes, index)) => (bytes, Either::Left(index)),
        Either::Right((index, catalog)) => (catalog.await, Either::Right(index)),
    };
    let parsed = bytes.and_then(|bytes| Catalog::from_bytes(&bytes).map_err(LoadError::Catalog));
    let catalog = match parsed {
        Ok(catalog) => Arc::new(catalog),
        Err(e) => {
            request.abort();
            return Err(e);
        }
    };
    let index = match index {
        Either::Left(pending) => {
            request.abort_after_grace(catalog.variables.len());
            pending.await
        }
        Either::Right(arrived) => arrived,
    };
    Ok((catalog, index))
}

/// Fetches and parses the detail shard at `path` (a path from the
/// catalog's `detailShards`, relative to `catalog.json` and so to
/// `index.html`).
pub async fn fetch_shard(path: String) -> Result<Arc<DetailShard>, LoadError> {
    let bytes = fetch_in_time(&path).await?;
    DetailShard::from_json(utf8(&path, &bytes)?)
        .map(Arc::new)
        .map_err(|e| match e {
            CatalogError::Invalid(why) => {
                LoadError::Catalog(CatalogError::Invalid(format!("{path}: {why}")))
            }
            other => LoadError::Catalog(other),
        })
}

/// The body as text, or an error naming `url` and where it is not UTF-8.
/// The body is read as bytes and checked here rather than by the browser,
/// which would decode it into a JavaScript string only for wasm-bindgen to
/// encode it back: twice the work.
fn utf8<'b>(url: &str, bytes: &'b [u8]) -> Result<&'b str, LoadError> {
    std::str::from_utf8(bytes).map_err(|e| {
        LoadError::Catalog(CatalogError::Invalid(format!(
            "{url} is not UTF-8 text (byte {})",
            e.valid_up_to()
        )))
    })
}

/// The body of a successful GET of `url`, or [`LoadError::Timeout`] when it
/// takes longer than [`CATALOG_TIMEOUT`].
async fn fetch_in_time(url: &str) -> Result<Vec<u8>, LoadError> {
    let deadline = Deadline::start(CATALOG_TIMEOUT);
    match fetch_bytes(url, deadline.signal()).await {
        Err(_) if deadline.expired() => Err(LoadError::Timeout {
            url: url.to_owned(),
        }),
        result => result,
    }
}

/// The body of a successful GET of `url`; `signal` aborts the request and
/// the reading of its body alike.
async fn fetch_bytes(
    url: &str,
    signal: Option<web_sys::AbortSignal>,
) -> Result<Vec<u8>, LoadError> {
    let response = gloo_net::http::Request::get(url)
        .abort_signal(signal.as_ref())
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
        .binary()
        .await
        .map_err(|e| LoadError::Network(format!("{url}: {e}")))
}
