//! A dataset's variables as a list to scan, each with a basket checkbox.

use crate::{
    state::{BasketCtx, QueryCtx},
    ui::{BasketCheckbox, TechnicalName},
};
use catalog::{variable_label, Lang, Route, Variable};
use leptos::prelude::*;

/// One row per variable: the basket checkbox every list shares, its label
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
    let rows = variables
        .into_iter()
        .map(|v| {
            let label = variable_label(&v, lang).to_string();
            let label_lang = v.label.resolve(lang).lang_attr(lang);
            let selected = {
                let id = v.id.clone();
                Memo::new(move |_| basket.selection.read().contains(&id))
            };
            let route = Route::Variable(v.id.clone());
            view! {
                <li class="dataset-variable" class:selected=selected data-variable=v.id.clone()>
                    <BasketCheckbox id=v.id.clone() label=label.clone() />
                    <span class="dataset-variable__text">
                        <a class="ds-link" href=move || query.route_href(&route) lang=label_lang>
                            {label}
                        </a>
                        <TechnicalName name=v.name.clone() />
                    </span>
                    <span class="dataset-variable__meta">{v.temporality.label(lang)}</span>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="dataset-variables">{rows}</ul> }
}
