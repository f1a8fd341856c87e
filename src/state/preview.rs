//! The prøverom's preview: a catalog built in the browser from a
//! provider's own files, shown by the shop's own pages instead of the
//! bundled catalog until the preview ends. It lives only in memory: a
//! reload shows the shop's catalog again.

use catalog::{Catalog, DetailShard};
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;

/// A built catalog and its detail shards, by path.
#[derive(Clone, Debug)]
pub struct Preview {
    /// The catalog, as the loader would have decoded it.
    pub catalog: Arc<Catalog>,
    /// The detail shards, by their path in `catalog.detail_shards`.
    pub shards: Arc<HashMap<String, Arc<DetailShard>>>,
    /// Counts the previews started, so a shard of an earlier one is never
    /// taken for this one's.
    pub generation: u32,
}

/// The preview being shown, if any; provided once by the shell.
#[derive(Clone, Copy)]
pub struct PreviewCtx(RwSignal<Option<Preview>>);

impl PreviewCtx {
    /// Provides "no preview" to the app.
    pub fn provide() -> PreviewCtx {
        let ctx = PreviewCtx(RwSignal::new(None));
        provide_context(ctx);
        ctx
    }

    /// The preview context.
    ///
    /// # Panics
    ///
    /// When no ancestor called [`PreviewCtx::provide`] (the app's shell
    /// does).
    pub fn expect() -> PreviewCtx {
        use_context::<PreviewCtx>()
            .expect("PreviewCtx is missing: call PreviewCtx::provide() in an ancestor")
    }

    /// The preview shown (tracked).
    pub fn current(&self) -> Option<Preview> {
        self.0.get()
    }

    /// Whether a preview is shown (tracked).
    pub fn active(&self) -> bool {
        self.0.with(Option::is_some)
    }

    /// Shows `catalog` and `shards` instead of the bundled catalog.
    pub fn start(&self, catalog: Catalog, shards: Vec<(String, DetailShard)>) {
        let generation = self
            .0
            .with_untracked(|p| p.as_ref().map_or(1, |p| p.generation + 1));
        let shards = shards
            .into_iter()
            .map(|(path, shard)| (path, Arc::new(shard)))
            .collect();
        self.0.set(Some(Preview {
            catalog: Arc::new(catalog),
            shards: Arc::new(shards),
            generation,
        }));
    }

    /// Shows the bundled catalog again.
    pub fn end(&self) {
        self.0.set(None);
    }
}
