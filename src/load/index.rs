//! The prebuilt search index: its browse part (`engine.nbix`), fetched at
//! the same time as the catalog, and its text part (`search.nbix`),
//! fetched once the first page can be drawn. Each is used only when it is
//! the one the catalog names. They only save time: when one is missing,
//! late, too large, stale or corrupt, the shop builds that part from the
//! catalog and logs why, never showing an error.

use super::{deadline::Deadline, CATALOG_TIMEOUT};
use catalog::{Catalog, Engine, INDEX_FILE, MAX_INDEX_BYTES, TEXT_INDEX_FILE};
use leptos::prelude::{set_timeout_with_handle, TimeoutHandle};
use std::time::Duration;
use web_sys::{AbortController, AbortSignal};

/// The index's bytes, or why there are none (for the console warning).
pub type IndexBytes = Result<Vec<u8>, String>;

/// How long to wait for the index after the catalog has arrived, per
/// variable: building the index from the catalog takes about 50 µs per
/// variable in the browser, so waiting longer than this would be slower
/// than not waiting.
const GRACE_PER_VARIABLE: Duration = Duration::from_micros(30);

/// The shortest wait for the index after the catalog has arrived.
const MIN_GRACE: Duration = Duration::from_secs(1);

/// A request for the index that can be cut short.
pub struct IndexRequest {
    controller: Option<AbortController>,
    timer: Option<TimeoutHandle>,
}

impl IndexRequest {
    /// A request not yet sent; [`fetch_index`] sends it with [`IndexRequest::signal`].
    pub fn new() -> IndexRequest {
        IndexRequest {
            controller: AbortController::new().ok(),
            timer: None,
        }
    }

    /// Gives up on the index now (the catalog failed, so it is useless).
    pub fn abort(&self) {
        if let Some(controller) = &self.controller {
            controller.abort();
        }
    }

    /// Gives up on the index if it has not arrived within the time that
    /// building it from a catalog of `variables` would take.
    pub fn abort_after_grace(&mut self, variables: usize) {
        let grace = (GRACE_PER_VARIABLE * variables as u32).max(MIN_GRACE);
        if let Some(controller) = self.controller.clone() {
            self.timer = set_timeout_with_handle(move || controller.abort(), grace).ok();
        }
    }

    /// The signal [`fetch_index`] is given.
    pub fn signal(&self) -> Option<AbortSignal> {
        self.controller.as_ref().map(AbortController::signal)
    }
}

impl Drop for IndexRequest {
    fn drop(&mut self) {
        if let Some(timer) = self.timer.take() {
            timer.clear();
        }
    }
}

/// The bytes of [`INDEX_FILE`] (relative to `index.html`, like the
/// catalog).
pub async fn fetch_index(signal: Option<AbortSignal>) -> IndexBytes {
    fetch_part(INDEX_FILE, signal).await
}

/// The bytes of [`TEXT_INDEX_FILE`], or why there are none after
/// [`CATALOG_TIMEOUT`].
pub async fn fetch_text_index() -> IndexBytes {
    let deadline = Deadline::start(CATALOG_TIMEOUT);
    let bytes = fetch_part(TEXT_INDEX_FILE, deadline.signal()).await;
    match bytes {
        Err(_) if deadline.expired() => Err(format!(
            "{TEXT_INDEX_FILE}: no complete answer within {} s",
            CATALOG_TIMEOUT.as_secs()
        )),
        bytes => bytes,
    }
}

/// The bytes of a part of the index at `url`, refusing a body over
/// [`MAX_INDEX_BYTES`] before reading it when the server says its length.
async fn fetch_part(url: &str, signal: Option<AbortSignal>) -> IndexBytes {
    let response = gloo_net::http::Request::get(url)
        .abort_signal(signal.as_ref())
        .send()
        .await
        .map_err(|e| format!("{url}: {e}"))?;
    if !response.ok() {
        return Err(format!("HTTP {} for {url}", response.status()));
    }
    let length = response.headers().get("content-length");
    if let Some(length) = length.and_then(|l| l.parse::<usize>().ok()) {
        if length > MAX_INDEX_BYTES {
            return Err(format!(
                "{url} has {length} bytes, more than {MAX_INDEX_BYTES}"
            ));
        }
    }
    response.binary().await.map_err(|e| format!("{url}: {e}"))
}

/// The engine of `catalog`: from the prebuilt browse part when it is the
/// one the catalog names and decodes (its text part comes later, see
/// [`attach_text`]), otherwise built whole from the catalog, with a
/// console warning that says why.
pub fn engine_for(catalog: &Catalog, index: IndexBytes) -> Engine {
    let browse = index.and_then(|bytes| {
        Engine::from_browse_bytes_for(catalog, &bytes).map_err(|e| e.to_string())
    });
    match browse {
        Ok(engine) => engine,
        Err(why) => {
            leptos::logging::warn!(
                "not using the prebuilt search index ({why}); building it from the catalog"
            );
            Engine::new(catalog)
        }
    }
}

/// Gives `engine` its text part: the prebuilt one when it is the one the
/// browse part names and belongs to `catalog`, otherwise built from the
/// catalog, with a console warning that says why. Nothing to do when the
/// engine has it already (it was built whole).
pub fn attach_text(engine: &Engine, catalog: &Catalog, text: IndexBytes) {
    if engine.has_text() {
        return;
    }
    let attached = text.and_then(|bytes| {
        engine
            .attach_text_for(catalog, &bytes)
            .map_err(|e| e.to_string())
    });
    if let Err(why) = attached {
        leptos::logging::warn!(
            "not using the prebuilt text index ({why}); building it from the catalog"
        );
        engine.build_text(catalog);
    }
}
