//! The table of variables, with the columns of the KUDAF demo shop.

use crate::i18n::{self, use_lang, use_ui};
use catalog::{Catalog, Lang, Variable};
use leptos::prelude::*;
use std::sync::Arc;

/// Lists `rows` (indices into the catalog's variables) as a table.
#[component]
pub fn VariableTable(
    /// The loaded catalog.
    catalog: Arc<Catalog>,
    /// Which variables to show, in order, as indices into `catalog.variables`.
    #[prop(into)]
    rows: Signal<Vec<usize>>,
) -> impl IntoView {
    let ui = use_ui();
    let lang = use_lang();
    view! {
        <div class="table-scroll">
            <table class="ds-table variable-table" data-border="true">
                <caption class="ds-sr-only">{move || ui.get().table_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || ui.get().col_variable}</th>
                        <th scope="col">{move || ui.get().col_provider}</th>
                        <th scope="col">{move || ui.get().col_unit_types}</th>
                        <th scope="col">{move || ui.get().col_access}</th>
                    </tr>
                </thead>
                <tbody>
                    <For
                        each=move || rows.get()
                        key=|index| *index
                        children=move |index| {
                            let catalog = catalog.clone();
                            move || {
                                catalog
                                    .variables
                                    .get(index)
                                    .map(|variable| row(&catalog, variable, lang.get()))
                            }
                        }
                    />
                </tbody>
            </table>
        </div>
    }
}

/// One row; looked up by id so a dangling reference shows the raw id
/// instead of failing.
fn row(catalog: &Catalog, variable: &Variable, lang: Lang) -> impl IntoView {
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
    let ui = i18n::ui(lang);
    view! {
        <tr data-variable=variable.id.clone()>
            <td>
                <span class="variable-label">{variable.label.get(lang).to_string()}</span>
                <code class="variable-name">{variable.name.clone()}</code>
            </td>
            <td data-label=ui.col_provider>{provider}</td>
            <td data-label=ui.col_unit_types>{unit_types}</td>
            <td data-label=ui.col_access>
                <span class="ds-tag" data-color=if open { "success" } else { "warning" }>
                    {variable.sensitivity.access_label(lang)}
                </span>
            </td>
        </tr>
    }
}
