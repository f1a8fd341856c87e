//! The detail page of one variable: its summary from the catalog at once,
//! the rest from its detail shard, fetched on demand.

use super::{
    clipped, code_timeline_view, fact, facts,
    provider::provider_section,
    related::{related_section, SuccessorLinks},
    BasketButton, NotFound, ValueDomainView,
};
use crate::{
    i18n,
    state::use_lang,
    ui::{
        BackLink, CatalogGate, DatasetLink, DetailsGate, DocumentTitle, ProviderLink, SafeLink,
        TechnicalName,
    },
};
use catalog::{Catalog, Lang, Revision, Variable, VariableDetails};
use leptos::prelude::*;
use std::sync::Arc;

/// Everything the catalog says about one variable, or a real "not found"
/// page when the id is unknown.
#[component]
pub fn DetailPage(
    /// The variable's id, from the URL.
    id: String,
) -> impl IntoView {
    let render =
        move |catalog: Arc<Catalog>| match catalog.variables.iter().position(|v| v.id == id) {
            Some(index) => view! { <VariableDetail catalog index /> }.into_any(),
            None => view! { <NotFound /> }.into_any(),
        };
    view! {
        <BackLink />
        <CatalogGate render />
    }
}

/// The details of the variable at `index`.
#[component]
fn VariableDetail(catalog: Arc<Catalog>, index: usize) -> impl IntoView {
    let lang = use_lang();
    let title = {
        let catalog = catalog.clone();
        Signal::derive(move || {
            catalog
                .variables
                .get(index)
                .map(|v| v.label.get(lang.get()).to_string())
                .unwrap_or_default()
        })
    };
    view! {
        <DocumentTitle text=title />
        {move || {
            let variable = catalog.variables.get(index)?;
            Some(detail(&catalog, index, variable, lang.get()))
        }}
    }
}

/// The page: the header and the sections the summary gives at once, with
/// the details' sections in a [`DetailsGate`] between them.
fn detail(catalog: &Arc<Catalog>, index: usize, v: &Variable, lang: Lang) -> impl IntoView {
    let ui = i18n::ui(lang);
    // The label and description may be in another language than the page
    // (Bokmål on the Nynorsk page); `lang` says so to screen readers.
    let label = v.label.resolve(lang);
    let description = v.description.resolve(lang);
    let render = {
        let catalog = catalog.clone();
        move |details: &VariableDetails| match catalog.variables.get(index) {
            Some(v) => detail_sections(&catalog, v, details, lang).into_any(),
            None => ().into_any(),
        }
    };
    view! {
        <article class="detail" data-variable=v.id.clone()>
            <header class="detail__header">
                <h1 class="ds-heading" data-size="lg" tabindex="-1" lang=label.lang_attr(lang)>
                    {clipped(label.text)}
                </h1>
                <p class="detail__name">
                    <span class="ds-sr-only">{ui.detail.technical_name} ": "</span>
                    <TechnicalName name=v.name.clone() />
                </p>
                <BasketButton id=v.id.clone() />
            </header>
            {(!v.description.is_empty())
                .then(|| {
                    view! {
                        <p
                            class="ds-paragraph detail__description"
                            lang=description.lang_attr(lang)
                        >
                            {clipped(description.text)}
                        </p>
                    }
                })}
            <DetailsGate catalog=catalog.clone() index render />
            {related_section(catalog, index, lang)}
            {provider_section(catalog, v, lang)}
        </article>
    }
}

