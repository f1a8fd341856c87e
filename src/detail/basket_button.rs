//! Adds a variable to the basket or removes it.

use crate::{
    state::{use_ui, BasketCtx},
    ui::AddRefusal,
};
use catalog::AddRefused;
use leptos::prelude::*;

/// The id of the reason beside the button; one button per detail page.
const REFUSAL_ID: &str = "basket-button-refusal";

/// A toggle button for one variable's place in the basket, with the
/// reason beside it when the basket refuses the variable (full).
#[component]
pub fn BasketButton(
    /// The variable's id.
    id: String,
) -> impl IntoView {
    let ui = use_ui();
    let basket = BasketCtx::expect();
    let refused = RwSignal::new(None::<AddRefused>);
    let selected = {
        let id = id.clone();
        Memo::new(move |_| basket.selection.read().contains(&id))
    };
    view! {
        <div class="basket-control">
            <button
                class="ds-button basket-button"
                type="button"
                data-variant=move || if selected.get() { "secondary" } else { "primary" }
                aria-describedby=REFUSAL_ID
                on:click=move |_| refused.set(basket.toggle(&id))
            >
                {move || {
                    if selected.get() {
                        ui.get().detail.remove_from_basket
                    } else {
                        ui.get().detail.add_to_basket
                    }
                }}
            </button>
            <AddRefusal id=REFUSAL_ID.to_string() refused />
        </div>
    }
}
