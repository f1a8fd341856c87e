//! The error shown when the catalog or a variable's details cannot be
//! loaded.

use crate::{
    load::{Fetched, LoadError},
    state::use_ui,
};
use leptos::prelude::*;

/// An alert that says what went wrong, offers a retry and keeps the
/// technical details one click away for whoever runs the shop.
#[component]
pub fn LoadErrorView(
    /// What went wrong.
    error: LoadError,
    /// Called when the user asks to try again.
    on_retry: impl Fn() + 'static,
    /// What failed to load; the catalog unless given.
    #[prop(optional)]
    what: Fetched,
) -> impl IntoView {
    let ui = use_ui();
    let details = error.details();
    view! {
        <div class="ds-alert load-error" data-color="danger" role="alert">
            <h2 class="ds-heading" data-size="xs">
                {move || what.failed(ui.get())}
            </h2>
            <p class="ds-paragraph">{move || error.message(ui.get())}</p>
            <details class="ds-details">
                <summary>{move || ui.get().shell.technical_details}</summary>
                <div>
                    <code>{details}</code>
                </div>
            </details>
            <button
                class="ds-button"
                data-variant="primary"
                type="button"
                on:click=move |_| on_retry()
            >
                {move || ui.get().shell.retry}
            </button>
        </div>
    }
}
