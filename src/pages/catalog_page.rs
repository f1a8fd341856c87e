//! The catalog page: the list of variables.

use crate::{
    components::{CatalogGate, VariableTable},
    i18n::use_ui,
};
use catalog::Catalog;
use leptos::prelude::*;
use std::sync::Arc;

/// How many variables the first page lists, as in the KUDAF demo.
const PAGE_SIZE: usize = 25;

/// The main page of the shop.
#[component]
pub fn CatalogPage() -> impl IntoView {
    let ui = use_ui();
    view! {
        <h1 class="ds-heading" data-size="lg">{move || ui.get().catalog_heading}</h1>
        <CatalogGate render=|catalog| view! { <Listing catalog/> }.into_any()/>
    }
}

/// The listing for a loaded catalog.
#[component]
fn Listing(catalog: Arc<Catalog>) -> impl IntoView {
    let ui = use_ui();
    let total = catalog.variables.len();
    let shown = total.min(PAGE_SIZE);
    let rows = Signal::stored((0..shown).collect::<Vec<_>>());
    if total == 0 {
        return view! { <p class="ds-paragraph">{move || ui.get().no_variables}</p> }.into_any();
    }
    view! {
        <p class="ds-paragraph result-count" role="status">{move || (ui.get().showing)(shown, total)}</p>
        <VariableTable catalog rows/>
    }
    .into_any()
}
