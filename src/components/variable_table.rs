//! The table of variables, with the columns of the KUDAF demo shop.

use crate::{
    components::Marked,
    i18n::{self, use_lang, use_ui},
    state::{BasketCtx, QueryCtx},
};
use catalog::{Catalog, Highlighter, Lang, Route, Variable};
use leptos::prelude::*;
use std::sync::Arc;

/// How many characters of the description a row shows.
const SNIPPET_CHARS: usize = 160;

/// Lists `rows` (indices into the catalog's variables) as a table, each
/// with a checkbox that puts the variable in the basket.
#[component]
pub fn VariableTable(
    /// The loaded catalog.
    catalog: Arc<Catalog>,
    /// Which variables to show, in order, as indices into `catalog.variables`.
    #[prop(into)]
    rows: Signal<Vec<usize>>,
    /// The search text whose words are highlighted.
    #[prop(into, optional)]
    search: Signal<String>,
) -> impl IntoView {
    let ui = use_ui();
    let lang = use_lang();
    let basket = BasketCtx::expect();
    let query = use_context::<QueryCtx>();
    // One highlighter per search text, shared by every row.
    let highlighter = Memo::new(move |_| Highlighter::new(&search.get()));
    view! {
        // Focusable and named, so keyboard users can scroll a wide table.
        <div class="table-scroll" tabindex="0" role="region" aria-label=move || ui.get().table_caption>
            <table class="ds-table variable-table" data-border="true">
                <caption class="ds-sr-only">{move || ui.get().table_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="variable-table__select">
                            <span class="ds-sr-only">{move || ui.get().col_select}</span>
                        </th>
                        <th scope="col">{move || ui.get().col_variable}</th>
                        <th scope="col">{move || ui.get().col_provider}</th>
                        <th scope="col">{move || ui.get().col_unit_types}</th>
                        <th scope="col">{move || ui.get().col_access}</th>
                        <th scope="col">
                            <span class="ds-sr-only">{move || ui.get().details}</span>
                        </th>
                    </tr>
                </thead>
                <tbody>
                    <For
                        each=move || rows.get()
                        key=|index| *index
                        children=move |index| {
                            let catalog = catalog.clone();
                            move || {
                                let variable = catalog.variables.get(index)?;
                                Some(row(&catalog, variable, lang.get(), &highlighter.read(), basket, query))
                            }
                        }
                    />
                </tbody>
            </table>
        </div>
    }
}

/// One row; names are looked up by id so a dangling reference shows the
/// raw id instead of failing.
fn row(
    catalog: &Catalog,
    variable: &Variable,
    lang: Lang,
    highlighter: &Highlighter,
    basket: BasketCtx,
    query: Option<QueryCtx>,
) -> impl IntoView {
    let route = Route::Variable(variable.id.clone());
    // Carry the browse query along so the detail page can link back to it.
    let details_href = match query {
        Some(query) => query.route_href(&route),
        None => format!("?{}", route.search_string(&Default::default())),
    };
    let ui = i18n::ui(lang);
    let provider = catalog
        .provider(&variable.provider)
        .map(|p| p.name.get(lang).to_string())
        .unwrap_or_else(|| variable.provider.clone());
    let unit_types = variable
        .unit_types
        .iter()
        .map(|id| {
            catalog
                .unit_type(id)
                .map(|u| u.label.get(lang).to_string())
                .unwrap_or_else(|| id.clone())
        })
        .collect::<Vec<_>>()
        .join(", ");
    let open = variable.sensitivity.is_open();
    let label = variable.label.get(lang).to_string();
    let label_ranges = highlighter.ranges(&label);
    let snippet = highlighter.snippet(variable.description.get(lang), SNIPPET_CHARS);
    let name_ranges = highlighter.ranges(&variable.name);
    let id = variable.id.clone();
    let checkbox_id = format!("select-{}", variable.id);
    let is_selected = |id: String| move || basket.selection.read().contains(&id);
    let selected = is_selected(id.clone());
    let row_selected = is_selected(id.clone());
    view! {
        <tr data-variable=variable.id.clone() class:selected=row_selected>
            <td class="variable-table__select">
                <input
                    class="ds-input"
                    type="checkbox"
                    id=checkbox_id
                    aria-label=(ui.select_variable)(&label)
                    prop:checked=selected
                    on:change=move |_| {
                        basket.update(|b| b.toggle(&id));
                    }
                />
            </td>
            <td>
                <span class="variable-label">
                    <Marked text=label.clone() ranges=label_ranges/>
                </span>
                <code class="variable-name">
                    <Marked text=variable.name.clone() ranges=name_ranges/>
                </code>
                <span class="variable-snippet">
                    <Marked text=snippet.text ranges=snippet.ranges/>
                </span>
            </td>
            <td data-label=ui.col_provider>{provider}</td>
            <td data-label=ui.col_unit_types>{unit_types}</td>
            <td data-label=ui.col_access>
                <span class="ds-tag" data-color=if open { "success" } else { "warning" }>
                    {variable.sensitivity.access_label(lang)}
                </span>
            </td>
            <td class="variable-table__details">
                <a class="ds-link" href=details_href>
                    {ui.details}
                    <span class="ds-sr-only">{format!(": {label}")}</span>
                </a>
            </td>
        </tr>
    }
}
