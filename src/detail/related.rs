//! Links from one variable to others: related variables and successors.

use crate::{i18n, state::QueryCtx};
use catalog::{Catalog, Lang, Route, Variable};
use leptos::prelude::*;

/// Variables to consider with this one: joinable ones at other providers
/// and the rest of its dataset.
pub fn related_section(catalog: &Catalog, index: usize, lang: Lang) -> impl IntoView {
    let ui = i18n::ui(lang);
    let related = catalog::related(catalog, index, lang);
    let list = |heading: &'static str, capped: &catalog::Capped| {
        (!capped.items.is_empty()).then(|| {
            let items = capped
                .items
                .iter()
                .filter_map(|&i| catalog.variables.get(i))
                .map(|r| {
                    let provider = catalog::provider_name(catalog, &r.provider, lang);
                    view! {
                        <li>
                            <RelatedLink
                                id=r.id.clone()
                                label=r.label.get(lang).to_string()
                                lang=r.label.lang_attr(lang)
                            />
                            <span class="related__provider">{format!(" – {provider}")}</span>
                        </li>
                    }
                })
                .collect_view();
            let more = capped.is_cut().then(
                || view! { <li>{(ui.detail.more_related)(capped.total - capped.items.len())}</li> },
            );
            view! {
                <h3 class="ds-heading" data-size="2xs">
                    {heading}
                </h3>
                <ul class="related__list">{items}{more}</ul>
            }
        })
    };
    let joinable = list(
        ui.detail.joinable_heading,
        &related.same_unit_type_other_providers,
    );
    let dataset = list(ui.detail.same_dataset_heading, &related.same_dataset);
    let any = joinable.is_some() || dataset.is_some();
    any.then(|| {
        view! {
            <section class="related" aria-labelledby="related-heading">
                <h2 class="ds-heading" data-size="sm" id="related-heading">
                    {ui.detail.related_heading}
                </h2>
                {joinable}
                {dataset}
            </section>
        }
    })
}

/// A link to another variable's detail page.
#[component]
fn RelatedLink(id: String, label: String, lang: Option<&'static str>) -> impl IntoView {
    let query = QueryCtx::expect();
    let route = Route::Variable(id);
    view! {
        <a class="ds-link" href=move || query.route_href(&route) lang=lang>
            {label}
        </a>
    }
}

/// Links to the successors of a discontinued variable, within its provider.
#[component]
pub fn SuccessorLinks(
    /// The provider of the variable and its successors.
    provider: String,
    /// The successors' technical names.
    names: Vec<String>,
) -> impl IntoView {
    let query = QueryCtx::expect();
    names
        .into_iter()
        .enumerate()
        .map(|(i, name)| {
            let route = Route::Variable(Variable::make_id(&provider, &name));
            view! {
                {(i > 0).then_some(", ")}
                <a class="ds-link" href=move || query.route_href(&route)>
                    <code>{name}</code>
                </a>
            }
        })
        .collect_view()
}
