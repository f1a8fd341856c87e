//! The detail page of one variable: its summary from the catalog at once,
//! the rest from its detail shard, fetched on demand.

use crate::{
    components::{
        detail::{clipped, fact, facts, ValueDomainView},
        BasketButton, CatalogGate, DetailsGate, DocumentTitle, MailLink, SafeLink,
    },
    i18n::{self, temporality_explained, use_lang, use_ui},
    pages::NotFound,
    state::QueryCtx,
};
use catalog::{Catalog, Lang, Revision, Route, Variable, VariableDetails};
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
            Some(index) => view! { <VariableDetail catalog index/> }.into_any(),
            None => view! { <NotFound/> }.into_any(),
        };
    view! {
        <BackLink/>
        <CatalogGate render/>
    }
}

/// The link back to the search the user came from; the browse query rides
/// along in the detail page's URL, so this is exact.
#[component]
fn BackLink() -> impl IntoView {
    let query = QueryCtx::expect();
    let ui = use_ui();
    view! {
        <p class="back-link">
            <a class="ds-link" href=move || query.route_href(&Route::Browse)>
                <span aria-hidden="true">"← "</span>
                {move || ui.get().back_to_results}
            </a>
        </p>
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
        <DocumentTitle text=title/>
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
    // Every text from the metadata, cut to a length the page can lay out.
    let text = move |t: &catalog::Text| clipped(t.get(lang));
    let render = {
        let catalog = catalog.clone();
        move |details: &VariableDetails| match catalog.variables.get(index) {
            Some(v) => detail_sections(&catalog, v, details, lang).into_any(),
            None => ().into_any(),
        }
    };
    let provider_section = catalog.provider(&v.provider).map(|p| {
        let contact = p.contact.clone().unwrap_or_default();
        let has_contact = contact.name.is_some() || contact.email.is_some() || contact.url.is_some();
        let contact_view = view! {
            <span class="contact">
                {contact.name.map(|n| view! { <span>{n}</span> })}
                {contact.email.map(|email| view! { <MailLink email/> })}
                {contact.url.map(|url| view! { <SafeLink url/> })}
            </span>
        };
        view! {
            <section aria-labelledby="provider-heading">
                <h2 class="ds-heading" data-size="sm" id="provider-heading">{ui.provider_heading}</h2>
                {facts((
                    fact(ui.provider_heading, text(&p.name)),
                    p.org_number.clone().map(|n| fact(ui.org_number, n)),
                    p.description.as_ref().map(|d| fact(ui.description, text(d))),
                    has_contact.then(|| fact(ui.contact, contact_view)),
                ))}
            </section>
        }
    });
    view! {
        <article class="detail" data-variable=v.id.clone()>
            <header class="detail__header">
                <h1 class="ds-heading" data-size="lg" tabindex="-1" lang=v.label.resolve(lang).lang_attr(lang)>
                    {text(&v.label)}
                </h1>
                <p class="detail__name">
                    <span class="ds-sr-only">{ui.technical_name} ": "</span>
                    // Long names break only after an underscore.
                    <code>
                        {catalog::wrap::segments(&v.name)
                            .into_iter()
                            .map(|part| view! { {v.name[part].to_string()}<wbr/> })
                            .collect_view()}
                    </code>
                </p>
                <BasketButton id=v.id.clone()/>
            </header>
            {(!v.description.is_empty())
                .then(|| {
                    let lang_attr = v.description.resolve(lang).lang_attr(lang);
                    view! { <p class="ds-paragraph detail__description" lang=lang_attr>{text(&v.description)}</p> }
                })}
            <DetailsGate catalog=catalog.clone() index render/>
            {related_section(catalog, index, lang)}
            {provider_section}
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
    let provider = catalog.provider(&v.provider);
    let provider_name = provider.map_or_else(|| v.provider.clone(), |p| text(&p.name));
    let dataset = v.dataset.as_deref().and_then(|id| catalog.dataset(id));
    let unit_label = |id: &str| {
        catalog
            .unit_type(id)
            .map_or_else(|| id.to_string(), |u| format!("{} ({id})", text(&u.label)))
    };
    let identifier = catalog.unit_type(&v.identifier);
    let coverage = v.temporal_coverage.as_ref().map(|c| {
        format!(
            "{} – {}",
            c.start.clone().unwrap_or_default(),
            c.stop.clone().unwrap_or_else(|| ui.ongoing.to_string())
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
        fact(ui.provider_heading, provider_name),
        dataset.map(|d| fact(ui.dataset, text(&d.title))),
        fact(
            ui.temporality,
            view! {
                <span class="detail__strong">{v.temporality.label(lang)}</span>
                " – "
                {temporality_explained(v.temporality, lang)}
            },
        ),
        fact(
            ui.access,
            format!(
                "{} ({})",
                v.sensitivity.access_label(lang),
                v.sensitivity.code()
            ),
        ),
        (!details.population.is_empty()).then(|| fact(ui.population, text(&details.population))),
        details
            .spatial_coverage
            .as_ref()
            .map(|s| fact(ui.spatial_coverage, text(s))),
        coverage.map(|c| fact(ui.temporal_coverage, c)),
        v.updated.clone().map(|u| fact(ui.updated, u)),
        (!subjects.is_empty()).then(|| fact(ui.subjects, subjects)),
    ));
    let unit = facts((
        fact(ui.unit_type_heading, unit_label(&v.identifier)),
        identifier
            .filter(|u| !u.description.is_empty())
            .map(|u| fact(ui.description, text(&u.description))),
    ));
    let link = v.link_to.as_deref().map(|to| {
        view! {
            <p class="ds-paragraph">{ui.link_explained}</p>
            {facts(fact(ui.link_target, unit_label(to)))}
        }
    });
    let measure_facts = facts((
        measure
            .data_type
            .map(|d| fact(ui.data_type, format!("{} ({})", d.label(lang), d.code()))),
        measure
            .format
            .clone()
            .map(|f| fact(ui.format, view! { <code>{f}</code> })),
        (!measure.uri_definition.is_empty()).then(|| {
            let links = measure.uri_definition.clone();
            fact(
                ui.definition,
                links
                    .into_iter()
                    .map(|url| view! { <SafeLink url/> })
                    .collect_view(),
            )
        }),
    ));
    let domain = measure.value_domain.clone().map(|domain| {
        view! {
            <h3 class="ds-heading" data-size="xs">{ui.value_domain}</h3>
            <ValueDomainView domain lang/>
        }
    });
    let end = v.discontinued.as_ref().map(|ended| {
        let successors = (!ended.successors.is_empty()).then(|| {
            view! {
                <p class="ds-paragraph">
                    {ui.successors} ": "
                    <SuccessorLinks provider=v.provider.clone() names=ended.successors.clone()/>
                </p>
            }
        });
        let why = revision_text(details, |r| &r.end_description);
        view! {
            <div class="ds-alert" data-color="info">
                <h3 class="ds-heading" data-size="2xs">{ui.discontinued}</h3>
                {why.map(|why| view! { <p class="ds-paragraph">{why}</p> })}
                {successors}
            </div>
        }
    });
    let notes = revision_text(details, |r| &r.description);
    let revision = (end.is_some() || details.revision.is_some()).then(|| {
        view! {
            <section aria-labelledby="revision-heading">
                <h2 class="ds-heading" data-size="sm" id="revision-heading">{ui.revision}</h2>
                {notes.map(|notes| view! { <p class="ds-paragraph">{notes}</p> })}
                {end}
            </section>
        }
    });
    view! {
        <section aria-labelledby="about-heading">
            <h2 class="ds-heading" data-size="sm" id="about-heading">{ui.about_variable}</h2>
            {about}
        </section>
        <section aria-labelledby="unit-heading">
            <h2 class="ds-heading" data-size="sm" id="unit-heading">{ui.unit_type_heading}</h2>
            {unit}
        </section>
        <section aria-labelledby="measure-heading">
            <h2 class="ds-heading" data-size="sm" id="measure-heading">{ui.measure_heading}</h2>
            {link}
            {measure_facts}
            {domain}
        </section>
        {revision}
    }
}

/// Variables to consider with this one: joinable ones at other providers
/// and the rest of its dataset.
fn related_section(catalog: &Catalog, index: usize, lang: Lang) -> impl IntoView {
    let ui = i18n::ui(lang);
    let related = catalog::related(catalog, index, lang);
    let list = |heading: &'static str, capped: &catalog::Capped| {
        (!capped.items.is_empty()).then(|| {
            let items = capped
                .items
                .iter()
                .filter_map(|&i| catalog.variables.get(i))
                .map(|r| {
                    let provider = catalog
                        .provider(&r.provider)
                        .map_or_else(|| r.provider.clone(), |p| p.name.get(lang).to_string());
                    view! {
                        <li>
                            <RelatedLink id=r.id.clone() label=r.label.get(lang).to_string()/>
                            <span class="related__provider">{format!(" – {provider}")}</span>
                        </li>
                    }
                })
                .collect_view();
            let more = capped
                .is_cut()
                .then(|| view! { <li>{(ui.more_related)(capped.total - capped.items.len())}</li> });
            view! {
                <h3 class="ds-heading" data-size="2xs">{heading}</h3>
                <ul class="related__list">{items}{more}</ul>
            }
        })
    };
    let joinable = list(ui.joinable_heading, &related.same_unit_type_other_providers);
    let dataset = list(ui.same_dataset_heading, &related.same_dataset);
    let any = joinable.is_some() || dataset.is_some();
    any.then(|| {
        view! {
            <section class="related" aria-labelledby="related-heading">
                <h2 class="ds-heading" data-size="sm" id="related-heading">{ui.related_heading}</h2>
                {joinable}
                {dataset}
            </section>
        }
    })
}

/// A link to another variable's detail page.
#[component]
fn RelatedLink(id: String, label: String) -> impl IntoView {
    let query = QueryCtx::expect();
    let route = Route::Variable(id);
    view! { <a class="ds-link" href=move || query.route_href(&route)>{label}</a> }
}

/// Links to the successors of a discontinued variable, within its provider.
#[component]
fn SuccessorLinks(provider: String, names: Vec<String>) -> impl IntoView {
    let query = QueryCtx::expect();
    names
        .into_iter()
        .enumerate()
        .map(|(i, name)| {
            let route = Route::Variable(Variable::make_id(&provider, &name));
            view! {
                {(i > 0).then_some(", ")}
                <a class="ds-link" href=move || query.route_href(&route)><code>{name}</code></a>
            }
        })
        .collect_view()
}
