//! The switch between Bokmål and English.

use crate::state::{store_lang, use_lang, use_ui, History, QueryCtx};
use catalog::Lang;
use leptos::prelude::*;

/// A link to the same view in the other language; the choice is kept in
/// the URL and remembered for the next visit.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let query = QueryCtx::expect();
    let lang = use_lang();
    let ui = use_ui();
    let other = move || match lang.get() {
        Lang::Nb => Lang::En,
        Lang::En => Lang::Nb,
    };
    let href = move || {
        let mut q = query.query.get();
        q.lang = other();
        query.href(&q)
    };
    let switch = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        let to = other();
        store_lang(to);
        query.update(History::Push, |q| q.lang = to);
    };
    view! {
        <a
            class="lang-switch"
            href=href
            hreflang=move || other().code()
            lang=move || other().code()
            aria-label=move || ui.get().shell.language_switch_label
            on:click=switch
        >
            {move || ui.get().shell.language_switch}
        </a>
    }
}
