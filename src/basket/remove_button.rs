//! Removes one entry from the basket.

use crate::state::{focus_later, use_ui, BasketCtx};
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
    let remove = move |_| {
        basket.remove(&id);
        // This button is gone now: focus the new count, or the page's
        // heading once the basket is empty.
        let empty = basket.selection.read_untracked().is_empty();
        focus_later(if empty { "main h1" } else { "#basket-count" });
    };
    view! {
        <button
            class="ds-button"
            data-variant="tertiary"
            data-size="sm"
            type="button"
            aria-label=move || (ui.get().basket.remove_named)(&label)
            on:click=remove
        >
            {move || ui.get().basket.remove}
        </button>
    }
}
