//! The basket link in the header, with its count.

use crate::state::{use_ui, BasketCtx, QueryCtx};
use catalog::Route;
use leptos::prelude::*;

/// Links to the basket page and shows how many variables it holds. A
/// separate status region announces changes to the count, so screen reader
/// users hear a tick take effect.
#[component]
pub fn BasketLink() -> impl IntoView {
    let ui = use_ui();
    let query = QueryCtx::expect();
    let basket = BasketCtx::expect().selection;
    let count = Memo::new(move |_| basket.read().len());
    // Nothing is announced on load: only changes after it.
    let announced = RwSignal::new(String::new());
    Effect::new(move |previous: Option<usize>| {
        let now = count.get();
        if previous.is_some_and(|p| p != now) {
            announced.set((ui.get_untracked().shell.basket_count)(now));
        }
        now
    });
    view! {
        <a class="basket-link" href=move || query.carried_href(&Route::Basket) data-carry>
            <span>{move || ui.get().shell.basket}</span>
            <span class="basket-link__count" aria-hidden="true">
                {move || count.get()}
            </span>
            <span class="ds-sr-only">
                {move || format!(" ({})", (ui.get().shell.basket_count)(count.get()))}
            </span>
        </a>
        <span class="ds-sr-only" role="status" aria-live="polite">
            {move || announced.get()}
        </span>
    }
}
