//! The loading indicator.

use crate::{load::Fetched, state::use_ui};
use leptos::prelude::*;

/// A spinner with a text that screen readers announce.
#[component]
pub fn Loading(
    /// What is loading; the catalog unless given.
    #[prop(optional)]
    what: Fetched,
) -> impl IntoView {
    let ui = use_ui();
    view! {
        <div class="loading" role="status">
            <svg class="ds-spinner" data-size="md" viewBox="0 0 50 50" aria-hidden="true">
                <circle
                    class="ds-spinner__background"
                    cx="25"
                    cy="25"
                    r="20"
                    fill="none"
                    stroke-width="5"
                ></circle>
                <circle
                    class="ds-spinner__circle"
                    cx="25"
                    cy="25"
                    r="20"
                    fill="none"
                    stroke-width="5"
                ></circle>
            </svg>
            <p class="ds-paragraph">{move || what.loading(ui.get())}</p>
        </div>
    }
}
