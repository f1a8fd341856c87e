//! The site's texts (`content.json`), loaded once for the whole app.

use crate::load::{fetch_content, LoadError};
use catalog::content::Content;
use leptos::prelude::*;
use std::sync::Arc;

/// The content resource, provided once at the top of the app so the demo
/// banner, the start page and the story pages share one fetch.
#[derive(Clone, Copy)]
pub struct ContentCtx(pub LocalResource<Result<Arc<Content>, LoadError>>);

impl ContentCtx {
    /// Starts loading the content and provides it to the app.
    pub fn provide() -> ContentCtx {
        let ctx = ContentCtx(LocalResource::new(fetch_content));
        provide_context(ctx);
        ctx
    }

    /// The content context.
    ///
    /// # Panics
    ///
    /// When no ancestor called [`ContentCtx::provide`] (the app's shell
    /// does).
    pub fn expect() -> ContentCtx {
        use_context::<ContentCtx>()
            .expect("ContentCtx is missing: call ContentCtx::provide() in an ancestor")
    }

    /// The content once it has loaded; `None` while it loads or when it
    /// failed (the pages that need it show why, through `ContentGate`).
    pub fn loaded(&self) -> Option<Arc<Content>> {
        self.0.get().and_then(Result::ok)
    }
}
