//! The page of one dataset.

use super::{CoverageTimeline, DatasetVariables};
use crate::{
    i18n,
    state::{use_lang, use_ui, QueryCtx},
    ui::{clipped, fact, facts, this_year, BackLink, CatalogGate, DocumentTitle, ProviderLink},
};
use catalog::{dataset_profile, dataset_title, Catalog, DatasetProfile, Lang, Query, Route};
use leptos::prelude::*;
use std::sync::Arc;

/// The page of the dataset with this key (`<provider id>/<dataset id>`),
/// or a real "not found" page when the catalog has no such dataset.
#[component]
pub fn DatasetPage(
    /// The dataset's key, from the URL.
    key: String,
) -> impl IntoView {
    let render = move |catalog: Arc<Catalog>| match catalog.dataset_by_key(&key) {
        Some(_) => view! { <DatasetView catalog key=key.clone() /> }.into_any(),
        None => view! { <DatasetNotFound /> }.into_any(),
    };
    view! {
        <BackLink />
        <CatalogGate render />
    }
}

/// The dataset's page in the current language.
#[component]
fn DatasetView(catalog: Arc<Catalog>, key: String) -> impl IntoView {
    let lang = use_lang();
    let query = QueryCtx::expect();
    // The core reads no clock: this year ends an ongoing coverage.
    let profile = dataset_profile(&catalog, &key, this_year());
    let title = {
        let catalog = catalog.clone();
        let dataset = profile.as_ref().map(|p| p.dataset);
        Signal::derive(move || {
            let d = dataset.and_then(|i| catalog.datasets.get(i));
            d.map(|d| dataset_title(d, lang.get()).to_string())
                .unwrap_or_default()
        })
    };
    view! {
        <DocumentTitle text=title />
        {move || {
            profile.as_ref().map(|profile| dataset_view(&catalog, profile, lang.get(), query))
        }}
    }
}

/// The header, the facts, the coverage and the variables.
fn dataset_view(
    catalog: &Catalog,
    profile: &DatasetProfile,
    lang: Lang,
    query: QueryCtx,
) -> Option<impl IntoView> {
    let ui = i18n::ui(lang);
    let d = catalog.datasets.get(profile.dataset)?;
    let provider_name = clipped(catalog::provider_name(catalog, &d.provider, lang));
    let units = profile
        .unit_types
        .iter()
        .map(|u| clipped(catalog::unit_type_label(catalog, u, lang)))
        .collect::<Vec<_>>()
        .join(", ");
    // Each keyword in its own language: on a Nynorsk or English page most
    // are Bokmål, and say so.
    let keywords = d
        .keywords
        .iter()
        .map(|k| k.resolve(lang))
        .filter(|k| !k.text.is_empty())
        .enumerate()
        .map(|(i, k)| {
            let comma = (i > 0).then_some(", ");
            view! {
                {comma}
                <span lang=k.lang_attr(lang)>{clipped(k.text)}</span>
            }
        })
        .collect::<Vec<_>>();
    let about = facts((
        fact(
            ui.detail.provider_heading,
            view! { <ProviderLink id=d.provider.clone() name=provider_name /> },
        ),
        (!units.is_empty()).then(|| fact(ui.dataset.unit_types, units)),
        (!keywords.is_empty()).then(|| fact(ui.dataset.keywords, keywords)),
    ));
    let coverage = match profile.coverage {
        Some(span) => {
            let mut summary = (ui.dataset.coverage)(span.from, span.to, span.ongoing);
            if profile.unknown_coverage > 0 {
                summary = format!(
                    "{summary} {}",
                    (ui.dataset.unknown_count)(profile.unknown_coverage)
                );
            }
            view! { <CoverageTimeline span summary /> }.into_any()
        }
        None => view! { <p class="ds-paragraph">{ui.dataset.coverage_unknown}</p> }.into_any(),
    };
    let browse = Query {
        datasets: [d.key()].into(),
        lang,
        ..Query::default()
    };
    let browse_href = query.link(&Route::Browse, &browse);
    let variables = profile
        .variables
        .iter()
        .filter_map(|&i| catalog.variables.get(i).cloned())
        .collect::<Vec<_>>();
    let count = variables.len();
    Some(view! {
        <article class="profile" data-dataset=d.key()>
            <header class="profile__header">
                <p class="profile__kicker">{ui.dataset.kicker}</p>
                <h1 class="ds-heading" data-size="lg" tabindex="-1" lang=d.title.lang_attr(lang)>
                    {clipped(dataset_title(d, lang))}
                </h1>
            </header>
            {(!d.description.is_empty())
                .then(|| {
                    view! {
                        <p
                            class="ds-paragraph profile__description"
                            lang=d.description.lang_attr(lang)
                        >
                            {clipped(d.description.get(lang))}
                        </p>
                    }
                })}
            {about}
            <section aria-labelledby="coverage-heading">
                <h2 class="ds-heading" data-size="sm" id="coverage-heading">
                    {ui.dataset.coverage_heading}
                </h2>
                {coverage}
            </section>
            <section aria-labelledby="variables-heading">
                <h2 class="ds-heading" data-size="sm" id="variables-heading">
                    {ui.dataset.variables_heading}
                </h2>
                <p class="profile__browse">
                    <a class="ds-link" href=browse_href data-browse-dataset=d.key()>
                        {(ui.dataset.browse_dataset)(count)}
                    </a>
                </p>
                <DatasetVariables variables lang />
            </section>
        </article>
    })
}

/// A real "not found" page for an unknown dataset.
#[component]
fn DatasetNotFound() -> impl IntoView {
    let ui = use_ui();
    let title = Signal::derive(move || ui.get().dataset.not_found_heading.to_string());
    view! {
        <DocumentTitle text=title />
        <div class="not-found">
            <h1 class="ds-heading" data-size="lg" tabindex="-1">
                {move || ui.get().dataset.not_found_heading}
            </h1>
            <p class="ds-paragraph">{move || ui.get().dataset.not_found_text}</p>
        </div>
    }
}
