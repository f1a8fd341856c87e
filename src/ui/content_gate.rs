//! Shows the site texts' loading and error states, so the story pages only
//! ever see loaded content.

use crate::{
    load::Fetched,
    state::ContentCtx,
    ui::{LoadErrorView, Loading},
};
use catalog::content::Content;
use leptos::prelude::*;
use std::sync::Arc;

/// Renders `render` with the loaded content, a spinner while it loads and
/// an error with a retry button when it fails.
#[component]
pub fn ContentGate<R>(
    /// Renders the page for the loaded content.
    render: R,
) -> impl IntoView
where
    R: Fn(Arc<Content>) -> AnyView + Clone + Send + Sync + 'static,
{
    let resource = ContentCtx::expect().0;
    view! {
        <Suspense fallback=|| {
            view! { <Loading what=Fetched::Content /> }
        }>
            {move || {
                let render = render.clone();
                Suspend::new(async move {
                    match resource.await {
                        Ok(content) => render(content),
                        Err(error) => {
                            view! {
                                <LoadErrorView
                                    error
                                    what=Fetched::Content
                                    on_retry=move || resource.refetch()
                                />
                            }
                                .into_any()
                        }
                    }
                })
            }}
        </Suspense>
    }
}
