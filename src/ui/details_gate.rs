//! Shows loading and error states in place of the details only, so the
//! rest of the page (and every other page) keeps working when a shard fails.

use crate::{
    load::{Fetched, LoadError},
    state::{CatalogCtx, DetailsCtx},
    ui::{LoadErrorView, Loading},
};
use catalog::{Catalog, CatalogError, VariableDetails};
use leptos::prelude::*;
use std::sync::Arc;

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
        let catalog_resource = CatalogCtx::expect().resource;
        let retry = move || catalog_resource.refetch();
        return view! { <LoadErrorView error what=Fetched::Details on_retry=retry /> }.into_any();
    };
    let resource = DetailsCtx::expect().shard(&path);
    // Suspense (not Transition) so a retry shows the spinner again.
    view! {
        <Suspense fallback=|| {
            view! { <Loading what=Fetched::Details /> }
        }>
            {move || {
                let (render, id, path) = (render.clone(), id.clone(), path.clone());
                Suspend::new(async move {
                    let found = resource
                        .await
                        .and_then(|shard| {
                            shard
                                .get(&id)
                                .map(&render)
                                .ok_or_else(|| {
                                    LoadError::Catalog(
                                        CatalogError::Invalid(
                                            format!("{path} has no details for {id}"),
                                        ),
                                    )
                                })
                        });
                    found
                        .unwrap_or_else(|error| {
                            view! {
                                <LoadErrorView
                                    error
                                    what=Fetched::Details
                                    on_retry=move || resource.refetch()
                                />
                            }
                                .into_any()
                        })
                })
            }}
        </Suspense>
    }
    .into_any()
}
