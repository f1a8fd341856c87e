//! The table of variables, with the columns of the KUDAF demo shop.

use crate::{
    components::Marked,
    i18n::{self, use_lang, use_ui},
    state::{BasketCtx, QueryCtx},
};
use catalog::{Catalog, Highlighted, Highlighter, Lang, Route, Variable};
use leptos::prelude::*;
use std::ops::Range;
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
                            // A row is built once and rebuilt only for another
                            // language; its highlights and link follow each
                            // keystroke on their own, so typing updates text
                            // nodes instead of re-creating every row.
                            move || {
                                let variable = catalog.variables.get(index)?;
                                Some(row(&catalog, variable, lang.get(), highlighter, basket, query))
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
    highlighter: Memo<Highlighter>,
    basket: BasketCtx,
    query: Option<QueryCtx>,
) -> impl IntoView {
    let route = Route::Variable(variable.id.clone());
    // Carry the browse query along so the detail page can link back to it.
    let details_href = move || match query {
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
    let label_marks = marked(label.clone(), highlighter);
    let name_marks = marked(variable.name.clone(), highlighter);
    let description = variable.description.get(lang).to_string();
    // Memoized so a keystroke that leaves the cut and its marks as they
    // were touches nothing in the row.
    let snippet = Memo::new(move |_| highlighter.read().snippet(&description, SNIPPET_CHARS));
    let snippet_marks = move || {
        let Highlighted { text, ranges } = snippet.get();
        view! { <Marked text ranges/> }
    };
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
                    {label_marks}
                </span>
                <code class="variable-name">
                    {name_marks}
                </code>
                <span class="variable-snippet">
                    {snippet_marks}
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

/// `text` with the current search's matches marked, redrawn only when the
/// matches change.
fn marked(text: String, highlighter: Memo<Highlighter>) -> impl IntoView {
    let shown = text.clone();
    let ranges: Memo<Vec<Range<usize>>> = Memo::new(move |_| highlighter.read().ranges(&text));
    move || view! { <Marked text=shown.clone() ranges=ranges.get()/> }
}
