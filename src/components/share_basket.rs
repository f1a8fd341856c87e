//! Opening a shared basket link.

use crate::{
    i18n::use_ui,
    state::{BasketCtx, History, QueryCtx},
};
use catalog::{Basket, Route};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// When the URL carries a shared basket, asks whether to replace the own
/// basket with it, add it, or keep the own one; then drops it from the URL
/// so a reload does not ask again.
#[component]
pub fn ShareBasket() -> impl IntoView {
    let ui = use_ui();
    let query = QueryCtx::expect();
    let basket = BasketCtx::expect();
    let search = use_location().search;
    let shared = Memo::new(move |_| Basket::from_search_string(&search.read()));
    let done = move || query.go(&Route::Basket, History::Replace);
    let replace = move |_| {
        if let Some(shared) = shared.get_untracked() {
            basket.set(shared);
        }
        done();
    };
    let merge = move |_| {
        if let Some(shared) = shared.get_untracked() {
            basket.update(|b| {
                b.merge(&shared);
            });
        }
        done();
    };
    view! {
        <Show when=move || shared.read().is_some()>
            <div class="ds-alert shared-basket" data-color="info" role="alert">
                <h2 class="ds-heading" data-size="xs">{move || ui.get().shared_heading}</h2>
                <p class="ds-paragraph">
                    {move || {
                        let shared = shared.read().as_ref().map_or(0, Basket::len);
                        (ui.get().shared_text)(shared, basket.selection.read().len())
                    }}
                </p>
                <div class="basket-actions">
                    <button class="ds-button" data-variant="primary" type="button" on:click=replace>
                        {move || ui.get().replace_basket}
                    </button>
                    <button class="ds-button" data-variant="secondary" type="button" on:click=merge>
                        {move || ui.get().merge_basket}
                    </button>
                    <button class="ds-button" data-variant="tertiary" type="button" on:click=move |_| done()>
                        {move || ui.get().keep_basket}
                    </button>
                </div>
            </div>
        </Show>
    }
}
