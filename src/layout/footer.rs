//! The page footer.

use crate::state::{use_ui, QueryCtx};
use catalog::Route;
use leptos::prelude::*;

/// KUDAF's public home page, where the programme presents itself.
const KUDAF_HOME: &str = "https://kudaf.no/";

/// What the shop shows, and links to KUDAF's home page, the page about
/// KUDAF and the VIGO pilot, the accessibility statement and the
/// prøverom.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let ui = use_ui();
    let query = QueryCtx::expect();
    view! {
        <footer class="site-footer">
            <p class="ds-paragraph" data-size="sm">
                {move || ui.get().shell.footer_about}
            </p>
            <nav class="site-footer__links" aria-label=move || ui.get().story.footer_nav>
                <ul>
                    <li>
                        <a
                            class="ds-link"
                            href=move || query.carried_href(&Route::About)
                            data-carry
                        >
                            {move || ui.get().story.about_title}
                        </a>
                    </li>
                    <li>
                        <a
                            class="ds-link"
                            href=move || query.carried_href(&Route::Accessibility)
                            data-carry
                        >
                            {move || ui.get().story.accessibility_title}
                        </a>
                    </li>
                    <li>
                        <a
                            class="ds-link"
                            href=move || query.carried_href(&Route::Trial)
                            data-carry
                        >
                            {move || ui.get().trial.title}
                        </a>
                    </li>
                    <li>
                        <a class="ds-link" href=KUDAF_HOME rel="external">
                            {move || ui.get().story.kudaf_home}
                        </a>
                    </li>
                </ul>
            </nav>
        </footer>
    }
}
