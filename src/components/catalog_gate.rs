//! Loads the catalog once for the whole app and shows loading and error
//! states, so pages only ever see a loaded catalog.

use crate::{
    components::{LoadErrorView, Loading},
    load::{fetch_catalog, LoadError},
};
use catalog::{Catalog, Engine};
use leptos::prelude::*;
use std::sync::Arc;

/// The catalog resource, provided once at the top of the app so every page
/// shares one fetch.
#[derive(Clone, Copy)]
pub struct CatalogCtx(
    pub LocalResource<Result<Arc<Catalog>, LoadError>>,
    StoredValue<Option<(Arc<Catalog>, Arc<Engine>)>>,
);

impl CatalogCtx {
    /// Starts loading the catalog and provides it to the app.
    pub fn provide() -> CatalogCtx {
        let ctx = CatalogCtx(LocalResource::new(fetch_catalog), StoredValue::new(None));
        provide_context(ctx);
        ctx
    }

    /// The search engine of `catalog`, built on first use and kept, so
    /// returning to the browse page does not index the catalog again.
    pub fn engine(&self, catalog: &Arc<Catalog>) -> Arc<Engine> {
        let cached = self.1.with_value(|cache| {
            cache
                .as_ref()
                .filter(|(c, _)| Arc::ptr_eq(c, catalog))
                .map(|(_, engine)| engine.clone())
        });
        cached.unwrap_or_else(|| {
            let engine = Arc::new(Engine::new(catalog));
            self.1.set_value(Some((catalog.clone(), engine.clone())));
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
