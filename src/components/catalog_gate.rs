//! Loads the catalog once for the whole app and shows loading and error
//! states, so pages only ever see a loaded catalog.

use crate::{
    components::{LoadErrorView, Loading},
    load::{engine_for, fetch_catalog, IndexBytes, LoadError},
};
use catalog::{Catalog, Engine};
use leptos::prelude::*;
use std::sync::Arc;

/// The catalog resource, provided once at the top of the app so every page
/// shares one fetch, and the catalog's search engine.
#[derive(Clone, Copy)]
pub struct CatalogCtx(
    pub LocalResource<Result<Arc<Catalog>, LoadError>>,
    StoredValue<EngineSlot>,
);

/// The search engine of the loaded catalog, made on first use: until then
/// the prebuilt index's bytes wait here (decoding them is for the browse
/// page only, so a detail page does not pay for it).
#[derive(Default)]
enum EngineSlot {
    #[default]
    Empty,
    Index(Arc<Catalog>, IndexBytes),
    Ready(Arc<Catalog>, Arc<Engine>),
}

impl CatalogCtx {
    /// Starts loading the catalog and provides it to the app.
    pub fn provide() -> CatalogCtx {
        let slot = StoredValue::new(EngineSlot::Empty);
        let resource = LocalResource::new(move || async move {
            let (catalog, index) = fetch_catalog().await?;
            slot.set_value(EngineSlot::Index(catalog.clone(), index));
            Ok(catalog)
        });
        let ctx = CatalogCtx(resource, slot);
        provide_context(ctx);
        ctx
    }

    /// The search engine of `catalog`, made on first use (from the prebuilt
    /// index when it matches, see [`engine_for`]) and kept, so returning to
    /// the browse page does not index the catalog again.
    pub fn engine(&self, catalog: &Arc<Catalog>) -> Arc<Engine> {
        let cached = self.1.with_value(|slot| match slot {
            EngineSlot::Ready(c, engine) if Arc::ptr_eq(c, catalog) => Some(engine.clone()),
            _ => None,
        });
        cached.unwrap_or_else(|| {
            let index = match self.1.try_update_value(std::mem::take) {
                Some(EngineSlot::Index(c, index)) if Arc::ptr_eq(&c, catalog) => index,
                _ => Err("the index was not fetched with this catalog".to_owned()),
            };
            let engine = Arc::new(engine_for(catalog, index));
            self.1
                .set_value(EngineSlot::Ready(catalog.clone(), engine.clone()));
            engine
        })
    }

    /// The catalog context; starts a load of its own when mounted alone.
    pub fn expect() -> CatalogCtx {
        use_context::<CatalogCtx>().unwrap_or_else(CatalogCtx::provide)
    }
}

/// Renders `children` with the loaded catalog, a spinner while it loads and
/// an error with a retry button when it fails.
#[component]
pub fn CatalogGate<R>(
    /// Renders the page for a loaded catalog.
    render: R,
) -> impl IntoView
where
    R: Fn(Arc<Catalog>) -> AnyView + Clone + Send + Sync + 'static,
{
    let resource = CatalogCtx::expect().0;
    // Suspense (not Transition) so a retry shows the spinner again rather
    // than leaving the old error on screen while the new request runs.
    view! {
        <Suspense fallback=|| view! { <Loading/> }>
            {move || {
                let render = render.clone();
                Suspend::new(async move {
                match resource.await {
                    Ok(catalog) => render(catalog),
                    Err(error) => {
                        view! { <LoadErrorView error on_retry=move || resource.refetch()/> }
                            .into_any()
                    }
                }
            })
            }}
        </Suspense>
    }
}
