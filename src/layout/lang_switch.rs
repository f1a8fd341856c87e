//! The switch between Bokmål, Nynorsk and English.

use crate::state::{store_lang, use_lang, use_ui, History, QueryCtx};
use catalog::Lang;
use leptos::prelude::*;

/// Links to the same view in each language, each named in its own
/// language (with its `lang`, so screen readers pronounce it right) and the
/// current one marked with `aria-current`; the choice is kept in the URL
/// and remembered for the next visit.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let ui = use_ui();
    view! {
        <ul class="lang-switch" aria-label=move || ui.get().shell.language_label>
            {Lang::ALL.map(|to| view! { <LangOption to /> }).collect_view()}
        </ul>
    }
}

/// One language's link.
#[component]
fn LangOption(to: Lang) -> impl IntoView {
    let query = QueryCtx::expect();
    let lang = use_lang();
    // A `data-carry` link: the search text typed since is written in when
    // someone can follow it, so a keystroke does not rewrite it.
    let href = move || {
        let mut q = query.carried_query();
        q.lang = to;
        query.href(&q)
    };
    let switch = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        store_lang(to);
        query.update(History::Push, |q| q.lang = to);
    };
    view! {
        <li>
            <a
                class="lang-switch__option"
                href=href
                data-carry
                hreflang=to.code()
                lang=to.code()
                aria-current=move || (lang.get() == to).then_some("true")
                on:click=switch
            >
                {to.endonym()}
            </a>
        </li>
    }
}
