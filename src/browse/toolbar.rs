//! The line above the results: count, sort order and page size.

use crate::{
    i18n::sort_name,
    state::{use_lang, use_ui, History, QueryCtx},
};
use catalog::{Answer, PageSize, QueryIntent, Sort};
use leptos::prelude::*;

/// The result count, announced to screen readers as it changes, and the
/// sort and page size choices.
#[component]
pub fn ResultToolbar(
    /// The engine's answer to the current query.
    answer: Memo<Answer>,
) -> impl IntoView {
    let query = QueryCtx::expect();
    let ui = use_ui();
    let lang = use_lang();
    let total = Memo::new(move |_| answer.read().total);
    let on_sort = move |ev: leptos::ev::Event| {
        if let Some(sort) = Sort::from_code(&event_target_value(&ev)) {
            query.apply(QueryIntent::Sort(sort), History::Push);
        }
    };
    let on_size = move |ev: leptos::ev::Event| {
        if let Ok(rows) = event_target_value(&ev).parse::<u64>() {
            query.apply(
                QueryIntent::PageSize(PageSize::nearest(rows)),
                History::Push,
            );
        }
    };
    let sort = move || answer.read().sort;
    let size = move || query.query.read().page_size;
    view! {
        <div class="result-toolbar">
            <p
                class="ds-paragraph result-count"
                role="status"
                aria-live="polite"
                aria-atomic="true"
            >
                {move || (ui.get().browse.count)(total.get())}
            </p>
            <div class="result-toolbar__choices">
                <div class="ds-field">
                    <label class="ds-label" for="sort" data-weight="regular">
                        {move || ui.get().browse.sort_label}
                    </label>
                    <select class="ds-input" id="sort" on:change=on_sort>
                        {Sort::ALL
                            .into_iter()
                            .map(|s| {
                                view! {
                                    <option value=s.code() prop:selected=move || sort() == s>
                                        {move || sort_name(s, lang.get())}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <div class="ds-field">
                    <label class="ds-label" for="page-size" data-weight="regular">
                        {move || ui.get().browse.page_size_label}
                    </label>
                    <select class="ds-input" id="page-size" on:change=on_size>
                        {PageSize::ALL
                            .into_iter()
                            .map(|p| {
                                view! {
                                    <option
                                        value=p.get().to_string()
                                        prop:selected=move || size() == p
                                    >
                                        {p.get()}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
            </div>
        </div>
    }
}
