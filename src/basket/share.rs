//! Share links: opening one (replace, add or keep) and making one.

use crate::state::{url, use_ui, BasketCtx, History, QueryCtx};
use catalog::{Basket, Route};
use leptos::prelude::*;

/// When the URL carries a shared basket, asks whether to replace the own
/// basket with it, add it, or keep the own one; then drops it from the URL
/// so a reload does not ask again.
#[component]
pub fn ShareBasket() -> impl IntoView {
    let ui = use_ui();
    let query = QueryCtx::expect();
    let basket = BasketCtx::expect();
    let shared = query.shared_basket;
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
                <h2 class="ds-heading" data-size="xs">
                    {move || ui.get().basket.shared_heading}
                </h2>
                <p class="ds-paragraph">
                    {move || {
                        let shared = shared.read().as_ref().map_or(0, Basket::len);
                        (ui.get().basket.shared_text)(shared, basket.selection.read().len())
                    }}
                </p>
                <div class="basket-actions">
                    <button class="ds-button" data-variant="primary" type="button" on:click=replace>
                        {move || ui.get().basket.replace_basket}
                    </button>
                    <button class="ds-button" data-variant="secondary" type="button" on:click=merge>
                        {move || ui.get().basket.merge_basket}
                    </button>
                    <button
                        class="ds-button"
                        data-variant="tertiary"
                        type="button"
                        on:click=move |_| done()
                    >
                        {move || ui.get().basket.keep_basket}
                    </button>
                </div>
            </div>
        </Show>
    }
}

/// The share link of the current basket, ready to copy.
#[component]
pub fn ShareLinkField() -> impl IntoView {
    let ui = use_ui();
    let basket = BasketCtx::expect().selection;
    let link = move || url::share_link(&basket.read());
    let copied = RwSignal::new(false);
    let copy = move |_| {
        let clipboard = window().navigator().clipboard();
        let _ = clipboard.write_text(&link());
        copied.set(true);
    };
    view! {
        <section class="share" aria-labelledby="share-heading">
            <h2 class="ds-heading" data-size="xs" id="share-heading">
                {move || ui.get().basket.share_heading}
            </h2>
            <div class="ds-field">
                <label class="ds-label" for="share-link">
                    {move || ui.get().basket.share_label}
                </label>
                <input class="ds-input" id="share-link" type="text" readonly prop:value=link />
            </div>
            <button class="ds-button" data-variant="secondary" type="button" on:click=copy>
                {move || ui.get().basket.copy_link}
            </button>
            <span role="status">{move || copied.get().then(|| ui.get().basket.copied)}</span>
        </section>
    }
}
