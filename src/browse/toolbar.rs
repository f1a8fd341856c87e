//! The line above the results: count, sort order and page size.

use crate::{
    i18n::sort_name,
    state::{use_lang, use_ui, History, QueryCtx},
};
use catalog::{Answer, PageSize, QueryIntent, Sort};
use leptos::prelude::*;
use std::time::Duration;

/// How long the result count must stay the same before it is announced:
/// typing "elev" must not make a screen reader read four counts.
const ANNOUNCE_AFTER: Duration = Duration::from_millis(700);

/// The results heading (`children`) with the result count, which screen
/// readers hear once typing settles, and the sort and page size choices.
#[component]
pub fn ResultToolbar(
    /// The engine's answer to the current query.
    answer: Memo<Answer>,
    /// The heading of the results, shown before the count.
    children: Children,
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
    // The count on screen follows every keystroke; the live region, read
    // by screen readers, gets it only after it has settled. A timer is the
    // outside world, hence an effect; each change bumps the generation, so
    // only the last timer of a burst of keys writes.
    let announced = RwSignal::new(String::new());
    let generation = StoredValue::new(0u64);
    Effect::new(move |previous: Option<()>| {
        let text = (ui.get().browse.count)(total.get());
        // The first count is on screen as the page loads; announcing it
        // would interrupt what the screen reader reads first.
        if previous.is_none() {
            return;
        }
        let mine = generation.get_value() + 1;
        generation.set_value(mine);
        set_timeout(
            move || {
                if generation.try_get_value() == Some(mine) {
                    announced.try_set(text);
                }
            },
            ANNOUNCE_AFTER,
        );
    });
    let count = move || (ui.get().browse.count)(total.get());
    // Memos, so a keystroke does not visit every option of both lists.
    let sort = Memo::new(move |_| answer.read().sort);
    let size = Memo::new(move |_| query.query.read().page_size);
    let sort = move || sort.get();
    let size = move || size.get();
    view! {
        <div class="result-toolbar">
            <div class="result-toolbar__count">
                {children()} <p class="ds-paragraph result-count">{count}</p>
                <p class="ds-sr-only" role="status" aria-live="polite" aria-atomic="true">
                    {move || announced.get()}
                </p>
            </div>
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
