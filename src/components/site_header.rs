//! The page header.

use crate::i18n::use_ui;
use leptos::prelude::*;

/// The shop's name and what it is for.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let ui = use_ui();
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <p class="site-header__name">{move || ui.get().shop_name}</p>
                <p class="site-header__tagline">{move || ui.get().tagline}</p>
            </div>
        </header>
    }
}
