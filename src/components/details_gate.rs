//! Loads variables' detail shards on demand, each once for the whole app,
//! and shows loading and error states in place of the details only, so the
//! rest of the page (and every other page) keeps working when a shard fails.

use crate::{
    components::{CatalogCtx, LoadErrorView, Loading},
    load::{fetch_shard, Fetched, LoadError},
};
use catalog::{Catalog, CatalogError, DetailShard, VariableDetails};
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;

type ShardResource = LocalResource<Result<Arc<DetailShard>, LoadError>>;

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

    /// The shard cache; a cache of its own when mounted alone.
    pub fn expect() -> DetailsCtx {
        use_context::<DetailsCtx>().unwrap_or_else(DetailsCtx::provide)
    }

    /// The shard at `path`, fetched on the first call and kept; a retry is
    /// the resource's `refetch`.
    pub fn shard(&self, path: &str) -> ShardResource {
        if let Some(known) = self.shards.with_value(|m| m.get(path).copied()) {
            return known;
        }
        let owned = path.to_owned();
        let resource = self.owner.with_value(|owner| {
            owner.with(|| LocalResource::new(move || fetch_shard(owned.clone())))
        });
        self.shards.update_value(|m| {
            m.insert(path.to_owned(), resource);
        });
        resource
    }
}

/// Renders the details of `catalog.variables[index]` with `render`, a
/// spinner while its shard loads, and an error with a retry button when the
/// shard cannot be loaded or lacks the variable.
#[component]
pub fn DetailsGate<R>(
    /// The loaded catalog.
    catalog: Arc<Catalog>,
    /// The variable's position in `catalog.variables`.
    index: usize,
    /// Renders the details.
    render: R,
) -> impl IntoView
where
    R: Fn(&VariableDetails) -> AnyView + Clone + Send + Sync + 'static,
{
    let Some(variable) = catalog.variables.get(index) else {
        return ().into_any();
    };
    let id = variable.id.clone();
    let Some(path) = catalog.shard_path(variable).map(str::to_owned) else {
        // The catalog itself is inconsistent: only a fresh copy can help.
        let error = LoadError::Catalog(CatalogError::Invalid(format!(
            "{id} names detail shard {}, which catalog.json does not list",
            variable.shard
        )));
        let catalog_resource = CatalogCtx::expect().0;
        return view! {
            <LoadErrorView error what=Fetched::Details on_retry=move || catalog_resource.refetch()/>
        }
        .into_any();
    };
    let resource = DetailsCtx::expect().shard(&path);
    // Suspense (not Transition) so a retry shows the spinner again.
    view! {
        <Suspense fallback=|| view! { <Loading what=Fetched::Details/> }>
            {move || {
                let (render, id, path) = (render.clone(), id.clone(), path.clone());
                Suspend::new(async move {
                    let found = resource.await.and_then(|shard| {
                        shard.get(&id).map(&render).ok_or_else(|| {
                            LoadError::Catalog(CatalogError::Invalid(format!(
                                "{path} has no details for {id}"
                            )))
                        })
                    });
                    found.unwrap_or_else(|error| {
                        view! {
                            <LoadErrorView error what=Fetched::Details on_retry=move || resource.refetch()/>
                        }
                        .into_any()
                    })
                })
            }}
        </Suspense>
    }
    .into_any()
}
