//! The search box.

use crate::state::{use_ui, History, QueryCtx};
use catalog::QueryIntent;
use leptos::prelude::*;

/// Search as you type. Each keystroke replaces the history entry rather
/// than adding one, so Back leaves the search instead of un-typing it.
#[component]
pub fn SearchBox() -> impl IntoView {
    let query = QueryCtx::expect();
    let ui = use_ui();
    let text = move || query.query.read().text.clone();
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        query.apply(QueryIntent::SetText(value), History::Replace);
    };
    view! {
        <div class="ds-field search-field">
            <label class="ds-label" for="search">
                {move || ui.get().browse.search_label}
            </label>
            <div class="ds-field__description" id="search-hint">
                {move || ui.get().browse.search_hint}
            </div>
            <input
                class="ds-input"
                id="search"
                type="search"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="search-hint"
                prop:value=text
                on:input=on_input
            />
        </div>
    }
}
