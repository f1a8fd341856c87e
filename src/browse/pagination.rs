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
    let page = move || answer.read().page;
    let pages = move || answer.read().pages;
    let href = move |n: usize| {
        let mut q = query.query.get();
        q.page = n;
        query.href(&q)
    };
    // Keyed by position too: two gaps are the same slot value.
    let slots = move || page_window(page(), pages()).into_iter().enumerate();
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
