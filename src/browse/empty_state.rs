//! What the results say when nothing matches.

use crate::{
    browse::describe_filters,
    state::{use_ui, History, QueryCtx},
};
use catalog::{Answer, QueryIntent};
use leptos::prelude::*;

/// Names the search and filters that left nothing, and offers to clear them.
#[component]
pub fn EmptyState(
    /// The engine's answer to the current query.
    answer: Memo<Answer>,
) -> impl IntoView {
    let query = QueryCtx::expect();
    let ui = use_ui();
    let what = move || describe_filters(&query.query.read(), &answer.read(), ui.get());
    view! {
        <div class="empty-state">
            <h3 class="ds-heading" data-size="xs">
                {move || ui.get().browse.empty_heading}
            </h3>
            <p class="ds-paragraph">{move || (ui.get().browse.empty_text)(&what())}</p>
            <button
                class="ds-button"
                data-variant="secondary"
                type="button"
                on:click=move |_| query.apply(QueryIntent::ClearFilters, History::Push)
            >
                {move || ui.get().browse.empty_clear}
            </button>
        </div>
    }
}