/// The sections that need the variable's details: about, unit type, measure
/// and revision.
fn detail_sections(
    catalog: &Catalog,
    v: &Variable,
    details: &VariableDetails,
    lang: Lang,
) -> impl IntoView {
    let ui = i18n::ui(lang);
    let text = move |t: &catalog::Text| clipped(t.get(lang));
    // One of the revision's texts, when the metadata gives it.
    let revision_text = |details: &VariableDetails, part: fn(&Revision) -> &catalog::Text| {
        details
            .revision
            .as_ref()
            .map(|r| text(part(r)))
            .filter(|t| !t.is_empty())
    };
    let provider_name = clipped(catalog::provider_name(catalog, &v.provider, lang));
    let dataset = catalog.dataset_of(v);
    // The label with its id beside it; the id alone when the core's rule
    // finds no label.
    let unit_label = |id: &str| match catalog::unit_type_label(catalog, id, lang) {
        label if label == id => id.to_string(),
        label => format!("{} ({id})", clipped(label)),
    };
    let identifier = catalog.unit_type(&v.identifier);
    let coverage = v.temporal_coverage.as_ref().map(|c| {
        format!(
            "{} – {}",
            c.start.clone().unwrap_or_default(),
            c.stop
                .clone()
                .unwrap_or_else(|| ui.detail.ongoing.to_string())
        )
    });
    let subjects = v
        .subject_fields
        .iter()
        .map(text)
        .collect::<Vec<_>>()
        .join(", ");
    let measure = &details.measure;
    let about = facts((
        fact(
            ui.detail.provider_heading,
            view! { <ProviderLink id=v.provider.clone() name=provider_name /> },
        ),
        dataset.map(|d| {
            let title = clipped(catalog::dataset_title(d, lang));
            let (provider, id) = (d.provider.clone(), d.id.clone());
            let title_lang = d.title.lang_attr(lang);
            fact(
                ui.detail.dataset,
                view! { <DatasetLink provider id title lang=title_lang /> },
            )
        }),
        fact(
            ui.detail.temporality,
            view! {
                <span class="detail__strong">{v.temporality.label(lang)}</span>
                " – "
                {v.temporality.explanation(lang)}
            },
        ),
        fact(
            ui.detail.access,
            format!(
                "{} ({})",
                v.sensitivity.access_label(lang),
                v.sensitivity.code()
            ),
        ),
        (!details.population.is_empty())
            .then(|| fact(ui.detail.population, text(&details.population))),
        details
            .spatial_coverage
            .as_ref()
            .map(|s| fact(ui.detail.spatial_coverage, text(s))),
        coverage.map(|c| fact(ui.detail.temporal_coverage, c)),
        v.updated.clone().map(|u| fact(ui.detail.updated, u)),
        (!subjects.is_empty()).then(|| fact(ui.detail.subjects, subjects)),
    ));
    let unit = facts((
        fact(ui.detail.unit_type_heading, unit_label(&v.identifier)),
        identifier
            .filter(|u| !u.description.is_empty())
            .map(|u| fact(ui.detail.description, text(&u.description))),
    ));
    let link = v.link_to.as_deref().map(|to| {
        view! {
            <p class="ds-paragraph">{ui.detail.link_explained}</p>
            {facts(fact(ui.detail.link_target, unit_label(to)))}
        }
    });
    let measure_facts = facts((
        measure.data_type.map(|d| {
            fact(
                ui.detail.data_type,
                format!("{} ({})", d.label(lang), d.code()),
            )
        }),
        measure
            .format
            .clone()
            .map(|f| fact(ui.detail.format, view! { <code>{f}</code> })),
        (!measure.uri_definition.is_empty()).then(|| {
            let links = measure.uri_definition.clone();
            fact(
                ui.detail.definition,
                links
                    .into_iter()
                    .map(|url| view! { <SafeLink url /> })
                    .collect_view(),
            )
        }),
    ));
    let domain = measure.value_domain.clone().map(|domain| {
        view! {
            <h3 class="ds-heading" data-size="xs">
                {ui.detail.value_domain}
            </h3>
            <ValueDomainView domain lang />
        }
    });
    // The metadata left the code list out: say so rather than show none.
    let not_included = measure.code_list_not_included.then(|| {
        let text = ui.detail.code_list_not_included;
        view! { <p class="ds-paragraph code-list-not-included">{text}</p> }
    });
    let end = v.discontinued.as_ref().map(|ended| {
        let successors = (!ended.successors.is_empty()).then(|| {
            view! {
                <p class="ds-paragraph">
                    {ui.detail.successors} ": "
                    <SuccessorLinks provider=v.provider.clone() names=ended.successors.clone() />
                </p>
            }
        });
        let why = revision_text(details, |r| &r.end_description);
        view! {
            <div class="ds-alert" data-color="info">
                <h3 class="ds-heading" data-size="2xs">
                    {ui.detail.discontinued}
                </h3>
                {why.map(|why| view! { <p class="ds-paragraph">{why}</p> })}
                {successors}
            </div>
        }
    });
    let notes = revision_text(details, |r| &r.description);
    let revision = (end.is_some() || details.revision.is_some()).then(|| {
        view! {
            <section aria-labelledby="revision-heading">
                <h2 class="ds-heading" data-size="sm" id="revision-heading">
                    {ui.detail.revision}
                </h2>
                {notes.map(|notes| view! { <p class="ds-paragraph">{notes}</p> })}
                {end}
            </section>
        }
    });
    view! {
        <section aria-labelledby="about-heading">
            <h2 class="ds-heading" data-size="sm" id="about-heading">
                {ui.detail.about_variable}
            </h2>
            {about}
        </section>
        <section aria-labelledby="unit-heading">
            <h2 class="ds-heading" data-size="sm" id="unit-heading">
                {ui.detail.unit_type_heading}
            </h2>
            {unit}
        </section>
        <section aria-labelledby="measure-heading">
            <h2 class="ds-heading" data-size="sm" id="measure-heading">
                {ui.detail.measure_heading}
            </h2>
            {link}
            {measure_facts}
            {domain}
            {not_included}
        </section>
        {code_timeline_view(v, details, lang)}
        {revision}
    }
}
