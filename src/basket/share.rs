//! Share links: opening one (add, replace or keep, as far as each changes
//! something) and making one.

use super::undo::{Changed, LastChange};
use crate::state::{url, use_ui, BasketCtx, History, QueryCtx};
use catalog::{BasketOp, Catalog, Route, ShareAction, ShareOffer};
use leptos::prelude::*;
use std::sync::Arc;

/// When the URL carries a shared basket, offers what the core's
/// [`ShareOffer`] says changes something (add it, replace the own basket
/// with it, or keep the own one), then drops it from the URL so a reload
/// does not ask again. A replace or add can be taken back through `last`.
#[component]
pub fn ShareBasket(
    /// The loaded catalog, which the shared ids are checked against.
    catalog: Arc<Catalog>,
    /// Where an undoable change goes, for "Angre".
    last: RwSignal<Option<LastChange>>,
) -> impl IntoView {
    let ui = use_ui();
    let query = QueryCtx::expect();
    let basket = BasketCtx::expect();
    let search = query.search();
    let offer =
        Memo::new(move |_| ShareOffer::analyse(&search.read(), &basket.selection.read(), &catalog));
    let choose = move |action: ShareAction| {
        let Some(offer) = offer.get_untracked() else {
            return;
        };
        let (op, changed) = match action {
            ShareAction::Add => (BasketOp::AddAll(offer.shared), None),
            ShareAction::Replace => (BasketOp::Replace(offer.shared), Some(Changed::Replaced)),
            ShareAction::Dismiss => {
                query.go(&Route::Basket, History::Replace);
                return;
            }
        };
        let outcome = basket.apply(op);
        let changed = changed.unwrap_or(Changed::Added(outcome.added));
        if let Some(undo) = outcome.undo {
            last.set(Some(LastChange { changed, undo }));
        }
        query.go(&Route::Basket, History::Replace);
    };
    let text = move || {
        let ui = ui.get();
        let offer = offer.read();
        let Some(offer) = offer.as_ref() else {
            return String::new();
        };
        let mut text = if offer.valid == 0 {
            ui.basket.shared_none.to_string()
        } else {
            (ui.basket.shared_text)(offer.valid, basket.selection.read().len())
        };
        if offer.invalid > 0 {
            text.push(' ');
            text.push_str(&(ui.basket.shared_skipped)(offer.invalid));
        }
        text
    };
    let buttons = move || {
        let actions = offer
            .read()
            .as_ref()
            .map(|o| o.actions.clone())
            .unwrap_or_default();
        actions
            .into_iter()
            .enumerate()
            .map(|(i, action)| {
                let label = move || match action {
                    ShareAction::Add => ui.get().basket.merge_basket,
                    ShareAction::Replace => ui.get().basket.replace_basket,
                    ShareAction::Dismiss => ui.get().basket.keep_basket,
                };
                let variant = match (i, action) {
                    (_, ShareAction::Dismiss) => "tertiary",
                    (0, _) => "primary",
                    _ => "secondary",
                };
                view! {
                    <button
                        class="ds-button"
                        data-variant=variant
                        type="button"
                        on:click=move |_| choose(action)
                    >
                        {label}
                    </button>
                }
            })
            .collect_view()
    };
    view! {
        <Show when=move || offer.read().is_some()>
            <div class="ds-alert shared-basket" data-color="info" role="alert">
                <h2 class="ds-heading" data-size="xs">
                    {move || ui.get().basket.shared_heading}
                </h2>
                <p class="ds-paragraph">{text}</p>
                <div class="basket-actions">{buttons}</div>
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
