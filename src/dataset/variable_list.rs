//! A dataset's variables as a list to scan, each with a basket checkbox.

use crate::{
    i18n,
    state::{BasketCtx, QueryCtx},
    ui::AddRefusal,
};
use catalog::{variable_label, Lang, Route, Variable};
use leptos::prelude::*;

/// One row per variable: a checkbox that puts it in the basket, its label
/// linking to its details, its technical name and temporality.
#[component]
pub fn DatasetVariables(
    /// The variables, in the order shown.
    variables: Vec<Variable>,
    /// The language of the labels.
    lang: Lang,
) -> impl IntoView {
    let basket = BasketCtx::expect();
    let query = QueryCtx::expect();
    let ui = i18n::ui(lang);
    let rows = variables
        .into_iter()
        .map(|v| {
            let label = variable_label(&v, lang).to_string();
            let input_id = format!("select-{}", v.id);
            let selected = {
                let id = v.id.clone();
                Memo::new(move |_| basket.selection.read().contains(&id))
            };
            // Why the last tick was refused (a full basket), said beside
            // the box as on the browse and detail pages.
            let refused = RwSignal::new(None);
            let refusal_id = format!("refused-{}", v.id);
            let toggle = {
                let id = v.id.clone();
                move |_| refused.set(basket.toggle(&id))
            };
            let route = Route::Variable(v.id.clone());
            view! {
                <li class="dataset-variable" class:selected=selected data-variable=v.id.clone()>
                    <input
                        class="ds-input"
                        type="checkbox"
                        id=input_id.clone()
                        prop:checked=selected
                        on:change=toggle
                    />
                    <label class="ds-sr-only" for=input_id>
                        {(ui.dataset.select_variable)(&label)}
                    </label>
                    <span class="dataset-variable__text">
                        <a
                            class="ds-link"
                            href=move || query.route_href(&route)
                            lang=v.label.lang_attr(lang)
                        >
                            {label.clone()}
                        </a>
                        <code class="variable-name">{v.name.clone()}</code>
                    </span>
                    <span class="dataset-variable__meta">{v.temporality.label(lang)}</span>
                    <AddRefusal id=refusal_id refused />
                </li>
            }
        })
        .collect_view();
    view! { <ul class="dataset-variables">{rows}</ul> }
}
