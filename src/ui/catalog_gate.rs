//! Shows the catalog's loading and error states, so pages only ever see a
//! loaded catalog.

use crate::{
    state::CatalogCtx,
    ui::{LoadErrorView, Loading},
};
use catalog::Catalog;
use leptos::prelude::*;
use std::sync::Arc;

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
    let resource = CatalogCtx::expect().resource;
    // Suspense (not Transition) so a retry shows the spinner again rather
    // than leaving the old error on screen while the new request runs.
    view! {
        <Suspense fallback=|| {
            view! { <Loading /> }
        }>
            {move || {
                let render = render.clone();
                Suspend::new(async move {
                    match resource.await {
                        Ok(catalog) => render(catalog),
                        Err(error) => {
                            view! { <LoadErrorView error on_retry=move || resource.refetch() /> }
                                .into_any()
                        }
                    }
                })
            }}
        </Suspense>
    }
}
