//! The basket page: the selection grouped by provider, joinability,
//! sharing and export.

use super::{
    coverage::CoverageTimeline,
    remove_button::RemoveButton,
    undo::{Changed, LastChange, UndoOffer},
    JoinSummary, ShareBasket, ShareLinkField,
};
use crate::{
    i18n,
    state::{use_lang, use_ui, BasketCtx, QueryCtx},
    ui::{download, today, CatalogGate, DocumentTitle, ProviderLink},
};
use catalog::{export_csv, export_json, BasketOp, Catalog, Route};
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
    // The last change "Angre" takes back, kept until the user does or leaves.
    let last: RwSignal<Option<LastChange>> = RwSignal::new(None);
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
                                        <a class="ds-link" href=href lang=v.label.lang_attr(lang)>
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
                    let count = format!(" ({})", g.variables.len());
                    let (id, name) = (g.provider.to_string(), g.name.to_string());
                    view! {
                        <section class="basket-group" data-provider=g.provider.to_string()>
                            <h2 class="ds-heading" data-size="xs">
                                <ProviderLink id name />
                                {count}
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
    // Empties the basket and the request draft; undo gives both back.
    let clear = move |_| {
        let undo = ctx.apply(BasketOp::Clear).undo;
        last.set(undo.map(|undo| LastChange {
            changed: Changed::Emptied,
            undo,
        }));
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
        <ShareBasket catalog=catalog.clone() last />
        <UndoOffer last />
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
            <CoverageTimeline catalog=catalog.clone() />
            <JoinSummary catalog=catalog.clone() />
            <ShareLinkField />
        </Show>
    }
}
