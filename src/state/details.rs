//! Variables' detail shards, fetched on demand and each once for the whole
//! app; while the prøverom's preview is on, the preview's own.

use super::preview::PreviewCtx;
use crate::load::{fetch_shard, LoadError};
use catalog::{CatalogError, DetailShard};
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;

/// A detail shard, loading or loaded.
pub type ShardResource = LocalResource<Result<Arc<DetailShard>, LoadError>>;

/// The detail shards fetched so far, by path; provided once at the top of
/// the app so a shard is requested once however often its variables are
/// opened.
#[derive(Clone, Copy)]
pub struct DetailsCtx {
    shards: StoredValue<HashMap<String, ShardResource>>,
    /// The app's owner: a shard's resource must outlive the detail page
    /// that first asked for it, or the cache would hold disposed resources.
    owner: StoredValue<Owner>,
}

impl DetailsCtx {
    /// Provides an empty shard cache to the app.
    pub fn provide() -> DetailsCtx {
        let ctx = DetailsCtx {
            shards: StoredValue::new(HashMap::new()),
            owner: StoredValue::new(Owner::current().unwrap_or_default()),
        };
        provide_context(ctx);
        ctx
    }

    /// The shard cache.
    ///
    /// # Panics
    ///
    /// When no ancestor called [`DetailsCtx::provide`] (the app's shell
    /// does).
    pub fn expect() -> DetailsCtx {
        use_context::<DetailsCtx>()
            .expect("DetailsCtx is missing: call DetailsCtx::provide() in an ancestor")
    }

    /// The shard at `path`, fetched on the first call and kept; a retry is
    /// the resource's `refetch`. While a preview is on, the preview's shard
    /// at `path` (its paths are those of the bundled catalog's shards, so
    /// they are kept apart by the preview's generation).
    pub fn shard(&self, path: &str) -> ShardResource {
        let preview = PreviewCtx::expect().current();
        let key = match &preview {
            Some(p) => format!("preview {} {path}", p.generation),
            None => path.to_owned(),
        };
        if let Some(known) = self.shards.with_value(|m| m.get(&key).copied()) {
            return known;
        }
        let owned = path.to_owned();
        let resource = self.owner.with_value(|owner| {
            owner.with(|| match preview {
                Some(p) => LocalResource::new(move || {
                    let found = p.shards.get(&owned).cloned().ok_or_else(|| {
                        LoadError::Catalog(CatalogError::Invalid(format!(
                            "the preview has no shard {owned}"
                        )))
                    });
                    async move { found }
                }),
                None => LocalResource::new(move || fetch_shard(owned.clone())),
            })
        });
        self.shards.update_value(|m| {
            m.insert(key, resource);
        });
        resource
    }
}
