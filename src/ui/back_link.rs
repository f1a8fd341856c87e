//! The link back to the search the user came from.

use crate::state::{use_ui, QueryCtx};
use catalog::Route;
use leptos::prelude::*;

/// The link back to the search; the browse query rides along in every
/// page's URL, so this is exact.
#[component]
pub fn BackLink() -> impl IntoView {
    let query = QueryCtx::expect();
    let ui = use_ui();
    view! {
        <p class="back-link">
            <a class="ds-link" href=move || query.route_href(&Route::Browse)>
                <span aria-hidden="true">"← "</span>
                {move || ui.get().detail.back_to_results}
            </a>
        </p>
    }
}
