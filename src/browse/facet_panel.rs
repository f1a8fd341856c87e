//! The filter panel: the basket switch and the facets.

use crate::{
    browse::FacetGroup,
    state::{use_ui, History, QueryCtx},
};
use catalog::{Answer, Facet, QueryIntent};
use leptos::prelude::*;

/// Every filter of the browse page. On narrow screens it folds away
/// behind a "Filtrer" button so the results come first.
#[component]
pub fn FacetPanel(
    /// The engine's answer to the current query.
    answer: Memo<Answer>,
) -> impl IntoView {
    let query = QueryCtx::expect();
    let ui = use_ui();
    let open = RwSignal::new(false);
    let only_selected = move || query.query.read().only_selected;
    let set_only_selected = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        query.apply(QueryIntent::OnlySelected(on), History::Push);
    };
    let groups = Facet::ALL
        .into_iter()
        .map(|facet| {
            // A memo, not a derived signal: every value of the group reads
            // it, and each read of a derived signal would search and clone
            // the facet's counts again.
            let counts = Memo::new(move |_| {
                answer
                    .read()
                    .facets
                    .iter()
                    .find(|c| c.facet == facet)
                    .cloned()
            });
            view! { <FacetGroup facet counts /> }
        })
        .collect_view();
    view! {
        <section class="filters" aria-labelledby="filters-heading">
            <h2 class="ds-heading filters__heading" data-size="xs" id="filters-heading">
                {move || ui.get().browse.filters_heading}
            </h2>
            <button
                class="ds-button filters__toggle"
                data-variant="secondary"
                type="button"
                aria-controls="filter-groups"
                aria-expanded=move || open.get().to_string()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {move || ui.get().browse.filter_toggle}
            </button>
            <div
                class="filters__groups"
                id="filter-groups"
                class:filters__groups--open=move || open.get()
            >
                <div class="ds-field only-selected">
                    <input
                        class="ds-input"
                        type="checkbox"
                        role="switch"
                        id="only-selected"
                        prop:checked=only_selected
                        on:change=set_only_selected
                    />
                    <label class="ds-label" for="only-selected" data-weight="regular">
                        {move || ui.get().browse.only_selected}
                    </label>
                </div>
                {groups}
            </div>
        </section>
    }
}
