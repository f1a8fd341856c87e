//! Adds a variable to the basket or removes it.

use crate::state::{use_ui, BasketCtx};
use leptos::prelude::*;

/// A toggle button for one variable's place in the basket.
#[component]
pub fn BasketButton(
    /// The variable's id.
    id: String,
) -> impl IntoView {
    let ui = use_ui();
    let basket = BasketCtx::expect();
    let selected = {
        let id = id.clone();
        Memo::new(move |_| basket.selection.read().contains(&id))
    };
    view! {
        <button
            class="ds-button basket-button"
            type="button"
            data-variant=move || if selected.get() { "secondary" } else { "primary" }
            on:click=move |_| {
                basket.update(|b| b.toggle(&id));
            }
        >
            {move || {
                if selected.get() {
                    ui.get().detail.remove_from_basket
                } else {
                    ui.get().detail.add_to_basket
                }
            }}
        </button>
    }
}
