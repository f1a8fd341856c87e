//! The page header.

use crate::{
    layout::{BasketLink, DemoBanner, LangSwitch},
    state::use_ui,
};
use leptos::prelude::*;

/// The shop's name, what it is for and the demo notice.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let ui = use_ui();
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                // The shop's name is a Norwegian word in both views.
                <p class="site-header__name" lang="nb">
                    {move || ui.get().shell.shop_name}
                </p>
                <p class="site-header__tagline">{move || ui.get().shell.tagline}</p>
                <nav class="site-header__nav" aria-label="Nettbutikken">
                    <BasketLink />
                    <LangSwitch />
                </nav>
            </div>
            <DemoBanner />
        </header>
    }
}
