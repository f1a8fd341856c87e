//! Nettbutikken, the KUDAF variable shop: a client-side Leptos app.
//!
//! The app only wires signals to the pure core in the `catalog` crate; all
//! catalog logic lives there and is tested natively. One folder per
//! feature (`browse`, `detail`, `basket`, `provider`, `dataset`, `about`,
//! `accessibility`, `proverom`), the frame around them (`layout`), what they share
//! (`ui`), the contexts (`state`), the strings (`i18n`) and the network
//! (`load`); `docs/architecture.md` has the map.

pub mod about;
pub mod accessibility;
pub mod basket;
pub mod browse;
pub mod crash;
pub mod dataset;
pub mod detail;
pub mod i18n;
pub mod layout;
pub mod load;
pub mod proverom;
pub mod provider;
pub mod state;
pub mod ui;

use about::AboutPage;
use accessibility::AccessibilityPage;
use basket::{BasketPage, DraftPage};
use browse::CatalogPage;
use catalog::Route;
use dataset::DatasetPage;
use detail::DetailPage;
use layout::{PreviewBanner, SiteFooter, SiteHeader, StorageNotice};
use leptos::prelude::*;
use leptos_router::components::Router;
use proverom::TrialHost;
use provider::ProviderPage;
use state::{
    follow_route, skip_to, BasketCtx, CatalogCtx, ContentCtx, DetailsCtx, History, LangCtx,
    PreviewCtx, QueryCtx,
};

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    // The shop is served as static files from any folder of any host, so the
    // router's base is the folder `index.html` was loaded from.
    let base = state::url::base_path();
    view! {
        <Router base=base>
            <Shell />
        </Router>
    }
}

/// Header, the routed main content and the footer, with the app's
/// contexts: the one place each is provided.
#[component]
fn Shell() -> impl IntoView {
    let query = QueryCtx::provide();
    // A memo, not a derived signal: every label of the app reads the
    // language, and must not re-render when only the rest of the query (each
    // keystroke of the search) changes.
    let lang = LangCtx::provide(Memo::new(move |_| query.query.read().lang).into()).0;
    PreviewCtx::provide();
    CatalogCtx::provide();
    ContentCtx::provide();
    DetailsCtx::provide();
    BasketCtx::provide();
    restore_language(query);
    // The document's language follows the UI, for screen readers and
    // hyphenation; that is outside the reactive system, hence an effect.
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.get().code());
        }
    });
    follow_route(query);
    let ui = state::use_ui();
    view! {
        <a class="ds-skip-link" href="#main" on:click=skip_to("main")>
            {move || ui.get().shell.skip_to_main}
        </a>
        <SiteHeader />
        <main id="main" tabindex="-1" class="page">
            <StorageNotice />
            <PreviewBanner />
            {move || match query.route.get() {
                Route::Variable(id) => view! { <DetailPage id /> }.into_any(),
                Route::Provider(id) => view! { <ProviderPage id /> }.into_any(),
                Route::Dataset(key) => view! { <DatasetPage key /> }.into_any(),
                Route::Basket => view! { <BasketPage /> }.into_any(),
                Route::Draft => view! { <DraftPage /> }.into_any(),
                Route::About => view! { <AboutPage /> }.into_any(),
                Route::Accessibility => view! { <AccessibilityPage /> }.into_any(),
                Route::Trial => view! { <TrialHost /> }.into_any(),
                Route::Browse => view! { <CatalogPage /> }.into_any(),
            }}
        </main>
        <SiteFooter />
    }
}

/// Opens the shop in the language chosen last time when the URL does not
/// name one, so the choice is remembered across visits.
fn restore_language(query: QueryCtx) {
    let current = query.query.get_untracked();
    if let Some(stored) = state::stored_lang() {
        if !query.names_lang_untracked() && stored != current.lang {
            query.update(History::Replace, |q| q.lang = stored);
        }
    }
}
