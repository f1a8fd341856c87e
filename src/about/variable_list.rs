//! Novari's phase-1 variables, each linked to the variables that describe
//! it in this catalog, with their basket checkboxes.

use crate::{
    state::{use_lang, use_ui, QueryCtx},
    ui::{content_text as text, BasketCheckbox, CatalogGate},
};
use catalog::{
    content::{resolve_list, VariableList},
    variable_label, Catalog, Route,
};
use leptos::prelude::*;
use std::sync::Arc;

/// The list's section; the items need the catalog, so they wait for it
/// (with its spinner and retry) while the rest of the page is shown.
#[component]
pub fn NovariVariables(
    /// The list's texts and variable ids.
    list: VariableList,
) -> impl IntoView {
    let (heading, intro) = (text(list.heading.clone()), text(list.intro.clone()));
    let list = Arc::new(list);
    view! {
        <section class="story__section" aria-labelledby="novari-heading">
            <h2 class="ds-heading" data-size="md" id="novari-heading">
                {heading}
            </h2>
            <p class="ds-paragraph">{intro}</p>
            <CatalogGate render=move |catalog| {
                view! { <Items list=list.clone() catalog /> }.into_any()
            } />
        </section>
    }
}

/// The items, in Novari's order, against the loaded catalog. An item the
/// catalog has no variable for is marked so, never left without a word.
#[component]
fn Items(list: Arc<VariableList>, catalog: Arc<Catalog>) -> impl IntoView {
    let ui = use_ui();
    let lang = use_lang();
    let query = QueryCtx::expect();
    let not_in_catalog = move || {
        view! {
            <span class="ds-tag" data-color="neutral">
                {move || ui.get().story.not_in_catalog}
            </span>
        }
    };
    let items = resolve_list(&list, &catalog)
        .into_iter()
        .filter_map(|entry| {
            let item = list.items.get(entry.item)?.clone();
            // Said beside the item when it names no variable at all, and
            // beside each id this catalog does not have.
            let none = (entry.found.is_empty() && entry.missing.is_empty()).then(not_in_catalog);
            let note = item
                .note
                .map(|note| view! { <span class="novari__note">{text(note)}</span> });
            let missing = entry.missing.into_iter().map(|id| {
                view! {
                    <li class="novari__variable">
                        {not_in_catalog()} <code class="variable-name">{id}</code>
                    </li>
                }
                .into_any()
            });
            let found = entry
                .found
                .iter()
                .filter_map(|&i| catalog.variables.get(i).cloned())
                .map(|variable| {
                    let id = variable.id.clone();
                    let name = variable.name.clone();
                    let route = Route::Variable(id.clone());
                    let variable = StoredValue::new(variable);
                    let label = Signal::derive(move || {
                        variable.with_value(|v| variable_label(v, lang.get()).to_string())
                    });
                    let label_lang = move || variable.with_value(|v| v.label.lang_attr(lang.get()));
                    view! {
                        <li class="novari__variable">
                            <BasketCheckbox id label />
                            <span>
                                <a
                                    class="ds-link"
                                    href=move || query.route_href(&route)
                                    lang=label_lang
                                >
                                    {label}
                                </a>
                                " "
                                <code class="variable-name">{name}</code>
                            </span>
                        </li>
                    }
                    .into_any()
                });
            let variables: Vec<AnyView> = found.chain(missing).collect();
            let variables = (!variables.is_empty())
                .then(|| view! { <ul class="novari__variables">{variables}</ul> });
            Some(view! {
                <li class="novari__item">
                    <span class="novari__label">{text(item.label)}</span>
                    {none}
                    {note}
                    {variables}
                </li>
            })
        })
        .collect_view();
    view! { <ol class="novari">{items}</ol> }
}
