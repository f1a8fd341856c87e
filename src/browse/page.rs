//! The browse page: the introduction, search, facets and the list of
//! variables.

use super::{
    ActiveFilters, EmptyState, FacetPanel, Pagination, ResultToolbar, SearchBox, StartIntro,
    VariableTable,
};
use crate::{
    load::Fetched,
    state::{skip_to, use_lang, use_ui, BasketCtx, CatalogCtx, QueryCtx},
    ui::{CatalogGate, DocumentTitle, Loading},
};
use catalog::{Answer, Catalog};
use leptos::prelude::*;
use std::sync::Arc;

/// The main page of the shop.
#[component]
pub fn CatalogPage() -> impl IntoView {
    let ui = use_ui();
    let lang = use_lang();
    view! {
        <DocumentTitle text=Signal::derive(move || ui.get().browse.catalog_heading.to_string()) />
        // The filters come first on the page; this link lets keyboard users
        // past them to the results.
        <a class="ds-skip-link" href="#results-heading" on:click=skip_to("results-heading")>
            {move || ui.get().browse.skip_to_results}
        </a>
        // The heading and the search on one line above the filters and the
        // results; the search needs no catalog, so it is there at once.
        <div class="catalog-intro">
            <div class="catalog-intro__title">
                <h1 class="ds-heading" data-size="md" tabindex="-1">
                    {move || ui.get().browse.catalog_heading}
                </h1>
                // Only the English and Nynorsk views need it: the metadata
                // is written in Bokmål first.
                <Show when=move || lang.get() != catalog::Lang::Nb>
                    <p class="ds-paragraph lang-note" data-size="sm">
                        {move || ui.get().browse.norwegian_only_note}
                    </p>
                </Show>
            </div>
            <SearchBox />
        </div>
        <CatalogGate render=|catalog| view! { <Browse catalog /> }.into_any() />
    }
}

/// Filters beside results, for a loaded catalog.
#[component]
fn Browse(catalog: Arc<Catalog>) -> impl IntoView {
    let ui = use_ui();
    let query = QueryCtx::expect().query;
    let basket = BasketCtx::expect().selection;
    // The index is built once per catalog and kept across visits; every
    // query is answered from it without scanning the variables.
    let ctx = CatalogCtx::expect();
    let engine = ctx.engine(&catalog);
    // The index's text part comes after the first page: until it is
    // there, a query with words or the basket filter waits for it, and the
    // answer before stays on screen behind a spinner.
    let waiting = Memo::new({
        let engine = engine.clone();
        move |_| engine.needs_text(&query.read()) && !ctx.text_ready(&engine)
    });
    // One answer per query and basket: the table, the counts, the chips and
    // the pagination all read this memo, so each keystroke runs the engine
    // once.
    let answer = Memo::new(move |previous: Option<&Answer>| {
        // Read first, so the answer is made again when the text part comes.
        let wait = waiting.get();
        match previous {
            Some(previous) if wait => previous.clone(),
            _ => engine.run(&query.read(), basket.read().ids()),
        }
    });
    let rows = Memo::new(move |_| answer.read().rows.clone());
    let search = Signal::derive(move || query.read().text.clone());
    let empty = move || answer.read().total == 0;
    // Where there are no rows to show: the search is getting ready, or
    // nothing matches. `Show` runs its fallback untracked, so the choice
    // between the two is a view of its own that follows `waiting`.
    let not_shown = move || {
        move || match waiting.get() {
            true => view! { <Loading what=Fetched::Search /> }.into_any(),
            false => view! { <EmptyState answer /> }.into_any(),
        }
    };
    view! {
        // Beside the results, the introduction (open on a first visit)
        // comes before the facets, so it is read first without pushing the
        // results below the fold.
        <div class="browse">
            <div class="browse__intro">
                <StartIntro />
            </div>
            <FacetPanel answer />
            <section class="results" aria-labelledby="results-heading">
                <ResultToolbar answer>
                    // Focusable, so the skip link can take focus there.
                    <h2 class="ds-heading" data-size="xs" id="results-heading" tabindex="-1">
                        {move || ui.get().browse.results_heading}
                    </h2>
                </ResultToolbar>
                <ActiveFilters answer />
                <Show when=move || !waiting.get() && !empty() fallback=not_shown>
                    <VariableTable catalog=catalog.clone() rows search />
                    <Pagination answer />
                </Show>
            </section>
        </div>
    }
}
