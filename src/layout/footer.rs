//! The page footer.

use crate::state::use_ui;
use leptos::prelude::*;

/// What the shop shows and where the data comes from.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let ui = use_ui();
    view! {
        <footer class="site-footer">
            <p class="ds-paragraph" data-size="sm">
                {move || ui.get().shell.footer_about}
            </p>
        </footer>
    }
}
