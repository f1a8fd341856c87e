//! The printable request draft (søknadsutkast).

use crate::{
    i18n,
    state::{use_lang, use_ui, BasketCtx, QueryCtx},
    ui::{CatalogGate, DocumentTitle, ProviderLink, SafeLink},
};
use catalog::{unit_type_label, Catalog, Route};
use leptos::prelude::*;
use std::sync::Arc;

/// A draft application listing the basket by provider, with blanks for
/// what the researcher must add, laid out for print.
#[component]
pub fn DraftPage() -> impl IntoView {
    let ui = use_ui();
    let query = QueryCtx::expect();
    view! {
        <DocumentTitle text=Signal::derive(move || ui.get().basket.draft_heading.to_string()) />
        <p class="back-link no-print">
            <a class="ds-link" href=move || query.route_href(&Route::Basket)>
                <span aria-hidden="true">"← "</span>
                {move || ui.get().basket.back_to_basket}
            </a>
        </p>
        <h1 class="ds-heading" data-size="lg" tabindex="-1">
            {move || ui.get().basket.draft_heading}
        </h1>
        <p class="ds-paragraph">{move || ui.get().basket.draft_intro}</p>
        <button
            class="ds-button no-print"
            data-variant="primary"
            type="button"
            on:click=move |_| {
                let _ = window().print();
            }
        >
            {move || ui.get().basket.print}
        </button>
        <CatalogGate render=|catalog| view! { <Draft catalog /> }.into_any() />
    }
}

/// The draft's body for a loaded catalog.
#[component]
fn Draft(catalog: Arc<Catalog>) -> impl IntoView {
    let lang = use_lang();
    let basket = BasketCtx::expect().selection;
    move || {
        let lang = lang.get();
        let ui = i18n::ui(lang);
        let basket = basket.read();
        let resolved = basket.resolve(&catalog, lang);
        let blanks = [
            ui.basket.applicant,
            ui.basket.purpose,
            ui.basket.legal_basis,
        ]
        .into_iter()
        .map(|term| {
            view! {
                <div class="draft-blank">
                    <h2 class="ds-heading" data-size="2xs">
                        {term}
                    </h2>
                    <div class="draft-blank__space"></div>
                </div>
            }
        })
        .collect_view();
        let groups = resolved
            .groups
            .iter()
            .map(|group| {
                let provider = catalog.provider(group.provider);
                let org = provider.and_then(|p| p.org_number.clone());
                let web = provider
                    .and_then(|p| p.contact.as_ref())
                    .and_then(|c| c.url.clone());
                let rows = group
                    .variables
                    .iter()
                    .filter_map(|&i| catalog.variables.get(i))
                    .map(|v| {
                        let units = v
                            .unit_types
                            .iter()
                            .map(|u| unit_type_label(&catalog, u, lang))
                            .collect::<Vec<_>>()
                            .join(", ");
                        let coverage = v.temporal_coverage.as_ref().map(|c| {
                            format!(
                                "{} – {}",
                                c.start.clone().unwrap_or_default(),
                                c.stop.clone().unwrap_or_else(|| ui.detail.ongoing.into())
                            )
                        });
                        view! {
                            <tr>
                                <td>
                                    <code>{v.name.clone()}</code>
                                </td>
                                <td>{v.label.get(lang).to_string()}</td>
                                <td>{units}</td>
                                <td>{v.sensitivity.access_label(lang)}</td>
                                <td>{coverage}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <section class="draft-provider">
                        <h2 class="ds-heading" data-size="sm">
                            <ProviderLink
                                id=group.provider.to_string()
                                name=group.name.to_string()
                            />
                        </h2>
                        <p class="ds-paragraph draft-provider__meta">
                            {org.map(|o| format!("{}: {o}", ui.detail.org_number))}
                            {web
                                .map(|url| {
                                    view! {
                                        " · "
                                        {ui.provider.web_address}
                                        ": "
                                        <SafeLink url />
                                    }
                                })}
                        </p>
                        <div
                            class="table-scroll"
                            tabindex="0"
                            role="region"
                            aria-label=group.name.to_string()
                        >
                            <table class="ds-table draft-table" data-border="true" data-size="sm">
                                <thead>
                                    <tr>
                                        <th scope="col">{ui.detail.technical_name}</th>
                                        <th scope="col">{ui.browse.col_variable}</th>
                                        <th scope="col">{ui.browse.col_unit_types}</th>
                                        <th scope="col">{ui.browse.col_access}</th>
                                        <th scope="col">{ui.detail.temporal_coverage}</th>
                                    </tr>
                                </thead>
                                <tbody>{rows}</tbody>
                            </table>
                        </div>
                    </section>
                }
            })
            .collect_view();
        let stale = (!resolved.stale.is_empty()).then(|| {
            let items = resolved
                .stale
                .iter()
                .map(|id| {
                    view! {
                        <li>
                            <code>{id.clone()}</code>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section>
                    <h2 class="ds-heading" data-size="sm">
                        {ui.basket.stale_heading}
                    </h2>
                    <ul>{items}</ul>
                </section>
            }
        });
        let empty = resolved.groups.is_empty() && resolved.stale.is_empty();
        view! {
            <div class="draft">
                <p class="ds-paragraph">{(ui.shell.basket_count)(resolved.found())}</p>
                {empty.then(|| view! { <p class="ds-paragraph">{ui.basket.basket_empty}</p> })}
                {blanks}
                {groups}
                {stale}
            </div>
        }
    }
}
