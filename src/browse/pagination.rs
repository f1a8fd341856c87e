//! Page links under the results.

use crate::state::{use_ui, QueryCtx};
use catalog::{page_window, Answer, PageSlot};
use leptos::prelude::*;

/// "Side X av Y" with previous/next and page links. They are real links
/// (`?side=N`), so they open in new tabs and work without the app's help.
#[component]
pub fn Pagination(
    /// The engine's answer to the current query.
    answer: Memo<Answer>,
) -> impl IntoView {
    let query = QueryCtx::expect();
    let ui = use_ui();
    // Memos: a keystroke that leaves the page and the number of pages as
    // they were redraws nothing here.
    let page = Memo::new(move |_| answer.read().page);
    let pages = Memo::new(move |_| answer.read().pages);
    let page = move || page.get();
    let pages = move || pages.get();
    // `data-carry` links: the search text typed since is written in when
    // someone can follow one, so a keystroke rewrites none of them.
    let href = move |n: usize| {
        let mut q = query.carried_query();
        q.page = n;
        query.href(&q)
    };
    // Keyed by position too: two gaps are the same slot value.
    let window = Memo::new(move |_| page_window(page(), pages()));
    let slots = move || window.get().into_iter().enumerate();
    view! {
        <Show when=move || { pages() > 1 }>
            <nav
                class="ds-pagination pagination"
                aria-label=move || ui.get().browse.pagination_label
            >
                <p class="ds-paragraph pagination__status">
                    {move || (ui.get().browse.page_of)(page(), pages())}
                </p>
                <ul>
                    <li>
                        <a
                            class="ds-button"
                            data-variant="tertiary"
                            href=move || href(page().saturating_sub(1).max(1))
                            data-carry
                            aria-hidden=move || (page() == 1).then_some("true")
                            tabindex=move || (page() == 1).then_some("-1")
                            rel="prev"
                        >
                            {move || ui.get().browse.previous}
                        </a>
                    </li>
                    <For
                        each=slots
                        key=|(i, slot)| (*i, *slot)
                        children=move |(_, slot)| match slot {
                            PageSlot::Gap => view! { <li></li> }.into_any(),
                            PageSlot::Page(n) => {
                                let current = move || page() == n;
                                view! {
                                    <li>
                                        <a
                                            class="ds-button"
                                            data-variant=move || {
                                                if current() { "primary" } else { "tertiary" }
                                            }
                                            href=move || href(n)
                                            data-carry
                                            aria-current=move || current().then_some("page")
                                            aria-label=move || (ui.get().browse.page_link)(n)
                                        >
                                            {n}
                                        </a>
                                    </li>
                                }
                                    .into_any()
                            }
                        }
                    />
                    <li>
                        <a
                            class="ds-button"
                            data-variant="tertiary"
                            href=move || href((page() + 1).min(pages()))
                            data-carry
                            aria-hidden=move || (page() == pages()).then_some("true")
                            tabindex=move || (page() == pages()).then_some("-1")
                            rel="next"
                        >
                            {move || ui.get().browse.next}
                        </a>
                    </li>
                </ul>
            </nav>
        </Show>
    }
}
