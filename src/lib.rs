//! Nettbutikken, the KUDAF variable shop: a client-side Leptos app.
//!
//! The app only wires signals to the pure core in the `catalog` crate; all
//! catalog logic lives there and is tested natively.

pub mod components;
pub mod i18n;
pub mod load;
pub mod pages;

use components::{CatalogCtx, SiteFooter, SiteHeader};
use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};
use pages::CatalogPage;

/// The whole app: header, the routed main content and the footer.
#[component]
pub fn App() -> impl IntoView {
    i18n::LangCtx::provide();
    CatalogCtx::provide();
    let ui = i18n::use_ui();
    // The shop is served as static files from any folder of any host, so the
    // router's base is the folder `index.html` was loaded from.
    let base = load::base_path();
    view! {
        <a class="ds-skip-link" href="#main">{move || ui.get().skip_to_main}</a>
        <SiteHeader/>
        <Router base=base>
            <main id="main" tabindex="-1" class="page">
                <Routes fallback=CatalogPage>
                    <Route path=path!("/") view=CatalogPage/>
                </Routes>
            </main>
        </Router>
        <SiteFooter/>
    }
}
