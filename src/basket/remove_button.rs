//! Removes one entry from the basket.

use crate::state::{use_ui, BasketCtx};
use leptos::prelude::*;

/// Removes one entry from the basket.
#[component]
pub fn RemoveButton(
    /// The variable's id.
    id: String,
    /// What the entry is called, for the button's accessible name.
    label: String,
) -> impl IntoView {
    let ui = use_ui();
    let basket = BasketCtx::expect();
    view! {
        <button
            class="ds-button"
            data-variant="tertiary"
            data-size="sm"
            type="button"
            aria-label=move || (ui.get().basket.remove_named)(&label)
            on:click=move |_| {
                basket.remove(&id);
            }
        >
            {move || ui.get().basket.remove}
        </button>
    }
}
