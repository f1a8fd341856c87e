//! The page for a variable the catalog does not have.

use crate::{state::use_ui, ui::DocumentTitle};
use leptos::prelude::*;

/// A real "not found" page, with a way back.
#[component]
pub fn NotFound() -> impl IntoView {
    let ui = use_ui();
    view! {
        <DocumentTitle text=Signal::derive(move || ui.get().detail.not_found_heading.to_string()) />
        <div class="not-found">
            <h1 class="ds-heading" data-size="lg" tabindex="-1">
                {move || ui.get().detail.not_found_heading}
            </h1>
            <p class="ds-paragraph">{move || ui.get().detail.not_found_text}</p>
        </div>
    }
}
