//! The page of one data provider.

use super::TallyChart;
use crate::{
    i18n,
    state::{use_lang, use_ui, QueryCtx},
    ui::{
        clipped, fact, facts, BackLink, CatalogGate, DatasetLink, DocumentTitle, MailLink, SafeLink,
    },
};
use catalog::{dataset_title, provider_profile, Catalog, Lang, Provider, Query, Route};
use leptos::prelude::*;
use std::sync::Arc;

/// The page of the provider `id`, or a real "not found" page when the
/// catalog has no such provider.
#[component]
pub fn ProviderPage(
    /// The provider's id, from the URL.
    id: String,
) -> impl IntoView {
    let render = move |catalog: Arc<Catalog>| match catalog.provider(&id) {
        Some(_) => view! { <ProviderView catalog id=id.clone() /> }.into_any(),
        None => view! { <ProviderNotFound /> }.into_any(),
    };
    view! {
        <BackLink />
        <CatalogGate render />
    }
}

/// The provider's page in the current language.
#[component]
fn ProviderView(catalog: Arc<Catalog>, id: String) -> impl IntoView {
    let lang = use_lang();
    let query = QueryCtx::expect();
    let title = {
        let (catalog, id) = (catalog.clone(), id.clone());
        Signal::derive(move || catalog::provider_name(&catalog, &id, lang.get()).to_string())
    };
    view! {
        <DocumentTitle text=title />
        {move || {
            let provider = catalog.provider(&id)?;
            Some(provider_view(&catalog, provider, lang.get(), query))
        }}
    }
}

/// The header, the facts, the datasets and the charts.
fn provider_view(
    catalog: &Catalog,
    provider: &Provider,
    lang: Lang,
    query: QueryCtx,
) -> Option<impl IntoView> {
    let ui = i18n::ui(lang);
    let profile = provider_profile(catalog, &provider.id, lang)?;
    let name = clipped(catalog::provider_name(catalog, &provider.id, lang));
    let contact = provider.contact.clone().unwrap_or_default();
    let who = (contact.name.is_some() || contact.email.is_some()).then(|| {
        let name = contact.name.clone().map(|n| view! { <span>{n}</span> });
        let email = contact
            .email
            .clone()
            .map(|email| view! { <MailLink email /> });
        fact(
            ui.detail.contact,
            view! { <span class="contact">{name} {email}</span> },
        )
    });
    let about = facts((
        provider
            .org_number
            .clone()
            .map(|n| fact(ui.detail.org_number, n)),
        contact
            .url
            .clone()
            .map(|url| fact(ui.provider.web_address, view! { <SafeLink url /> })),
        who,
    ));
    let browse = Query {
        providers: [provider.id.clone()].into(),
        lang,
        ..Query::default()
    };
    let browse_href = query.link(&Route::Browse, &browse);
    let datasets = profile
        .datasets
        .iter()
        .filter_map(|&(i, count)| Some((catalog.datasets.get(i)?, count)))
        .map(|(d, count)| {
            let title = clipped(dataset_title(d, lang));
            view! {
                <li>
                    <DatasetLink
                        provider=d.provider.clone()
                        id=d.id.clone()
                        title
                        lang=d.title.lang_attr(lang)
                    />
                    <span class="profile__count">{(ui.provider.dataset_count)(count)}</span>
                </li>
            }
        })
        .collect_view();
    let no_datasets = profile
        .datasets
        .is_empty()
        .then(|| view! { <p class="ds-paragraph">{ui.provider.no_datasets}</p> });
    Some(view! {
        <article class="profile" data-provider=provider.id.clone()>
            <header class="profile__header">
                <p class="profile__kicker">{ui.detail.provider_heading}</p>
                <h1
                    class="ds-heading"
                    data-size="lg"
                    tabindex="-1"
                    lang=provider.name.resolve(lang).lang_attr(lang)
                >
                    {name.clone()}
                </h1>
            </header>
            {provider
                .description
                .as_ref()
                .map(|d| {
                    // Marked as Norwegian where the provider has no English.
                    view! {
                        <p class="ds-paragraph profile__description" lang=d.lang_attr(lang)>
                            {clipped(d.get(lang))}
                        </p>
                    }
                })}
            {about}
            <p class="profile__browse">
                <a class="ds-link" href=browse_href data-browse-provider=provider.id.clone()>
                    {(ui.provider.browse_provider)(profile.variables, &name)}
                </a>
            </p>
            <section aria-labelledby="datasets-heading">
                <h2 class="ds-heading" data-size="sm" id="datasets-heading">
                    {ui.provider.datasets_heading}
                </h2>
                <ul class="profile__datasets">{datasets}</ul>
                {no_datasets}
            </section>
            <section aria-labelledby="variables-heading">
                <h2 class="ds-heading" data-size="sm" id="variables-heading">
                    {ui.provider.variables_heading}
                </h2>
                <div class="profile__charts">
                    <TallyChart
                        id="temporality"
                        heading=ui.provider.by_temporality
                        label_heading=ui.detail.temporality
                        count_heading=ui.provider.col_count
                        tallies=profile.by_temporality
                    />
                    <TallyChart
                        id="unit-type"
                        heading=ui.provider.by_unit_type
                        label_heading=ui.detail.unit_type_heading
                        count_heading=ui.provider.col_count
                        tallies=profile.by_unit_type
                    />
                </div>
            </section>
        </article>
    })
}

/// A real "not found" page for an unknown provider id.
#[component]
fn ProviderNotFound() -> impl IntoView {
    let ui = use_ui();
    let title = Signal::derive(move || ui.get().provider.not_found_heading.to_string());
    view! {
        <DocumentTitle text=title />
        <div class="not-found">
            <h1 class="ds-heading" data-size="lg" tabindex="-1">
                {move || ui.get().provider.not_found_heading}
            </h1>
            <p class="ds-paragraph">{move || ui.get().provider.not_found_text}</p>
        </div>
    }
}
