//! The basket page: the selection grouped by provider, joinability,
//! sharing and export.

use super::{
    download::download, remove_button::RemoveButton, JoinSummary, ShareBasket, ShareLinkField,
};
use crate::{
    i18n,
    state::{focus_later, use_lang, use_ui, BasketCtx, QueryCtx},
    ui::{CatalogGate, DocumentTitle},
};
use catalog::{export_csv, export_json, Basket, Catalog, Route};
use leptos::prelude::*;
use std::sync::Arc;

/// The basket page.
#[component]
pub fn BasketPage() -> impl IntoView {
    let ui = use_ui();
    view! {
        <DocumentTitle text=Signal::derive(move || ui.get().basket.basket_heading.to_string()) />
        <h1 class="ds-heading" data-size="lg" tabindex="-1">
            {move || ui.get().basket.basket_heading}
        </h1>
        <CatalogGate render=|catalog| view! { <BasketContents catalog /> }.into_any() />
    }
}

/// The basket against a loaded catalog.
#[component]
fn BasketContents(catalog: Arc<Catalog>) -> impl IntoView {
    let ui = use_ui();
    let lang = use_lang();
    let query = QueryCtx::expect();
    let ctx = BasketCtx::expect();
    let basket = ctx.selection;
    // What "Tøm kurven" removed, kept until the user undoes it or leaves.
    let emptied: RwSignal<Option<Basket>> = RwSignal::new(None);
    let empty = move || basket.read().is_empty();
    let groups = {
        let catalog = catalog.clone();
        move || {
            let lang = lang.get();
            let basket = basket.read();
            let resolved = basket.resolve(&catalog, lang);
            let groups = resolved
                .groups
                .iter()
                .map(|g| {
                    let rows = g
                        .variables
                        .iter()
                        .filter_map(|&i| catalog.variables.get(i))
                        .map(|v| {
                            let href = query.route_href(&Route::Variable(v.id.clone()));
                            view! {
                                <li class="basket-item" data-variable=v.id.clone()>
                                    <div>
                                        <a class="ds-link" href=href>
                                            {v.label.get(lang).to_string()}
                                        </a>
                                        <code class="variable-name">{v.name.clone()}</code>
                                    </div>
                                    <RemoveButton
                                        id=v.id.clone()
                                        label=v.label.get(lang).to_string()
                                    />
                                </li>
                            }
                        })
                        .collect_view();
                    let heading = format!("{} ({})", g.name, g.variables.len());
                    view! {
                        <section class="basket-group" data-provider=g.provider.to_string()>
                            <h2 class="ds-heading" data-size="xs">
                                {heading}
                            </h2>
                            <ul class="basket-list">{rows}</ul>
                        </section>
                    }
                })
                .collect_view();
            let stale = (!resolved.stale.is_empty()).then(|| {
                let ui = i18n::ui(lang);
                let items = resolved
                    .stale
                    .iter()
                    .map(|id| {
                        view! {
                            <li class="basket-item">
                                <code>{id.clone()}</code>
                                <RemoveButton id=id.clone() label=id.clone() />
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <section class="basket-group basket-stale ds-alert" data-color="warning">
                        <h2 class="ds-heading" data-size="xs">
                            {ui.basket.stale_heading}
                        </h2>
                        <p class="ds-paragraph">{ui.basket.stale_text}</p>
                        <ul class="basket-list">{items}</ul>
                    </section>
                }
            });
            view! {
                {groups}
                {stale}
            }
        }
    };
    let clear = move |_| {
        let old = ctx.update(|b| b.replace(Basket::default()));
        emptied.set(old);
        // The button is gone with the list; focus goes to what replaces
        // it, never to the page's <body>.
        focus_later("#basket-undo-button");
    };
    let undo = move |_| {
        if let Some(old) = emptied.get_untracked() {
            ctx.set(old);
        }
        emptied.set(None);
        focus_later("#basket-count");
    };
    let download_json = {
        let catalog = catalog.clone();
        move |_| {
            let text = export_json(
                &basket.read_untracked(),
                &catalog,
                lang.get_untracked(),
                Some(&today()),
            );
            let _ = download("nettbutikken-kurv.json", "application/json", &text);
        }
    };
    let download_csv = {
        let catalog = catalog.clone();
        move |_| {
            let text = export_csv(&basket.read_untracked(), &catalog, lang.get_untracked());
            let _ = download("nettbutikken-kurv.csv", "text/csv;charset=utf-8", &text);
        }
    };
    view! {
        <ShareBasket />
        <Show when=move || emptied.read().is_some()>
            <div class="ds-alert basket-undo" data-color="info" role="status">
                <p class="ds-paragraph">{move || ui.get().basket.basket_emptied}</p>
                <button
                    class="ds-button"
                    id="basket-undo-button"
                    data-variant="secondary"
                    data-size="sm"
                    type="button"
                    on:click=undo
                >
                    {move || ui.get().basket.undo}
                </button>
            </div>
        </Show>
        <Show
            when=move || !empty()
            fallback=move || {
                view! {
                    <div class="basket-empty">
                        <p class="ds-paragraph">{move || ui.get().basket.basket_empty}</p>
                        <a class="ds-link" href=move || query.route_href(&Route::Browse)>
                            {move || ui.get().basket.basket_find}
                        </a>
                    </div>
                }
            }
        >
            <p class="ds-paragraph result-count" id="basket-count" tabindex="-1">
                {move || (ui.get().shell.basket_count)(basket.read().len())}
            </p>
            <div class="basket-actions">
                <a
                    class="ds-button"
                    data-variant="primary"
                    href=move || query.route_href(&Route::Draft)
                >
                    {move || ui.get().basket.draft_link}
                </a>
                <button
                    class="ds-button"
                    data-variant="secondary"
                    type="button"
                    on:click=download_json.clone()
                >
                    {move || ui.get().basket.export_json}
                </button>
                <button
                    class="ds-button"
                    data-variant="secondary"
                    type="button"
                    on:click=download_csv.clone()
                >
                    {move || ui.get().basket.export_csv}
                </button>
                <button class="ds-button" data-variant="tertiary" type="button" on:click=clear>
                    {move || ui.get().basket.empty_basket}
                </button>
            </div>
            {groups.clone()}
            <JoinSummary catalog=catalog.clone() />
            <ShareLinkField />
        </Show>
    }
}

/// Today's date, `YYYY-MM-DD`, for the export; the core has no clock.
fn today() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso.chars().take(10).collect()
}
